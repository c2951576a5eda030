"""H7 (信息处理费 figures of section 六) and S2 (fee notices vs table 三 row （六）2)."""
from __future__ import annotations

from extractor import template

from ..context import Context
from ..prose.fees import FeeStatements, read_fees
from ..registry import rule
from ..tolerance import money_equal

OVERDUE_FEE = "applications.other.overdue_fee.total"


def statements(ctx: Context) -> FeeStatements:
    if "fees" not in ctx.cache:
        ctx.cache["fees"] = read_fees(ctx.prose or [])
    return ctx.cache["fees"]


@rule("fees.processing_fee", "error", "H7 信息处理费 figures in section 六 inconsistent", ref="H7", needs_text=True, doc="""
What: where the report states 信息处理费 figures (《政府信息公开信息处理费管理办法》, in force from 2021-01-01):
the amount actually collected ≤ the total of the fee notices issued; the number who paid ≤ the number of
notices; no amount below 0; and a report on 2019 or 2020 collects no 信息处理费 (the fee did not exist).
Why: a fee can only be collected on a notice. Fix: correct the figures; state 发出收费通知件数、总金额 and
实际收取总金额 together.""")
def processing_fee(ctx: Context):
    f = statements(ctx)
    if not (f.notices or f.notice_amount or f.collected or f.payers):
        if f.no_fee or f.no_notice or (ctx.year is not None and ctx.year <= 2020):
            return []  # "未收取信息处理费" (nothing to compare), or a year without the fee
        return [ctx.na("报告未列信息处理费数字")]
    out = []
    for c in f.collected:
        for n in f.notice_amount:
            if c.value > n.value and not money_equal(c.value, n.value):
                out.append(ctx.finding(f"实际收取信息处理费 {c.value:g} 元，多于收费通知总金额 {n.value:g} 元",
                                       [], expected=f"≤ {n.value:g}", actual=c.value, evidence=[c.span, n.span]))
    for p in f.payers:
        for n in f.notices:
            if p.value > n.value:
                out.append(ctx.finding(f"缴费 {p.value:g} 件，多于发出收费通知 {n.value:g} 件",
                                       [], expected=f"≤ {n.value:g}", actual=p.value, evidence=[p.span, n.span]))
    for s in f.collected + f.notice_amount + f.notices + f.payers:
        if s.value < 0:
            out.append(ctx.finding(f"「{s.text}」为负数", [], expected="≥ 0", actual=s.value, evidence=[s.span]))
    year = ctx.year
    if year is not None and year <= 2020:
        for c in f.collected:
            if c.value > 0:
                out.append(ctx.finding(f"{year}年度报告称收取信息处理费 {c.value:g} 元，但该费用自2021年1月1日起才收取",
                                       [], expected=0, actual=c.value, evidence=[c.span]))
    return out


@rule("fees.notice_vs_table", "warning", "S2 section 六 fee notices vs row （六）2", ref="S2", layouts=("2021",),
      tables=("applications",), needs_text=True, doc="""
What: table 三 row （六）2 counts applications dropped because the applicant did not pay after a fee notice.
When it is above 0, section 六 should state at least that many 收费通知; a report that says no notice was
issued must show 0 in that row. Why: the two places describe the same notices. Fix: state the notices in
section 六 (发出收费通知件数、总金额、实际收取金额) or correct the row.""")
def notice_vs_table(ctx: Context):
    if ctx.other_single_row():
        return [ctx.na("表三把（六）其他处理印成一行，没有收费行（六）2")]
    if not ctx.known(OVERDUE_FEE):
        return [ctx.na(f"（六）2 总计：{ctx.why_unknown([OVERDUE_FEE]) or '空白'}", [OVERDUE_FEE])]
    overdue = ctx.values[OVERDUE_FEE]
    f = statements(ctx)
    cells = [k for k in ctx.cells_of("applications") if k.startswith("applications.other.overdue_fee.")
             and ctx.known(k) and (ctx.values[k] or k == OVERDUE_FEE)]
    label = template.cell_label(OVERDUE_FEE)
    if overdue <= 0:
        return []
    for n in f.no_notice:
        return [ctx.finding(f"第六部分称「{n.text}」，但表三 {label} 为 {overdue}", cells,
                            expected=0, actual=overdue, evidence=[n.span])]
    if not f.notices:
        said = "；".join(s.text for s in f.collected + f.no_fee) or "未提及"
        return [ctx.finding(f"表三 {label} 为 {overdue}（至少发出 {overdue} 份收费通知），但正文未说明发出收费通知件数"
                                 f"（正文：{said}），无法核对", cells, expected=f"≥ {overdue} 件收费通知", actual=None,
                            evidence=[s.span for s in f.collected + f.no_fee][:2])]
    issued = max(n.value for n in f.notices)
    if issued < overdue:
        return [ctx.finding(f"正文发出收费通知 {issued:g} 件，少于表三 {label} {overdue}", cells,
                            expected=f"≥ {overdue}", actual=issued, evidence=[n.span for n in f.notices])]
    return []
