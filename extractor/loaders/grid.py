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
