"""Parts of a received count that run on past a ； (2711: '全年收到公民和法人或其他组织政府信息公开申请共32件,办结30件,…。从申请
方式看,网络申请24件,占75%;信函申请8件,占25%。'): the channel after the ； is a part as the one before it (split._runs_on), so a
sum above the received is raised."""
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
