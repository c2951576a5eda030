"""The workbook's own row writer (nianbao.export.sheet_rows) writes the sheet XML openpyxl's `append`
writes, byte for byte: on the wide rows of real reports, and on the values openpyxl treats apart."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl.utils.exceptions import IllegalCharacterError

from extractor import extract
from nianbao.export import sheet_rows
from nianbao.export.workbook import REPORTS, Workbook, sheet_columns, wide_rows

from conftest import ROOT

REPORTS_TEXT = sorted((ROOT / "eval" / "docs" / "text").glob("*.txt"))[:12]

ODD = [
    ["report", "  two spaces around  ", "tab\tinside", "line\nbreak", "carriage\rreturn", "<&> \"quoted\" 'x'"],
    ["=SUM(A1:A2)", "=", "#N/A", "#DIV/0!", "", None, "last"],  # a formula, an error code, an empty string
    [0, -1, 12345678901234567890, 1.5, 1e-05, 0.1 + 0.2, float("nan"), float("inf"), True, False],
    [None, None, None],
    [],
    ("a tuple", 2),
    ["中文 全角　空格", "x" * 40000],
    # a sheet of reports' notices cell: a thousand Chinese characters, the marks to escape among them
    ["; ".join(["audit: not assessable: batch.carry_over: 2019年是修订后条例施行的第一年，无上年结转可比"] * 20)
     + "「二、上年结转」3 < 5 & 6 > 4\r\n（完）"],
]


def _sheets(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/")}


def _saved(tmp_path: Path, plain: bool, rows: list) -> dict[str, bytes]:
    book = Workbook(plain=plain)
    book.add_rows(rows)
    # each sheet's rows went through the writer under test (sheet_rows's own, or openpyxl's): were the
    # feed skipped, both books would be openpyxl's and compare equal whatever sheet_rows writes
    assert all((ws._rows.gi_code is sheet_rows._rows.__code__) != plain for ws in book.wb.worksheets)
    book.save(tmp_path / f"{plain}.xlsx")
    return _sheets(tmp_path / f"{plain}.xlsx")


def test_real_reports_rows_are_written_as_openpyxl_writes_them(tmp_path):
    cols = sheet_columns()  # a Workbook made only for its columns, never closed, errs when collected
    rows = []
    for i, path in enumerate(REPORTS_TEXT):
        rows += wide_rows(f"r{i:03d}", extract(path).model_dump(mode="json"), cols)
    assert len(rows) > 2 * len(REPORTS_TEXT)  # tables were read
    fast = _saved(tmp_path, False, rows)
    assert _saved(tmp_path, True, rows) == fast and len(fast) == 6
    assert all(b"inlineStr" in x and b'<pane xSplit="1"' in x for x in fast.values())


def test_rows_encoded_where_they_are_made_are_written_as_openpyxl_writes_them(tmp_path):
    # a worker hands the parent its rows as sheet_rows.encode's bytes (writer.part): the sheet puts the row
    # numbers in and writes them, and the workbook is openpyxl's, byte for byte
    cols = sheet_columns()  # a Workbook made only for its columns, never closed, errs when collected
    rows = []
    for i, path in enumerate(REPORTS_TEXT):
        rows += wide_rows(f"r{i:03d}", extract(path).model_dump(mode="json"), cols)
    rows += [(REPORTS, row) for row in ODD]
    encoded = [(title, sheet_rows.encode(row) or row) for title, row in rows]
    assert sum(type(r) is bytes for _, r in encoded) > len(REPORTS_TEXT)
    assert _saved(tmp_path, False, encoded) == _saved(tmp_path, True, rows)


def test_values_openpyxl_treats_apart_are_written_as_it_writes_them(tmp_path):
    rows = [(REPORTS, row) for row in ODD]
    fast = _saved(tmp_path, False, rows)
    assert _saved(tmp_path, True, rows) == fast
    assert b"<f>SUM(A1:A2)</f>" in b"".join(fast.values())  # openpyxl's own way: a formula


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # the sheets it leaves
def test_a_value_openpyxl_refuses_is_refused_the_same(tmp_path):
    for plain in (True, False):
        book = Workbook(plain=plain)
        with pytest.raises(IllegalCharacterError):
            book.add_rows([(REPORTS, ["ok", 1]), (REPORTS, ["a control character \x01"])])
        book.discard()


def test_what_encode_holds_of_openpyxl_is_openpyxl_s():
    # kept here so that a worker encodes rows without importing openpyxl
    from openpyxl.cell.cell import ERROR_CODES
    from openpyxl.utils import get_column_letter

    assert sheet_rows.ERROR_CODES == tuple(ERROR_CODES)
    assert [sheet_rows.column_letter(i) for i in range(1, 18279)] == [get_column_letter(i) for i in range(1, 18279)]
