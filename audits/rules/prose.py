"""S9 (figures in the prose vs the tables) and S10 (prose says no 复议/诉讼, table 四 says otherwise). The prose
against itself (prose.inconsistent) is rules/prose_consistency.py."""
from __future__ import annotations

import re
from functools import lru_cache

from extractor import template

from ..context import CARRIED_IN_TOTAL, Context, shown as number
from ..prose.claims import Claim
from ..prose.targets import names_a_column, readings
from ..registry import rule
from .prose_own_table import own_table_judge

_LOWER_BOUND = ("余", "多", "超过", "逾", "多达")
_PROSE_ONLY = ("disclosed",)  # quantities no table cell holds (信息 published through a channel)
_TABLE_2_KINDS = ("licensing", "punishment", "coercion", "regulations", "normative_documents")


def section_name(ctx: Context, at: int) -> str:
    for s in ctx.report.sections:
        if s.start <= at < s.end:
            return s.heading
    return "正文"


def _cell_value(ctx: Context, key: str):
    """A cell's value; a blank 总计 of table 三 reads as the sum of its row's six applicant columns (the
    table's own figures, not a 0) when those are printed or blank — blank applicant cells as 0, which the
    message says."""
    if ctx.known(key):
        return ctx.values[key]
    if key.startswith("applications.") and key.endswith(".total") and ctx.state.get(key) == "blank":
        parts = _applicant_cells(key)
        if all(ctx.known(k) or ctx.state.get(k) == "blank" for k in parts) and any(ctx.known(k) for k in parts):
            return sum(ctx.value(k) or 0 for k in parts)
    return None


def _applicant_cells(total_key: str) -> list[str]:
    row = total_key.rsplit(".", 1)[0]
    return [f"{row}.{c}" for c in template.APPLICANTS]


def _reading_value(ctx: Context, cells: list[str]):
    """(sum, None) when every cell is known; (None, why) otherwise."""
    values = [_cell_value(ctx, k) for k in cells]
    if all(v is not None for v in values):
        return sum(values), None
    if any(ctx.state.get(k) == "blank" for k in cells):
        return None, "所涉表格单元格空白"
    return None, ctx.why_unknown(cells)


def _describe(cells: list[str]) -> str:
    if len(cells) == 1:
        return template.cell_label(cells[0])
    if len({k.rsplit(".", 1)[1] for k in cells}) == 1 and len(cells) > 3:
        col = template.cell_label(cells[0]).rsplit(" / ", 1)[-1]
        return f"{template.cell_label(cells[0]).rsplit(' / ', 1)[0]} 等 {len(cells)} 行之和（{col}）"
    return " + ".join(template.cell_label(k) for k in cells)


def _agrees(claim: Claim, value) -> bool | None:
    """True/False, or None when an approximate figure cannot be judged."""
    if claim.approx in _LOWER_BOUND:
        return value >= claim.value
    if claim.approx:
        return True if value == claim.value else None
    return value == claim.value


@lru_cache(maxsize=1)
def _row_parts() -> dict[str, tuple[str, ...]]:
    """Each 总计 cell of table 三 → the applicant cells H3 sums for it (template.identities, every layout and form)."""
    return {i.lhs[0]: i.rhs for layout in template.LAYOUTS for single in (True, False)
            for i in template.identities(layout, single) if i.rule == "applications.row_total"}


def _applicants_make(ctx: Context, cells: tuple[str, ...]) -> int | float | None:
    """The sum of the applicant columns over the rows of table 三's 总计 cells `cells`, where all are printed."""
    parts = [p for k in cells for p in _row_parts().get(k, (None,))]
    if not cells or None in parts or not all(ctx.known(k) for k in parts):
        return None
    return sum(ctx.value(k) for k in parts)


def judge(ctx: Context, claim: Claim):
    """A finding, a not-assessable, or None (the figure agrees with the table)."""
    if claim.why_not:
        return ctx.na(f"「{claim.text}」：{claim.why_not}")
    carried_in = CARRIED_IN_TOTAL
    if claim.extra.get("all_answered") and not (ctx.known(carried_in) and ctx.values[carried_in] == 0):
        return ctx.na(f"「{claim.text}」：说的是本年收到的申请均已答复；上年结转未知或不为0，不能推出结转下年度为0", [carried_in])
    table = "active_disclosure" if claim.kind in _TABLE_2_KINDS else "applications"
    options = readings(claim, ctx.table_layout(table), ctx.other_single_row())
    if not options:
        return None
    if claim.kind in _TABLE_2_KINDS[3:] and len(options) > 1:
        claim.definite = False  # 规范性文件5件 without a verb, or 公开 in a 2021 report: which column is unsaid
    known, unknown = [], []
    for cells in options:
        value, why = _reading_value(ctx, cells)
        (known if why is None else unknown).append((cells, value if why is None else why))
    for cells, value in known:
        if _agrees(claim, value):
            return None
    if unknown:
        blank = _blank_alternatives(ctx, claim, table, known, unknown)
        if blank is None:
            return ctx.na(f"「{claim.text}」：{unknown[0][1]}", unknown[0][0])
        return blank
    if any(_agrees(claim, v) is None for _, v in known):
        return ctx.na(f"「{claim.text}」：约数（{claim.approx}）")
    where = section_name(ctx, claim.span[0])
    if not claim.definite and claim.kind in _TABLE_2_KINDS[3:] and len(known) > 1 \
            and names_a_column(claim, ctx.table_layout(table)):
        # 累计发布规范性文件N件: the verb leaves two or three columns; N matches none of them
        shown = "；".join(f"{_describe(c)} 为 {v}" for c, v in known)
        said = claim.extra.get("clause", claim.text)  # with its verb: 累计发布规范性文件0件
        return ctx.finding(f"{where}：正文「{said}」未说明是表二哪一列的数，但与每一个可能的列都不符：{shown}",
                           [k for c, _ in known for k in c],
                           expected=" 或 ".join(f"{template.cell_label(c[0]).rsplit(' / ', 1)[-1]} {v}" for c, v in known),
                           actual=claim.value, evidence=[claim.span])
    if not claim.definite:
        return ctx.na(f"「{claim.text}」：未说明统计的是哪一列，且与任何一列都不符")
    cells, value = known[0]
    if _applicants_make(ctx, cells) == claim.value:
        # the row's own 总计 is what breaks (自然人 5 + 商业企业 1 = 6 under a 总计 of 0, the prose's 6): H3's error, not the prose's
        return ctx.na(f"「{claim.text}」与各申请人列之和相符；表中「总计」列与该行不符（见 applications.row_total）", cells)
    printed = number(value)
    others = "；".join(f"{_describe(c)} 为 {v}" for c, v in known[1:] if v != value)
    if claim.zero_phrase:
        text = f"{where}：正文「{claim.text}」意味着 {_describe(cells)} 为 0，但表中为 {printed}"
    else:
        said = claim.extra.get("clause", claim.text) if claim.kind in _TABLE_2_KINDS[3:] else claim.text
        text = f"{where}：正文「{said}」与表格不符：{_describe(cells)} 为 {printed}"
    if others:
        text += f"（另一读法 {others}，也不相符）"
    all_cells = [k for c, _ in known for k in c]
    blank_totals = [k for k in all_cells if ctx.state.get(k) == "blank"]
    if blank_totals:
        blank_parts = [k for t in blank_totals for k in _applicant_cells(t) if ctx.state.get(k) == "blank"]
        text += ("（" + "、".join(template.cell_label(k) for k in blank_totals) + " 空白，按该行各申请人列之和计"
                 + ("，其中空白的申请人列按0计" if blank_parts else "") + "）")
        all_cells += [f"{k.rsplit('.', 1)[0]}.{c}" for k in blank_totals for c in template.APPLICANTS
                      if ctx.values.get(f"{k.rsplit('.', 1)[0]}.{c}")]
    return ctx.finding(text, all_cells, expected=value, actual=claim.value, evidence=[claim.span])


def _blank_alternatives(ctx: Context, claim: Claim, table: str, known: list, unknown: list):
    """A 规章/规范性文件 figure whose verb leaves a choice of table 二 columns (发布 in 2019: 新制作 or 新公开;
    累计: the year's or the stock), where the printed candidates all differ from it and the others are printed
    blank: the figure is in no cell the table prints — a finding that names the blank ones, not a shrug. A blank
    is never read as the prose's number (nor as 0); None when this is not that case."""
    if claim.kind not in _TABLE_2_KINDS[3:] or not known or claim.approx or claim.zero_phrase:
        return None
    if not names_a_column(claim, ctx.table_layout(table)):
        return None
    if not all(all(ctx.known(k) or ctx.state.get(k) == "blank" for k in c) for c, _ in unknown):
        return None  # a candidate lost or cut in the copy may hold the figure
    if any(_agrees(claim, v) is not False for _, v in known):
        return None
    where = section_name(ctx, claim.span[0])
    said = claim.extra.get("clause", claim.text)
    shown = "；".join(f"{_describe(c)} 为 {v}" for c, v in known)
    empty = "、".join(_describe(c) for c, _ in unknown)
    cells = [k for c, _ in known for k in c] + [k for c, _ in unknown for k in c]
    return ctx.finding(f"{where}：正文「{said}」未说明是表二哪一列的数：{shown}，与之不符；另一可能的列 {empty} 空白（未印数字）",
                       cells, expected=" 或 ".join(str(v) for _, v in known), actual=claim.value,
                       evidence=[claim.span])


@rule("prose.table_mismatch", "warning", "S9 a number in the prose contradicts the table", ref="S9", needs_text=True, doc="""
What: figures the prose states — 收到/受理/新收 applications (with 含上年结转), 上年结转, 办结/答复, 予以公开,
部分公开, 不予公开, 无法提供, 不予处理, 其他处理, 结转下年度 (and their sub-reasons), 行政复议 and 行政诉讼 counts
(and 其中 outcomes), 行政许可/处罚/强制 decisions, 规章 and 规范性文件 counts, and statements of none (未收到申请,
所有申请均已办结, 未制定/未制发规范性文件 or 规章: 0 made) — compared with the cells they describe. For 规章/规范性文件 the verb and the layout name the
column (制发/出台 → 本年制发件数 or 本年新制作数量, 发布 → 本年制发件数 or, in 2019, 新制作/新公开, 废止 → 本年废止件数,
现行有效 → 现行有效件数 or 对外公开总数量, 公开 → 本年新公开数量; a clause that only adds a verb and a figure after such a
count, its noun left out — 制发规范性文件2件,废止1件,现行有效22件 — counts the same documents in its verb's column); where the verb leaves a choice (发布 in 2019;
累计, the year's total or the stock) the figure is compared with every candidate and raised only when it
matches none, which the message says (a candidate printed blank holds no number: when the printed ones all
differ, the figure is raised and the blank one named). A figure whose verb names no column (公开 in 2021) is not judged. Each number is read with the clause it stands in:
a figure with a different scope (全州 in a 州 bureau's report, 全系统 unless the report is the 系统's), a subset
(通过网页渠道收到…, 其中…, 除…以外), an approximate figure (约, 近) or one of several figures for the same
quantity in one sentence is not assessable, never a false alarm. Where no template table holds the quantity (a report of the 2008 条例's
years), the organ's own statistics table does: 主动公开信息数 (against the year's count of all information published on
the organ's own initiative: 主动公开 said of information, no kind or channel named — a count through a website is a
channel's, never judged against the total), 受理…申请总数, 答复总数, 同意公开, 部分公开, 不予公开, 行政复议 and 行政诉讼 in its year's column (a column
headed with another year counts as the year's only under a table titled with the report's), a cumulative figure
(累计…, 历年…; never 全年累计 or a span since a year) in its 历年累计 column; a run the copy glued with several
readings agrees when any reading gives the figure. Channel subsets that add up to the
table's total count as agreement. Why: prose and tables are the same year's numbers; when they differ one
is wrong. Fix: correct the prose or the table, or say what the prose figure counts.""")
def table_mismatch(ctx: Context):
    out = []
    claims = ctx.claims
    channel_ok = _channel_sums(ctx, claims)
    for c in claims:
        if c.channel and id(c) in channel_ok:
            continue
        mine, res = own_table_judge(ctx, c)  # (the own table holds the year's 主动公开 count, which no template cell does)
        if not mine and c.kind in _PROSE_ONLY:
            continue
        if not mine:
            res = judge(ctx, c)
        if res is not None:
            out.append(res)
    return out


def _channel_sums(ctx: Context, claims: list[Claim]) -> set[int]:
    """`通过网页渠道收到申请13件，通过来信渠道收到申请2件` = 15 received: channel subsets of one paragraph
    that add up to the total agree with it; otherwise each stays not assessable."""
    ok: set[int] = set()
    groups: dict[str, list[Claim]] = {}
    for c in claims:
        if c.channel and c.kind in ("received", "handled") and not c.approx:
            groups.setdefault(c.extra.get("para", c.sentence), []).append(c)  # 其中，通过网络申请…；通过信函申请…
    for group in groups.values():
        if len(group) < 2:
            continue
        total = Claim("received", sum(c.value for c in group), group[0].span, "+".join(c.text for c in group),
                      group[0].sentence)
        for cells in readings(total, ctx.table_layout("applications"), ctx.other_single_row())[:1]:
            if all(ctx.known(k) for k in cells) and sum(ctx.values[k] for k in cells) == total.value:
                ok |= {id(c) for c in group}
    return ok


_NONE = re.compile(r"(?<!尚)(?:未|没有|无|不存在)(?!被|予|经|论|维持|审结)(?:发生|出现|收到|接到|产生|有|涉及)?(?:因)?[^，,。；;\d]{0,24}?"
                   r"(?:行政复议|行政诉讼)[^，,。；;\d]{0,12}")
_BOTH_ZERO = re.compile(r"(?:行政)?复议[^。；;\d]{0,10}?(?:行政)?诉讼[^。；;\d]{0,8}?(?:均|都)(?:为|是)?(?:0|零)")
_GROUPS = {"review": ("review",), "litigation": ("litigation_direct", "litigation_after_review")}


@rule("prose.review_litigation", "warning", "S10 prose says no 复议/诉讼 but table 四 is not all 0", ref="S10",
      needs_text=True, doc="""
What: when the prose says there was no 行政复议 and/or 行政诉讼 about 政府信息公开 ("未发生…行政复议和行政诉讼"),
the matching cells of table 四 must all be 0. Why: the statement and the table describe the same cases.
Fix: correct the statement or the table.""")
def review_litigation(ctx: Context):
    out = []
    for para in ctx.prose or []:
        if "复议" not in para.text and "诉讼" not in para.text:
            continue  # both patterns name 复议 or 诉讼: most paragraphs are not split into sentences at all
        for a, b in para.sentences():
            s = para.text[a:b]
            for m in list(_NONE.finditer(s)) + list(_BOTH_ZERO.finditer(s)):
                said = m.group(0)
                groups = [g for word, g in (("复议", "review"), ("诉讼", "litigation")) if word in said]
                if "复议后起诉" in said:
                    continue
                if re.search(r"纠错|纠正|败诉|撤销|确认违法", said):
                    # "未发生…被复议纠错或诉讼败诉" says no case was lost, not that there was no case
                    out.append(ctx.na(f"「{said}」：说的是结果，不是件数", []))
                    continue
                cells = [f"review_litigation.{row}.{c.key}" for g in groups for row in _GROUPS[g]
                         for c in template.OUTCOME_COLUMNS]
                span = para.span(a + m.start(), a + m.end())
                if not all(ctx.known(k) or ctx.state.get(k) == "blank" for k in cells):
                    out.append(ctx.na(f"「{said}」：{ctx.why_unknown(cells)}", cells))
                    continue
                nonzero = [k for k in cells if ctx.value(k)]
                if nonzero:
                    shown = "、".join(f"{template.cell_label(k)} {ctx.show(k)}" for k in nonzero)
                    out.append(ctx.finding(f"{section_name(ctx, span[0])}：正文「{said}」，但表四 {shown}",
                                           nonzero, expected=0, actual={k: ctx.values[k] for k in nonzero},
                                           evidence=[span]))
    return out
