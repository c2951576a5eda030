"""Every rule module, imported in catalogue order: importing declares the rules into `registry.RULES`.

Order matters only for listing and for sorting findings of equal severity (catalogue order of
eval/README.md)."""
from . import types  # noqa: F401  H0
from . import arithmetic  # noqa: F401  H1–H4
from . import blanks  # noqa: F401  S11
from . import meta  # noqa: F401  H5, S13
from . import layout  # noqa: F401  H5 mixed layouts
from . import structure  # noqa: F401  H6 sections
from . import table_rows  # noqa: F401  H6 tables and rows, extra rows, （六） as one row
from . import lost_rows  # noqa: F401  rows of table 二 lost in the copy
from . import active  # noqa: F401  S3–S8
from . import fees  # noqa: F401  H7, S2
from . import prose  # noqa: F401  S9, S10
from . import prose_consistency  # noqa: F401  S9 within the prose
from . import prose_names  # noqa: F401  S9 a count of named parts
from . import prose_rates  # noqa: F401  S9 a rate against its counts
from . import batch  # noqa: F401  S1, S3 across years, S12
from .. import infer  # noqa: F401  inference.filled
