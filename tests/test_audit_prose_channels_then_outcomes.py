"""A count of applications split by how they came in, then by what became of them, in one run of commas: the
outcomes are no further channel, so the channel list ends before them (held-out set 1875–1889: 1888, '全年共受理政府
信息依申请公开34件,其中包括信函申请26件,网络申请8件,已按时办结33件,…1件结转至下年办理')."""
from __future__ import annotations

from test_audit_support import eval_text, of, run_variant

DOC = eval_text(1888)


def test_channels_one_short_are_no_list_running_into_the_outcomes():
    # 信函 26 → 25 (d1888_letter25): 25 + 8 = 33 < 34 after 其中包括, a selection — no '67件 多于总数'
    assert not of(run_variant(DOC, ("信函申请26件", "信函申请25件")), "prose.inconsistent")
    assert not of(run_variant(DOC), "prose.inconsistent")


def test_channels_above_the_total_are_summed_alone():
    # 信函 26 → 27 (w1888_letter): 27 + 8 = 35 > 34, the two channels only (not + 办结33 + 1)
    found = of(run_variant(DOC, ("信函申请26件", "信函申请27件")), "prose.inconsistent")
    assert len(found) == 1 and "合计 35件" in found[0].message and "办结" not in found[0].message.split("（", 2)[1]


def test_channels_then_a_grant_on_another_page():
    # 1910 (南郑区 2024, traditional mirror, set 1905–1919): '收到…申请23件,其中网上申请21件,书面申请2件,予以公开23件'
    doc = eval_text(1910)
    # 21 → 20 (w1910_channel_low) and three channels making 23 (d1910_three): no '…+ 予以公开23件, 多于总数'
    assert not of(run_variant(doc, ("网上申请21件", "网上申请20件")), "prose.inconsistent")
    assert not of(run_variant(doc, ("书面申请2件,", "书面申请1件,当面申请1件,")), "prose.inconsistent")
    # 21 → 22 (w1910_channel): 22 + 2 = 24 > 23, the channels alone
    found = of(run_variant(doc, ("网上申请21件", "网上申请22件")), "prose.inconsistent")
    assert len(found) == 1 and "合计 24件" in found[0].message


def test_a_review_after_the_channels_is_no_further_channel():
    # 1954 (set 1950–1964, traditional mirror): '收到…9件,上年转结1件,其中网络申请数5件,信函申请数5件,已按程序按时办理,
    # 发生行政复议1件' — 5 + 5 = 9 + 1 split both figures; the 复议 that followed is no third channel
    doc = eval_text(1954)
    assert not of(run_variant(doc), "prose.inconsistent")
