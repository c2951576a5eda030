"""prose.inconsistent: a mid-sentence 其中 after several figures of one unit, each closing its clause, whose parts
add up exactly to their sum splits them all, not the last (a real report page; one figure changed where a variant
is named)."""
from __future__ import annotations

from test_audit_support import TEXT, of, run, run_variant

RULE = "prose.inconsistent"
# '办理简易案件28件,办理一般案件16件,其中行政处罚案件39件,行政案件5件': 39 + 5 = 28 + 16
YANGYUAN = TEXT + "1730_wuchang_yangyuanjiedao_2025.txt"


def test_parts_that_make_the_sum_of_the_figures_before_are_no_finding():
    assert not [f for f in of(run(YANGYUAN), RULE) if "16件" in f.message]


def test_parts_that_make_no_such_sum_are_still_read_against_the_last_figure():
    [f] = [f for f in of(run_variant(YANGYUAN, ("行政处罚案件39件", "行政处罚案件49件")), RULE) if "16件" in f.message]
    assert (f.expected, f.actual) == (16, 54)
    # a figure of another unit between them breaks the run: 47张 + 561份 … are not summed with 28 + 16
    [f] = [f for f in of(run_variant(YANGYUAN, ("办理简易案件28件", "办理简易案件28张")), RULE) if "16件" in f.message]
    assert (f.expected, f.actual) == (16, 44)


# '…政府信息公开指南1条,法定主动公开内容99条(其中:…行政许可70条…),政府公开信息年报1条,政府信息公开目录132条(其中:…公共服务28条)'
RONGCHANG = TEXT + "2108_rongchang_shuiliju_2025.txt"


def test_a_list_bracketed_right_after_its_total_splits_no_clause_before():
    # held-out 2108: an overshoot of 1 equals the 指南1条 / 年报1条 closing the clause before; the bracket says whose list
    sums = lambda res: [(f.expected, f.actual) for f in of(res, RULE) if "所列各项" in f.message]
    assert not sums(run(RONGCHANG))
    assert sums(run_variant(RONGCHANG, ("行政许可70条", "行政许可71条"))) == [(99, 100)]
    assert sums(run_variant(RONGCHANG, ("公共服务28条", "公共服务29条"))) == [(132, 133)]
