"""A table's cells on a full grid → one pipe line per row (shared by the HTML, DOCX and PDF loaders).

The table reader (assemble.py) anchors on a row label and takes the value cells after it in the same
line, so a merged cell is expanded into every grid position it covers: a label's text is repeated there
(a group label such as 三、本年度办理结果 belongs to each row it spans), while a merged value or blank is
written once and its other positions stay empty (a number must never be counted twice).
Lines start and end with `|` so that an empty first or last cell is not taken for the table border.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..values import parse

_WS = re.compile(r"\s+")
_CJK = re.compile(r"[\u3400-\u9fff]")
# a data-table cell never holds this much text; a layout cell (a table framing the page's prose) does
LAYOUT_CELL_CJK = 300


def cjk_count(text: str) -> int:
    """How many CJK characters a text holds: how much prose a cell or a page carries."""
    return len(_CJK.findall(text))


@dataclass(eq=False, slots=True)
class Span:
    """One printed cell (a merged cell is one Span covering several grid positions)."""

    text: str


def clean_cell(text: str) -> str:
    """One line of cell text: inner line breaks joined, `|` (our separator) replaced."""
    return _WS.sub(" ", text.replace("|", "¦")).strip()


def is_label(text: str) -> bool:
    return bool(text) and parse(text) is None


def place(rows: list[list[tuple[str, int, int]]]) -> list[list[Span | None]]:
    """HTML table model: (text, rowspan, colspan) per row, left to right → grid of Spans."""
    grid: list[list[Span | None]] = []
    for r, cells in enumerate(rows):
        while len(grid) <= r:
            grid.append([])
        c = 0
        for text, rowspan, colspan in cells:
            while c < len(grid[r]) and grid[r][c] is not None:
                c += 1
            span = Span(text)
            for dr in range(max(1, rowspan)):
                while len(grid) <= r + dr:
                    grid.append([])
                line = grid[r + dr]
                for dc in range(max(1, colspan)):
                    while len(line) <= c + dc:
                        line.append(None)
                    if line[c + dc] is None:
                        line[c + dc] = span
            c += max(1, colspan)
    return grid


def drop_slivers(grid: list[list[Span | None]]) -> list[list[Span | None]]:
    """The grid without its sliver columns. Word writes a table whose cell edges do not line up from row
    to row on a finer grid: a value merged over 上一年项目数量 and a sliver of the next column, a header
    本年新公开数量 merged over two columns. A column that no printed cell occupies alone (every cell over
    it also covers a neighbouring column that stays) holds no cell of its own; kept, it leaves a phantom
    blank after the merged value and the row seems to have one value too many. Left to right, so of two
    columns always merged together the first goes and the second stays."""
    width = max((len(r) for r in grid), default=0)
    kept: list[int] = []
    for c in range(width):
        spans = [(r[c], r[c - 1] if c and kept and kept[-1] == c - 1 and c - 1 < len(r) else None,
                  r[c + 1] if c + 1 < len(r) else None) for r in grid if c < len(r) and r[c] is not None]
        if not spans or any(s is not left and s is not right for s, left, right in spans):
            kept.append(c)
    if len(kept) == width:
        return grid
    return [[r[c] if c < len(r) else None for c in kept] for r in grid]


def render(grid: list[list[Span | None]]) -> list[str]:
    """Pipe lines for a grid. A row that is one cell across the whole table (a block title such as
    第二十条第（一）项, or prose caught in a ruled box) becomes a plain line."""
    width = max((len(r) for r in grid), default=0)
    seen: set[int] = set()
    out: list[str] = []
    for row in grid:
        row = row + [None] * (width - len(row))
        first = row[0] if row else None
        if first is not None and all(s is first for s in row):
            if id(first) not in seen and first.text:
                out.append(first.text)
            seen.add(id(first))
            continue
        cells = []
        for s in row:
            if s is None:
                cells.append("")
            elif id(s) not in seen:
                seen.add(id(s))
                cells.append(s.text)
            else:  # a covered position
                cells.append(s.text if is_label(s.text) else "")
        if any(cells) or len(cells) >= 2:  # a row of blanks is data too (a blank template's values)
            out.append("| " + " | ".join(cells) + " |")
    return out
