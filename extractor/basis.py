"""The words by which a page says what it follows — a law, a format, a notice ('根据《条例》…编制', '依据…要求,…局结合…',
'按照《条例》规定顺延'): one home for every reader that steps over such a clause or looks for one."""
from __future__ import annotations

LAW_BASIS = r"按照|根据|依据|依照"
