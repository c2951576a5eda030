"""prose.inconsistent: a statement that nothing was published (未在网站、微信公众号等公开发布政府信息) against a count
of this year's published information above 0 — on 梓潼县金龙镇 2021, and the same page with the statement
replaced by real sentences of other reports that only look like it."""
from __future__ import annotations

from test_audit_support import TEXT, of, run, run_variant

JINLONG = TEXT + "787_zitong_jinlongzhen_2021.txt"
FIRST = "金龙镇未在网站、微信公众号等公开发布政府信息"  # the overview's
SECOND = "我镇未在网站、微信公众号等公开发布政府信息"  # section 二's, before '共计主动公开信息36…8条'


def _none(res) -> list:
    return [f for f in of(res, "prose.inconsistent") if "是否公开了信息前后矛盾" in f.message]


def test_nothing_published_against_a_published_count_is_found():
    [f] = _none(run(JINLONG))
    assert f.severity == "warning" and (f.expected, f.actual) == (0, 8)
    assert FIRST in f.message and "政府门户网站公开乡镇动态信息8条" in f.message
    # either statement alone is enough
    assert len(_none(run_variant(JINLONG, (FIRST, "金龙镇认真梳理政务公开情况")))) == 1


def test_what_only_looks_like_a_statement_of_none_is_not_one():
    # 温州 瓯海 2023: '及时调整未公开信息' (未公开 an adjective); 荣昌 河包镇 2020: '未对公众依申请公开政府信息
    # 收取任何费用'; one channel not used ('未在微信公众号公开发布政府信息'): the site may still have published
    for first, second in (("金龙镇及时调整未公开信息", "我镇未对公众依申请公开政府信息收取任何费用"),
                          ("金龙镇未在微信公众号公开发布政府信息", "我镇未在微信公众号公开发布政府信息")):
        assert not _none(run_variant(JINLONG, (FIRST, first), (SECOND, second))), first
