"""The first numbered point opening the sentence after a total (`…主动公开各类政府信息12190余条,实现了…公开。一是公开
政务要闻285条,通知公告303条,部门、镇动态3718条,涉及九项重点领域信息350条,民生类信息713条,其他信息3413条。二是…`, 1928):
its counts in the total's unit are the total's parts, read as a list with no marker (only a sum above the total is a
finding: 二是, 三是 may add more). A count in another unit inside a part's label (涉及九项重点领域信息350条) names what is
counted and is no second figure of the item. The real page holds (8782 < 12190余); the contradiction is an edited copy."""
from __future__ import annotations

from audits.context import Context
from audits.prose.list_bridges import read_paragraph
from test_audit_support import TEXT, of, run, run_variant

RULE = "prose.inconsistent"
FENGXIAN = TEXT + "1928_baoji_fengxian_2020.txt"


def _readings(res):
    para = next(p for p in Context(res.report, res.text).prose if "12190余条" in p.text)
    return [(r.total.group(0), [p.value for p in r.parts], r.implicit) for _, _, r in read_paragraph(para.text)]


def test_the_first_point_is_read_as_the_totals_parts():
    assert _readings(run(FENGXIAN)) == [("12190余条", [285, 303, 3718, 350, 713, 3413], True)]


def test_the_real_page_raises_nothing():
    assert not of(run(FENGXIAN), RULE)


def test_parts_above_the_total_are_raised():
    [f] = of(run_variant(FENGXIAN, ("其他信息3413条", "其他信息13413条")), RULE)  # edited copy
    assert f.actual == 18782 and "12190余条" in f.message and "涉及九项重点领域信息350条" in f.message


def test_the_points_after_the_first_are_not_summed_with_it():
    # 二是's 2600余条 (sent through 微博/微信) raised far above the total: another point, not a part of 一是's list
    assert not of(run_variant(FENGXIAN, ("发送消息2600余条", "发送消息12600余条")), RULE)


# 2649: '…主动公开政府信息共计713条,…。一是主动公开政策文件4条,对…的实质性解读3条。二是发布社会救助、社会保障信息共122条。
# 三是发布预警信息及应对情况15条。': each later point publishes one count of the total's unit, so it is one more part
XIKOU = TEXT + "2649_xuanzhou_xikouzhen_2023.txt"


def test_later_points_that_each_publish_one_count_are_parts_too():
    para = next(p for p in Context(run(XIKOU).report, run(XIKOU).text).prose if "713条" in p.text)
    assert [(r.total.group(0), [p.value for p in r.parts], r.implicit) for _, _, r in read_paragraph(para.text)] \
        == [("713条", [4, 3, 122, 15], True)]
    assert not of(run(XIKOU), RULE)  # 144 of 713: a selection, short says nothing
    # the held-out edit w2649_social (122 → 722): 4 + 3 + 722 + 15 = 744 > 713
    [f] = of(run_variant(XIKOU, ("保障信息共122条", "保障信息共722条")), RULE)
    assert "744条" in f.message and "发布预警信息及应对情况15条" in f.message and "三是" not in f.message


def test_a_later_point_about_other_work_ends_the_run():
    # a point with no publishing verb (办理…) is other work, never a part, nor are the points after it
    res = run_variant(XIKOU, ("二是发布社会救助、社会保障信息共122条", "二是办理社会救助、社会保障事项共722条"))
    assert not of(res, RULE)
