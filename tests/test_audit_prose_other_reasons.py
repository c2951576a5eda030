"""An outcome list under a received count that names the reasons of 其他处理 beside it and closes with the carry-out
(held-out set 2116–2130: 2118, '全年共受理依申请公开事项133件,…其中,予以公开46件,部分公开22件,不予公开15件,无法提供27件,
不予处理0件,逾期未补正2件,其他处理5件,结转下年度继续办理16件' — 117 + 16 = 133): the carry-out is one of the fates of what
came in, '逾期未补正' is the template's 逾期不补正 (FORMAT.md 三 r6_1), and a 其他处理 printed after a reason of its group
names the table's last item (其他), so the reason stands beside it, not inside it."""
from __future__ import annotations

import pytest

from test_audit_support import eval_text, of, run_variant

DOC = eval_text(2118)


def test_the_page_as_printed_is_silent():
    assert not of(run_variant(DOC), "prose.inconsistent")


@pytest.mark.parametrize("old, new", [
    ("结转下年度继续办理16件", "结转下年度继续办理18件"),  # w2118_carry: 135 > 133
    ("予以公开46件", "予以公开48件"),  # w2118_granted
    ("逾期未补正2件", "逾期未补正3件"),
    ("其他处理5件", "其他处理4件"),
    ("受理依申请公开事项133件", "受理依申请公开事项135件"),
])
def test_a_one_figure_edit_of_any_part_is_caught(old, new):
    assert of(run_variant(DOC, (old, new)), "prose.inconsistent")


def test_the_reason_before_its_group_counts_beside_it_in_the_balance():
    # carry-out 16 → 14: answered 46+22+15+27+0+2+5 = 117, + 14 = 131 < 133 (with the reason dropped it would say 129)
    found = of(run_variant(DOC, ("结转下年度继续办理16件", "结转下年度继续办理14件")), "prose.inconsistent")
    [f] = [f for f in found if "不平衡" in f.message]
    assert (f.expected, f.actual) == (133, 131) and "= 131" in f.message


def test_reasons_said_after_their_group_are_inside_it():
    # 其他处理5件，其中逾期未补正2件 (the reason after its group): 46+22+15+27+0+5+16 = 131 ≠ 133, the 2 inside the 5
    found = of(run_variant(DOC, ("逾期未补正2件,其他处理5件", "其他处理5件(其中逾期未补正2件)")), "prose.inconsistent")
    [f] = [f for f in found if "不平衡" in f.message]
    assert (f.expected, f.actual) == (133, 131) and "= 131" in f.message


def test_under_an_answered_total_the_carry_out_moves_on():
    # 三亚市 2024 (1853): '答复政府信息公开申请1641件(含上年度转结),其中予以公开及部分公开845件,…,其他处理121件,结转下一年度
    # 继续办理79件' — the five outcomes make the 1641 answered; the 79 carried out are none of them
    assert not of(run_variant(eval_text(1853)), "prose.inconsistent")
