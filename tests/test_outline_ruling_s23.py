"""The s23 ruling on the outline a report announces (eval/README, "Structure is judged on the copy in hand"): a
closed list of parts leaving out a section of the template is structure.sections on any copy; a list with 等, or
with a count its names fall short of, is open; an old outline above the template's own headings is no finding;
a report before 2019 is not judged. All on the real preambles of the eval pages."""
from __future__ import annotations

import audits
import pytest
from extractor.outline import announced_outline

from conftest import eval_doc
from nianbao.commands.common import extract_one
from test_audit_support import na, of


def _read(prefix: str):
    return extract_one(eval_doc(prefix), None)


def _sections(prefix: str):
    doc, report = _read(prefix)
    return of(audits.audit(report, doc.text), "structure.sections")


@pytest.mark.parametrize("prefix, lacking", [
    # '全文包括总体情况、主动公开政府信息情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况' (锡林浩特 2021):
    # closed by the sentence's end after 全文包括, the copy cut in 一
    ("1891_", ["三、收到和处理政府信息公开申请情况", "六、其他需要报告的事项"]),
    # '本报告由总体情况、…、政府信息公开工作存在的问题及改进情况五个部分组成' (西藏 地震局 2023): five names, 五个部分
    ("1851_", ["六、其他需要报告的事项"]),
    # '内容包括…存在的主要问题及改进措施五个方面' (忻州 生态环境局 2020): a count of 方面
    ("1543_", ["六、其他需要报告的事项"]),
    # '年报由总体情况、…、政府信息公开行政复议、行政诉讼情况、…、其他需要报告的事项六个部分组成' (三亚 海棠 应急管理局
    # 2023): six names as printed for 六个部分, no 收到和处理 part; the copy is cut in table 二
    ("770_", ["三、收到和处理政府信息公开申请情况"]),
    # '现将温图高勒苏木人民政府2021年度政府信息公开总体情况,主动公开政府信息情况,…,存在的主要问题及改进情况公开如下'
    # (额济纳旗 温图高勒苏木 2021): the template's own section names set out 如下, no word that lists them
    ("2178_", ["六、其他需要报告的事项"]),
])
def test_a_closed_outline_leaving_out_a_section_is_a_finding_on_a_cut_copy(prefix, lacking):
    [f] = _sections(prefix)
    assert f.severity == "warning" and f.message.startswith("开头所列提纲未列"), f.message
    assert f.expected == lacking
    assert "2019年以前" not in f.message


def test_an_old_outline_the_headings_follow_is_judged_on_its_parts():
    # 衡山 开云新区 2020: '本报告内容包括:概述,…,政府信息公开的收费及减免情况,…和附表七个部分' under '一、概述': its
    # parts lack 其他需要报告的事项 (the fee part alone says nothing)
    [f] = _sections("1746_")
    assert f.message.startswith("开头所列提纲按2019年以前的格式撰写（含「收费及减免」部分），未列「六、其他需要报告的事项」")
    assert f.expected == ["六、其他需要报告的事项"]
    # 松阳 大东坝镇 2021: the seven old parts under '一、概述' name every section (…其他需要报告的事项等7个部分): the fee
    # part is no section of the format and no finding by itself
    assert _sections("464_") == []


def test_what_a_report_sets_out_as_follows_is_an_outline_only_as_the_templates_section_names():
    said = ("现将温图高勒苏木人民政府2021年度政府信息公开总体情况,主动公开政府信息情况,收到和处理政府信息公开申请情况,"
            "政府信息公开行政复议、行政诉讼情况,存在的主要问题及改进情况公开如下")
    outline = announced_outline(said)
    assert outline.closed and "other_matters" not in outline.named and len(outline.named) == 5
    # open (等): read, not closed
    assert not announced_outline(said.replace("改进情况公开", "改进情况等公开")).closed
    # a few matters as examples, or the overview's items, are no outline
    assert announced_outline("现将主动公开、依申请公开等工作情况报告如下") is None
    assert announced_outline("现将主动公开政府信息情况、依申请公开、政府信息管理、平台建设情况报告如下") is None
    assert announced_outline("现将2021年度政府信息公开工作情况报告如下:") is None


@pytest.mark.parametrize("prefix", [
    "1913_",  # '全文包括总体情况,…,回应解读情况,…,存在的主要问题及改进措施等' (寿光 2020): 等, and only an added part
    "1765_",  # '报告由总体情况、…、工作中存在的主要问题和改进情况等内容组成' (宁县 卫健局 2023)
    "018_",   # '…存在问题及改进情况、其他需要报告的事项等六部分' — five names, 等, a count beyond them
    "021_",   # '全文包括总体情况,公开的内容、存在的主要问题改进措施四个部分' — three names for 四个部分: a part unnamed
])
def test_an_open_outline_is_no_finding(prefix):
    doc, _ = _read(prefix)
    found = announced_outline(doc.text)
    assert found is not None and not found.closed
    assert _sections(prefix) == []


@pytest.mark.parametrize("prefix", [
    "1701_",  # '本报告主要由信息公开工作概述、…收费及减免情况…等部分组成' under '一、总体情况' (渠县 医保局 2022)
    "1724_",  # '本报告主要由概述、…支出和收费情况…等部分组成' under a bare '总体情况' (兴化 昌荣镇 2025)
    "1832_",  # '报告由概述,…,政府信息公开收费及减免情况,…等6部分组成' under '一、总体情况' (运城 经开区 2020): closed, no 其他
    "038_",   # '全文包括概述、…收费及减免情况、…及相关说明' under '一、总体情况' (武进 卫健局 2024): closed, no 其他
])
def test_an_old_outline_above_the_templates_headings_is_no_finding(prefix):
    doc, _ = _read(prefix)
    found = announced_outline(doc.text)
    assert found is not None and found.old
    assert _sections(prefix) == []


def test_a_printed_heading_decides_over_the_outline():
    # 保康 农业农村局 2021: '全文包括总体情况、…、其他需要报告的事项等六个部分' names no 收到和处理 part, but the copy prints
    # '三、收到和处理政府信息公开…'; 柞水 凤凰镇 2021: the outline names no 总体情况, the copy prints '一、总体情况'
    for prefix in ("945_", "113_"):
        doc, _ = _read(prefix)
        assert announced_outline(doc.text).closed, prefix
        assert _sections(prefix) == [], prefix


def test_the_overviews_items_listed_as_parts_are_no_outline_of_the_report():
    # 珙县 卫健局 2023: '本年度报告由主动公开、依申请公开、政府信息管理、平台建设、监督保障5个部分组成' — the five items
    # of 一、总体情况, which the copy prints under that heading
    doc, _ = _read("1712_")
    assert announced_outline(doc.text).of_overview
    assert _sections("1712_") == []


def test_a_report_before_2019_is_not_judged_against_the_template():
    # 高邑县 2018: '全文由概述、…、咨询处理情况、复议、申诉和诉讼情况、主要问题和改进措施组成' under '一、概述': closed, no
    # 其他需要报告的事项 — the outline of its time
    doc, report = _read("1912_")
    assert announced_outline(doc.text).closed and report.meta.year == 2018
    assert _sections("1912_") == []


def test_a_notice_prescribing_what_reports_include_is_no_outline():
    # a notice's '报告内容应包括:一是…主动公开、依申请公开等6个方面' is not a report announcing its own parts
    assert announced_outline("年度报告内容应包括:一是《条例》第三十二条规定的主动公开、依申请公开等6个方面。") is None
    assert announced_outline("本报告内容包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况五个方面。") is not None


def test_the_sections_the_outline_leaves_out_are_not_also_called_beyond_the_copy():
    # 1891 (锡林浩特 2021, cut in 一): the outline's finding names 三 and 六; the note on what the copy does not reach
    # names the other sections only, by their headings, not the template's keys
    doc, report = _read("1891_")
    res = audits.audit(report, doc.text)
    [f] = of(res, "structure.sections")
    [note] = na(res, "structure.sections")
    assert note.reason.startswith("副本未包含：") and "二、主动公开政府信息情况" in note.reason
    assert not any(h in note.reason for h in f.expected)
    assert "review_litigation" not in note.reason and "other_matters" not in note.reason
