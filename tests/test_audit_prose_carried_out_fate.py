"""A count received split by what became of the applications: a carry-out to the next year is one more fate, a part of
the 其中 list, not a count that moves on (held-out set 2041–2055: 2041, '收到并办理依申请公开47件,其中,予以公开8件,因申请
信息不存在等原因无法提供32件,结转下年度继续办理9件' — 8 + 32 + 9 = 49 > 47, the report's own inconsistency)."""
from __future__ import annotations

from test_audit_support import eval_text, of, run_variant

DOC = eval_text(2041)


def test_a_carry_out_after_outcomes_is_a_part():
    [f] = of(run_variant(DOC), "prose.inconsistent")
    assert (f.expected, f.actual) == (47, 49) and "+ 结转下年度继续办理9件）" in f.message


def test_outcomes_and_carry_out_that_make_the_total_pass():
    # 32 → 30 (d2041_made): 8 + 30 + 9 = 47
    assert not of(run_variant(DOC, ("无法提供32件", "无法提供30件")), "prose.inconsistent")
