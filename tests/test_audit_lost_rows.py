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


def test_rows_printed_blank_are_blanks_for_s11_not_lost_rows():
    for doc in ("175_jiaxian_xizhen_blank_oldtemplate_2022.txt",  # an empty form, empty cells dropped
                "177_gaoxinqu_shehuifazhanju_blanks_2022.txt"):  # empty cells written '|' and '| ||'
        res = run(TEXT + doc)
        assert not of(res, LOST), doc
        blanks = [f for f in of(res, "applications.blank_cells") if "表二" in f.message]
        assert blanks and "active_disclosure.coercion.decisions" in blanks[0].cells, doc


def test_a_copy_that_lost_header_cells_names_its_bare_rows_lost():
    res = run(TEXT + "108_xiongxian_xiang_emptycells_2019.txt")
    [f] = of(res, LOST)
    assert "active_disclosure.procurement.amount" in f.cells
    assert not of(res, "applications.blank_cells")
