"""The workbook's own row writer (nianbao.export.sheet_rows) writes the sheet XML XlsxWriter's `write_row`
writes, byte for byte: on the wide rows of real reports, and on the values XlsxWriter treats apart."""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl

from extractor import extract
from nianbao.export import sheet_rows
from nianbao.export.workbook import REPORTS, Workbook, sheet_columns, wide_rows

from conftest import ROOT

REPORTS_TEXT = sorted((ROOT / "eval" / "docs" / "text").glob("*.txt"))[:12]

ODD = [
    ["report", "  two spaces around  ", "tab\tinside", "line\nbreak", "carriage\rreturn", "<&> \"quoted\" 'x'"],
    ["=SUM(A1:A2)", "=", "#N/A", "#DIV/0!", "", None, "last"],  # text as a formula, an error code, an empty string
    [0, -1, 12345678901234567890, 1.5, 1e-05, 0.1 + 0.2, float("nan"), float("inf"), True, False],
    [None, None, None],
    [],
    ("a tuple", 2),
    ["中文 全角　空格", "x" * 40000, "after a string too long: XlsxWriter stops its row there"],
    ["\u3000ideographic space first", "a control character \x01", "_x0041_ spelled"],
    ["{=A1}", "http://example.org", "1.5", "\ufffe"],
    # a sheet of reports' notices cell: a thousand Chinese characters, the marks to escape among them
    ["; ".join(["audit: not assessable: batch.carry_over: 2019年是修订后条例施行的第一年，无上年结转可比"] * 20)
     + "「二、上年结转」3 < 5 & 6 > 4\r\n（完）"],
]
# what differs between two saves of the same workbook: the time docProps/core.xml records
_WHEN = re.compile(rb"<dcterms:(created|modified)[^<]*</dcterms:\1>")


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: _WHEN.sub(b"", z.read(n)) for n in z.namelist()}


def _saved(tmp_path: Path, plain: bool, rows: list) -> dict[str, bytes]:
    book = Workbook(plain=plain)
    # (the rows go through sheet_rows' feed unless plain: a book writing them its own way compares nothing)
    assert all(getattr(p, "__self__", None) is not None and getattr(p.__self__, "gi_code", None) is sheet_rows._rows.__code__
               for p in book.put.values()) != plain
    book.add_rows(rows)
    book.save(tmp_path / f"{plain}.xlsx")
    return _parts(tmp_path / f"{plain}.xlsx")


def test_real_reports_rows_are_written_as_xlsxwriter_writes_them(tmp_path):
    cols = sheet_columns()
    rows = []
    for i, path in enumerate(REPORTS_TEXT):
        rows += wide_rows(f"r{i:03d}", extract(path).model_dump(mode="json"), cols)
    assert len(rows) > 2 * len(REPORTS_TEXT)  # tables were read
    fast = _saved(tmp_path, False, rows)
    assert _saved(tmp_path, True, rows) == fast
    sheets = [v for n, v in fast.items() if n.startswith("xl/worksheets/")]
    assert len(sheets) == 6 and all(b"inlineStr" in x and b'<pane xSplit="1"' in x for x in sheets)


def test_rows_encoded_where_they_are_made_are_written_as_xlsxwriter_writes_them(tmp_path):
    # a worker hands the parent its rows as sheet_rows.encode's text (writer.part): the sheet puts the row
    # numbers in and writes them, and the workbook is XlsxWriter's, byte for byte
    cols = sheet_columns()
    rows = []
    for i, path in enumerate(REPORTS_TEXT):
        rows += wide_rows(f"r{i:03d}", extract(path).model_dump(mode="json"), cols)
    rows += [(REPORTS, row) for row in ODD]
    encoded = [(title, sheet_rows.encode(row) or row) for title, row in rows]
    assert sum(type(r) is str for _, r in encoded) > len(REPORTS_TEXT)
    assert any(type(r) is not str for _, r in encoded[-len(ODD):])  # XlsxWriter's own rows among them
    assert _saved(tmp_path, False, encoded) == _saved(tmp_path, True, rows)


def test_values_xlsxwriter_treats_apart_are_written_as_it_writes_them(tmp_path):
    rows = [(REPORTS, row) for row in ODD]
    fast = _saved(tmp_path, False, rows)
    assert _saved(tmp_path, True, rows) == fast
    sheet = fast["xl/worksheets/sheet6.xml"]
    assert b"<f>SUM" not in sheet and b"<t>=SUM(A1:A2)</t>" in sheet  # text, never a formula
    assert b"_x0001_" in sheet and b"_x005F_x0041_" in sheet  # Excel's escapes of a control character


def test_the_workbook_reads_back_with_each_value_of_its_type(tmp_path):
    book = Workbook()
    book.add_rows([(REPORTS, sheet_rows.encode(["r1", "机关", 2021, 1.5, True, None, "  x", "a\nb"])),
                   (REPORTS, ["=1+1", "", "carriage\rreturn", "a control character \x01"])])
    book.save(tmp_path / "b.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "b.xlsx")[REPORTS]
    assert [c.value for c in ws[2]][:8] == ["r1", "机关", 2021, 1.5, True, None, "  x", "a\nb"]
    # a control character in Excel's own escape (Excel reads the character back; openpyxl leaves the escape);
    # text opening with = is text (openpyxl reads a formula back as its text too: its type tells them apart)
    assert [c.value for c in ws[3]][:4] == ["=1+1", None, "carriage_x000D_return", "a control character _x0001_"]
    assert ws.cell(3, 1).data_type == "s"
    assert ws.freeze_panes == "B2"


def test_text_shaped_as_rich_string_markup_is_written_as_its_text(tmp_path):
    # XlsxWriter's constant-memory writer puts a string <r>…</r> in the sheet as markup, unescaped: a page
    # quoting such text would break the workbook (or inject cells); the row writer spells it as text
    text = "<r><t>rich</t></r>"
    row = ["r1", text, 2021]
    assert sheet_rows.encode(row) is not None and "&lt;r&gt;&lt;t&gt;rich" in sheet_rows.encode(row)
    book = Workbook()
    book.add_rows([(REPORTS, row), (REPORTS, sheet_rows.encode(["r2", text]))])
    book.save(tmp_path / "b.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "b.xlsx")[REPORTS]
    assert [c.value for c in ws[2]][:3] == row and ws.cell(3, 2).value == text
    # …and so is it in a row XlsxWriter writes itself (an empty string sends the row there) and in plain mode
    odd = "<r>见《条例》第3条 & 第5条</r>"
    for plain in (False, True):
        book = Workbook(plain=plain)
        book.add_rows([(REPORTS, ["r1", odd, ""])])
        book.save(tmp_path / f"c{plain}.xlsx")
        ws = openpyxl.load_workbook(tmp_path / f"c{plain}.xlsx")[REPORTS]
        assert ws.cell(2, 2).value == odd


def test_a_discarded_workbook_leaves_no_row_file(tmp_path):
    book = Workbook()
    book.add_rows([(REPORTS, ["ok", 1])])
    files = [Path(ws.row_data_filename) for ws in book.wb.worksheets()]
    assert files and all(f.exists() for f in files)
    book.discard()
    assert not any(f.exists() for f in files)


def test_column_names_are_xlsxwriter_s():
    # kept here so that a worker encodes rows without importing xlsxwriter
    from xlsxwriter.utility import xl_col_to_name

    assert [sheet_rows.column_letter(i) for i in range(1, 18279)] == [xl_col_to_name(i - 1) for i in range(1, 18279)]
    assert [sheet_rows._last_column(sheet_rows.encode([None] * i + [1])) for i in range(0, 800, 7)] == \
        list(range(0, 800, 7))
