"""A page that opens straight at the overview's items (held-out 2976, a 西平县 bureau's 2021 report: '(一)主动公开
政府信息的情况', (二)依申请公开…, (三)政府信息管理…, no title, preamble or '一、总体情况' above them) is a report, read
and audited, not refused as 'no annual report inside'; a page with only one such item is not."""
from __future__ import annotations

from extractor import is_report
from extractor.outline import opens_at_overview_items
from nianbao.commands.common import extract_one
from test_audit_support import eval_text


def test_a_page_opening_at_the_overview_items_is_a_report():
    with open(eval_text(2976), encoding="utf-8") as f:
        text = f.read()
    assert opens_at_overview_items(text)
    doc, report = extract_one(eval_text(2976), None)
    assert is_report(report, text) and report.meta.year == 2021


def test_one_item_alone_or_items_of_another_list_are_not():
    assert not opens_at_overview_items("(一)主动公开政府信息的情况\n全年共主动公开政府信息428条。\n")
    assert not opens_at_overview_items("(一)加强组织领导\n(二)完善制度建设\n(三)强化监督检查\n")
    assert not opens_at_overview_items("通知\n(一)主动公开政府信息的情况\n(二)依申请公开\n(三)政府信息管理\n")
