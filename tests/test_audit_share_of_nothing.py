"""Outcome shares beside a received count of 0 (the year's applications all carried in: '共收到政府信息公开申请0件,
上年结转7件,…办结7件', '予以公开2件,占29%'): a share of nothing agrees with no count, and the shares are judged against
the 7 answered, and the balance is judged — the audit does not stop on a division by zero (a bench copy of 1511 did)."""
from __future__ import annotations

from audits.tolerance import rate_agrees, share_agrees
from test_audit_support import eval_text, of, run_variant

DOC = eval_text(1511)


def test_a_share_of_nothing_agrees_with_no_count():
    assert not share_agrees("29", 2, 0) and not rate_agrees("100", 0, 0)


def test_shares_beside_nothing_received_are_of_the_answered():
    res = run_variant(DOC, ("共收到政府信息公开申请6件,上年结转1件", "共收到政府信息公开申请0件,上年结转7件"))
    assert not [f for f in of(res, "prose.inconsistent") if "占比与数目不符" in f.message]
    res = run_variant(DOC, ("共收到政府信息公开申请6件,上年结转1件", "共收到政府信息公开申请0件,上年结转8件"))
    assert any("不平衡" in f.message for f in of(res, "prose.inconsistent"))  # 0 + 8 came in, 7 answered: still judged
