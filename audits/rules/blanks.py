"""S11: cells printed blank (or "-", "/", "—", "无") where the template asks for a number, in every table.

Reported once per pattern, not once per cell or per identity: a table left entirely blank; a column left
blank in rows that have numbers (a total column nobody filled in — the identities show these blanks are
not 0, and filling them closes every identity they break); and the remaining blanks, used where a 0
belongs. The H1–H4 rules read blanks as 0 and leave identities the blanks could close to this rule.
"""
from __future__ import annotations

from extractor import template

from ..context import Context
from ..registry import rule
from .arithmetic import DOCS, evaluate, where

_RESULT_ROWS = set(template.RESULT_ROWS_2019) | set(template.RESULT_ROWS_2021)


def _row(key: str) -> str:
    return key.rsplit(".", 1)[0]


def _column(key: str) -> str:
    label = template.cell_label(key)
    return label.split("·")[-1] if "·" in label else label.rsplit(" / ", 1)[-1]


def _rows_phrase(keys: list[str]) -> str:
    rows = [_row(k).split(".", 1)[1] for k in keys]
    return "结果各行" if all(r in _RESULT_ROWS for r in rows) and len(rows) > 1 else ""


def _listing(names: list[str], limit: int = 6) -> str:
    names = list(dict.fromkeys(names))
    return "、".join(names[:limit]) + ("等" if len(names) > limit else "")


def _has_numbers(ctx: Context, row: str) -> bool:
    return any(ctx.known(k) and ctx.values[k] for k in ctx.cells_of(row.split(".", 1)[0]) if _row(k) == row)


@rule("applications.blank_cells", "warning", "S11 blank cells where the template expects numbers", ref="S11", doc="""
What: cells of tables 二, 三 and 四 printed blank (or "-", "/", "—", "无") instead of a number, reported once
per pattern: a table with no number at all; a column left blank in rows that have numbers (usually an
unfilled 总计 column), with the identities (H1–H4) those blanks leave open; and blanks used where a 0
belongs. Why: the template asks for a number in every cell; a blank is not a 0 — the reader cannot tell
"none" from "not counted". The identities read blanks as 0; an identity that fails only because cells are
blank, and that the blanks could close, is this warning, not an arithmetic error.
Fix: print 0 in every cell with nothing to count, and print every total.""")
def blank_cells(ctx: Context):
    arithmetic = evaluate(ctx)
    determined = arithmetic.blanks.values if arithmetic.blanks.consistent else {}
    open_evaluations = [ev for ev in arithmetic.evaluations if ev.status == "blank_only"]
    closers = {k for ev in open_evaluations for k in ev.closers}
    out = []
    for table in template.TABLES:
        name = Context.table_name(table)
        cells = ctx.cells_of(table)
        out += _blank_slots(ctx, table, name) + _zeros_short(ctx, table, name)
        blanks = [k for k in cells if ctx.state.get(k) == "blank"]
        if not blanks:
            continue
        # not when other cells are lost: those hold printed values the copy would not let be placed
        if not any(ctx.known(k) or ctx.state.get(k) == "lost" for k in cells):
            out.append(ctx.finding(f"{name}全部 {len(blanks)} 格空白，没有填写任何数字", blanks,
                                   expected="数字（无数可填时填0）", actual="空"))
            continue
        unfilled = [k for k in blanks if determined.get(k, 0) > 0 or k in closers]
        by_column: dict[str, list[str]] = {}
        for k in unfilled:
            by_column.setdefault(_column(k), []).append(k)
        for column, keys in by_column.items():
            out.append(_unfilled(ctx, name, column, keys, determined, open_evaluations))
        rest = [k for k in blanks if k not in unfilled]
        if rest:
            rows = [Context.row_name(k) for k in rest]
            context = [k for k in cells if ctx.known(k) and _row(k) in {_row(b) for b in rest}][:8]
            out.append(ctx.finding(
                f"{name}有 {len(rest)} 个单元格空白（{_listing(rows)}）：模板要求填写数字，无数可填时应填0；"
                f"勾稽检查按0计", rest, expected="0 或数字", actual="空", evidence=ctx.spans(context)))
    return out


def _blank_slots(ctx: Context, table: str, name: str) -> list:
    """Rows printing fewer numbers than columns and then a run of empty cells that fills the row: the report
    printed blanks there, but which columns its numbers stand in the copy does not show, so the cells stay
    null (lost) and the blanks are one finding naming the rows, no cell."""
    st = ctx.status.get(table)
    rows = list(st.blank_slot_rows) if st is not None else []
    if not rows:
        return []
    names = _listing([Context.row_name(next((k for k in ctx.cells_of(table) if _row(k) == r), f"{r}.total"))
                      for r in rows])
    return [ctx.finding(f"{name}有 {len(rows)} 行印出的数字少于列数，其余单元格印为空白（{names}）：空白在哪几列、数字属于哪几列，"
                        f"副本无法确定，这些行不作勾稽判断；模板要求每格填写数字，无数可填时应填0", [],
                        expected="每格数字或0", actual="空白（位置不明）")]


def _zeros_short(ctx: Context, table: str, name: str) -> list:
    """Rows whose cells the copy runs together as one run of 0s, one fewer than the row's columns ('四、结转下年度继续办理
    000000' under seven columns, 4582): every 0 is a cell of its own (no number opens with 0), so the row printed one
    cell blank — which one the copy does not show, so the cells stay null and the blank is one finding naming the rows."""
    st = ctx.status.get(table)
    if st is None or not st.fused_runs or not ctx.text:
        return []
    rows = []
    for row, (a, b) in st.fused_runs.items():
        digits = "".join(ctx.text[a:b].split())
        width = sum(1 for k in ctx.cells_of(table) if _row(k) == row)
        if digits and set(digits) == {"0"} and len(digits) == width - 1:
            rows.append((row, len(digits), width, (a, b)))
    if not rows:
        return []
    names = _listing([f"{Context.row_name(next(k for k in ctx.cells_of(table) if _row(k) == r))}"
                      f"（{n} 个0，{w} 列）" for r, n, w, _ in rows])
    return [ctx.finding(f"{name}有 {len(rows)} 行只印出比列数少一个的0（{names}）：该行有一格空白，是哪一格副本无法确定，"
                        "这些行不作勾稽判断；模板要求每格填写数字，无数可填时应填0", [],
                        expected="每格数字或0", actual="一格空白（位置不明）", evidence=[span for *_, span in rows])]


def _unfilled(ctx: Context, name: str, column: str, keys: list[str], determined: dict[str, int],
              open_evaluations: list):
    rows = sorted({_row(k) for k in keys}, key=[_row(k) for k in keys].index)
    with_numbers = [r for r in rows if _has_numbers(ctx, r)]
    slots = "、".join(Context.row_name(k) + (f"（应为 {determined[k]}）" if determined.get(k) else "")
                      for k in keys[:8]) + ("等" if len(keys) > 8 else "")
    mine = [ev for ev in open_evaluations if set(ev.closers) & set(keys)]
    broken = _listing([f"{where(ev.ident)}（{DOCS[ev.ident.rule][0]}）" for ev in mine], 4)
    message = f"{name}{_rows_phrase(keys)}「{column}」列空白（{len(with_numbers)} 行有数值）：{slots}"
    if broken:
        message += f"；按0计则 {broken} 不成立，补上空白即可成立 —— 是漏填，不是加总错误"
    context = [k for k in ctx.cells_of(keys[0].split(".", 1)[0]) if ctx.known(k) and _row(k) in rows][:8]
    expected = {k: determined[k] for k in keys if k in determined} or "数字"
    return ctx.finding(message, keys, expected=expected, actual="空", evidence=ctx.spans(context))
