"""A section that answers '无' under its heading prints no table: the word is the section's statement that
there was nothing, not the first cell of a table printed blank and cut after it."""
from __future__ import annotations

from test_audit_support import TEXT, of, pair, run, variant

BINJIANG = TEXT + "1748_wuchang_jingkaiqu_binjiang_2020.txt"  # 四、因政府信息公开工作被申请行政复议… / 无 / 五、…


def test_wu_alone_under_section_four_is_no_table():
    report, _ = pair(BINJIANG)
    assert report.tables.review_litigation is None
    assert report.extraction.tables["review_litigation"].status == "unparsed"
    assert not of(run(BINJIANG), "applications.blank_cells")


def test_the_same_statement_in_a_sentence_is_no_table_either():
    # '本年度未发生…' (博乐 文体广电局's and 道县 文广新局's answer in words) was never read as a cell
    _, report = variant(BINJIANG, ("行政诉讼情况\n无\n", "行政诉讼情况\n本年度无因政府信息公开工作被申请行政复议、提起行政诉讼情况。\n"))
    assert report.tables.review_litigation is None


def test_a_table_four_printed_one_mark_per_cell_is_still_a_blank_table():
    # fifteen marks, one per line, are fifteen cells printed blank: the table is there
    marks = "\n".join(["无"] * 15)
    _, report = variant(BINJIANG, ("行政诉讼情况\n无\n", f"行政诉讼情况\n{marks}\n"))
    assert report.tables.review_litigation is not None
    assert report.extraction.tables["review_litigation"].status == "complete"
