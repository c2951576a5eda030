"""A 其中 after words that state no count and a rate said of the whole (`…申请130件,申请量同比增长103%。为提升答复群众满意率,
…制定统一办理流程和答复文书,办复率100%,其中予以公开或部分公开59件、占45.3%;不予公开32件、占24.6%;…其他处理12件、占9.2%`,
1955): it splits the sentence before's one figure (130), read as a list whose sum only above the total contradicts it;
its shares, after a 、 as after a comma, are checked against 130. The real page holds; the contradictions are edited
copies (w1955_other, w1955_share)."""
from __future__ import annotations

from audits.prose.openings import marker_after_no_count
from test_audit_support import TEXT, of, run, run_variant

RULE = "prose.inconsistent"
GAOCHUN = TEXT + "1955_nanjing_gaochun_quzhengfu_2022.txt"


def test_the_real_page_raises_nothing():
    assert not of(run(GAOCHUN), RULE)


def test_outcomes_above_the_total_of_the_sentence_before_are_raised():
    [f] = of(run_variant(GAOCHUN, ("其他处理12件", "其他处理13件")), RULE)
    assert (f.expected, f.actual) == (130, 131) and "收到政府信息公开申请130件" in f.message


def test_a_share_after_a_dunhao_is_checked():
    [f] = of(run_variant(GAOCHUN, ("占45.3%", "占55.3%")), RULE)
    assert "59/130 = 45.4%" in f.message and "「占55.3%」" in f.message


def test_outcomes_below_the_total_are_no_finding():
    # the words before the 其中 may narrow what it splits: only a sum above is read
    assert not of(run_variant(GAOCHUN, ("其他处理12件", "其他处理11件")), RULE)


def test_a_qizhong_that_splits_an_object_named_without_a_count_is_not_joined():
    s = "回应公众关注热点19次。发布多种形式政策解读,其中图解18件,动画音频2件,视频宣讲2件,切实提升了政策解读质效。"  # 652
    a = s.index("发布")
    assert marker_after_no_count(s, a, len(s)) is None
    # with a rate of the whole right before it, the same sentence is joined
    t = s.replace("发布多种形式政策解读,", "发布多种形式政策解读,解读率100%,")
    assert marker_after_no_count(t, a, len(t)) == t.index(",其中")
