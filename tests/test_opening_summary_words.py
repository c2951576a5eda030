"""A township's, a 街道's or a bureau's opening presents its report in its own words — '现将…工作情况总结如下',
'…工作汇报如下' — as well as '…报告如下': the opening is read, so a report that goes on straight into the
overview's (一)… items is said to lack the '一、总体情况' heading."""
from __future__ import annotations

from extractor.segment import presents_report

from test_audit_support import TEXT, document, of, run

NANGUAN = TEXT + "1725_shanhaiguan_nanguanjiedao_2024.txt"  # 现将本年度政府信息公开工作情况总结如下: / (一)主动公开


def test_openings_that_sum_up_or_give_an_account_present_the_report():
    for stem, said in [("1725_shanhaiguan_nanguanjiedao_2024", "现将本年度政府信息公开工作情况总结如下"),
                       ("1223_zezhou_dadonggouzhen_2023", "现将我镇政府信息公开工作情况总结如下"),
                       ("1240_taojiang_zhabuhuizuxiang_2021", "现将鲊埠回族乡2021年政府信息公开工作汇报如下"),
                       ("1571_dingzhou_fagaiju_2022", "现将2022年政府信息公开工作汇报如下"),
                       ("653_chongqing_yuzhong_dashujuju_2024", "现将我局政府信息公开工作推进情况汇报如下")]:
        found = presents_report(document(TEXT + stem + ".txt").text)
        assert found is not None and found.group(0) == said, stem


def test_a_summary_of_other_work_presents_no_report():
    assert presents_report("现将2022年度安全生产工作情况总结如下：") is None
    assert presents_report("现将政府信息公开工作有关事项通知如下：") is None


def test_the_overview_heading_left_out_after_such_an_opening_is_reported():
    found = [f for f in of(run(NANGUAN), "structure.sections") if "没有标题" in f.message]
    assert len(found) == 1 and found[0].actual == ["(一)主动公开"]
