"""Held-out 2184 (龙游县湖镇镇 2020), refused at arrival as holding no report: its overview headed in the old
wording with a space before the 、 ('一 、政府信息公开工作的基本概况'), under a title with the year before the organ
('2020年度龙游县湖镇镇政府信息公开工作报告'). 1001 (龙游县罗家乡 2020) heads its overview the same way."""
from __future__ import annotations

import audits
from extractor import read_report
from extractor.about_reports import own_title, titled_as_report
from extractor.labels import match_key
from extractor.segment import _section_of

from conftest import eval_doc


def test_the_overview_headed_as_its_basic_overview_is_section_one():
    assert _section_of(match_key("一 、政府信息公开工作的基本概况")) == ("overview", False)
    assert _section_of(match_key("一、基本概况")) == ("overview", False)
    doc, report = read_report(eval_doc("2184_"))
    assert [s.key for s in report.sections] == ["overview"]
    assert audits.audit(report, doc.text).findings == []
    # 罗家乡 2020: no longer said to lack 一 (its 二 glued to a paragraph, 三, 四 are read as before)
    doc, report = read_report(eval_doc("1001_"))
    assert report.sections[0].key == "overview"
    assert not [f for f in audits.audit(report, doc.text).findings if f.rule == "structure.sections"]


def test_a_title_with_the_year_before_the_organ_is_the_organs_report():
    assert own_title("2020年度龙游县湖镇镇政府信息公开工作报告")
    assert own_title("泰山学院附属中学2008年度政府信息公开工作年度报告")
    assert not own_title("2020年度各部门政府信息公开工作报告")  # no organ: a page of many reports
    assert not own_title("关于2020年度龙游县湖镇镇政府信息公开工作报告的通知")


def test_a_numbered_part_may_print_a_space_before_its_mark():
    text = eval_doc("2184_").read_text()
    title = "龙游县湖镇镇2020年度政府信息公开工作报告"  # the analyst's edit d2184_title: the title alone read before
    assert titled_as_report(title, text)
    assert not titled_as_report(title, text.replace("一 、", "一是"))
