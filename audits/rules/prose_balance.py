"""The application balance the prose states (H1 on its own figures, for prose.inconsistent in
rules/prose_consistency.py): what came in against what was answered and carried out, the outcomes and the counts
answered within a time against the answered, their shares, and a carry-out beside every application said answered.
"""
from __future__ import annotations

from extractor import template
from extractor.models import Finding

from ..context import Context
from ..prose.all_answered import carried_out_past_all_answered
from ..prose.balance import balances
from ..tolerance import share_agrees
from .prose import judge, section_name


# H1 in the 总计 column: the four cells that, all printed, let table 三 check the balance itself
_H1_TOTALS = next(i.lhs + i.rhs for i in template.identities(template.LAYOUTS[-1])
                  if i.rule == "applications.column_balance" and i.where == "total")


def balance_findings(ctx: Context, listed: list = (), read: list = ()) -> list:
    """The prose's own application balance (H1 on its figures), where table 三 cannot check it: its four 总计
    cells are not all printed (absent, cut or blank), and no figure used is contradicted by a printed cell
    (prose.table_mismatch says that one). Outcomes above the answered count are said once: not again where the
    sentence's list of them is already found (`listed`: 在已经答复的91件申请中:予以公开23件;…)."""
    if all(ctx.known(k) for k in _H1_TOTALS):
        return []
    out, found = [], [span for f in listed if f.severity != "info" for span in f.evidence]
    for b in balances(ctx.claims, ctx.prose, read):
        if b.outcomes_over() and any(a <= b.results.span[0] < e for f in listed if f.severity != "info" for a, e in f.evidence):
            continue
        if b.outcomes_over() and not any(isinstance(judge(ctx, c), Finding) for c in [b.results, *b.outcomes]):
            listed = "＋".join(c.text for c in b.outcomes)
            out.append(ctx.finding(f"{section_name(ctx, b.results.span[0])}：正文所列办理结果 {listed} = {b.listed:g}，"
                                   f"多于「{b.results.text}」", [], expected=b.results.value, actual=b.listed,
                                   evidence=[c.span for c in (b.results, *b.outcomes)]))
            continue
        shares = b.outcome_shares() if b.results and b.results.value else []  # (245件,占54%: of the 454 answered, or of the 452 or
        for c, share in shares:      # 461 that came in; one share alone was adjusted to make no 100 %)
            if any(a <= c.span[0] < e for item in read for a, e in (p.span for p in item.parts)):
                continue  # a listed part's share is the list's to judge (share_findings)
            if not any(share_agrees(share.group("pct"), c.value, v, len(shares) > 1)
                       for v in (b.results.value, b.received.value, b.came_in)):
                out.append(ctx.finding(f"{section_name(ctx, c.span[0])}：正文称「{b.results.text}」，又称「{c.text}」"
                                       f"「{share.group(0).lstrip('，,、')}」：{c.value:g}/{b.results.value:g} = "
                                       f"{100 * c.value / b.results.value:.1f}%，按收到数算也不是，占比与数目不符", [],
                                       expected=round(100 * c.value / b.results.value, 1), actual=float(share.group("pct")),
                                       evidence=[b.results.span, (c.span[0], c.span[1] + len(share.group(0)))]))
        answered = [*b.beside, *b.beside_nearer, b.results] if b.results else b.outcomes
        if b.within_over() and not any(isinstance(judge(ctx, c), Finding) for c in answered):
            split = "＋".join(c.extra.get("clause", c.text) for c in b.within)
            out.append(ctx.finding(f"{section_name(ctx, answered[0].span[0])}：正文按答复用时所列 {split} = "
                                   f"{sum(c.value for c in b.within):g}，多于办结的 {b.answered:g}"
                                   f"（{'＋'.join(c.text for c in answered)}）", [],
                                   expected=b.answered, actual=sum(c.value for c in b.within),
                                   evidence=[c.span for c in answered + b.within]))
        for c, share in b.within_shares() if b.results and b.results.value else ():
            if not share_agrees(share.group("pct"), c.value, b.results.value):
                out.append(ctx.finding(f"{section_name(ctx, c.span[0])}：正文称「{b.results.text}」，其中「{c.extra.get('clause', c.text)}」，"
                                       f"又称「{share.group(0).lstrip('，,、')}」：{c.value:g}/{b.results.value:g} = "
                                       f"{100 * c.value / b.results.value:.1f}%，占比与数目不符", [],
                                       expected=round(100 * c.value / b.results.value, 1), actual=float(share.group("pct")),
                                       evidence=[b.results.span, c.span]))
        note = not b.broken() and b.over_unsaid() and not any(a <= c.span[0] < e for a, e in found for c in b.claims)
        # (收到14件,已办结15件, no carry said: info, to check — unless a list found already says the excess)
        if not (b.broken() or note) or any(isinstance(judge(ctx, c), Finding) for c in b.claims):
            continue
        came = "＋".join(f"{c.text}" for c in (b.received, b.carried_over) if c is not None)
        if b.carry_maybe is not None:
            came += f"（另称「{b.carry_maybe.text}」，算在内或不算在内都不平衡）"
        elif not b.carry_in_known:
            came += "（只是一个渠道收到的，总数只会更多）" if b.received_floor else "（上年结转未说明，只会更多）"
        went = "＋".join(c.text for c in answered + ([b.carried_forward] if b.carried_forward else []))
        came_words = "办理总数" if b.received.kind == "handled" else "收到＋上年结转"
        how = "办结数多于收到数" if note else "办结数多于收到与上年结转之和" if b.carried_forward is None else \
            f"{came_words} ≠ 办结＋结转下年度"
        f = ctx.finding(f"{section_name(ctx, b.received.span[0])}：正文所述申请数目不平衡（{how}）："
                        f"{came} = {b.came_in:g}，{went} = {b.went_out:g}" + ("：请核实有无未写明的上年结转" if note else ""),
                        [], expected=b.came_in, actual=b.went_out, evidence=[c.span for c in b.claims])
        out.append(f.model_copy(update={"severity": "info"}) if note else f)
    for said, came, went in carried_out_past_all_answered(ctx.claims):
        if came is None and not any(isinstance(judge(ctx, c), Finding) for c in (said, went)):
            # 所有申请均已办结: nothing left to carry out (said against table 三 already, the one finding is that)
            out.append(ctx.finding(f"{section_name(ctx, said.span[0])}：正文称「{said.text}」（所有申请均已办结），又称"
                                   f"「{went.text}」：仍有申请结转下年度办理", [], expected=0, actual=went.value,
                                   evidence=[said.span, went.span]))
        elif came is not None and not any(isinstance(judge(ctx, c), Finding) for c in (came, went)):
            out.append(ctx.finding(f"{section_name(ctx, said.span[0])}：正文称「{said.text}」（本年收到的申请均已办结），又称「{went.text}」，"
                                   f"多于「{came.text}」：结转下年度的只能是上年结转而仍未办结的", [], expected=came.value,
                                   actual=went.value, evidence=[said.span, came.span, went.span]))
    return out
