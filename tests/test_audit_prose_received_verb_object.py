"""Applications received said verb before object (南塘镇 2025: '2025年我镇共收到申请公开政府信息5宗,上年结转政府信息
公开申请1宗,本年度办理结果不予公开6宗,已全部办结。'): a received count, so the balance is read (held-out weak spots
w2319_refused, w2319_received)."""
from __future__ import annotations

from test_audit_support import eval_text, of, run, run_variant

RULE = "prose.inconsistent"
NANTANG = eval_text(2319)


def _balance(res):
    return [f for f in of(res, RULE) if "不平衡" in f.message]


def test_the_page_balances():
    assert not _balance(run(NANTANG))


def test_more_refused_than_came_in():
    [f] = _balance(run_variant(NANTANG, ("不予公开6宗", "不予公开7宗")))
    assert f.severity == "warning" and "收到申请公开政府信息5宗" in f.message and (f.expected, f.actual) == (6, 7)


def test_fewer_received():
    [f] = _balance(run_variant(NANTANG, ("申请公开政府信息5宗", "申请公开政府信息4宗")))
    assert (f.expected, f.actual) == (5, 6)
