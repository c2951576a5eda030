"""The year's published total restated through the outlets that carried it (…、…等网站公开政府信息共68条; 通过局网站、
官方微信等渠道…共707条): outlets named as examples of all, with the total word 共, make no one channel's count, so the
figure is the same quantity as the total said without a channel — while a channel group among a list's items,
or such a list without 共, keeps its channel. Real sentences, and the same sentences with one word changed."""
from __future__ import annotations

from audits.context import Context
from test_audit_support import TEXT, of, run, run_variant

RULE = "prose.inconsistent"
WUHAN = TEXT + "1573_wuhan_shengtaihuanjing_fenju_spammirror_2023.txt"  # 主动公开信息68条 … 等网站公开 政府信息共 68条
HAIKOU = TEXT + "767_haikou_shuiwuju_mirror_2022.txt"  # 通过局网站、官方微信等渠道主动公开政府信息共707条。其中…
WEIZI = TEXT + "1106_zhaohua_weizizhen_2022.txt"  # 50条。其中，…46条；…56条；通过宣传资料、村村通广播等方式公开…34条
TIANJIN = TEXT + "674_tianjin_fagaiwei_2021.txt"  # 通过门户网站、微信公众号、微博等渠道公开各类信息1812条 (no 共)


def twice(res) -> list:
    return [(f.expected, f.actual) for f in of(res, RULE) if "同一数量" in f.message]


def channels(res, value: int) -> list[str]:
    return [c.extra["quantity"][2] for c in Context(res.report, res.text).claims
            if c.kind == "disclosed" and c.value == value and c.extra.get("quantity")]


def test_a_total_said_through_every_outlet_restates_the_total():
    assert not twice(run(WUHAN))
    # either statement changed: the two are one quantity (the second used to be keyed on its list of sites)
    assert twice(run_variant(WUHAN, ("共 68条", "共 86条"))) == [(68, 86)]
    assert twice(run_variant(WUHAN, ("主动公开信息68条", "主动公开信息86条"))) == [(86, 68)]
    # another page: 局网站、官方微信等渠道…共707条 is the year's whole; its parts keep their channels
    res = run(HAIKOU)
    assert channels(res, 707) == [""] and channels(res, 365) == ["局网站"] and not of(res, RULE)
    # without 共 the same words may be one channel group among others: keyed on the outlets named
    assert channels(run_variant(HAIKOU, ("政府信息共707条", "政府信息707条")), 707) == ["局网站、官方微信"]


def test_a_channel_group_among_a_lists_items_is_no_restatement():
    # 其中，…；通过宣传资料、村村通广播等方式共公开政府信息34条: among the items after 其中, one group of channels —
    # never compared with the 50 it stands under (the list's own sum, 102 > 50, is what the page gets wrong)
    res = run_variant(WEIZI, ("等方式公开政府信息34条", "等方式共公开政府信息34条"))
    assert not twice(res) and channels(res, 34) == ["宣传资料、村村通广播"]
    # a list of outlets without 共 (门户网站、微信公众号、微博等渠道公开各类信息1812条) keeps its channel
    assert channels(run(TIANJIN), 1812) == ["网站、微信公众号、微博"]


HAINAN = TEXT + "1452_hainan_weijianwei_2020.txt"  # …公布政府信息936条,…1683条,…1276条,共主动公开政府信息3895条


def test_a_total_after_its_parts_said_with_zhudong_closes_them():
    assert not of(run(HAINAN), RULE)  # 936 + 1683 + 1276 = 3895
    # one figure edited (w1452_site: 936 → 946; w1452_total: 3895 → 3885): the parts no longer make the total after them
    for edit in (("公布政府信息936条", "公布政府信息946条"), ("共主动公开政府信息3895条", "共主动公开政府信息3885条")):
        assert [f for f in of(run_variant(HAINAN, edit), RULE) if "其后称" in f.message], edit


CHENGXIANG = TEXT + "1431_anxi_chengxiangzhen_2013.txt"
# '2013年我镇新增公开政府信息86条,历年累计信息公开170条' … '2013年,我镇主动公开政府信息86条,其中,…'


def test_the_years_new_published_count_is_the_years_published_count():
    assert not twice(run(CHENGXIANG))
    assert channels(run(CHENGXIANG), 86) == ["", ""]  # both keyed as the year's published information
    # hidden weak spot w1431_twice: 新增 87 against 主动公开 86 — one quantity said twice
    assert twice(run_variant(CHENGXIANG, ("新增公开政府信息86条", "新增公开政府信息87条"))) == [(87, 86)]


TONGHUA = TEXT + "2476_tonghua_tonghuaxian_2025.txt"  # 完成答复54件,转下一年度继续办理3件。其中,县级政府受理并完成申请答复6件。


def test_a_sentence_opening_with_qizhong_lists_parts_and_restates_nothing():
    # the 6 answered by the county government itself is a part of the 54 (the arrival's warning false alarm)
    assert twice(run(TONGHUA)) == []
    # the same sentence without its 其中 says the answered count again, with another number
    assert twice(run_variant(TONGHUA, ("其中,县级政府受理并完成申请答复6件", "县级政府受理并完成申请答复6件"))) == [(54, 6)]
