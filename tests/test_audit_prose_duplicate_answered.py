"""'另处理重复申请1件' is the duplicate-application outcome (不予处理), not a count of what came in, and '所有申请均在法定
期限内完成答复' says nothing is carried forward: read together, the balance of 兴安盟行署办公室 2025 (held-out set
1875–1889: 1880, '共受理…申请24件(含上年结转1件)…予以公开4件,无法提供19件,另处理重复申请1件') holds as printed and is
checked. Read apart, each misreading once hid the other (diagnostic d1880_orig_done: 23 ≠ 24)."""
from __future__ import annotations

from test_audit_support import eval_text, of, run_variant

DOC = eval_text(1880)


def test_the_balance_holds_as_printed_and_with_all_done():
    assert not of(run_variant(DOC), "prose.inconsistent")
    # the same page saying '所有申请均已办结' (d1880_orig_done): 24 = 4 + 19 + 1, no warning
    assert not of(run_variant(DOC, ("所有申请均在法定期限内完成答复", "所有申请均已办结")), "prose.inconsistent")


def test_an_outcome_off_by_one_is_caught():
    # 无法提供 19 → 20 (w1880_unable): 4 + 20 + 1 = 25 > 24; 予以公开 4 → 2 (w1880_granted): 2 + 19 + 1 = 22 < 24, none open
    for before, after in (("无法提供19件", "无法提供20件"), ("予以公开4件", "予以公开2件")):
        found = of(run_variant(DOC, (before, after)), "prose.inconsistent")
        assert len(found) == 1 and "重复申请1件" in found[0].message, (after, [f.message for f in found])
