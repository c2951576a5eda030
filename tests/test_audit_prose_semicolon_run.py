"""A list that is a sentence of its own, a ；-run of categories each named bare with its count, right after the
sentence that states their total, with no list word (2305: '公开政府信息5838条。调整维护概况类信息更新量98条;政务信息3612条;
留言办理25条;在线访谈1条;微信、微博信息2102条。', 98 + 3612 + 25 + 1 + 2102 = 5838): read as the total's parts, as a
selection — a sum above the total is wrong, below says nothing. Counts in 件 are never read so (what became of
applications or letters, which a carry-in may swell)."""
from __future__ import annotations

from test_audit_support import TEXT, of, run, run_variant

MINZONGWEI = TEXT + "2305_sichuan_minzongwei_2024.txt"
INCONSISTENT = "prose.inconsistent"


def runs(res):
    return [f for f in of(res, INCONSISTENT) if "公开政府信息" in f.message and "所列各项合计" in f.message]


def test_the_real_run_adds_up_and_raises_nothing():
    assert not runs(run(MINZONGWEI))


def test_a_part_above_is_raised():
    [f] = runs(run_variant(MINZONGWEI, ("政务信息3612条", "政务信息3712条")))  # edited copy
    assert (f.expected, f.actual) == (5838, 5938)
    [f] = runs(run_variant(MINZONGWEI, ("公开政府信息5838条", "公开政府信息5828条")))
    assert (f.expected, f.actual) == (5828, 5838)


def test_a_sum_below_says_nothing():
    assert not runs(run_variant(MINZONGWEI, ("政务信息3612条", "政务信息3512条")))


def test_counts_in_jian_are_not_read_as_parts():
    res = run_variant(MINZONGWEI, ("公开政府信息5838条。调整维护概况类信息更新量98条;政务信息3612条;留言办理25条;在线访谈1条;微信、微博信息2102条",
                                   "收到申请5838件。调整维护概况类信息更新量98件;政务信息3712件;留言办理25件;在线访谈1件;微信、微博信息2102件"))
    assert not [f for f in of(res, INCONSISTENT) if "所列各项合计" in f.message]
