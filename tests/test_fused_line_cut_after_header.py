"""A table printed as one line that the copy ends in after two rows: right after the table's column header
('…申请人情况 自然人 法人或其他组织 总计 商业企业 … 其他 一、本年新收…数量 0 0 0 0 0 0 0 二、上年结转…数量 0 0 0 0 0 0 0
三、本年度办理结'), two rows with their values are a table, not prose naming rows. The last row's run, which the cut
may have shortened, is never put in a cell unless it has one reading."""
from __future__ import annotations

from extractor import read

from test_audit_support import TEXT, variant

HANZHONG = TEXT + "866_hanzhong_htq_nongyenongcunju_inline_2025.txt"  # table 三 cut after 一、 and 二、's rows
SUIXIAN = TEXT + "1741_suixian_jingjikaifaqu_mirror_2019.txt"  # '…对外公开总数量规章555规范性文件(…)141414第'


def test_two_rows_after_the_header_of_a_line_the_copy_ends_in_are_read():
    _, report = read(HANZHONG)
    t = report.tables.applications
    assert (t.new_received.natural_person, t.new_received.total, t.carried_over.total) == (0, 0, 0)
    assert t.granted.total is None  # cut inside its label


def test_one_row_with_digits_is_not_enough():
    # 1741's second row has its digits behind a bracketed note, so one row shows a run: no table is read (the
    # labeller takes '555' for unreadable cells, fused beyond telling)
    _, report = read(SUIXIAN)
    assert report.tables.active_disclosure is None


def test_a_last_run_with_several_readings_stands_for_no_cell():
    # the same line with the note gone: 规章 555 (one reading) is read, 141414 (ten readings, cut) gives no cell
    _, report = variant(SUIXIAN, ("规范性文件(指各行政机关印发的有正式文号的文件)141414", "规范性文件141414"))
    t = report.tables.active_disclosure
    assert (t.regulations.made, t.regulations.total) == (5, 5)
    assert (t.normative_documents.made, t.normative_documents.published, t.normative_documents.total) == (None,) * 3
