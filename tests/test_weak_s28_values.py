"""Held-out weak spot of stop 27 (2502): a table amount printed with a bare 万 (2601.953875万 under 采购总金额) is a
value in 万 — 万元 with its 元 left off — not a word the row loses (extractor/values.py); in a count column 1.2万 is
twelve thousand. The real page as printed and with its one figure edited."""
from __future__ import annotations

from extractor.values import convert, parse
from test_audit_support import TEXT, of, run, run_variant

WANGCANG = TEXT + "2502_guangyuan_wangcang_linyeju_2019.txt"  # 政府集中采购 13, 2601.953875万


def test_a_bare_wan_is_ten_thousand():
    v = parse("2601.953875万")
    assert v is not None and v.number == 2601.953875 and v.unit == "万"
    assert convert(v, "money", "万元") == 2601.953875
    assert convert(v, "money", None) == 26019538.75  # a header without unit means 元
    assert convert(parse("1.2万"), "count", None) == 12000


def test_the_procurement_row_with_a_bare_wan_is_read_and_checked():
    assert not of(run(WANGCANG), "active_disclosure.procurement")
    # w2502_procurement: 13 items → 0 with the amount kept (S7)
    res = run_variant(WANGCANG, ("政府集中采购\n\n 13", "政府集中采购\n\n 0"))
    assert of(res, "active_disclosure.procurement")
