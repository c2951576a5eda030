"""Rows printing fewer numbers than columns, then a line of pipes filling the row (`3 |` `3 |` `|||||||`): the
report printed blanks there, but not which columns its numbers stand in — on real eval documents."""
from __future__ import annotations

from test_audit_support import TEXT, of, pair, run, run_variant

NANHU = TEXT + "300_yueyang_nanhu_ju_blanks_2019.txt"  # 一 '3 | 3 |' + 7 pipes; （二） '0 |' + 8 pipes
SHENPI = TEXT + "483_noaddress_qu_shenpiju_tradmirror_oldtemplate_2021.txt"  # 一 '7 | 1 | 8 |' + 6 pipes
ROWS = ["applications.new_received", "applications.carried_over", "applications.granted",
        "applications.partially_granted"]
RID = "applications.blank_cells"


def test_the_rows_stay_null_and_say_they_print_blanks():
    for path in (NANHU, SHENPI):
        report, _ = pair(path)
        st = report.extraction.tables["applications"]
        assert st.blank_slot_rows == ROWS and st.incomplete_rows == ROWS, path
        assert report.tables.applications.new_received.natural_person is None  # never guessed into a column
        [f] = [f for f in of(run(path), RID) if "印出的数字少于列数" in f.message]
        assert f.severity == "warning" and f.cells == [], path
        assert "一、本年新收政府信息公开申请数量" in f.message and "（二）部分公开" in f.message, path


def test_rows_that_lost_cells_without_a_run_of_empty_cells_are_not_blanks():
    # 300 with row 一's run of pipes removed: its two numbers lost their columns, nothing shows blanks there
    res = run_variant(NANHU, ("3 |\n3 |\n|||||||\n二、", "3 |\n3 |\n二、"))
    st = res.report.extraction.tables["applications"]
    assert "applications.new_received" in st.incomplete_rows
    assert "applications.new_received" not in st.blank_slot_rows
    # a run too short to fill the row (two pipes for five columns left) is the copy's filler, not the cells
    res = run_variant(NANHU, ("3 |\n3 |\n|||||||\n二、", "3 |\n3 |\n||\n二、"))
    assert "applications.new_received" not in res.report.extraction.tables["applications"].blank_slot_rows
    # other eval copies whose rows lost cells (a row cut short, values that cannot be placed) print no such run
    for doc in ("449_liuzhi_mugangzhen_2019.txt", "511_lufeng_hedongzhen_2021.txt", "509_jingmen_shizhengfuban_2021.txt",
                "038_changzhou_wujin_weijianju_2024.txt", "108_xiongxian_xiang_emptycells_2019.txt"):
        report, _ = pair(TEXT + doc)
        assert all(not st.blank_slot_rows for st in report.extraction.tables.values()), doc
        assert not [f for f in of(run(TEXT + doc), RID) if "印出的数字少于列数" in f.message], doc
