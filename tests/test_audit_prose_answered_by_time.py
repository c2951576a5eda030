"""An answered count with 件 after its verb, and a split of it by how long the answers took (held-out set 2116–2130:
2127, '全年接收政府信息公开申请50宗,已办结件49宗(1宗结转下年度继续办理)。平均5.1个工作日答复,3个工作日内答复23宗,…,
4-10个工作日内答复20宗,…,10-20个工作日内答复6宗' — 49 + 1 = 50): 办结件 is the noun of what was answered, N个工作日
is a time and never a count, and the counts answered within a time are parts of the answered figure, as 按时办结 is —
they no longer stop the balance."""
from __future__ import annotations

import pytest

from test_audit_support import eval_text, of, run_variant

DOC = eval_text(2127)


def test_the_page_as_printed_is_silent():
    assert not of(run_variant(DOC), "prose.inconsistent")


@pytest.mark.parametrize("old, new, sides", [
    ("申请50宗", "申请52宗", (52, 50)),  # w2127_recv: 49 + 1 = 50 < 52
    ("已办结件49宗", "已办结件47宗", (50, 48)),  # w2127_done: 47 + 1 = 48 < 50
])
def test_an_edit_of_received_or_answered_is_caught(old, new, sides):
    found = of(run_variant(DOC, (old, new)), "prose.inconsistent")
    [f] = [f for f in found if "不平衡" in f.message]
    assert (f.expected, f.actual) == sides and "1宗结转下年" in f.message


def test_a_time_is_no_count():
    found = of(run_variant(DOC, ("平均5.1个工作日答复", "平均51个工作日答复")), "prose.inconsistent")
    assert not found


@pytest.mark.parametrize("old, new, caught", [
    ("3个工作日内答复23宗", "3个工作日内答复25宗", [(49, 51)]),  # w2127_time: 25 + 20 + 6 = 51 > 49
    ("3个工作日内答复23宗", "3个工作日内答复21宗", []),  # 47 < 49: the times listed may leave some out
])
def test_counts_answered_within_a_time_may_not_exceed_the_answered(old, new, caught):
    found = of(run_variant(DOC, (old, new)), "prose.inconsistent")
    assert [(f.expected, f.actual) for f in found if "答复用时" in f.message] == caught


def test_a_share_of_the_answered_must_fit_its_count():
    # w2127_share: 47% → 57% (23/49 = 46.9 %); the printed shares 47/41/12 hold (46.9, 40.8, 12.2)
    found = of(run_variant(DOC, ("占总比件数的47%", "占总比件数的57%")), "prose.inconsistent")
    [f] = found
    assert (f.expected, f.actual) == (46.9, 57.0) and "23/49 = 46.9%" in f.message
