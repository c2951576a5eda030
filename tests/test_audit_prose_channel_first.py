"""A channel's count printed number first (held-out 2280 '2020年共受理政府信息依申请公开2件,…。从申请途径上看:2件均为
网络申请。'): said of all of them (均为) it is the whole said again; without 均 a part by channel, and a sentence that
opens on the channels it counts (从申请途径上看:) holds parts of the received count as one opened by 其中 does."""
from __future__ import annotations

from test_audit_support import eval_text, of, run, run_variant

RULE = "prose.inconsistent"
ZAOZHUANG = eval_text(2280)


def findings(res) -> list:
    return [f.message for f in of(res, RULE)]


def test_the_page_holds():
    assert not findings(run(ZAOZHUANG))
    # …and so do its channel parts printed either way, when they fit
    assert not findings(run_variant(ZAOZHUANG, ("2件均为网络申请", "网络申请2件")))
    assert not findings(run_variant(ZAOZHUANG, ("2件均为网络申请", "1件为网络申请")))


def test_all_of_them_by_one_channel_number_first():
    # w2280_online: 3 online of 2 received
    [f] = findings(run_variant(ZAOZHUANG, ("2件均为网络申请", "3件均为网络申请")))
    assert "受理政府信息依申请公开2件" in f and "3件均为网络申请" in f
    assert findings(run_variant(ZAOZHUANG, ("2件均为网络申请", "1件均为网络申请")))  # all of them: 1 is not 2


def test_channel_parts_after_a_sentence_that_opens_on_the_channels():
    # d2280_keyfirst ('网络申请3件'), and number first without 均: more by channel than received
    for said in ("网络申请3件", "3件为网络申请"):
        [f] = findings(run_variant(ZAOZHUANG, ("2件均为网络申请", said)))
        assert "多于总数" in f and said in f
