"""A page printed as one line with ' | ' between its cells (a crawl that lost the line breaks but kept the
cell separators): '… 二、主动公开政府信息情况 第二十条第(一)项 | 信息内容 | 本年新 制发数量 | … | 规章 | 0 | 0 | 0 |
规范性文件 | 0 | 0 | 0 | 第二十条第(五)项 | …'. The tokenizer reads the line as one grid row whose first cell is
the whole text before the first pipe; no table region holds it, so nothing is read. Here such a row is cut
into the rows it prints: a new row starts at a template label (a row label, a block title, a header word)
that follows a printed value — a table row never prints a label after its own values — and at a row label
that follows a block's column headers (the header is a row of its own). Only a grid row with
two template rows or more, each with a value right after its label, is cut (a pipe table's rows hold one);
its first cell keeps only its last word, the table's first label, as the text before it is prose that the
other readers take from the text itself.
"""
from __future__ import annotations

from functools import lru_cache

from . import template
from .ir import Cell, Row
from .labelsets import label_set
from .values import parse

_MIN_PAIRS = 2  # template rows each followed by a value: a row of a pipe table has one


@lru_cache(maxsize=4096)
def _role(text: str) -> str | None:
    """'row' for a template row label of any table, 'col' for a column header, 'label' for another template
    word (block title, header word), else None."""
    found = [m for key in template.TABLES for m in [label_set(key).match(text)] if m is not None]
    if not found:
        return None
    if any(m.target.kind == "row" and m.how != "fuzzy" for m in found):
        return "row"
    return "col" if any(m.target.kind == "col" for m in found) else "label"


def _starts_row(piece: list[Cell], cell: Cell) -> bool:
    """Whether `cell` opens a new table row after `piece`: a label after a printed value, or a row label after a
    header (the block's column headers printed on the row before its first row)."""
    if not piece or cell.empty:
        return False
    role = _role(cell.text)
    if role is None:
        return False
    if any(_value(c) for c in piece):
        return True
    return role == "row" and any(not c.empty and _role(c.text) == "col" for c in piece)


def _value(cell: Cell) -> bool:
    return not cell.empty and parse(cell.text) is not None


def _pairs(cells: list[Cell]) -> int:
    return sum(1 for a, b in zip(cells, cells[1:]) if not a.empty and _role(a.text) == "row" and _value(b))


def _last_word(cell: Cell) -> Cell:
    """The first cell of the line: the text before the first pipe, whose last word opens the table."""
    text = cell.text.rstrip()
    cut = max(text.rfind(" "), text.rfind("\u3000"))
    if cut < 0:
        return cell
    start = cell.start + cut + 1
    return Cell(text[cut + 1:], start, cell.start + len(text))


def split(rows: list[Row]) -> list[Row]:
    """The rows, with every grid row that prints several table rows one after the other cut into them."""
    out: list[Row] = []
    for row in rows:
        if not row.grid or len(row.cells) < 2 * (_MIN_PAIRS + 1) or _pairs(row.cells) < _MIN_PAIRS:
            out.append(row)
            continue
        cells = [_last_word(row.cells[0])] + row.cells[1:]
        piece: list[Cell] = []
        for cell in cells:
            if _starts_row(piece, cell):
                out += _row(piece, row.line)
                piece = []
            piece.append(cell)
        out += _row(piece, row.line)
    return out


def _row(piece: list[Cell], line: int) -> list[Row]:
    """A piece as a grid row, without the empty cells at its end: where one printed line of the table ended and
    the next began ('行政许可 | 117 | || 第二十条…') the copy's filler pipes cannot be told from blank cells, and a
    blank counted there would make the row wider than printed and move its values to other columns."""
    while piece and piece[-1].empty:
        piece = piece[:-1]
    return [Row(piece, True, line)] if piece else []
