"""A bare 结转N件 right after what was answered is the carry-out to the next year (held-out set 2206–2220: 2217,
'共收到政府信息依申请公开58件,…,已办结54件,结转4件' — 54 + 4 = 58); after a received count it may as well be a
carry-in, so it is read as neither (patterns.SPECS carried_forward, _after_answered)."""
from __future__ import annotations

from test_audit_support import eval_text, of, run_variant

DOC = eval_text(2217)
RULE = "prose.inconsistent"


def balance(res) -> list:
    return [(f.expected, f.actual) for f in of(res, RULE) if "不平衡" in f.message]


def test_a_bare_carry_out_after_the_answered_count_is_read():
    assert not balance(run_variant(DOC))  # 58 = 54 + 4
    assert balance(run_variant(DOC, ("结转4件", "结转3件"))) == [(58, 57)]  # w2217_carry


def test_a_bare_carry_after_the_received_count_is_no_carry_out():
    # '58件,结转3件,已办结54件': a carry-in (58 + 3) or a carry-out (54 + 3)? Neither is read
    edit = ("58件,涉及土地征收政策和补偿安置实施等方面,已办结54件,结转4件", "58件,结转3件,已办结54件")
    assert not balance(run_variant(DOC, edit))
