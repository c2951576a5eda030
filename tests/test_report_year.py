"""The year a report names itself by in its opening, when the copy lost its title line (real pages)."""
from __future__ import annotations

from conftest import eval_doc

import audits
from extractor.meta import year_named
from nianbao.commands.common import extract_one


def test_a_copy_without_its_title_takes_the_year_its_opening_names_not_the_period():
    # 淮安 自然资源和规划局 (a spam mirror that replaced the title): "编制了2021年政府信息公开年度报告" but
    # "统计期限自2020年1月1日起至2020年12月31日止" — the report is 2021's, its period sentence is wrong
    doc, report = extract_one(eval_doc("462_"), None)
    assert report.meta.year == 2021
    res = audits.audit(report, doc.text)
    dates = [f for f in res.findings if f.rule == "meta.dates"]
    assert len(dates) == 1 and "正文所称报告年度 2021 与统计期限年份 2020" in dates[0].message


def test_an_opening_that_agrees_with_its_period_raises_nothing():
    # 东城街道: "现公布东城街道2019年政府信息公开工作年度报告" and a 2019 period
    doc, report = extract_one(eval_doc("469_"), None)
    assert report.meta.year == 2019
    assert not [f for f in audits.audit(report, doc.text).findings if f.rule == "meta.dates"]


def test_a_cited_title_or_the_national_format_is_not_the_reports_own_year():
    cited = "根据《2020年政府信息公开工作年度报告》的整改要求，我局本年度…\n一、总体情况\n"
    fmt = "按照2021年政府信息公开工作年度报告格式要求编制。\n一、总体情况\n"
    assert year_named(cited, cited.index("一、")) is None
    assert year_named(fmt, fmt.index("一、")) is None
    own = "现公布东城街道2019年政府信息公开工作年度报告。\n一、总体情况\n"
    assert year_named(own, own.index("一、")).group(1) == "2019"


def test_a_year_only_inferred_from_the_page_date_carries_no_layout_error():
    # the national notice 国办公开办函〔2021〕30号 reposted with its blank 2021 template: nothing states a year,
    # meta.year is the year before the page's date (2021-10-08 → 2020), and a 2020 report "should" use the
    # 2019 tables — an error resting on a guess; the blank table stays S11's warning
    doc, report = extract_one(eval_doc("853_"), None)
    assert report.meta.year == 2020 and report.meta.published == "2021-10-08"
    res = audits.audit(report, doc.text)
    assert not [f for f in res.findings if f.severity == "error"]
    na = [n for n in res.not_assessable if n.rule == "meta.template_year"]
    assert na and "由发布日期2021-10-08推断" in na[0].reason
    assert [f.rule for f in res.findings] == ["applications.blank_cells"]


def test_a_year_the_report_states_still_carries_the_layout_error():
    # 教育局 2021 (its opening: '2021年,我局…'): table 二's first block on the 2019 headers is the error
    doc, report = extract_one(eval_doc("802_"), None)
    res = audits.audit(report, doc.text)
    assert [f.rule for f in res.findings if f.severity == "error"] == ["meta.template_year"]
