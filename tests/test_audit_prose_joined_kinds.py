"""A count of documents named by joining the kinds its parts then name, with no marker and no 共 (held-out set 2116–2130:
2128 泰安市城市管理局 2021, '承办建议提案48件,人大建议11件(主办10件、会办1件),政协提案37件(主办24件,会办13件)' —
48 = 11 + 37, 11 = 10 + 1, 37 = 24 + 13): read as a selection (only a sum above a total is a finding), the bracket
after each part its own breakdown."""
from __future__ import annotations

import pytest

from test_audit_support import eval_text, of, run_variant

DOC = eval_text(2128)


def test_the_page_as_printed_is_silent():
    assert not of(run_variant(DOC), "prose.inconsistent")


@pytest.mark.parametrize("old, new, total, listed", [
    ("承办建议提案48件", "承办建议提案47件", 47, 48),  # w2128_total_over: 11 + 37 = 48 > 47
    ("政协提案37件", "政协提案38件", 48, 49),  # w2128_cppcc: 11 + 38 = 49 > 48
    ("主办10件", "主办11件", 11, 12),  # w2128_npc_over: 11 + 1 = 12 > 11
])
def test_a_sum_above_its_total_is_caught(old, new, total, listed):
    [f] = of(run_variant(DOC, (old, new)), "prose.inconsistent")
    assert (f.expected, f.actual) == (total, listed) and f"{total}件」" in f.message and "多于总数" in f.message


def test_a_sum_below_says_nothing():
    # w2128_total: 48 → 49 (a selection may leave some out)
    assert not of(run_variant(DOC, ("承办建议提案48件", "承办建议提案49件")), "prose.inconsistent")


def test_a_total_inside_a_list_joins_nothing():
    # 松阳县大东坝镇 2021 (464): '共发文96件,其中主动公开文件0件,不公开文件96件,依申请公开0件' — 文件 and 公开 end the
    # parts, but 主动公开文件 is one of the 96's parts, not a joint of them
    assert not [f for f in of(run_variant(eval_text(464)), "prose.inconsistent") if "文件" in f.message]
