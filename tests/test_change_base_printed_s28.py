"""prose.rate: a change from last year printed with the year compared with and last year's count in brackets
(2480: '我局共收到信息公开申请22起,比2022年(31起)下降29%'): 31 → 22 is −29.03 %, so the printed count decides; before,
比NNNN年 was no comparison word and a bracket holding a figure broke the reading."""
from __future__ import annotations

from test_audit_support import eval_text, of, run_variant

RULE = "prose.rate"
DOC = eval_text(2480)


def test_the_page_as_printed_is_silent():
    assert not of(run_variant(DOC), RULE)


def test_the_change_edited_is_caught():
    # 27 % would fit some whole count last year (30 → 22), not the 31 printed
    [f] = of(run_variant(DOC, ("比2022年(31起)下降29%", "比2022年(31起)下降27%")), RULE)
    assert (f.expected, f.actual) == (29.03, 27.0) and "上年 31起" in f.message


def test_last_years_count_edited_is_caught():
    [f] = of(run_variant(DOC, ("比2022年(31起)下降29%", "比2022年(33起)下降29%")), RULE)
    assert (f.expected, f.actual) == (33.33, 29.0)


def test_last_years_count_in_any_unit_a_count_is_printed_with():
    # the bracket's unit is any of a count's (extractor.numerals.COUNT_UNIT, stop 29): 宗 as well as 起
    printed = ("申请22起,比2022年(31起)下降29%", "申请22宗,比2022年(31宗)下降29%")
    assert not of(run_variant(DOC, printed), RULE)
    [f] = of(run_variant(DOC, ("申请22起,比2022年(31起)下降29%", "申请22宗,比2022年(31宗)下降27%")), RULE)
    assert (f.expected, f.actual) == (29.03, 27.0) and "上年 31宗" in f.message
