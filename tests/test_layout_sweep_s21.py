"""Reading a page's outline and structure, from the s21 layout/dates/structure sweep of fresh pages
(eval/docs/text/17NN_*): an outline '(本)报告主要包括:…。' closed by the sentence's end; an opening counted in printed
characters, past a layout table's runs of empty cells; a report that calls itself 此报告; the pre-2019 outline's
fee part by another name (相关费用情况); section 三 in the older words '政府信息依申请公开办理情况'."""
from __future__ import annotations

import audits
from extractor import any_table, is_report
from extractor.about_reports import about_reports
from extractor.outline import announced_outline
from nianbao.commands.common import extract_one

from conftest import eval_doc
from test_audit_support import of

_SIX = ("overview", "active_disclosure", "applications", "review_litigation", "problems", "other_matters")


def _read(prefix: str):
    return extract_one(eval_doc(prefix), None)


def _text(prefix: str) -> str:
    return eval_doc(prefix).read_text(encoding="utf-8")


def test_an_outline_after_baogao_zhuyao_baokuo_closed_by_the_sentence_end():
    # '报告主要包括:总体情况、…和其他需要报告事项。' (兴海县 2021, 阿拉腾敖包镇 2021, 卓尼县 2020: one province's
    # wording) and '本报告主要包括:总体情况;…;2019年度政府信息公开统计表。' (牛街乡 2019, semicolons): no count of
    # parts, 组成 or 等 closes them, and no 全文 opens them
    for prefix in ("713_", "1222_", "1781_", "1791_"):
        found = announced_outline(_text(prefix))
        assert found is not None and found[1] == _SIX, prefix
        assert found[0].group(0).startswith(("报告主要包括", "报告主要包含")), prefix
    # a notice on compiling the reports that lists what they contain is still none (its own title says so)
    assert about_reports("关于做好2020年度政府信息公开工作年度报告编制发布工作的通知",
                         "年度报告主要包括:总体情况、主动公开政府信息情况、其他需要报告的事项。")


def test_the_opening_is_counted_in_printed_characters():
    # 卓尼县 2020: the page's layout table prints its title and date rows as runs of some 1,400 empty cells
    # ('卓尼县人民政府2020年度…年度报告 | |||||…'); the preamble with its outline comes after them, and the body is one
    # line. It was refused as 'no annual report inside'; read, it is the county government's report on 2020 and
    # nothing in the copy is missing (no heading stands on a line of its own to go by)
    text = _text("1781_")
    assert text.find("报告主要包括") > 1000
    doc, report = _read("1781_")
    assert is_report(report, doc.text)
    assert report.meta.organ == "卓尼县人民政府" and report.meta.year == 2020
    res = audits.audit(report, doc.text)
    assert not of(res, "structure.sections") and not of(res, "meta.timeliness")


def test_a_report_calling_itself_ci_baogao_is_no_page_about_reports():
    # 辽宁省退役军人事务厅 2020 (a mirror): its first line, read as the title, cites 《…年度报告格式(试行)》 and ends
    # '编制此报告' — the report speaking of itself as 本报告 does. It was refused as a page about the reports
    doc, report = _read("1786_")
    assert report.meta.title is not None and "年度报告格式" in report.meta.title
    assert not about_reports(report.meta.title, doc.text)
    assert report.meta.year == 2020 and [s.key for s in report.sections] == ["overview"]
    # a notice that formats the reports still is about them
    assert about_reports("国务院办公厅政府信息与政务公开办公室关于印发《中华人民共和国政府信息公开工作年度报告格式》的通知",
                         "一、总体情况\n二、主动公开政府信息情况\n")


def test_the_old_outlines_fee_part_by_another_name():
    # 梅县区人民政府办公室 2019: '本报告由概述、主动公开…、依申请公开…、政府信息公开相关费用情况、申请行政复议和提起
    # 行政诉讼的情况、存在问题及改进措施等六部分组成' under '一、概述': the pre-2019 outline, its fee part named 费用
    doc, report = _read("1792_")
    [f] = of(audits.audit(report, doc.text), "structure.sections")
    assert f.message.startswith("开头所列提纲按2019年以前的格式撰写（含「政府信息公开相关费用情况」部分")
    assert "六、其他需要报告的事项" in f.message
    # the old name keeps its message (启东 应急局 2019), and a 2019 outline naming no fee part is no old outline
    # (兴海县 2021, the same '报告主要包括' sentence)
    doc, report = _read("952_")
    [f] = of(audits.audit(report, doc.text), "structure.sections")
    assert f.message.startswith("开头所列提纲按2019年以前的格式撰写（含「收费及减免」部分")
    doc, report = _read("713_")
    assert not [f for f in of(audits.audit(report, doc.text), "structure.sections") if "2019年以前" in f.message]


def test_section_three_in_older_words_and_a_section_two_without_its_table():
    # 牛街乡 2019: '三、政府信息依申请公开办理情况' heads section 三 (the 2008-format wording the outlines of 周湾镇 2021
    # and 晋安区 2016 name). Unread, section 二 ran to the copy's end and its missing table was 'cut'; now section
    # 二 is whole and holds prose (3条, 12期) and no table 二
    doc, report = _read("1791_")
    assert [(s.key, s.heading) for s in report.sections][-1] == ("applications", "三、政府信息依申请公开办理情况")
    assert not any_table(report)
    [f] = of(audits.audit(report, doc.text), "structure.tables")
    assert f.message.startswith("二、主动公开政府信息情况")
