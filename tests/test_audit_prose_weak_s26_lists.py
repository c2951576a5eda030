"""Lists the held-out weak spots of stop 26 showed unread (2375, 2385): a list opened in a sentence of its own by what
the total's figure held ('…累计公开政务信息1165条。全年主动公开政府信息的内容有:政策解读信息4条;…': its
opening may name less than the total, so only a sum above it is read), and a last part
opened by 另外 right before its figure, "the other N" ('收到…7件。其中2件为…,4件为…,另外1件申请公开…'), which is no
item set beside the list (另有, 另, 此外: "besides"). And parts printed number first, one comma lost (2334: '政策文件类信息
9条,其中包括1条政策解读,5条工作方案1条大厅管理办法,1条法治政府建设年度报告,1条志愿服务制度等政策文件'): each figure opens
its item, and the items after two that make the total are still its parts — one enumeration in one shape."""
from __future__ import annotations

from test_audit_support import eval_text, of, run, run_variant

RULE = "prose.inconsistent"
SANYI = eval_text(2375)
MEIXIHU = eval_text(2334)
DAYUAN = eval_text(2385)


def test_contents_named_in_the_next_sentence_are_the_totals_parts():
    # the page: seven categories (991) of 1165 — the contents of 主动公开政府信息, which may be fewer than the 政务信息
    # the total counts: read only above it, no note (the gold's short-list trap)
    assert not of(run(SANYI), RULE)
    # w2375_part: 财政资金信息 145 → 345, 1191 > 1165
    [f] = of(run_variant(SANYI, ("财政资金信息145条", "财政资金信息345条")), RULE)
    assert f.severity == "warning" and (f.expected, f.actual) == (1165, 1191)
    # w2375_total: 1165 → 965, 991 > 965
    [f] = of(run_variant(SANYI, ("政务信息1165条", "政务信息965条")), RULE)
    assert f.severity == "warning" and (f.expected, f.actual) == (965, 991)


def _applications(res):
    return [f for f in of(res, RULE) if "依申请公开" in f.message]


def test_the_other_n_is_the_lists_last_part():
    assert not _applications(run(DAYUAN))
    # w2385_other: 2 + 4 + 3 = 9 > 7
    [f] = _applications(run_variant(DAYUAN, ("另外1件", "另外3件")))
    assert f.severity == "warning" and (f.expected, f.actual) == (7, 9)
    # w2385_recv6: 2 + 4 + 1 = 7 > 6 (the first two make the total, the other one is still a part)
    [f] = _applications(run_variant(DAYUAN, ("依申请公开7件", "依申请公开6件")))
    assert (f.expected, f.actual) == (6, 7)


def test_number_first_parts_one_comma_lost():
    assert not of(run(MEIXIHU), RULE)
    # w2334_plan: 5条工作方案 → 8条, 1 + 8 + 1 + 1 + 1 = 12 > 9 (the first two make the total; the rest are still parts)
    [f] = of(run_variant(MEIXIHU, ("5条工作方案", "8条工作方案")), RULE)
    assert f.severity == "warning" and (f.expected, f.actual) == (9, 12)
    # 9 → 10 (the analyst's withdrawn w2334_policy): the list closes with 等政策文件, a selection — no finding, and no
    # note either (number-first parts show no words before their figures to call them categories)
    assert not of(run_variant(MEIXIHU, ("政策文件类信息9条", "政策文件类信息10条")), RULE)
