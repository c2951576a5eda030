"""A total of 0 with its list (held-out set 2026–2040: 2031, '我局主动公开信息0条,期中市政务公开网0条,微信公众号发布文章、
信息360条' — 期中, the copy's typo for 其中): a first part of 0 does not make the total, so a later part above 0 is
still a part, and the inconsistency; 期中 opens the list only where 其中 would stand, after a total's unit and a comma."""
from __future__ import annotations

from test_audit_support import eval_text, of, run_variant

DOC = eval_text(2031)


def test_a_part_above_a_zero_total_after_a_zero_part():
    # 期中 → 其中 (d2031_qizhong): 0 + 360 > 0
    [f] = of(run_variant(DOC, ("0条,期中市", "0条,其中市")), "prose.inconsistent")
    assert (f.expected, f.actual) == (0, 360) and "市政务公开网0条 + 微信公众号发布文章、信息360条" in f.message


def test_zero_parts_under_a_zero_total_pass():
    # 360 → 0 (d2031_none): 0 + 0 = 0
    assert not of(run_variant(DOC, ("0条,期中市", "0条,其中市"), ("信息360条", "信息0条")), "prose.inconsistent")


def test_typed_qizhong_after_a_total_opens_the_list():
    # as printed: 期中 right after 0条, — the labelled prose.inconsistent
    [f] = of(run_variant(DOC), "prose.inconsistent")
    assert (f.expected, f.actual) == (0, 360) and "市政务公开网0条 + 微信公众号发布文章、信息360条" in f.message


def test_qizhong_elsewhere_is_no_list_word():
    # 期中 opening a sentence (d2031_sentence): not where 其中 would stand after a total, so no list is read
    assert not of(run_variant(DOC, ("0条,期中市", "0条。期中市")), "prose.inconsistent")
