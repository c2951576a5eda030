"""active_disclosure.lost_rows: rows of table 二 whose values the copy lost, on real eval documents."""
from __future__ import annotations

from test_audit_support import SEED, TEXT, of, run

LOST = "active_disclosure.lost_rows"


def test_rows_of_table_2_lost_in_the_copy_are_named_once():
    res = run(TEXT + "038_changzhou_wujin_weijianju_2024.txt")  # 规章, 行政规范性文件, 行政强制 unreadable
    [f] = of(res, LOST)
    assert f.severity == "info" and "规章、行政规范性文件、行政强制" in f.message
    assert "active_disclosure.coercion.decisions" in f.cells and "active_disclosure.licensing.decisions" not in f.cells


def test_a_table_2_read_whole_has_no_lost_rows():
    assert not of(run(SEED + "000_dfbaa25dea7f00ff.txt"), LOST)
