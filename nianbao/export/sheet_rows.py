"""Rows into an openpyxl write-only worksheet as XML text, made wherever the row is made.

`ws.append(row)` makes a cell for every value, binds and checks it, and writes it through three nested
XML contexts: ~5 µs a value, most of what the dataset's workbook costs (its rows arrive in the batch's
parent process, where each CPU second is one the workers lack). Here a row of plain values (text,
numbers, booleans, None) is spelled as the bytes openpyxl writes for it (`encode`), with its row
number left as a place-holder: a worker can encode the rows of the report it extracted, and the sheet
(`feed`) only puts the number in and appends the bytes to a file of its own, spliced into the sheet's
XML when it closes (`finish`). Any other row (a string openpyxl would read as a formula or an error
code, or refuse, a value of another type, an empty string or a row with no value) is written by
openpyxl's own row writer, at its place. tests/test_sheet_rows.py compares the sheets with openpyxl's
byte for byte, so a version of openpyxl that writes otherwise fails there.
"""
from __future__ import annotations

import math
import re
import shutil
import tempfile
from typing import Any, Generator

PLACE = "\0"  # the row number's place in an encoded row (never in one: \0 makes a row openpyxl's)
_MARK = b"<!-- nianbao rows -->"
# what XML 1.0 cannot hold (openpyxl refuses the control characters; lxml the rest)
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# openpyxl.cell.cell.ERROR_CODES, here so that a worker encodes rows without importing openpyxl (a tenth
# of a second each; tests/test_sheet_rows.py checks they are the same)
ERROR_CODES = ('#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A')
_LETTERS: list[str] = [""]


def column_letter(i: int) -> str:
    """openpyxl.utils.get_column_letter: 1 → A, 27 → AA (the same, without importing openpyxl)."""
    out = ""
    while i > 0:
        i, rest = divmod(i - 1, 26)
        out = chr(65 + rest) + out
    return out


def _letters(n: int) -> list[str]:
    if len(_LETTERS) <= n:
        _LETTERS.extend(column_letter(i) for i in range(len(_LETTERS), n + 1))
    return _LETTERS


def encode(values: Any) -> bytes | None:
    """The row's XML as openpyxl writes it (ASCII, other characters as references), its number PLACE;
    None where openpyxl must write it."""
    if not isinstance(values, (list, tuple)):
        return None
    letters = _letters(len(values))
    r = PLACE
    parts = [f'<row r="{r}">']
    add = parts.append
    col = 0
    for value in values:
        col += 1
        if value is None:
            continue
        kind = type(value)
        if kind is str:
            if not value or len(value) > 32767 or (value[0] == "=" and len(value) > 1) \
                    or value in ERROR_CODES or _NOT_XML.search(value):
                return None
            space = ' xml:space="preserve"' if value != value.strip() else ""
            add(f'<c r="{letters[col]}{r}" t="inlineStr"><is><t{space}>{_escape(value)}</t></is></c>')
        elif kind is int or kind is float or kind is bool:
            if kind is float and (math.isnan(value) or math.isinf(value)):
                return None
            add(f'<c r="{letters[col]}{r}" t="{"b" if kind is bool else "n"}"><v>{"%.16g" % value}</v></c>')
        else:
            return None
    if len(parts) == 1:
        return None
    add("</row>")
    return "".join(parts).encode("ascii", "xmlcharrefreplace")


# text as XML markup; a carriage return as a reference (as lxml writes it: a literal one a reader turns
# into a line feed). `&` first: the references the others bring are not escaped again
_ESCAPES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\r", "&#13;"))


def _escape(text: str) -> str:
    """The text as XML markup. str.replace where the character occurs, not str.translate: translate looks
    every character of a non-ASCII text up in its table (~45 ns each), and a report's notices in the sheet
    of reports run to a thousand Chinese characters."""
    for char, ref in _ESCAPES:
        if char in text:
            text = text.replace(char, ref)
    return text


class Feed:
    """The rows of one write-only worksheet: `put(row)` takes a row of values or its `encode`d bytes;
    `finish()` closes the sheet with its rows in place. Made just before the first row: openpyxl
    writes the sheet's settings (panes, column widths) as it starts its rows."""

    def __init__(self, ws):
        self.ws = ws
        self.rows = tempfile.TemporaryFile()
        ws._get_writer()
        ws._rows = self._gen = _rows(ws, self.rows)
        next(self._gen)
        self.put = self._gen.send  # ws.append goes the same way, through openpyxl's checks first

    def finish(self) -> None:
        """Close the sheet (openpyxl writes what follows its rows) and put the rows at their place."""
        if not self.ws.closed:
            self.ws.close()
        path = self.ws._writer.out
        with open(path, "rb") as fh:
            head, tail = fh.read().split(_MARK, 1)
        self.rows.flush()
        self.rows.seek(0)
        with open(path, "wb") as fh:
            fh.write(head)
            shutil.copyfileobj(self.rows, fh, 1 << 20)
            fh.write(tail)
        self.discard()

    def discard(self) -> None:
        self.rows.close()


def feed(ws) -> Feed | None:
    """A Feed for `ws` (an empty write-only worksheet's); None when rows were appended already."""
    if ws._rows is not None:  # rows were appended already: leave it to openpyxl
        return None
    return Feed(ws)


def _rows(ws, out) -> Generator[None, Any, None]:
    """openpyxl's WriteOnlyWorksheet._write_rows: a mark where the rows go, each row's bytes to `out`."""
    from lxml.etree import Comment

    writer = ws._writer
    xf = writer.xf.send(True)
    with xf.element("sheetData"):
        xf.write(Comment(_MARK[4:-3].decode()))
        idx = 0
        try:
            while True:
                row = yield
                idx += 1
                raw = row if type(row) is bytes else encode(row)
                out.write(_openpyxl(ws, row, idx) if raw is None else raw.replace(b"\0", b"%d" % idx))
        except GeneratorExit:
            pass
    writer.xf.send(None)


def _openpyxl(ws, values, idx: int) -> bytes:
    """The row as openpyxl's own row writer writes it."""
    from io import BytesIO

    from openpyxl.xml.functions import xmlfile

    buf = BytesIO()
    with xmlfile(buf) as xf:
        ws._writer.write_row(xf, ws._values_to_row(values, idx), idx)
    return buf.getvalue()
