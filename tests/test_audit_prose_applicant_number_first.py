"""Applicant types printed number first (2692: '今年来我局收到政府信息公开申请3件,2件为自然人申请,1件为商业机构申请,已全部办结,
均完全公开。'): read as the received count's columns (商业机构 as 商业企业), so a split above the received is raised; and
法人 alone as the organisations' column (2706, below)."""
from __future__ import annotations

from test_audit_support import eval_text, of, run, run_variant

ANKANG = eval_text(2692)


def over(res):
    return [f for f in of(res, "prose.inconsistent") if "多于总数" in f.message and "自然人" in f.message]


def test_the_real_split_adds_up():
    assert not over(run(ANKANG))


def test_a_split_above_the_received_is_raised():
    [f] = over(run_variant(ANKANG, ("2件为自然人申请", "3件为自然人申请")))  # edited copy: 3 + 1 > 3
    assert (f.expected, f.actual) == (3, 4) and "商业机构" in f.message


def test_all_of_them_said_again_is_no_part():
    # '3件均为自然人申请' says what every one of the 3 is: no column figure beside the received
    assert not over(run_variant(ANKANG, ("2件为自然人申请,1件为商业机构申请", "3件均为自然人申请")))


# 2706: '全年共答复政府信息公开申请44件、相比于2024年增长46.7%,其中自然人申请42件、法人申请2件;…': 法人 alone (no 其他组织 named
# after it) is the organisations' column, so the two types split the 44 whole
JIANGYAN = eval_text(2706)


def split_off(res):
    return [f for f in of(res, "prose.inconsistent") if "合计应等于总数" in f.message and "法人申请" in f.message]


def test_the_real_applicant_types_make_the_answered():
    assert not split_off(run(JIANGYAN))


def test_applicant_types_short_of_the_answered_are_raised():
    [f] = split_off(run_variant(JIANGYAN, ("自然人申请42件", "自然人申请41件")))  # edited copy: 41 + 2 ≠ 44
    assert (f.expected, f.actual) == (44, 43)
