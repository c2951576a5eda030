"""A count printed with its measure word: '31批次' (batches of procurement, 1772's 政府集中采购 row) is the value 31, as
'5件', '3项', '2人次' are; without it the row is not placed and its two cells are lost."""
from __future__ import annotations

from extractor.values import parse
from test_audit_support import TEXT, of, run

ZHOUSHAN = TEXT + "1772_zhoushan_tuiyijunren_2020.txt"  # 政府集中采购 | 31批次 | 709455.9元


def test_a_batch_count_is_a_value():
    assert (parse("31批次").number, parse("31批次").unit) == (31, "批次")
    res = run(ZHOUSHAN)
    row = res.report.tables.active_disclosure.procurement
    assert (row.items, row.amount) == (31, 709455.9)
    assert not of(res, "active_disclosure.lost_rows")
