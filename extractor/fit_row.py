"""Placing a table row's values in its n columns: separators told from blank cells, empty label cells of a
grid left out, and what a row cut by the copy's end may still say (the number it stops on may be cut short,
unless it is a bare 0 in a count column)."""
from __future__ import annotations

from .ir import Cell
from .records import Record
from .values import is_signed


def _without_separators(vals: list[Cell], n: int) -> list[Cell]:
    """`0 | 0 | 0 |` written one cell per line, each value followed by a lone `|` line, where the copy's
    other lines made `|` an empty cell: an over-full row whose empties strictly alternate with its n values
    holds no blank cell (two blanks would be side by side), so the empties are separators."""
    if len(vals) <= n or sum(1 for c in vals if not c.empty) != n:
        return vals
    if any(a.empty == b.empty for a, b in zip(vals, vals[1:])):
        return vals
    return [c for c in vals if not c.empty]


def grid_width(records: list[Record]) -> int | None:
    """The width most whole labelled grid rows of a table share (a PDF's or HTML's column count)."""
    widths = [r.width for r in records if r.width and r.filled and not r.at_eof and len(r.cols) == len(r.values)]
    if len(widths) < 2:
        return None
    best = max(set(widths), key=widths.count)
    return best if widths.count(best) * 2 > len(widths) else None


def in_value_columns(rec: Record, n: int, width: int | None) -> list[Cell]:
    """A row cut by the copy's end, without its empty cells that stand in the label's columns: in a grid
    whose whole rows are `width` cells wide the n values fill the last n columns, so an empty cell left of
    them (a merged label cell, "|  | (七)总计 |  | 95 |…") is no blank value — counted as one, it would push
    every value one column right. Only empty cells are dropped; any other row is as it is."""
    if not rec.at_eof or width is None or len(rec.cols) != len(rec.values) or rec.width >= width:
        return rec.values
    first = width - n
    return [c for c, col in zip(rec.values, rec.cols) if col >= first or not c.empty]


def _whole_at_cut(vals: list[Cell], kinds: tuple[str, ...]) -> bool:
    """The copy stops right after this row's last value and it is a bare '0' in a count column: a count
    never starts with 0, so the cut cannot have taken its tail (a money cell may go on '.37')."""
    i = len(vals) - 1
    return vals[-1].text.strip() == "0" and i < len(kinds) and kinds[i] != "money"


def fit(values: list[Cell], n: int, at_eof: bool, text_len: int,
        kinds: tuple[str, ...] = ()) -> tuple[list[Cell] | None, bool]:
    """The row's n cells in order, or None when they cannot be placed; and whether the row is cut.
    `kinds`: the n columns' kinds, which tell a last value at the cut that is whole (see _whole_at_cut)."""
    vals = _without_separators(list(values), n)
    while len(vals) > n and vals[-1].empty:
        vals.pop()
    while len(vals) > n and vals[0].empty:
        vals.pop(0)
    ends_copy = bool(at_eof and vals and vals[-1].end >= text_len and not vals[-1].empty)
    if len(vals) == n and (not ends_copy or _whole_at_cut(vals, kinds)):
        return vals, False
    if at_eof and len(vals) == n + 1 and not vals[-1].empty and vals[-1].end >= text_len:
        # the copy stops right after a lone figure one past the row's width: the first character of the
        # next row's label (`2` of `2.其他法律…`) or a cut number, never a cell of this row
        return vals[:n], True
    if at_eof and len(vals) <= n:
        if vals and not vals[-1].empty and vals[-1].end >= text_len and not _whole_at_cut(vals, kinds):
            vals = vals[:-1]  # the copy stops right after it: the number itself may be cut
        while vals and vals[-1].empty:
            vals.pop()  # blanks at a cut point may be the cut, not the report
        return vals, True
    return None, False


def by_sign(values: list[Cell], kinds: tuple[str, ...]) -> list[Cell] | None:
    """A row printing fewer values than columns whose last value carries a sign ('19 / +4' under 上一年项目数量
    / 本年增减 / 处理决定数量): only a signed column (本年增/减) takes a '+' or '-', so where the row has one
    and the signed value is printed as many places in as that column stands, the values before it fill the
    columns before it. Those cells, in order; the columns after it were not printed and stay out (never a
    blank, never a guess). None when the sign does not decide every value's column."""
    vals = [c for c in values if not c.empty]
    signed_cols = [i for i, k in enumerate(kinds) if k == "signed"]
    if len(signed_cols) != 1 or not vals or len(vals) >= len(kinds) or len(vals) != len(values):
        return None
    j = signed_cols[0]
    if len(vals) != j + 1 or not is_signed(vals[-1].text) or any(is_signed(c.text) for c in vals[:-1]):
        return None
    return vals


def glued_run(rec: Record) -> Cell | None:
    """The row's one value, when it is a run of values printed right where its label ends ('行政许可000',
    '规章102', '行政许可20+1737'): a copy that lost the boundaries between the row's cells, so how many cells the
    run holds is told by the row's columns (fused_split.cell_counts), never by the run alone."""
    vals = [c for c in rec.values if not c.empty]
    return vals[0] if rec.glued and len(vals) == 1 else None
