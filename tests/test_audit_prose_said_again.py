"""Once the parts after 其中 make their total, what follows may say that total again rather than add to it: the
total opening a clause of its own (…邮寄申请8件,11件申请均在规定时间内办理完成), or a second breakdown of the same
total set off by ； (…其中,信函申请6件;申请信息已公开的2件,不属于本行政机关的4件: by channel, then by outcome).
Real sentences, and the same sentences with one figure changed (then the parts no longer add up, and it shows)."""
from __future__ import annotations

from test_audit_support import TEXT, of, run, run_variant

RULE = "prose.inconsistent"
DAXING = TEXT + "1410_beijing_daxing_wei_2023.txt"  # 共收到…申请11件。其中,当面2件,…邮寄申请8件,11件申请均…办理完成
WUXING = TEXT + "1425_huzhou_wuxing_hudongjiedao_2024.txt"  # 共6件…其中,信函申请6件;…已公开的2件,不属于本行政机关的4件


def over(res) -> list:
    return [(f.expected, f.actual) for f in of(res, RULE) if "多于总数" in f.message]


def test_the_total_said_again_after_its_parts_is_no_part():
    assert not over(run(DAXING))  # was 2 + 1 + 8 + 11 = 22 > 11
    # a part changed: the parts alone pass the total, and the restatement is then read as one more item
    assert over(run_variant(DAXING, ("邮寄申请8件", "邮寄申请9件"))) == [(11, 23)]


def test_a_second_breakdown_of_one_total_after_a_semicolon_is_read_apart():
    assert not over(run(WUXING))  # was 6 + 2 + 4 = 12 > 6
    # the second breakdown changed so it no longer makes the total: read on as parts, and raised
    assert over(run_variant(WUXING, ("已公开的2件", "已公开的3件"))) == [(6, 13)]
