"""A list with no marker word whose rest (其他…N条) closes it in the total's unit counts the kinds before that rest in
whatever unit they are said — 2600: '我局及时主动向社会公布信息共590条,“两化”专题领域主动公开268条(…)、…、财政资金类27条、
在线回应19次、新闻发布会3场,其他信息83条。' (268 + … + 27 + 19 + 3 + 83 = 590): "the other information" says the 19 and 3
were information too, so a sum above the total is one (prose.inconsistent); the list no longer ends at 在线回应19次."""
from __future__ import annotations

from test_audit_support import TEXT, of, run, run_variant

TONGGUAN = TEXT + "2600_tongguanqu_renshebaozhangju_2024.txt"


def above(res):
    return [f for f in of(res, "prose.inconsistent") if "590条" in f.message or "580条" in f.message]


def test_the_real_list_adds_up():
    assert not above(run(TONGGUAN))


def test_a_sum_above_the_total_counts_the_kinds_in_other_units():
    # edited copies: the rest, or the total, one figure off — above the total only with 19次 and 3场 counted
    [f] = above(run_variant(TONGGUAN, ("其他信息83条", "其他信息93条")))
    assert "600条" in f.message and "在线回应19次" in f.message
    [f] = above(run_variant(TONGGUAN, ("公布信息共590条", "公布信息共580条")))
    assert "590条" in f.message and "新闻发布会3场" in f.message


def test_without_the_rest_the_list_still_ends_at_the_other_unit():
    # no 其他 closing it: nothing says 在线回应19次 is among the 条 counted (268 + … + 27 = 485 read, short)
    assert not above(run_variant(TONGGUAN, ("其他信息83条", "发布政策解读193条"), ("公布信息共590条", "公布信息共580条")))
