"""H1–H4, generated from `template.identities()`.

Every identity of the report's layout is evaluated once per report (`evaluate`), blank cells read as 0,
then each arithmetic rule reports its own identities. An identity the printed numbers break is an
error. One that fails only because cells are blank, where filling the blanks could make every identity
hold (`solve`), is no error: the blanks are "not filled in", and S11 (rules/blanks.py) reports them once
per pattern with the identities they leave open. When no filling of the blanks can satisfy the
identities, the failing ones stay errors, each saying that its blanks were read as 0; one blank cell
that breaks several identities is then reported once, under the first of them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from extractor import template
from extractor.fused_rows import BY_COLUMNS, BY_TOTAL

from ..context import KNOWN, Context
from ..registry import Rule, declare
from ..solve import Solution, solve

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
    ident: template.Identity
    status: str  # pass | fail | blank_only (the blanks could close it) | unknown | by_split (read by it)
    lhs: int | float = 0
    rhs: int | float = 0
    blanks: list[str] = field(default_factory=list)
    closers: list[str] = field(default_factory=list)  # blank cells on the short side
    also: list[template.Identity] = field(default_factory=list)  # identities broken by the same blanks
    owner: bool = True  # False: reported under an earlier identity (same blank cells)


@dataclass
class Arithmetic:
    evaluations: list[Evaluation]
    blanks: Solution  # what the identities say about the blank cells


def identities(ctx: Context) -> tuple[template.Identity, ...]:
    return template.identities(ctx.table_layout("applications") or "2021", ctx.other_single_row())


def evaluate(ctx: Context) -> Arithmetic:
    if "arithmetic" in ctx.cache:
        return ctx.cache["arithmetic"]
    readable = frozenset(("value", "inferred", "blank")).__contains__
    idents = identities(ctx)
    state = ctx.state
    # each identity's cell states looked up and tested in C (map), not by a generator per identity: ~40 a report
    readable_all = [all(map(readable, map(state.get, i.lhs + i.rhs))) for i in idents]
    checkable = [i for i, ok in zip(idents, readable_all) if ok]
    # each distinct cell of the checkable identities once (they share most of theirs), its state read off the dict
    cells = dict.fromkeys(k for i in checkable for k in i.lhs + i.rhs)
    blank_cells = {k for k in cells if state[k] == "blank"}
    values = ctx.values
    known = {k: values[k] for k in cells if state[k] in KNOWN}
    # only identities with a blank cell say anything about blanks; one without is judged on its own
    blanks = solve([i for i in checkable if blank_cells & set(i.lhs + i.rhs)], known, blank_cells)
    out: list[Evaluation] = []
    owners: dict[frozenset, Evaluation] = {}
    for ident, ok in zip(idents, readable_all):  # a flag per identity, not a search of the list for each
        if not ok:
            out.append(Evaluation(ident, "unknown"))
            continue
        if _split_by_it(ctx, ident):
            out.append(Evaluation(ident, "by_split"))
            continue
        cells = ident.lhs + ident.rhs
        lhs = sum(ctx.value(k) or 0 for k in ident.lhs)
        rhs = sum(ctx.value(k) or 0 for k in ident.rhs)
        in_blank = [k for k in cells if ctx.state[k] == "blank"]
        if lhs == rhs:
            out.append(Evaluation(ident, "pass", lhs, rhs, in_blank))
            continue
        short = ident.rhs if lhs > rhs else ident.lhs
        closers = [k for k in in_blank if k in short]
        status = "blank_only" if closers and blanks.consistent else "fail"
        ev = Evaluation(ident, status, lhs, rhs, in_blank, closers)
        if closers and status == "fail":
            first = owners.setdefault(frozenset(closers), ev)
            if first is not ev:
                ev.owner = False
                first.also.append(ident)
        out.append(ev)
    result = Arithmetic(out, blanks)
    ctx.cache["arithmetic"] = result
    return result


# cells cut from a row printed as one run of digits by the one reading under which the row's total is the sum
# of its parts (their provenance `match` is fused_rows.BY_TOTAL), or by the one choice of such readings under
# which table 三's column totals hold (BY_COLUMNS): those totals hold by construction
_BY_SPLIT_WHY = "该行数字连写（无分隔），按本行合计（或各列总计）唯一拆分（推断值），此关系因此无法核对"


def _split_by_it(ctx: Context, ident: template.Identity) -> bool:
    """Whether the identity is a row's (or group's) own total that its fused run was split by, or a column's
    （七）总计 whose outcome rows were split by the column totals."""
    def how(key: str) -> str | None:
        prov = ctx.report.provenance.get(key)
        return prov.match if prov is not None else None

    if ident.rule == "applications.results_total":
        return any(how(k) == BY_COLUMNS for k in ident.rhs)
    if ident.rule not in ("applications.row_total", "review_litigation.group_total"):
        return False
    return how(ident.lhs[0]) in (BY_TOTAL, BY_COLUMNS)


def where(ident: template.Identity) -> str:
    """The place an identity is about, in words: 「总计」列, 「（一）予以公开」行, 行政复议."""
    if ident.rule == "applications.row_total":
        return f"「{Context.row_name(ident.lhs[0])}」行"
    if ident.rule == "review_litigation.group_total":
        return template.cell_label(ident.lhs[0]).split("·")[0]
    col = next(c.label for c in template.APPLICANT_COLUMNS if c.key == ident.where)
    return f"「{col}」列"


def _term(ctx: Context, key: str, by_column: bool) -> str:
    return f"{_term_name(key, by_column)} {ctx.show(key)}"


@lru_cache(maxsize=None)  # template data: a few hundred cells, named in ~200 terms a whole report
def _term_name(key: str, by_column: bool) -> str:
    """A cell's name in a sum: its column (by_column: the terms of a row) or its row."""
    label = template.cell_label(key)
    return label.split("·")[-1] if "·" in label else (label.rsplit(" / ", 1)[-1] if by_column else Context.row_name(key))


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
    text = f"{where(ident)}：{left} ≠ {right}"
    if ev.blanks:
        text += "（空白单元格按0计；其他勾稽关系表明空白不能全部补足）" if ev.closers else "（空白单元格按0计）"
    inferred = [k for k in ident.lhs + ident.rhs if ctx.state.get(k) == "inferred"]
    if inferred:  # a finding that rests on a value not printed as such says so
        shown = "、".join(template.cell_label(k) for k in inferred[:3]) + ("等" if len(inferred) > 3 else "")
        text += f"（{shown} 为推断值，非原样印出）"
    if ev.also:
        text += "；同一空白也使" + "、".join(f"{where(i)}（{DOCS[i.rule][0]}）" for i in ev.also) + "不成立"
    return text


def _check(ctx):
    out = []
    unknown: dict[str, list[Evaluation]] = {}  # one not-assessable entry per reason, naming the places
    for ev in evaluate(ctx).evaluations:
        ident = ev.ident
        if ident.rule != ctx.rule:
            continue
        cells = ident.lhs + ident.rhs
        if ev.status == "unknown":
            unknown.setdefault(ctx.why_unknown(cells), []).append(ev)
        elif ev.status == "by_split":
            unknown.setdefault(_BY_SPLIT_WHY, []).append(ev)
        elif ev.status == "fail" and ev.owner:
            total_check = len(ident.lhs) == 1
            expected, actual = (ev.rhs, ev.lhs) if total_check else (ev.lhs, ev.rhs)
            extra = [k for i in ev.also for k in i.lhs + i.rhs]
            out.append(ctx.finding(message(ctx, ev), list(cells) + extra, expected, actual))
    for why, evs in unknown.items():
        places = "、".join(where(e.ident) for e in evs)
        out.append(ctx.na(f"{places}：{why}", [k for e in evs for k in e.ident.lhs + e.ident.rhs]))
    return out


# One rule per identity kind the template states, in the template's order: nothing re-listed here.
for _rid in dict.fromkeys(i.rule for lay in template.LAYOUTS for i in template.identities(lay)):
    _ref, _title, _doc = DOCS.get(_rid, ("", _rid, "An identity stated by the template."))
    declare(Rule(_rid, "error", _title, _doc.strip(), ref=_ref, check=_check, tables=(_rid.split(".")[0],)))
