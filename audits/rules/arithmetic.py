"""H1–H4, generated from `template.identities()`, and S11 (blank cells).

Every identity of the report's layout is evaluated once per report (`evaluate`), then each arithmetic
rule reports its own identities. Blank cells count as 0 here and only here, always together with the
S11 warning. An identity that fails only because of blank cells says so ("总计 空"), and one blank
cell that breaks several identities is reported once, under the first of them (the others are named
in the same message), so a single unprinted total is not three errors.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial

from extractor import template as T

from ..context import Context
from ..registry import Rule, declare, rule

DOCS = {
    "applications.column_balance": ("H1", "新收+上年结转 = （七）总计+结转下年度, per column", """
What: for every column of table 三, including 总计: 一、本年新收 + 二、上年结转 = （七）总计 + 四、结转下年度继续办理.
Why: it is the template's own note (本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和): every
application received or carried in is either answered this year or carried forward.
Fix: recount the column; usually a result row or the carry-forward row was left out or double-counted."""),
    "applications.results_total": ("H2", "（七）总计 = sum of the result rows, per column", """
What: for every column of table 三, （七）总计 equals the sum of rows （一） to （六） (all sub-rows).
Why: each application is counted in exactly one result row (the （二）部分公开 note says so), so the
total is their sum. Fix: correct the result rows or the total so that they agree."""),
    "applications.row_total": ("H3", "总计 column = sum of the six applicant columns, per row", """
What: in every row of table 三, 总计 equals 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他.
Why: the template has no 法人或其他组织 subtotal; 总计 is the sum of the six applicant columns.
Fix: correct the row's cells or its total; print 0, not a blank, in empty applicant columns."""),
    "review_litigation.group_total": ("H4", "总计 = 维持+纠正+其他+尚未审结 per group", """
What: in table 四, for 行政复议, 未经复议直接起诉 and 复议后起诉: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.
Why: every case has exactly one of the four outcomes (pending included). Fix: correct the outcome cells or
the group's 总计."""),
}


@dataclass
class Evaluation:
    ident: T.Identity
    status: str  # pass | fail | blank_only | unknown
    lhs: int | float = 0
    rhs: int | float = 0
    blanks: list[str] = field(default_factory=list)
    also: list[T.Identity] = field(default_factory=list)  # identities broken by the same blanks
    owner: bool = True  # False: reported under an earlier identity (same blank cells)


def identities(ctx: Context) -> tuple[T.Identity, ...]:
    return T.identities(ctx.table_layout("applications") or "2021", ctx.other_single_row())


def evaluate(ctx: Context) -> list[Evaluation]:
    if "arithmetic" in ctx.cache:
        return ctx.cache["arithmetic"]
    out: list[Evaluation] = []
    owners: dict[frozenset, Evaluation] = {}
    for ident in identities(ctx):
        cells = ident.lhs + ident.rhs
        if any(ctx.state.get(k) not in ("value", "inferred", "blank") for k in cells):
            out.append(Evaluation(ident, "unknown"))
            continue
        lhs = sum(ctx.value(k) or 0 for k in ident.lhs)
        rhs = sum(ctx.value(k) or 0 for k in ident.rhs)
        blanks = [k for k in cells if ctx.state[k] == "blank"]
        if lhs == rhs:
            out.append(Evaluation(ident, "pass", lhs, rhs, blanks))
            continue
        # the blanks could make it hold only if they sit on the side that is short
        short = ident.rhs if lhs > rhs else ident.lhs
        fixers = frozenset(k for k in blanks if k in short)
        ev = Evaluation(ident, "blank_only" if fixers else "fail", lhs, rhs, blanks)
        if fixers:
            first = owners.get(fixers)
            if first is None:
                owners[fixers] = ev
            else:
                ev.owner = False
                first.also.append(ident)
        out.append(ev)
    ctx.cache["arithmetic"] = out
    return out


def _where(ident: T.Identity) -> str:
    if ident.rule == "applications.row_total":
        return f"「{T.cell_label(ident.lhs[0]).rsplit(' / ', 1)[0]}」行"
    if ident.rule == "review_litigation.group_total":
        return T.cell_label(ident.lhs[0]).split("·")[0]
    col = next(c.label for c in T.APPLICANT_COLUMNS if c.key == ident.where)
    return f"「{col}」列"


def _term(ctx: Context, key: str, by_column: bool) -> str:
    label = T.cell_label(key)
    name = label.split("·")[-1] if "·" in label else label.rsplit(" / ", 1)[-1 if by_column else 0]
    return f"{name} {ctx.show(key)}"


def _side(ctx: Context, keys: tuple[str, ...], by_column: bool, total) -> str:
    """The terms of one side and, for a sum, its value: "自然人 15 + 结转 0 = 15"; a lone cell as itself."""
    if len(keys) == 1:
        return _term(ctx, keys[0], by_column)
    return f"{_terms(ctx, keys, by_column)} = {total:g}"


def _terms(ctx: Context, keys: tuple[str, ...], by_column: bool) -> str:
    if len(keys) > 6:  # H2: 21 result rows — show the non-zero ones
        shown = [k for k in keys if ctx.value(k) not in (0, None) or ctx.state.get(k) == "blank"]
        rest = "，其余为0" if len(shown) < len(keys) else ""
        return (" + ".join(_term(ctx, k, by_column) for k in shown) or "各项均为0") + rest
    return " + ".join(_term(ctx, k, by_column) for k in keys)


def message(ctx: Context, ev: Evaluation) -> str:
    ident = ev.ident
    by_column = ident.rule in ("applications.row_total", "review_litigation.group_total")
    left, right = _side(ctx, ident.lhs, by_column, ev.lhs), _side(ctx, ident.rhs, by_column, ev.rhs)
    text = f"{_where(ident)}：{left} ≠ {right}"
    if ev.status == "blank_only":
        short = ident.rhs if ev.lhs > ev.rhs else ident.lhs
        blanks = "、".join(T.cell_label(k) for k in ev.blanks if k in short)
        text = (f"{_where(ident)}：{blanks} 为空（未填数字），按0计则 {left} ≠ {right}；"
                f"差额 {abs(ev.lhs - ev.rhs):g} 正好可由空白单元格补足 —— 是漏填，不是加总错误")
        if ev.also:
            text += "；同一空白也使" + "、".join(f"{_where(i)}（{DOCS[i.rule][0]}）" for i in ev.also) + "不成立"
    elif ev.blanks:
        text += "（空白单元格按0计）"
    return text


def _check(rule_id: str, ctx: Context):
    out = []
    unknown: dict[str, list[Evaluation]] = {}  # one not-assessable entry per reason, naming the places
    for ev in evaluate(ctx):
        ident = ev.ident
        if ident.rule != rule_id:
            continue
        cells = ident.lhs + ident.rhs
        if ev.status == "unknown":
            unknown.setdefault(ctx.why_unknown(cells), []).append(ev)
        elif ev.status in ("fail", "blank_only") and ev.owner:
            total_check = len(ident.lhs) == 1
            expected, actual = (ev.rhs, ev.lhs) if total_check else (ev.lhs, ev.rhs)
            extra = [k for i in ev.also for k in i.lhs + i.rhs]
            out.append(ctx.finding(rule_id, message(ctx, ev), list(cells) + extra, expected, actual))
    for why, evs in unknown.items():
        places = "、".join(_where(e.ident) for e in evs)
        out.append(ctx.na(rule_id, f"{places}: {why}", [k for e in evs for k in e.ident.lhs + e.ident.rhs]))
    return out


def _table_of(rule_id: str) -> str:
    return rule_id.split(".")[0]


# One rule per identity kind the template states, in the template's order: nothing re-listed here.
for _rid in dict.fromkeys(i.rule for lay in T.LAYOUTS for i in T.identities(lay)):
    _ref, _title, _doc = DOCS.get(_rid, ("", _rid, "An identity stated by the template."))
    declare(Rule(_rid, "error", _title, _doc.strip(), ref=_ref, check=partial(_check, _rid),
                 tables=(_table_of(_rid),)))


# ----------------------------------------------------------------------------------------------- S11

@rule("applications.blank_cells", "warning", "S11 blank cells where the template expects numbers", ref="S11",
      tables=(), doc="""
What: cells of table 三 and table 四 printed blank (or "-", "/", "—", "无") instead of a number.
Why: the template asks for a number in every cell; a blank is not a 0 — the reader cannot tell "none"
from "not counted". H1–H4 read blanks as 0, and only together with this warning; an identity that fails
only because a total is blank is reported as a blank total, not as a sum mismatch.
Fix: print 0 in every cell with nothing to count, and print every total.""")
def blank_cells(ctx: Context):
    out = []
    for table, name in (("applications", "表三"), ("review_litigation", "表四")):
        blanks = [k for k in ctx.cells_of(table) if ctx.state.get(k) == "blank"]
        if not blanks:
            continue
        rows = list(dict.fromkeys(T.cell_label(k).rsplit(" / ", 1)[0].split("·")[0] for k in blanks))
        totals = [k for k in blanks if k.endswith(".total")]
        note = f"，其中 {len(totals)} 个总计格" if totals else ""
        shown = "、".join(rows[:6]) + ("等" if len(rows) > 6 else "")
        context = [k for k in ctx.cells_of(table) if ctx.known(k) and k.rsplit(".", 1)[0] in
                   {b.rsplit(".", 1)[0] for b in blanks}][:8]
        out.append(ctx.finding(
            "applications.blank_cells",
            f"{name}有 {len(blanks)} 个空白单元格{note}（{shown}）：模板要求填写数字；勾稽检查按0计",
            blanks, expected="0 或数字", actual="空", evidence=ctx.spans(context)))
    return out
