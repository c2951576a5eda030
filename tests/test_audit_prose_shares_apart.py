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


# 2615: '我局共主动公开政府信息95条,…。截止2019年12月31日,我局已累计主动公开政府信息652条。2019年我局公开行政许可类的信息
# 92条,占97%,社会公益重点领域公开信息1条,占1%,其它应主动公开的信息2条,占2%。' — the shares make 100 %, so the three
# counts are the 95's whole; the 652 so far (截止…已累计) is no whole of the year's counts
LICHENG = TEXT + "2615_quanzhou_licheng_minzhengju_2019.txt"
OVER = "占比合计即为全部"


def over(res):
    return [f for f in of(res, "prose.inconsistent") if OVER in f.message]


def test_shares_that_make_the_whole_of_the_real_page_agree():
    assert not over(run(LICHENG)) and not apart(run(LICHENG))


def test_counts_above_the_whole_their_shares_make_are_raised():
    # edited copies: one part, or the whole, one off — every share still fits (93/95 = 97.9 %, printed 97)
    [f] = over(run_variant(LICHENG, ("行政许可类的信息92条", "行政许可类的信息93条")))
    assert (f.expected, f.actual) == (95, 96)
    [f] = over(run_variant(LICHENG, ("共主动公开政府信息95条", "共主动公开政府信息94条")))
    assert (f.expected, f.actual) == (94, 95)


def test_a_share_apart_is_read_against_the_year_not_the_running_total():
    # 5/95 ≠ 2 %: the 652 counted since ever (1/652, 5/652 within a share's slack) no longer stands as a second whole
    [f] = apart(run_variant(LICHENG, ("其它应主动公开的信息2条", "其它应主动公开的信息5条")))
    assert f.actual == 2 and "95" in f.message
