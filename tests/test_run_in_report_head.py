"""A page head run together: title, preamble and body on one long line ('临潭县卫生健康局 2022年度政府信息公开工作的报告
根据《…》… 一、本年度政府信息公开工作总体情况 …') under a metadata line padded with the page's bars. The overview's
heading may name its year before its words, the title is read where it opens the long line, and the date field is
read whatever padding follows it."""
from __future__ import annotations

from extractor import chrome
from extractor.segment import spans

from test_audit_support import TEXT, document, of, pair, run

LINTAN = TEXT + "1704_lintan_weijianju_2022.txt"  # 县卫健局 2022, published 2023-02-01 (deadline 2023-01-31)
XUSHUI = TEXT + "1114_baoding_xushui_jiaotongju_2021.txt"  # '保定市徐水区交通运输局 2021年度…年度报告 根据《…'
HEZHOU = TEXT + "1026_hezhou_shi_2009.txt"  # '一、本年度政府信息公开工作的基本情况' (the 2008 outline's overview)


def test_the_overview_heading_may_name_its_year_first():
    assert [(s["key"], s["heading"]) for s in spans(document(LINTAN).text)] == [
        ("overview", "一、本年度政府信息公开工作总体情况")]
    assert [(s["key"], s["heading"]) for s in spans(document(HEZHOU).text)][:1] == [
        ("overview", "一、本年度政府信息公开工作的基本情况")]
    for heading in ("一、2022年度政府信息公开工作总体情况", "一、2022年政府信息公开工作总体情况"):
        assert [s["key"] for s in spans(f"{heading}\n本年度主动公开信息30条。\n")] == ["overview"], heading
    # a year before other words is no overview ('三、本年度办理结果' is table 三's row)
    assert spans("三、本年度办理结果\n（一）予以公开 3\n") == []


def test_a_date_field_padded_with_the_pages_bars_is_read():
    line = document(LINTAN).text.split("\n")[0]
    assert len(line) > 300 and ("时间", "2023-02-01") in chrome.fields(line)
    # the same field of another page ('发文日期:2025-01-10 | ||', 1725) padded the same way
    assert ("发文日期", "2025-01-10") in chrome.fields("发文日期:2025-01-10 | " + "|" * 300)
    # a paragraph that long stays prose
    assert chrome.fields("本年度共发布信息" + "，" * 170 + "时间:2023-02-01") == []


def test_a_title_opening_a_long_line_is_read():
    report, _ = pair(XUSHUI)
    assert report.meta.title == "保定市徐水区交通运输局 2021年度政府信息公开工作年度报告"
    assert report.meta.organ == "保定市徐水区交通运输局"
    report, _ = pair(LINTAN)
    assert report.meta.title == "临潭县卫生健康局 2022年度政府信息公开工作的报告"
    assert (report.meta.organ, report.meta.year, report.meta.published) == ("临潭县卫生健康局", 2022, "2023-02-01")


def test_such_a_page_is_read_and_its_late_publication_reported():
    found = of(run(LINTAN), "meta.timeliness")
    assert len(found) == 1 and "2023-02-01" in found[0].message and "2023-01-31" in found[0].message
