"""What may land from an answer: grounding per cell, then the template's arithmetic per table.

`judge` keeps a value only if the section prints it (else the cell stays null and the reason is
recorded). `failing` lists the identities of FORMAT.md §8 (H1–H4) that do not hold on the merged
cells (parser values + judged answer) and involve at least one answered cell: those trigger the one
re-read. Parser values are never changed here.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .. import template
from .grounding import SectionIndex
from .schema import Ask, ask_cells


@dataclass
class Judged:
    values: dict[str, Any] = field(default_factory=dict)  # cell → value (None = answered null)
    spans: dict[str, tuple[int, int] | None] = field(default_factory=dict)
    rejected: dict[str, str] = field(default_factory=dict)  # cell → why its value did not land
    located: set[str] = field(default_factory=set)  # printed inside the row's own stretch of text


def _column(key: str) -> tuple[template.Row, template.Column]:
    _, _, row, col = template.cell_index()[key]
    return row, col


def _number(v: Any) -> float | None:
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return None
    return float(v)


def judge(ask: Ask, answer: dict[str, Any], index: SectionIndex,
          header_units: dict[str, str] | None = None) -> Judged:
    out = Judged()
    claims: dict[tuple[str, float], list[tuple[str, list]]] = {}  # (row, value) → cells and their tokens
    for key in ask_cells(ask):
        v = answer.get(key)
        if v is None:
            out.values[key] = None
            continue
        n = _number(v)
        row, col = _column(key)
        unit = (header_units or {}).get(col.key, col.unit)
        found = index.candidates(n, col, unit) if n is not None else []
        if not found:
            out.values[key] = None
            out.rejected[key] = f"{v!r} is not printed in the section text"
            continue
        out.values[key] = v
        row_key = key[len(ask.table) + 1: -len(col.key) - 1]
        out.spans[key] = index.span(row_key, col, found)
        claims.setdefault((row_key, n), []).append((key, found))
    # located: printed inside the row's own stretch, once per cell claiming it ("999" printed once
    # cannot be seven cells of one row)
    for (row_key, _), claimed in claims.items():
        stretch = index.row_stretch(row_key)
        if stretch is None:
            continue
        inside = {t for _, found in claimed for t in found if stretch[0] <= t.start < stretch[1]}
        if len(inside) >= len(claimed):
            out.located.update(k for k, _ in claimed)
    return out


@dataclass(frozen=True)
class Failure:
    identity: template.Identity
    lhs: float
    rhs: float

    def describe(self, cells: dict[str, Any]) -> str:
        left = " + ".join(f"{template.cell_label(k)} {cells[k]}" for k in self.identity.lhs)
        right = " + ".join(f"{template.cell_label(k)} {cells[k]}" for k in self.identity.rhs)
        return f"- {self.identity.rule} ({self.identity.where}): {left} = {self.lhs:g}, but {right} = {self.rhs:g}"


def table_identities(ask: Ask) -> list[template.Identity]:
    other_single_row = ask.other_single_row if template.TABLES[ask.table].single_row_variant else None
    return [i for i in template.identities(ask.layout, other_single_row) if i.table == ask.table]


def failing(ask: Ask, cells: dict[str, Any], answered: set[str]) -> list[Failure]:
    """Identities that fail with every cell known and at least one cell from the answer."""
    out = []
    for ident in table_identities(ask):
        keys = ident.lhs + ident.rhs
        if not answered.intersection(keys):
            continue
        vals = [_number(cells.get(k)) for k in keys]
        if any(v is None for v in vals):
            continue  # an unknown cell: nothing to check (blank-as-zero is the audit's call)
        lhs = sum(vals[: len(ident.lhs)])
        rhs = sum(vals[len(ident.lhs):])
        if abs(lhs - rhs) > 1e-6:
            out.append(Failure(ident, lhs, rhs))
    return out


def cells_of(failures: list[Failure]) -> set[str]:
    return {k for f in failures for k in f.identity.lhs + f.identity.rhs}
