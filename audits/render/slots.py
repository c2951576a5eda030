"""Where a blank cell sits in the text, so a page can highlight the blank slot itself.

A blank cell has no provenance (nothing was read), but in a copy that prints the table row on one line
(pipe tables, HTML, DOCX, PDF rows) the row's cells are positioned: the tokenizer's row that holds one
of the row's read values also holds the blank field, at the same distance in columns. Copies with one
cell per line give no position; the slot is then not shown (the row's values still are).
"""
from __future__ import annotations

from extractor.tokenize import rows as tokenize_rows
from extractor.values import BLANK_MARKS

from ..context import Context


class Slots:
    def __init__(self, ctx: Context):
        self.ctx = ctx
        self._cells: dict[int, tuple[list, int]] | None = None  # cell start → (its row's cells, index)
        self._rows: dict[str, list[str]] = {}  # row key → its cells' keys (a finding may name a hundred blanks)

    def _index(self) -> dict[int, tuple[list, int]]:
        if self._cells is None:
            self._cells = {}
            for row in tokenize_rows(self.ctx.text or ""):
                if row.grid:
                    for i, c in enumerate(row.cells):
                        self._cells[c.start] = (row.cells, i)
        return self._cells

    def span(self, key: str) -> tuple[int, int] | None:
        """The blank slot of `key` (start == end for an empty field), or None when it has no position."""
        ctx = self.ctx
        if ctx.text is None or ctx.state.get(key) != "blank":
            return None
        row = self._row(key)
        j = row.index(key)
        for j0, k0 in sorted(enumerate(row), key=lambda p: abs(p[0] - j)):
            s = ctx.span(k0) if ctx.known(k0) else None
            hit = self._index().get(s[0]) if s is not None else None
            if hit is None:
                continue
            cells, i0 = hit
            i = i0 + (j - j0)
            if 0 < i < len(cells) and (cells[i].empty or cells[i].text in BLANK_MARKS):
                return cells[i].start, cells[i].end
            return None
        return None

    def _row(self, key: str) -> list[str]:
        prefix = key.rsplit(".", 1)[0]
        if prefix not in self._rows:
            table = key.split(".", 1)[0]
            for k in self.ctx.cells_of(table):
                self._rows.setdefault(k.rsplit(".", 1)[0], []).append(k)
            self._rows.setdefault(prefix, [])
        return self._rows[prefix]
