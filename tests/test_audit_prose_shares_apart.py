"""Counts that each carry their share in a sentence that prints no whole — 2298: '2023年度新收政府信息公开申请1852件、
上年度结转101件;…。…申请数量占比前三的为成都591件(占31.91%)、眉山132件(占7.13%)、宜宾124件(占6.70%)。' — are shares of a
figure the paragraph stated before (591/1852 = 31.91 %). Where one figure makes every share but one, and no figure makes
them all, that one share disagrees (prose.inconsistent). A sentence with a list word or a whole of its own is the
lists' (1203: '…办复率94.7%,其中予以公开或部分公开96件、占56.47%;…', shares of 163 + 7 carried in)."""
from __future__ import annotations

from test_audit_support import TEXT, of, run, run_variant

ZIRANZIYUAN = TEXT + "2298_sichuan_ziranziyuanting_mirror_2023.txt"
TONGLU = TEXT + "1203_tonglu_xianzf_2023.txt"
APART = "占比与数目不符"


def apart(res):
    return [f for f in of(res, "prose.inconsistent") if APART in f.message and "同段其余各项" in f.message]


def test_the_real_shares_agree():
    for path in (ZIRANZIYUAN, TONGLU):
        assert not apart(run(path)), path


def test_one_share_apart_from_the_others_is_raised():
    [f] = apart(run_variant(ZIRANZIYUAN, ("成都591件(占31.91%)", "成都591件(占33.91%)")))  # edited copy
    assert (f.expected, f.actual) == (31.91, 33.91) and "1852" in f.message


def test_two_shares_apart_say_nothing():
    # two of three shares off: no figure of the paragraph is shown to be their whole
    assert not apart(run_variant(ZIRANZIYUAN, ("成都591件(占31.91%)", "成都591件(占33.91%)"),
                                 ("眉山132件(占7.13%)", "眉山132件(占9.13%)")))
