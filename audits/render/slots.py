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
        self._hits: dict[str, list[tuple[int, list, int]]] = {}  # row key → its placed cells (_row_hits)

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
        prefix = key.rsplit(".", 1)[0]
        row = self._row(key)
        hits = self._hits.get(prefix)
        if hits is None:
            hits = self._hits[prefix] = self._row_hits(row)
        if not hits:
            return None
        # the row's nearest cell placed in a tokenizer's row (the lower one of two as near) gives the position
        j = row.index(key)
        j0, cells, i0 = min(hits, key=lambda h: (abs(h[0] - j), h[0]))
        i = i0 + (j - j0)
        if 0 < i < len(cells) and (cells[i].empty or cells[i].text in BLANK_MARKS):
            return cells[i].start, cells[i].end
        return None

    def _row_hits(self, row: list[str]) -> list[tuple[int, list, int]]:
        """(index in the row, the tokenizer's row cells, index there) of each of the row's read cells whose span opens
        a tokenizer's cell: read once per row, not once per blank cell of it (a finding may name a hundred)."""
        ctx, out = self.ctx, []
        for j0, k0 in enumerate(row):
            s = ctx.span(k0) if ctx.known(k0) else None
            hit = self._index().get(s[0]) if s is not None else None
            if hit is not None:
                out.append((j0, *hit))
        return out

    def _row(self, key: str) -> list[str]:
        prefix = key.rsplit(".", 1)[0]
        if prefix not in self._rows:
            table = key.split(".", 1)[0]
            for k in self.ctx.cells_of(table):
                self._rows.setdefault(k.rsplit(".", 1)[0], []).append(k)
            self._rows.setdefault(prefix, [])
        return self._rows[prefix]
