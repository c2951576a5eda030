"""Rows into an XlsxWriter constant-memory worksheet as XML text, made wherever the row is made.

`ws.write_row(row)` dispatches every value through XlsxWriter's type checks, keeps it as a cell object
and writes it through its XML writer when the next row starts: a few µs a value, most of what the
dataset's workbook costs (its rows arrive in the batch's parent process, where each CPU second is one
the workers lack). Here a row of plain values (text, numbers, booleans, None) is spelled as the text
XlsxWriter writes for it in constant-memory mode (`encode`), with its row number left as a place-holder:
a worker can encode the rows of the report it extracted, and the sheet (`feed`) only puts the number in
and appends the text to the sheet's own row file, in order with the rows XlsxWriter writes itself. Any
other row (a string XlsxWriter escapes, an empty string, a value of another type, a row with no value)
is written by XlsxWriter's own `write_row`, at its place. Text is text: the workbook turns no string into
a formula (web text opening with = is a report's words, and a formula in a sheet an analyst opens is
a way in for whoever wrote the page).
tests/test_sheet_rows.py compares the sheets with XlsxWriter's byte for byte (but for text shaped as a rich
string's markup, which XlsxWriter would write as markup: `shielded`), so a version of XlsxWriter that writes
otherwise fails there.
"""
from __future__ import annotations

import math
import re
from typing import Any, Generator

PLACE = "\0"  # the row number's place in an encoded row (never in one: \0 makes a row XlsxWriter's)
# what XlsxWriter writes otherwise than as plain text: control characters and text already spelled as
# their _xHHHH_ escape (both escaped), the two non-characters. (A text that looks like a rich string's
# markup, <r>…</r>, is plain text here: XlsxWriter's constant-memory writer would put it in the sheet
# unescaped, as markup, and break the file.)
_NOT_PLAIN = re.compile(r"[\x00-\x08\x0b-\x1f\ufffe\uffff]|_x[0-9a-fA-F]{4}_")
_LONGEST = 16383  # XlsxWriter measures longer strings in UTF-16 units against Excel's limit: its own way
_LETTERS: list[str] = [""]


def column_letter(i: int) -> str:
    """xlsxwriter.utility.xl_col_to_name(i - 1): 1 → A, 27 → AA (the same, without importing xlsxwriter)."""
    out = ""
    while i > 0:
        i, rest = divmod(i - 1, 26)
        out = chr(65 + rest) + out
    return out


def _letters(n: int) -> list[str]:
    if len(_LETTERS) <= n:
        _LETTERS.extend(column_letter(i) for i in range(len(_LETTERS), n + 1))
    return _LETTERS


def encode(values: Any) -> str | None:
    """The row's XML as XlsxWriter writes it in constant-memory mode, its number PLACE; None where
    XlsxWriter must write it."""
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
            if not value or len(value) > _LONGEST or _NOT_PLAIN.search(value):
                return None
            space = ' xml:space="preserve"' if value[0].isspace() or value[-1].isspace() else ""
            add(f'<c r="{letters[col]}{r}" t="inlineStr"><is><t{space}>{_escape(value)}</t></is></c>')
        elif kind is bool:
            add(f'<c r="{letters[col]}{r}" t="b"><v>{int(value)}</v></c>')
        elif kind is int or kind is float:
            if kind is float and (math.isnan(value) or math.isinf(value)):
                return None
            add(f'<c r="{letters[col]}{r}"><v>{value:.16G}</v></c>')
        else:
            return None
    if len(parts) == 1:
        return None
    add("</row>")
    return "".join(parts)


# text as XML markup: `&` first, so the references the others bring are not escaped again
_ESCAPES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"))


def _escape(text: str) -> str:
    """The text as XML markup. str.replace where the character occurs, not str.translate: translate looks
    every character of a non-ASCII text up in its table (~45 ns each), and a report's notices in the sheet
    of reports run to a thousand Chinese characters."""
    for char, ref in _ESCAPES:
        if char in text:
            text = text.replace(char, ref)
    return text


def shielded(row: Any) -> Any:
    """The row for XlsxWriter's own `write_row`, each text shaped as a rich string's markup (<r>…</r>) given as that
    markup holding the text as one run: the constant-memory writer puts such a string in as it stands, so the text
    itself would be read as markup (a broken file, or cells injected); as one run it reads back as the text."""
    if not isinstance(row, (list, tuple)) or not any(type(v) is str and v[:3] == "<r>" and v[-4:] == "</r>" for v in row):
        return row
    return [f'<r><t xml:space="preserve">{_escape(v)}</t></r>' if type(v) is str and v[:3] == "<r>" and v[-4:] == "</r>"
            else v for v in row]


class Feed:
    """The rows of one constant-memory worksheet, from its next row on: `put(row)` takes a row of values
    or its `encode`d text."""

    def __init__(self, ws, first: int):
        self.ws = ws
        self._gen = _rows(ws, first)
        next(self._gen)
        self.put = self._gen.send


def feed(ws, first: int) -> Feed:
    """A Feed for `ws` whose rows before `first` (0-based) went in through XlsxWriter's own writes."""
    return Feed(ws, first)


def _rows(ws, idx: int) -> Generator[None, Any, None]:
    """Each row at its place: XlsxWriter's own `write_row` for a row `encode` leaves to it; else the row
    XlsxWriter holds (the last one it was given) written out first, as its next write would, then the
    encoded text, its dimensions kept as its writes keep them."""
    out = ws.row_data_fh
    while True:
        row = yield
        raw = row if type(row) is str else encode(row)
        if raw is None:
            ws.write_row(idx, 0, shielded(row))
        else:
            if ws.table:
                ws._write_single_row(idx)  # noqa: SLF001 (XlsxWriter's step when a later row starts)
            ws.previous_row = idx
            out.write(raw.replace(PLACE, str(idx + 1)))
            ws._check_dimensions(idx, _last_column(raw))  # noqa: SLF001
        idx += 1


_COLUMNS: dict[str, int] = {}


def _last_column(raw: str) -> int:
    """The 0-based column of the last cell of an encoded row (the sheet's <dimension> takes it)."""
    at = raw.rfind('<c r="') + 6
    end = raw.index(PLACE, at)
    name = raw[at:end]
    col = _COLUMNS.get(name)
    if col is None:
        col = 0
        for ch in name:
            col = col * 26 + ord(ch) - 64
        col = _COLUMNS[name] = col - 1
    return col
