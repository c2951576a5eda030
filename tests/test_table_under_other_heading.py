"""A table printed under another section's heading (table 二 inside 一、总体情况, before '二、主动公开政府信息情况', which
then stands empty) is read where it stands — known by its own labels, as the template declares them — and reported
as out of place, not as missing."""
from __future__ import annotations

from test_audit_support import TEXT, document, of, pair, run, run_variant, variant

CHENGZHONG = TEXT + "1713_xining_chengzhong_wentilvyoukejiju_2023.txt"  # one cell per line, under 一
DIANJIANG = TEXT + "1710_dianjiang_yingjiju_2023.txt"  # pipe rows under their own heading

TABLE_2 = "二、主动公开政府信息情况\n"


def _moved_above_its_heading(path: str) -> tuple[str, str]:
    """The page with its section 二 heading moved from above table 二 to below it (the block left in place)."""
    text = document(path).text
    start = text.index(TABLE_2)
    end = text.index("三、", start)
    return (text[start:end], text[start + len(TABLE_2):end] + TABLE_2)


def test_the_table_is_read_where_it_is_printed():
    report, _ = pair(CHENGZHONG)
    assert report.extraction.tables["active_disclosure"].status == "complete"
    assert report.tables.active_disclosure.licensing.decisions == 2


def test_it_is_reported_under_the_heading_it_stands_under_not_as_missing():
    res = run(CHENGZHONG)
    found = of(res, "structure.sections")
    assert len(found) == 1 and found[0].actual == ["一、总体情况"] and "印在「一、总体情况」之下" in found[0].message
    assert not of(res, "structure.tables")


def test_a_pipe_table_moved_above_its_heading_reads_the_same_and_is_reported():
    base, _ = pair(DIANJIANG)
    _, moved = variant(DIANJIANG, _moved_above_its_heading(DIANJIANG))
    assert moved.tables.active_disclosure == base.tables.active_disclosure
    found = of(run_variant(DIANJIANG, _moved_above_its_heading(DIANJIANG)), "structure.sections")
    assert [f.actual for f in found] == [["一、总体情况"]]
    assert not of(run(DIANJIANG), "structure.sections")


def test_a_table_whose_section_prints_any_of_it_stays_there():
    # the anchor row quoted under 一 while 二 prints the table: 二 keeps it, nothing is said
    res = run_variant(DIANJIANG, ("一、总体情况\n", "一、总体情况\n第二十条第(一)项\n"))
    assert not [f for f in of(res, "structure.sections") if "印在" in f.message]
