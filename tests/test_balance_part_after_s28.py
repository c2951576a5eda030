"""The prose balance where a 其中 sentence splits the answered figure by level (2476: '全年累计受理政府信息公开申请57件,…;
完成答复54件,转下一年度继续办理3件。其中,县级政府受理并完成申请答复6件。'): the 6 is a part of the 54, not the answered
figure said again, so the balance is read (held-out stop 27, w2476_answered, w2476_carry)."""
from __future__ import annotations

from test_audit_support import eval_text, of, run_variant

RULE = "prose.inconsistent"
DOC = eval_text(2476)


def _balance(res):
    return [f for f in of(res, RULE) if "数目不平衡" in f.message]


def test_the_page_as_printed_balances():
    assert not _balance(run_variant(DOC))


def test_answered_edited_is_caught():
    [f] = _balance(run_variant(DOC, ("完成答复54件", "完成答复52件")))
    assert "答复52件＋转下一年度继续办理3件 = 55" in f.message


def test_carried_out_edited_is_caught():
    [f] = _balance(run_variant(DOC, ("转下一年度继续办理3件", "转下一年度继续办理1件")))
    assert "= 55" in f.message
