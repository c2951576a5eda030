"""Each rule of this family passes on a real document and fails on a real document (as published, or with one
number or phrase changed): H7 and S2, the fees."""
from __future__ import annotations

from test_audit_support import SEED, of, run, run_cell, run_variant

S000 = SEED + "000_dfbaa25dea7f00ff.txt"  # 2021, all tables complete, all zero in 三/四
S001 = SEED + "001_1ec9b8d8ffb3b045.txt"  # 2024, two rows of 三 lost cells in the copy
S003 = SEED + "003_236049bc670541bf.txt"  # 2020, 2019 layout, prose 77 vs table 165, published late
S004 = SEED + "004_0611940f34059ea7.txt"  # 2021, pipe copy, non-zero 三 and 四
HUAIAN = "eval/docs/pdf/huaian-city-2024.pdf"


# ------------------------------------------------------------------------------------------------ H7, S2

def test_processing_fee_pass_and_fail():
    assert not of(run(S001), "fees.processing_fee")  # 本年度没有产生信息公开处理费
    res = run_variant(S001, ("本年度没有产生信息公开处理费", "本年度发出收费通知2件，总金额200元，实际收取信息处理费300元"))
    hit = of(res, "fees.processing_fee")
    assert len(hit) == 1 and (hit[0].expected, hit[0].actual) == ("≤ 200", 300) and len(hit[0].evidence) == 2


def test_processing_fee_collected_in_a_year_without_the_fee():
    assert not of(run(S003), "fees.processing_fee")  # a 2020 report that states no fee: nothing wrong
    text = run(S003).text
    last = text.rstrip().split("\n")[-1]
    res = run_variant(S003, (last, last + "\n本年度收取信息处理费100元。"))
    assert [f.actual for f in of(res, "fees.processing_fee")] == [100]


def test_notice_vs_table_pass_and_fail():
    assert not of(run(S000), "fees.notice_vs_table")  # （六）2 = 0
    res = run_cell(S004, "applications.other.overdue_fee.total", 1)
    hit = of(res, "fees.notice_vs_table")
    assert len(hit) == 1 and "applications.other.overdue_fee.total" in hit[0].cells
    hit = of(run(HUAIAN), "fees.notice_vs_table")
    assert len(hit) == 1 and "3940" in hit[0].message
