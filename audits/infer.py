"""Filling cells the copy lost, where the template's identities leave exactly one possible value.

Only cells in state `lost` (a row whose values could not be placed, a row missing inside a table) are
candidates — never cut-off fragments, never printed blanks, never a printed total ("the source is not
repaired"). Two deductions, repeated until nothing changes:
- an identity with one unknown cell determines it;
- an identity whose unknown cells all sit on one side and must add up to 0 makes them all 0
  (counts are non-negative, H0).
Nothing is inferred when any identity over printed cells already fails, or when a deduction would give a
negative or fractional count: an inconsistent source cannot tell which printed number is wrong.
"""
from __future__ import annotations

from dataclasses import dataclass

from extractor import template

from .context import Context
from .registry import Rule, declare
from .solve import solve

RULE = "inference.filled"

# No check of its own: engine.audit() calls fill() before the rules run, so they see the filled cells.
declare(Rule(RULE, "info", "a lost cell filled from the identities (method inferred)", doc="""
What: cells the copy lost (a table row whose values could not be placed) are filled when the template's
identities (H1–H4) determine them uniquely; each filled cell gets provenance method `inferred` and the
report gets this note. Why: the identities then stay checkable, and readers see which numbers were not
printed in this copy. Nothing is filled when the printed numbers already contradict each other, and
totals are never changed. Fix (publisher): none needed when the source itself is complete; this note is
about the copy that was read.""".strip(), tables=("applications", "review_litigation")))


@dataclass
class Inference:
    values: dict[str, int]
    findings: list
    not_assessable: list


def _identities(ctx: Context) -> tuple[template.Identity, ...]:
    layout = ctx.table_layout("applications") or "2021"
    return template.identities(layout, ctx.other_single_row())


def fill(ctx: Context) -> Inference:
    if "lost" not in ctx.state.values():  # most reports: one scan in C, no cell to fill
        return Inference({}, [], [])
    lost = {k for k, s in ctx.state.items() if s == "lost" and not k.startswith("active_disclosure.")}
    if not lost:
        return Inference({}, [], [])
    known = {k: ctx.values[k] for k, s in ctx.state.items() if s in ("value", "inferred")}
    usable = []
    for ident in _identities(ctx):
        cells = ident.lhs + ident.rhs
        states = {ctx.state.get(k, "absent") for k in cells}
        if states <= {"value", "inferred", "blank"}:
            blank0 = {k: known.get(k, 0) for k in cells}
            if sum(blank0[k] for k in ident.lhs) != sum(blank0[k] for k in ident.rhs):
                return _refuse(ctx, lost, f"印出的数字已不满足 {ident.rule}（{ident.where}）")
        elif states <= {"value", "inferred", "lost"}:
            usable.append(ident)
    if any(not isinstance(v, int) or v < 0 for k, v in known.items() if k.split(".")[0] != "active_disclosure"):
        return _refuse(ctx, lost, "有印出的件数为负数或非整数")
    solution = solve(usable, known, lost)
    if not solution.consistent:
        return _refuse(ctx, lost, solution.why)
    found = solution.values
    unknown = lost - set(found)
    findings = []
    order = _order(ctx)
    ordered = sorted(found, key=order)
    for row in dict.fromkeys(k.rsplit(".", 1)[0] for k in ordered):
        cells = [k for k in ordered if k.rsplit(".", 1)[0] == row]
        shown = "、".join(f"{template.cell_label(k).split(' / ')[-1]} {found[k]}" for k in cells)
        first = template.cell_label(cells[0]).rsplit(" / ", 1)[0]
        findings.append(ctx.finding(
            RULE, f"{first}：复制件中丢失的数值由勾稽关系唯一确定并补入（{shown}），标记为 inferred；原文未改动。",
            cells, expected=None, actual={k: found[k] for k in cells}))
    na = []
    if unknown:
        na.append(ctx.na(RULE, f"{len(unknown)} 个丢失单元格无法由勾稽关系确定，保留为空",
                         sorted(unknown, key=_order(ctx))))
    return Inference(found, findings, na)


def _order(ctx: Context):
    """Sort key: template reading order."""
    pos = {k: i for i, k in enumerate(k for t in template.TABLES for k in ctx.cells_of(t))}
    return lambda k: pos.get(k, len(pos))


def _refuse(ctx: Context, lost: set[str], why: str) -> Inference:
    return Inference({}, [], [ctx.na(RULE, f"未推断：{why}；丢失单元格保留为空",
                                     sorted(lost, key=_order(ctx)))])
