"""S9 (figures in the prose vs the tables) and S10 (prose says no 复议/诉讼, table 四 says otherwise)."""
from __future__ import annotations

import re

from extractor import template
from extractor.models import Finding

from ..context import Context
from ..prose.balance import balances
from ..prose.claims import Claim
from ..prose.disclosed import own_site, topic
from ..prose.lists import enumeration
from ..prose.parts import Listing, listings
from ..prose.split import contradictions
from ..prose.targets import names_a_column, readings
from ..registry import rule

_LOWER_BOUND = ("余", "多", "超过", "逾", "多达")
_PROSE_ONLY = ("disclosed",)  # quantities no table cell holds (信息 published through a channel)
_TABLE_2_KINDS = ("licensing", "punishment", "coercion", "regulations", "normative_documents")


def _section_name(ctx: Context, at: int) -> str:
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


def judge(ctx: Context, claim: Claim):
    """A finding, a not-assessable, or None (the figure agrees with the table)."""
    if claim.why_not:
        return ctx.na(f"「{claim.text}」：{claim.why_not}")
    carried_in = "applications.carried_over.total"
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
        return ctx.na(f"「{claim.text}」：{unknown[0][1]}", unknown[0][0])
    if any(_agrees(claim, v) is None for _, v in known):
        return ctx.na(f"「{claim.text}」：约数（{claim.approx}）")
    where = _section_name(ctx, claim.span[0])
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
    shown = f"{value:g}" if isinstance(value, float) else str(value)
    others = "；".join(f"{_describe(c)} 为 {v}" for c, v in known[1:] if v != value)
    if claim.zero_phrase:
        text = f"{where}：正文「{claim.text}」意味着 {_describe(cells)} 为 0，但表中为 {shown}"
    else:
        said = claim.extra.get("clause", claim.text) if claim.kind in _TABLE_2_KINDS[3:] else claim.text
        text = f"{where}：正文「{said}」与表格不符：{_describe(cells)} 为 {shown}"
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


@rule("prose.table_mismatch", "warning", "S9 a number in the prose contradicts the table", ref="S9", needs_text=True, doc="""
What: figures the prose states — 收到/受理/新收 applications (with 含上年结转), 上年结转, 办结/答复, 予以公开,
部分公开, 不予公开, 无法提供, 不予处理, 其他处理, 结转下年度 (and their sub-reasons), 行政复议 and 行政诉讼 counts
(and 其中 outcomes), 行政许可/处罚/强制 decisions, 规章 and 规范性文件 counts, and statements of none (未收到申请,
所有申请均已办结) — compared with the cells they describe. For 规章/规范性文件 the verb and the layout name the
column (制发/出台 → 本年制发件数 or 本年新制作数量, 发布 → 本年制发件数 or, in 2019, 新制作/新公开, 废止 → 本年废止件数,
现行有效 → 现行有效件数 or 对外公开总数量, 公开 → 本年新公开数量); where the verb leaves a choice (发布 in 2019;
累计, the year's total or the stock) the figure is compared with every candidate and raised only when it
matches none, which the message says. A figure whose verb names no column (公开 in 2021) is not judged. Each number is read with the clause it stands in:
a figure with a different scope (全州 in a 州 bureau's report, 全系统 unless the report is the 系统's), a subset
(通过网页渠道收到…, 其中…, 除…以外), an approximate figure (约, 近) or one of several figures for the same
quantity in one sentence is not assessable, never a false alarm. Channel subsets that add up to the
table's total count as agreement. Why: prose and tables are the same year's numbers; when they differ one
is wrong. Fix: correct the prose or the table, or say what the prose figure counts.""")
def table_mismatch(ctx: Context):
    out = []
    claims = ctx.claims
    channel_ok = _channel_sums(ctx, claims)
    for c in claims:
        if c.channel and id(c) in channel_ok or c.kind in _PROSE_ONLY:
            continue
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
                    out.append(ctx.finding(f"{_section_name(ctx, span[0])}：正文「{said}」，但表四 {shown}",
                                           nonzero, expected=0, actual={k: ctx.values[k] for k in nonzero},
                                           evidence=[span]))
    return out


_COUNTED_TWICE = ("received", "handled", "carried_over", "carried_forward", "results", "granted", "partially_granted",
                  "denied", "unable", "not_processed", "review", "litigation", "disclosed", "regulations", "normative_documents")


def _same_quantity_key(ctx: Context, c: Claim) -> tuple | None:
    """What two figures must share to be the same quantity; None: the figure is compared with nothing."""
    if c.kind not in _COUNTED_TWICE or c.why_not or c.channel or c.approx or c.zero_phrase or not c.definite:
        return None
    if c.kind == "disclosed":
        quantity = c.extra.get("quantity")
        if quantity is None or c.extra.get("group") is None:
            return None  # a part of a total this paragraph does not give
        if c.extra.get("part") and quantity[1:3] == ("信息", ""):
            return None  # 其中…，共发布102条: a sub-total of a channel named earlier in its list
        return (c.kind, own_site(c.extra["quantity"], ctx.organ.name))
    if c.kind in ("regulations", "normative_documents"):
        # 制发规范性文件3件: the verb names the count (制发, 废止, 现行有效…); without one it names none
        verb = c.extra.get("verb")
        if verb is None:
            return None
        # who issued them (区政府制发… / 区政府办公室制发…) as the words before the noun say
        clause = c.extra.get("clause", c.text)
        issuer = topic(clause[:clause.find(c.text)] if c.text in clause else "")
        return (c.kind, verb, c.extra.get("cumulative", False), issuer)
    return (c.kind, c.column, c.includes_carry)


def _where(c: Claim) -> tuple[int, int]:
    return c.extra.get("clause_span", c.span) if c.kind == "disclosed" else c.span


def _said(c: Claim) -> str:
    # a published count is told by its channel and subject, which stand before the verb
    return c.extra.get("clause", c.text) if c.kind == "disclosed" else c.text


@rule("prose.inconsistent", "warning", "S9 the prose states one quantity twice with different numbers", ref="S9",
      needs_text=True, doc="""
What: the same quantity (applications received, answered, carried forward, 予以公开…, 行政复议 or 行政诉讼 cases;
information published — 主动公开/发布 信息 N条 — of one subject through one channel) stated in two sentences of
the prose with different numbers, each read as a plain figure for the report's own year and scope (no subset,
channel, approximation, other year or period, other scope). Two published counts are the same quantity when
verb (公开 or 发布), subject (政府信息 = 政务信息 = 信息; 政策解读; 工作动态…), channel (the most specific one
named: 门户网站, 审计信息栏目, 微信公众号…; the organ's own site under any of its names — 门户网站, 官网, 政府网站,
市统计局门户网站 in that 局's report — is one) and unit (条 = 篇) agree, and neither is the other's part (其中…, 包括…): the
parts of one total are compared with the statements of other paragraphs, never with their own total.
Also a total stated together with the parts it lists (共公开信息213条，其中A 184条、B 35条…) whose parts, in the
same unit, add up to more than the total — or to less, when the list is the whole: the sentence says so (分别为,
合计 restated) or the list shows it (it names a category with 0, or closes with 其他/其余 N); otherwise a list
after 其中/包括 may be a selection, so a sum below the total is at most an info note — when the list splits
the total by category (three parts or more, each a category named bare: no verb, channel or 等, nothing
counted after them); 条, 篇 and 件 of published items are one unit; categories enumerated
with no total (通过门户网站公开政策法规5条,部门文件4条,…) may not add up to more than that channel's count
stated elsewhere;
percentages and lists nested in brackets are never summed into the outer list, and an item set beside the
list (以及 / 另 / 此外 …, another outlet's own count once the parts make the total) is no part. A 其中 opening
the next sentence lists the parts of a sentence that states one figure in that unit. A total stated after its
parts (…105件，…17件，合计122件) must be their sum. And the application balance the prose states, where table 三
cannot check it (its 总计 cells not all printed): 收到 + 上年结转 = 办结 (or the outcomes it lists) + 结转下年度, when the
prose states the carry-out; an unstated carry-in can only add to what came in, and without a carry-out only more
answered than came in is a finding. Why: whatever the table
says, one of the two statements is wrong, and a reader cannot tell which. Fix: state the figure once, or
say what each figure counts; make the parts add up to the total.""")
def inconsistent(ctx: Context):
    seen: dict[tuple, list[Claim]] = {}
    out = []
    for c in ctx.claims:
        key = _same_quantity_key(ctx, c)
        if key is None:
            continue
        earlier = seen.setdefault(key, [])
        first = next((f for f in earlier if f.value != c.value and f.sentence != c.sentence
                      and f.extra.get("group", 0) != c.extra.get("group", 1)), None)
        earlier.append(c)
        if first is None or any(f.value == c.value for f in earlier[:-1]):
            continue
        out.append(ctx.finding(f"{_section_name(ctx, c.span[0])}：正文先称「{_said(first)}」，后称「{_said(c)}」，"
                               "同一数量前后不一", [], expected=first.value, actual=c.value,
                               evidence=[_where(first), _where(c)]))
    out += _enumerated_above_total(ctx, seen)
    listed = [f for item in listings(ctx.prose or []) if (f := _parts_finding(ctx, item)) is not None]
    # a note on a short list whose total is already one of two figures found above is the same pattern
    listed = [f for f in listed if f.severity != "info" or not any(f.evidence[0][0] <= a < f.evidence[0][1]
                                                                   for g in out for a, _ in g.evidence)]
    return out + listed + _split_against_whole(ctx, listed) + _balance_findings(ctx)


# H1 in the 总计 column: the four cells that, all printed, let table 三 check the balance itself
_H1_TOTALS = next(i.lhs + i.rhs for i in template.identities(template.LAYOUTS[-1])
                  if i.rule == "applications.column_balance" and i.where == "total")


def _balance_findings(ctx: Context) -> list:
    """The prose's own application balance (H1 on its figures), where table 三 cannot check it: its four 总计
    cells are not all printed (absent, cut or blank), and no figure used is contradicted by a printed cell
    (prose.table_mismatch says that one)."""
    if all(ctx.known(k) for k in _H1_TOTALS):
        return []
    out = []
    for b in balances(ctx.claims, ctx.prose):
        if not b.broken() or any(isinstance(judge(ctx, c), Finding) for c in b.claims):
            continue
        came = "＋".join(f"{c.text}" for c in (b.received, b.carried_over) if c is not None)
        if not b.carry_in_known:
            came += "（上年结转未说明，只会更多）"
        answered = [b.results] if b.results else b.outcomes
        went = "＋".join(c.text for c in answered + ([b.carried_forward] if b.carried_forward else []))
        how = "办结数多于收到与上年结转之和" if b.carried_forward is None else "收到＋上年结转 ≠ 办结＋结转下年度"
        out.append(ctx.finding(f"{_section_name(ctx, b.received.span[0])}：正文所述申请数目不平衡（{how}）："
                               f"{came} = {b.came_in:g}，{went} = {b.went_out:g}", [],
                               expected=b.came_in, actual=b.went_out, evidence=[c.span for c in b.claims]))
    return out


def _enumerated_above_total(ctx: Context, seen: dict) -> list:
    """`通过政府门户网站公开政策法规5条,部门文件4条,…政策解读5条` (no total, no marker): the categories
    published through one channel, whose sum may not exceed what the prose says that channel published in
    all (`通过政府门户网站公开政府信息20条`); below it they may be a selection, so only above is a finding."""
    out = []
    for c in ctx.claims:
        q = c.extra.get("quantity")
        if c.kind != "disclosed" or q is None or c.why_not or c.extra.get("part") or q[1] == "信息" or c.text not in c.sentence:
            continue
        parts = enumeration(c.sentence, c.sentence.find(c.text) + len(c.text))
        if len(parts) < 2:
            continue
        total = c.value + sum(p.value for p in parts)
        whole = [o for o in seen.get(("disclosed", own_site((q[0], "信息", q[2], q[3]), ctx.organ.name)), [])
                 if o.sentence != c.sentence and not o.extra.get("part") and o.value < total]
        if whole:
            said = " + ".join([c.text] + [p.text for p in parts])
            out.append(ctx.finding(f"{_section_name(ctx, c.span[0])}：正文所列各类「{said}」合计 {total:g}{q[3]}，多于"
                                   f"「{_said(whole[0])}」", [], expected=whole[0].value, actual=total,
                                   evidence=[_where(c), _where(whole[0])]))
    return out


_WHOLE_BY = {"said": "句中说明所列即全部", "after": "总数写在所列各项之后，即各项之和", "zero": "所列类别连0条的一项也列出，即全部类别",
             "remainder": "所列以「其他」收尾，即全部类别"}


def _parts_finding(ctx: Context, item: Listing):
    """A total against the sum of the parts listed with it: above is always wrong; below only when the
    sentence says the list is the whole and every item is counted in the total's unit. A 合计 restated
    after the parts is a second total, checked the same way."""
    said = [(item.total, item.total_text)]
    if item.restated is not None and item.restated.value != item.total:
        said.append((item.restated.value, item.restated.text))
    for total, text in said:
        note = False
        if item.sum > total:
            how = "多于总数"
        elif item.sum < total and item.exhaustive and item.complete:
            how = "少于总数（" + _WHOLE_BY[item.whole_by] + "）"
        elif item.sum < total and item.complete and item.by_category:
            how, note = "少于总数（按类别列出，但未说明所列即全部：请核对是否漏列类别或总数有误）", True
        else:
            continue
        parts = " + ".join(p.text for p in item.parts)
        if item.whole_by == "after":
            return ctx.finding(f"{_section_name(ctx, item.sentence_span[0])}：正文所列各项（{parts}）之和为 {item.sum:g}{item.unit}，"
                               f"其后称「{text}」，与之不符",
                               [], expected=total, actual=item.sum, evidence=[item.sentence_span])
        f = ctx.finding(f"{_section_name(ctx, item.sentence_span[0])}：正文称「{text}」，所列各项合计 {item.sum:g}{item.unit}"
                        f"（{parts}），{how}", [], expected=total, actual=item.sum, evidence=[item.sentence_span])
        # a list split by category that nothing says is whole may still be a selection: a note to check,
        # not a warning (in the eval copies about half of such short lists were judged problems)
        return f.model_copy(update={"severity": "info"}) if note else f
    return None


def _split_against_whole(ctx: Context, listed: list) -> list:
    """A figure of tables 三/四 and its parts read as claims (`收到申请9件，其中自然人申请8件，法人或其他组织
    申请0件`; the four outcomes of a 复议/诉讼 group): parts that split the whole must add up to it, even
    after 其中 — unless the sentence's list is already found above (one finding per pattern)."""
    out = []
    for g in contradictions(ctx.claims):
        if any(a <= g.whole.span[0] < b for f in listed for a, b in f.evidence):
            continue
        total = sum(p.value for p in g.parts)
        said = " + ".join(p.text for p in g.parts)
        how = "所列各项即全部（申请人类型 / 结果），合计应等于总数" if g.complete else "多于总数"
        out.append(ctx.finding(f"{_section_name(ctx, g.whole.span[0])}：正文称「{g.whole.text}」，其中各项合计 {total:g}"
                               f"（{said}），{how}", [], expected=g.whole.value, actual=total,
                               evidence=[g.whole.span] + [p.span for p in g.parts]))
    return out
