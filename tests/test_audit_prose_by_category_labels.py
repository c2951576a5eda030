"""A short list by category is a note (parts._by_category), also when an item's words open with the verb that
published its category ('发布街道工作动态类信息51篇', 2244 新兴街道 2025) or name a catalogue published
('政务公开基本目录1条', 2249 富宁街街道 2023): what, not how or where (held-out edits 2244__total, 2249__total)."""
from __future__ import annotations

from test_audit_support import eval_text, of, run, run_variant

RULE = "prose.inconsistent"
XINXING = eval_text(2244)  # 通过铁东区门户网站公开信息85篇,其中发布街道工作动态类信息51篇、优化营商环境8篇、… (14 parts, 85)
FUNING = eval_text(2249)  # 通过兴庆区门户网站主动公开信息74条。其中政务公开工作要点1条、…、政务公开基本目录1条、… (15 parts, 74)


def _note(res):
    return [f for f in of(res, RULE) if "按类别列出" in f.message]


def test_a_verb_before_its_category_still_names_a_category():
    assert not of(run(XINXING), RULE)
    [f] = _note(run_variant(XINXING, ("公开信息85篇", "公开信息86篇")))
    assert f.severity == "info" and (f.expected, f.actual) == (86, 85)


def test_a_catalogue_published_is_a_category():
    assert not of(run(FUNING), RULE)
    [f] = _note(run_variant(FUNING, ("主动公开信息74条", "主动公开信息75条")))
    assert f.severity == "info" and (f.expected, f.actual) == (75, 74)


def test_a_verb_with_no_category_names_none():
    # the first item made '发布51篇' (a verb and a figure): how, not what — no note
    assert not _note(run_variant(XINXING, ("公开信息85篇", "公开信息86篇"), ("发布街道工作动态类信息51篇", "发布51篇")))
