"""Rows into an openpyxl write-only worksheet without a Cell object per value.

`ws.append(row)` makes a cell for every value, binds and checks it, and writes it through three nested
XML contexts: ~5 µs a value, most of what the dataset's workbook costs (its rows arrive in the batch's
parent process, where each CPU second is one the workers lack). `feed(ws)` puts a writer of its own
behind the sheet's `append`: a row of plain values (text, numbers, booleans, None) is spelled as XML
text, parsed by lxml in one call and written as one element — the XML openpyxl writes for it, byte for
byte; any other row
(a string openpyxl would read as a formula or an error code, or refuse, a value of another type, an
empty string or a row with no value) goes through openpyxl's own row writer unchanged.
tests/test_sheet_rows.py compares the two writers' sheets byte for byte, so a version of openpyxl that
writes otherwise fails there.
"""
from __future__ import annotations

import math
from typing import Any, Generator

def feed(ws) -> None:
    """Make `ws.append` (an empty write-only worksheet's) go through `_rows`. Call it just before the
    first row: openpyxl writes the sheet's settings (panes, column widths) as it starts its rows."""
    if ws._rows is not None:  # rows were appended already: leave it to openpyxl
        return
    ws._get_writer()
    ws._rows = _rows(ws)
    next(ws._rows)


def _rows(ws) -> Generator[None, Any, None]:
    """openpyxl's WriteOnlyWorksheet._write_rows, with plain rows written as one element."""
    from lxml.etree import XMLParser, fromstring
    from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
    from openpyxl.utils import get_column_letter

    letters: list[str] = [""]
    illegal = ILLEGAL_CHARACTERS_RE.search
    parser = XMLParser(resolve_entities=False, huge_tree=True)

    def element(values, idx: int):
        """The row as lxml parses it from its text (one parse: far cheaper than an element per value);
        None where openpyxl must write it."""
        if not isinstance(values, (list, tuple)):
            return None
        while len(letters) <= len(values):
            letters.append(get_column_letter(len(letters)))
        r = f"{idx}"
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
                        or value in ERROR_CODES or illegal(value):
                    return None
                space = ' xml:space="preserve"' if value != value.strip() else ""
                add(f'<c r="{letters[col]}{r}" t="inlineStr"><is><t{space}>{value.translate(_ESCAPE)}</t></is></c>')
            elif kind is int or kind is float or kind is bool:
                if kind is float and (math.isnan(value) or math.isinf(value)):
                    return None
                add(f'<c r="{letters[col]}{r}" t="{"b" if kind is bool else "n"}"><v>{"%.16g" % value}</v></c>')
            else:
                return None
        if len(parts) == 1:
            return None
        add("</row>")
        return fromstring("".join(parts), parser)

    writer = ws._writer
    xf = writer.xf.send(True)
    with xf.element("sheetData"):
        idx = 1
        try:
            while True:
                values = yield
                el = element(values, idx)
                if el is None:
                    writer.write_row(xf, ws._values_to_row(values, idx), idx)
                else:
                    xf.write(el)
                idx += 1
        except GeneratorExit:
            pass
    writer.xf.send(None)


# text as XML markup; a carriage return as a reference, which the parser keeps (a literal one it would
# turn into a line feed)
_ESCAPE = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
