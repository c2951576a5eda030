"""A 其中 after a figure carried in from the year before, itself right after the year's own count
(`2022年,我县收到政府信息依申请公开9件,上年转结1件,其中网络申请数5件,信函申请数5件`, 1954): the carry-in is no total
of the channels — they split the applications on the desk (9 + 1), so their sum is read against 10, and only a sum
above it is a finding. The real sentence holds (5 + 5 = 10); the contradictions are edited copies (one figure)."""
from __future__ import annotations

from test_audit_support import TEXT, of, run, run_variant

RULE = "prose.inconsistent"
HUAIHUA = TEXT + "1954_huaihua_xian_tradmirror_2022.txt"


def test_the_real_sentence_raises_nothing():
    assert not of(run(HUAIHUA), RULE)


def test_channels_above_received_and_carried_in_are_read_against_their_sum():
    [f] = of(run_variant(HUAIHUA, ("网络申请数5件", "网络申请数6件")), RULE)
    assert (f.expected, f.actual) == (10, 11)
    assert "收到政府信息依申请公开9件,上年转结1件" in f.message and "多于收到与上年结转之和 10件" in f.message
    # without the 复议 clause after the list, the same
    [f] = of(run_variant(HUAIHUA, ("网络申请数5件", "网络申请数6件"), (",发生行政复议1件", "")), RULE)
    assert (f.expected, f.actual) == (10, 11)


def test_channels_below_the_sum_are_no_finding():
    # 4 + 5 = 9: they may split the year's 9 alone
    assert not of(run_variant(HUAIHUA, ("网络申请数5件", "网络申请数4件")), RULE)
