"""Parts of a received count that run on past a ； (2711: '全年收到公民和法人或其他组织政府信息公开申请共32件,办结30件,…。从申请
方式看,网络申请24件,占75%;信函申请8件,占25%。'): the channel after the ； is a part as the one before it (split._runs_on), so a
sum above the received is raised; and each part's share printed right after it is its count over the received."""
from __future__ import annotations

from test_audit_support import eval_text, of, run, run_variant

YUHANG = eval_text(2711)
OVER = "多于总数"


def over(res):
    return [f for f in of(res, "prose.inconsistent") if OVER in f.message and "网络申请24件" in f.message]


def test_the_real_channels_fit():
    assert not over(run(YUHANG))


def test_a_channel_after_the_semicolon_above_the_total_is_raised():
    [f] = over(run_variant(YUHANG, ("信函申请8件", "信函申请9件")))  # edited copy: 24 + 9 = 33 > 32
    assert "信函申请9件" in f.message and "32件" in f.message


def shares_off(res):
    return [f for f in of(res, "prose.inconsistent") if "占比与数目不符" in f.message]


def test_the_real_channel_shares_fit():
    assert not shares_off(run(YUHANG))


def test_a_channel_share_off_its_count_is_raised():
    # edited copy: 24/32 = 75 %, printed 65 % (split.shares_off: the part's share right after it, of the whole it splits)
    [f] = shares_off(run_variant(YUHANG, ("网络申请24件,占75%", "网络申请24件,占65%")))
    assert (f.expected, f.actual) == (75.0, 65.0) and "32件" in f.message
