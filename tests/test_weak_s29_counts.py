"""Held-out weak spots of stop 29 (pages 2798–2825): an outcome's share of the answered total (245件,占54% of 办结454件),
shares under a total the sentence before states twice alike
(受理15件,答复15件), a case's outcomes printed number first (3件维持, 1件撤诉) and a
change said with 相较去年上涨 after a count, its noun and a bracket of what it includes. Real sentences, each as printed
(silent) and with one printed figure edited (raised)."""
from __future__ import annotations

from test_audit_support import eval_text, of, run, run_variant

YONGZHOU = eval_text(2808)  # 发生行政复议4件,3件维持,1件撤诉;发生行政诉讼2件,1件维持,1件尚未审结。
JIANGAN = eval_text(2818)  # 办理691条依申请事项(含上年结转31件),相较去年上涨17.52%。


def warnings(res, rule: str, word: str) -> list[str]:
    return [f.message for f in of(res, rule) if word in f.message]  # (a short list of outcomes is a note)


def test_outcomes_of_cases_printed_number_first():
    assert not warnings(run(YONGZHOU), "prose.inconsistent", "维持")
    res = run_variant(YONGZHOU, ("发生行政诉讼2件", "发生行政诉讼3件"))
    assert any("1件维持 + 1件尚未审结" in m for m in warnings(res, "prose.inconsistent", "行政诉讼3件"))
    # outcomes not said to the open cases may leave some untold (3件维持,1件撤诉 of 5): no finding, by the rule
    assert not warnings(run_variant(YONGZHOU, ("发生行政复议4件", "发生行政复议5件")), "prose.inconsistent", "复议")


def test_a_rise_said_with_xiangjiao_and_shangzhang_after_a_count_and_its_bracket():
    assert not warnings(run(JIANGAN), "prose.rate", "上涨")  # 588 → 691 is +17.52 %: an increase
    res = run_variant(JIANGAN, ("相较去年上涨17.52%", "相较去年上涨17.62%"))
    assert len(warnings(res, "prose.rate", "上涨17.62%")) == 1  # said once, of 691


HUAZHOU = eval_text(2825)  # 受理政府信息公开申请15件,答复政府信息公开申请15件,…。其中:予以公开8件,占比53.3%;…


def test_shares_under_a_summed_total_whose_figures_are_one_value():
    assert not warnings(run(HUAZHOU), "prose.inconsistent", "占比")
    res = run_variant(HUAZHOU, ("予以公开8件,占比53.3%", "予以公开8件,占比55.3%"))
    assert any("8/15 = 53.3%" in m for m in warnings(res, "prose.inconsistent", "占比55.3%"))


BAOSHAN = eval_text(2809)  # 按时办结454件,…。予以公开及部分公开245件,占54%;不予公开39件,占8.6%;
SHANGHAI = eval_text(2798)  # 答复政府信息公开申请34430件(含上年度转结),…。予以公开及部分公开10538件,占30.61%;


def test_an_outcomes_share_of_the_answered_total():
    assert not warnings(run(BAOSHAN), "prose.inconsistent", "占")
    res = run_variant(BAOSHAN, ("予以公开及部分公开245件,占54%", "予以公开及部分公开245件,占64%"))
    assert any("245/454 = 54.0%" in m for m in warnings(res, "prose.inconsistent", "占64%"))
    assert not warnings(run(SHANGHAI), "prose.inconsistent", "占")
    # one share alone was adjusted to make no 100 %: a point off is off
    res = run_variant(SHANGHAI, ("10538件,占30.61%", "10538件,占31.61%"))
    assert any("10538/34430 = 30.6%" in m for m in warnings(res, "prose.inconsistent", "占31.61%"))
