"""One acceptance judgement ("is there an annual report in this file?") for the command line and the eval,
and the heading shapes that made real reports fail it."""
from __future__ import annotations

import pytest

from extractor import InputError, read_report
from nianbao.commands.common import extract_one
from nianbao.evaluation import default_extract

from conftest import ROOT, eval_doc


def test_a_heading_run_on_from_the_title_with_only_a_space_is_read():
    # a one-line copy: '…2019年 政府信息公开工作年度报告 一、总体情况 2019年,…' (a title has no sentence end)
    doc, report = extract_one(eval_doc("521_"), None)
    assert [s.key for s in report.sections][:1] == ["overview"]
    assert report.sections[0].heading == "一、总体情况"


def test_the_short_numbered_heading_of_section_two_is_read():
    # '一、主动公开情况': the report dropped 总体情况 and numbered from 一
    doc, report = extract_one(eval_doc("550_"), None)
    assert [(s.key, s.heading) for s in report.sections] == [("active_disclosure", "一、主动公开情况")]


def test_a_sub_heading_under_the_overview_is_not_section_two(tmp_path):
    p = tmp_path / "r.txt"
    p.write_text("一、总体情况\n（一）主动公开情况\n本年主动公开信息12条。\n二、主动公开政府信息情况\n见下表。\n",
                 encoding="utf-8")
    doc, report = read_report(p)
    assert [(s.key, s.heading) for s in report.sections] == [("overview", "一、总体情况"),
                                                             ("active_disclosure", "二、主动公开政府信息情况")]


def test_the_eval_refuses_what_the_command_line_refuses(tmp_path):
    p = tmp_path / "page.txt"
    p.write_text("首页 > 政务公开 > 通知公告\n关于开展2023年度安全生产检查的通知\n发布时间：2023-05-06\n", encoding="utf-8")
    with pytest.raises(InputError, match="no annual report inside"):
        extract_one(p, None)
    with pytest.raises(InputError, match="no annual report inside"):
        default_extract()(p)


def test_an_overview_numbering_its_own_parts_keeps_the_full_heading_of_section_two():
    # 上海科委 2024: the overview's '三、主动公开工作情况' comes before the report's '一、主动公开政府信息情况'
    doc, report = extract_one(ROOT / "eval/docs/text/kewei_shanghai_2024_from_pdf.md", None)
    assert [s.heading for s in report.sections][:2] == ["一、总体情况", "一、主动公开政府信息情况"]


def test_a_heading_run_in_after_the_colon_that_closes_the_introduction_is_read():
    # a one-line copy: '…现将…2022年度政府信息公开工作报告如下: 一、总体情况 (一)政府信息主动公开情况。…'
    doc, report = extract_one(eval_doc("838_"), None)
    assert [(s.key, s.heading) for s in report.sections] == [("overview", "一、总体情况"),
                                                             ("active_disclosure", "二、主动公开政府信息情况")]


def test_an_outline_after_a_colon_is_not_read_as_headings(tmp_path):
    # the items of an outline have no whitespace after them: only the real heading below is a section
    p = tmp_path / "r.txt"
    p.write_text("本报告包括：一、总体情况；二、主动公开政府信息情况；三、收到和处理政府信息公开申请情况。\n"
                 "一、总体情况\n本年主动公开信息12条。\n", encoding="utf-8")
    doc, report = read_report(p)
    body = doc.text.index("\n一、总体情况") + 1
    assert [(s.key, s.heading, s.start) for s in report.sections] == [("overview", "一、总体情况", body)]


LINTAO = "816_"  # 上营乡 2020: '…现将2020年政府信息公开工作报告如下: 一、2020年政务公开工作完成情况及成效 (一)…', one line
PRESENTS = "现将2020年政府信息公开工作报告如下"


def test_a_report_on_an_outline_of_its_own_is_a_report_and_lacks_all_six_sections(tmp_path):
    import audits
    from test_audit_support import of
    doc, report = extract_one(eval_doc(LINTAO), None)  # none of the six sections, no table: read, not refused
    assert not report.sections and report.meta.year == 2020
    [f] = of(audits.audit(report, doc.text), "structure.sections")
    assert f.severity == "warning" and "「一、2020年政务公开工作完成情况及成效」" in f.message
    assert "「六、其他需要报告的事项」" in f.message and f.cells == []
    text = eval_doc(LINTAO).read_text(encoding="utf-8")
    # without the sentence presenting it as the report, the same words are no report
    p = tmp_path / "no_opening.txt"
    p.write_text(text.replace(PRESENTS, "现将有关情况说明如下"), encoding="utf-8")
    with pytest.raises(InputError, match="no annual report inside"):
        extract_one(p, None)
    # a report on a year before the format (2018): read, but the six sections are not asked for
    p = tmp_path / "old_year.txt"
    p.write_text(text.replace("2020年", "2018年"), encoding="utf-8")
    doc, report = extract_one(p, None)
    assert report.meta.year == 2018 and not of(audits.audit(report, doc.text), "structure.sections")


def test_a_page_that_presents_a_report_only_far_below_its_start_is_not_one(tmp_path):
    # the presenting sentence counts in the opening only: a news page quoting it deep in its body is no report
    p = tmp_path / "news.txt"
    p.write_text("首页 > 新闻动态\n" + "本乡召开工作会议，部署年度各项工作。" * 80 + PRESENTS + "。\n", encoding="utf-8")
    with pytest.raises(InputError, match="no annual report inside"):
        extract_one(p, None)
