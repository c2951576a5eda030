"""Held-out pages of stops 32 and 33 measured at arrival (eval/heldout/3536-3550.md, 3581-…): the mechanisms behind
their misses and false alarms, each on the real page and an edit of it that the old code read otherwise."""
from __future__ import annotations

from test_audit_support import document, eval_text, extract_text, of, run, run_variant

from extractor import extract_document


def test_an_items_header_without_its_year_names_last_years_items():
    # 3536 (衡南縣應急管理局 2020): table 二's (五) headed '項目數量 | 處理決定數量' — the template's 上一年项目数量
    # printed without its year; its 142 decisions are no change of 142 items in a year
    t = extract_document(document(eval_text(3536))).tables.active_disclosure
    assert (t.licensing.previous, t.licensing.change, t.licensing.decisions) == (4, None, 142)
    assert not of(run(eval_text(3536)), "active_disclosure.item_change")
    # a block headed in full keeps its three columns
    doc = document(eval_text(3536))
    full = doc.text.replace("项目数量 | 处理决定数量 | ||", "上一年项目数量 | 本年增/减 | 处理决定数量 ||", 1)
    assert full != doc.text
    t = extract_text(eval_text(3536), full).tables.active_disclosure
    assert (t.licensing.previous, t.licensing.change) == (4, 142)


def test_examples_named_after_a_part_are_no_list_running_on_into_the_next_part():
    # 3538 (福田区福保街道 2020): '民意征集类4条,占…0.6%,包括征集主题、情况反馈等;其他信息617条,占…93.6%' — the
    # 包括 clause names examples of the 4 without a figure: 617 is the outer list's part, not the 4's
    assert not of(run(eval_text(3538)), "prose.inconsistent")
    # parts of the 4 counted in its clause are still read: more than the 4 is a finding
    found = of(run_variant(eval_text(3538), ("包括征集主题、情况反馈等", "包括征集主题3条、情况反馈3条")),
               "prose.inconsistent")
    assert any("征集主题3条" in f.message for f in found)
