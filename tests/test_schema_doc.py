"""docs/SCHEMA.md, the contract in the repository, describes the dataset exactly as it is declared."""
from __future__ import annotations

import re

from nianbao.export.cells import COLUMNS
from nianbao.export.workbook import sheets

from conftest import ROOT

DOC = (ROOT / "docs" / "SCHEMA.md").read_text(encoding="utf-8")


def test_every_dataset_column_is_documented_as_declared_and_in_order():
    rows = re.findall(r"^\| `([a-z_]+)` \| (string|int|number|bool) \| (.+) \|$", DOC, flags=re.M)
    assert rows == [(c.name, c.type, c.doc) for c in COLUMNS]


def test_every_workbook_sheet_is_documented():
    for title, table, layout, cols in sheets():
        assert f"| `{title}` | `{table}` | {layout} | {len(cols)} |" in DOC


def test_the_readme_links_the_contract_inside_the_repository():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "(docs/SCHEMA.md)" in readme and "../shared/" not in readme
