"""An outline the report announces as its 主要内容 (eval/heldout/2041-2055.md, 2049): '本报告包括…工作情况,主要内容:…',
'报告主要内容包括…', '本报告主要内容包括:1.…;6.…' — the report naming its main parts, closed by the sentence's end or
its 报告如下, judged by the s23 ruling like any closed outline. All on the real preambles of the eval pages."""
from __future__ import annotations

import audits
from extractor.outline import announced_outline

from conftest import eval_doc
from nianbao.commands.common import extract_one
from test_audit_support import of


def _read(prefix: str):
    doc, report = extract_one(eval_doc(prefix), None)
    return doc, report, of(audits.audit(report, doc.text), "structure.sections")


def test_main_content_after_a_colon_is_the_reports_outline():
    # 醴陵 沩山镇 2025: '本报告包括我镇…工作情况,主要内容:主动公开政府信息情况,收到和处理…、因信息公开工作被申请行政复议、
    # 提起行政诉讼情况及…存在的主要问题及改进情况报告如下。' — no listing verb after 内容, no count, 组成 or 等: closed by
    # 报告如下, no part for 其他需要报告的事项, and the copy (cut in table 二) prints no such heading
    doc, _, [f] = _read("2049_")
    outline = announced_outline(doc.text)
    assert outline.closed and "other_matters" not in outline.named
    assert outline.parts.endswith("存在的主要问题及改进情况")  # 报告如下 is no part of the list
    assert f.severity == "warning" and f.expected == ["六、其他需要报告的事项"], f.message
    # 总体情况 is not named either, but the outline stands under its printed heading: the heading decides
    assert "一、总体情况" not in f.expected


def test_main_content_naming_every_section_is_no_finding():
    # 昆明 五华科技产业园 2022: '本报告主要内容包括:1.总体情况;2.…;6.其他需要报告的事项' (no count, no 等): closed, six
    doc, _, found = _read("1356_")
    assert announced_outline(doc.text).named == ("overview", "active_disclosure", "applications",
                                                 "review_litigation", "problems", "other_matters")
    assert found == []


def test_main_content_of_an_old_outline_or_year_is_no_finding():
    # 三明 2018: '本年度报告…组织编制,主要内容包括:概述,…,公开收费情况,…' — read (old), and a 2018 report is not
    # judged against the 2019 template
    doc, report, found = _read("1942_")
    assert announced_outline(doc.text).old and report.meta.year == 2018
    assert found == []


def test_main_content_of_something_else_is_no_outline():
    # the report must speak in the same line: a 主要内容 after a line break, or what a report 应 contain, is none
    assert announced_outline("2025年政府信息公开工作年度报告\n主要内容:主动公开政府信息情况、收到和处理政府信息公开申请情况。") is None
    assert announced_outline("年度报告应按要求编写,主要内容包括主动公开政府信息情况、收到和处理政府信息公开申请情况。") is None


def test_main_content_with_a_verb_closed_by_the_sentence_is_read():
    # 深圳 民治街道 2025: '报告主要内容包括总体情况、…、存在的主要问题及改进情况。' — five names, closed by the sentence's
    # end, none for 其他需要报告的事项; the copy is cut in 一(三) (gold relabelled by ruling s23 in stop 25)
    doc, _, [f] = _read("1720_")
    assert announced_outline(doc.text).closed
    assert f.expected == ["六、其他需要报告的事项"], f.message
