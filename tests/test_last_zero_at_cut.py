"""A copy that stops right after a bare '0' in a count column: the 0 is whole (a count never starts with 0), so
it is kept; any other last number at the cut (or a 0 in a money column, which may go on '.37') stays uncertain."""
from __future__ import annotations

from extractor.fit_row import fit
from extractor.cells import flatten
from extractor.ir import Cell

from nianbao.commands.common import extract_one

from conftest import ROOT


def _cells(stem: str) -> dict:
    _, report = extract_one(next((ROOT / "eval/docs/text").glob(stem + "*")), None)
    return flatten(report.model_dump(mode="json")["tables"])


def test_a_last_zero_in_a_pipe_row_is_kept():
    # 赫章县交通运输局 2021: the copy ends '(一)予以公开 |\n1 | 0 | 0 | 0 | 0 | 0'
    cells = _cells("780_")
    assert cells["applications.granted.other_org"] == 0
    assert cells.get("applications.granted.total") is None  # the column after it is cut off


def test_a_last_zero_one_cell_per_line_is_kept():
    # 汉南区医保局 2020: one cell per line, the copy ends with row (一)'s fifth value '0'
    assert _cells("742_")["applications.granted.legal_service"] == 0


def test_a_last_zero_in_table_two_is_kept_in_a_signed_and_a_decisions_column():
    assert _cells("714_")["active_disclosure.coercion.change"] == 0  # '行政强制 | 0 | 0' ends the copy
    assert _cells("706_")["active_disclosure.coercion.decisions"] == 0  # '行政强制 |\n0' ends the copy


def _row(*texts: str) -> list[Cell]:
    out, at = [], 0
    for t in texts:
        out.append(Cell(t, at, at + len(t)))
        at += len(t) + 3
    return out


def test_any_other_last_number_at_the_cut_is_left_out():
    row = _row("3", "12")
    placed, cut = fit(row, 3, True, row[-1].end, ("count", "count", "count"))
    assert [c.text for c in placed] == ["3"] and cut  # '12' may be the head of '125'
    row = _row("3", "0")
    placed, _ = fit(row, 2, True, row[-1].end, ("count", "money"))
    assert [c.text for c in placed] == ["3"]  # a money '0' may be the head of '0.37'
    placed, _ = fit(row, 2, True, row[-1].end, ("count", "count"))
    assert [c.text for c in placed] == ["3", "0"]
