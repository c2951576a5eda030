"""A table-二 row printing fewer values than its columns, placed by the sign of its last value: only 本年增/减
takes '+4' or '-2' (fit_row.by_sign) — on real pages, and real rows with their last cell taken away."""
from __future__ import annotations

from extractor.cells import flatten

from test_audit_support import TEXT, pair, variant

HONGJIANG = TEXT + "1561_hongjiang_jiaotongju_2020.txt"  # 洪江区交通运输局 2020: '行政许可 / 19 / +4', no third cell
SPAM = TEXT + "125_guangdong_qu_fagaiju_spammirror_2020.txt"  # pipe rows '行政处罚 | 2 | -2 | 0 |'
FUFENG = TEXT + "784_fufeng_shuiliju_2020.txt"  # '行政许可 | 17 | -7 | 7 |'
COLS = ("previous", "change", "decisions")


def _row(report, row: str) -> list:
    cells = flatten(report.tables.model_dump())
    return [cells[f"active_disclosure.{row}.{c}"] for c in COLS]


def test_a_signed_second_value_fixes_both_columns_and_leaves_the_third_unread():
    report, text = pair(HONGJIANG)
    assert _row(report, "licensing") == [19, 4, None]
    assert _row(report, "punishment") == [35, 12, None]
    assert _row(report, "coercion") == [28, 12, None]
    prov = report.provenance["active_disclosure.licensing.change"]
    assert prov.match == "by_sign" and text[prov.span[0]:prov.span[1]] == "+4"
    status = report.extraction.tables["active_disclosure"]
    # the unprinted 处理决定数量: blank or lost cannot be told — never a blank, never a value
    assert "active_disclosure.licensing" in status.blank_or_lost_rows
    assert "active_disclosure.licensing" not in status.incomplete_rows
    assert any("本年增/减" in n and "+4" in n for n in report.extraction.notices)


def test_the_same_row_shape_on_other_pages_with_the_last_cell_gone():
    _, report = variant(SPAM, ("行政处罚 | 2 | -2 | 0 |", "行政处罚 | 2 | -2 |"))
    assert _row(report, "punishment") == [2, -2, None]
    _, report = variant(FUFENG, ("行政许可 | 17 | -7 | 7 |", "行政许可 | 17 | -7 |"))
    assert _row(report, "licensing") == [17, -7, None]


def test_every_sign_the_value_grammar_reads_places_the_row():
    # the minus sign (−), a doubled sign and 减/增 are signs as values.parse reads them: the row is placed alike
    for printed in ("−7", "--7", "减7"):
        _, report = variant(FUFENG, ("行政许可 | 17 | -7 | 7 |", f"行政许可 | 17 | {printed} |"))
        assert _row(report, "licensing") == [17, -7, None], printed
    _, report = variant(FUFENG, ("行政许可 | 17 | -7 | 7 |", "行政许可 | 17 | 增7 |"))
    assert _row(report, "licensing") == [17, 7, None]


def test_a_sign_that_does_not_decide_every_column_places_nothing():
    for row, edit in (("licensing", ("行政许可 | 22 | +1 | 23 |", "行政许可 | +1 | 23 |")),  # signed first
                      ("licensing", ("行政许可 | 22 | +1 | 23 |", "行政许可 | 22 | 23 |")),  # no sign
                      ("punishment", ("行政处罚 | 2 | -2 | 0 |", "行政处罚 | -2 |"))):  # the sign alone
        _, report = variant(SPAM, edit)
        assert _row(report, row) == [None, None, None], edit
        assert f"active_disclosure.{row}" in report.extraction.tables["active_disclosure"].incomplete_rows
