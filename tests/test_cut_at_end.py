"""A copy whose last line is the start of a section's heading or of its table's caption, cut by the copy's
end, stops inside that section (real held-out pages)."""
from __future__ import annotations

import audits
from extractor.cut_end import cut_at_end
from nianbao.commands.common import extract_one

from conftest import ROOT


def _audit(stem: str, rule: str):
    doc, report = extract_one(next((ROOT / "eval/docs/text").glob(stem + "*")), None)
    return report, [f for f in audits.audit(report, doc.text).findings if f.rule == rule]


def test_a_heading_cut_by_the_copy_is_its_sections_heading():
    # 荔湾 公安分局 2023: '二、主动公开政府信息情况' then '三、收到和处理政府信息公' at the copy's end
    report, found = _audit("549_", "structure.tables")
    assert [s.key for s in report.sections][-1] == "applications"
    assert len(found) == 1 and found[0].message.startswith("二、主动公开政府信息情况：正文中没有")


def test_a_two_word_cut_heading_under_the_previous_sections_heading_is_its_heading():
    # 章贡区水东镇 2019: '二、主动公开政府信息情况' then '三、收到' ends the copy: table 二 is missing, not cut
    report, found = _audit("2176_", "structure.tables")
    assert [s.key for s in report.sections][-1] == "applications"
    assert len(found) == 1 and found[0].message.startswith("二、主动公开政府信息情况：正文中没有")


def test_a_table_caption_cut_by_the_copy_puts_its_end_inside_section_three():
    # 岳阳市信访局 2021: table 二, then '(本列数据的勾稽关系为:' (table 三's caption) ends the copy, no heading 三
    report, found = _audit("508_", "structure.sections")
    assert len(found) == 1 and "三、收到和处理政府信息公开申请情况" in found[0].message


def test_a_cut_sub_heading_or_a_short_cut_line_is_not_a_section():
    assert cut_at_end("一、总体情况\n(四)政府信息公开") is None  # (四)政府信息公开平台建设情况 of 总体情况
    assert cut_at_end("一、总体情况\n四、政府信息公") is None  # 四、政府信息公开平台建设 begins so too
    assert cut_at_end("一、总体情况\n三、收到和处理政府信息公").section == "applications"


def test_a_caption_under_a_heading_in_an_unlisted_wording_does_not_make_the_section_missing():
    # 武清区商务局 2022: '三、收到和处理政府信息公开的申请情况' then the cut caption
    report, found = _audit("303_", "structure.sections")
    assert not found


def test_a_cut_heading_glued_after_an_empty_sections_whole_heading_is_its_sections_heading():
    # 玄武区司法局 2023: '…的监督。 二、主动公开政府信息情况 三、收到和处理政府信息公开申请情' ends the copy: heading 二, not a
    # sentence's end, stands before the cut heading, so the copy stops in 三 and table 二 is missing, not cut
    report, found = _audit("2107_", "structure.tables")
    assert [s.key for s in report.sections][-1] == "applications"
    assert len(found) == 1 and found[0].message.startswith("二、主动公开政府信息情况：正文中没有")
    # no whole heading before it (二's words short of the template's): no cut heading glued on
    assert cut_at_end("一、总体情况\n好。 二、主动公开政府信息 三、收到和处理政府信息公开申请情") is None
