"""prose.inconsistent: one category named twice in one list with two counts (real report pages; one word changed
where a variant is named)."""
from __future__ import annotations

from test_audit_support import TEXT, of, run, run_variant

RULE = "prose.inconsistent"
JINGDE = TEXT + "1742_jingde_jingkaiqu_2019.txt"  # '其中“政策法规”58条,政策法规124条,…' (the total printed without its figure)
CHANGJIANG = TEXT + "1743_jingdezhen_changjiangqu_2019.txt"  # '规划计划类信息134条' … '规划计划类信息162条' in the 1764 list (adds up)
ZHENGZHOU = TEXT + "1262_zhengzhou_gaoxin_guotuguihuazhujianju_2022.txt"  # '办理配租配售公告2件、…、办理配租配售公告1件'
TONGXIANG = TEXT + "1512_jiaxing_tongxiang_jingxinju_2024.txt"  # '规划计划1条、…、规划计划2条' in the 120 list
ANJU = TEXT + "180_scanju_zonghezhifaju_2022.txt"  # '重大民生信息(城乡建管)22条、重大民生信息(市政建设)35条'
TUOSHI = TEXT + "124_tianmen_tuoshizhen_2020.txt"  # '规划总结2条,公文4条、规划总结2条': named twice, one count


def _twice(findings):
    return [f for f in of(findings, RULE) if "出现两次" in f.message]


def test_a_category_named_twice_with_two_counts_is_flagged_where_no_total_confirms_the_list():
    [f] = _twice(run(JINGDE))  # the total is printed without its figure ('发布和更新信息条。其中…')
    assert (f.severity, f.expected, f.actual) == ("warning", 58, 124) and "「政策法规」" in f.message
    # the list adds up to its total (1764, 45, 120): the total counts both items — labelled clean in 1262 and 1512
    for path in (CHANGJIANG, ZHENGZHOU, TONGXIANG):
        assert not _twice(run(path)), path
    # … until the total no longer confirms it
    [f] = _twice(run_variant(CHANGJIANG, ("公开信1764条", "公开信1765条")))
    assert (f.expected, f.actual) == (134, 162) and "「规划计划类信息」" in f.message
    [f] = _twice(run_variant(TONGXIANG, ("共计120条", "共计121条")))
    assert (f.expected, f.actual) == (1, 2)


def test_brackets_tell_two_categories_apart_and_one_count_twice_is_no_finding():
    assert not _twice(run(ANJU))
    assert not _twice(run(TUOSHI))
    # 114 with 72 through the site, whose items are no total: changed, the repeat is said
    assert _twice(run_variant(TUOSHI, ("公文4条、规划总结2条", "公文4条、规划总结3条")))


def test_two_lists_of_one_sentence_are_not_compared():
    # the repeat moved behind a clause of its own (a verb, another list): no longer in the same list
    assert not _twice(run_variant(JINGDE, ("政策法规124条", "通过微信公众号发布政策法规124条")))
    assert not _twice(run_variant(JINGDE, ("政策法规124条", "其中政策法规124条")))


JIAXING = TEXT + "1807_jiaxing_shizhengfuban_2023.txt"  # '行政争议11件,其中,行政复议7件,结果维持6件,尚未审结1件;行政诉讼4件,结果维持2件,…'


def test_outcomes_of_each_case_kind_are_a_nested_list_not_a_repeat():
    # 结果维持 of the 复议 cases and of the 诉讼 cases: two nested lists, no category named twice
    assert not _twice(run(JIAXING))
    # the same run with the outcomes unmarked ('结果' dropped) reads as one list again and says the repeat
    assert _twice(run_variant(JIAXING, ("结果维持6件", "维持6件"), ("结果维持2件", "维持2件")))
