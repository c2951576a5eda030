"""S9 within the prose (prose.rate): a rate the prose prints against the counts its own sentence computes it from."""
from __future__ import annotations

import re
from decimal import Decimal

from ..context import CARRIED_IN_TOTAL, Context
from ..prose.all_answered import all_answered_rates, carried_out_past_all_answered
from ..prose.changes import read_changes, read_changes_by
from ..prose.rates import read_rates, read_share_lists
from ..registry import rule
from ..tolerance import change_by_agrees, change_possible, rate_agrees, shares_make_whole
from .prose import section_name


@rule("prose.rate", "warning", "S9 the prose prints a rate, shares or a change its own counts do not give", ref="S9",
      needs_text=True, doc="""
What: a rate of the applications answered (办结率, 答复率, 回复率; 按时/按期/及时 办结率) printed in the sentence that
gives both its counts, before it and in order: what came in (收到/受理…申请N件, or 办理/处理…共计N件, which counts the
carry-in) and what was answered (办结/答复N件; 按期办结N件). The printed rate must be answered ÷ came in, rounded or
truncated to its printed digits (tolerance.rate_agrees: 4 of 5 is no 100 %); a 办结率 may count with the answered
the withdrawn its sentence says after what came in (其中申请人自行撤销2件,依法依规答复处理24件,办结率100%: closed too). The base may add the carry-in the
sentence states (上年结转N件) or table 三 prints; with neither, an unstated carry-in could only lower the rate, so only a
rate above answered ÷ received is found — unless the answered and the carried out the sentence says make what came in
(收到40件,已按时办结36件,4件结转至下年度,办结率90%): a carry-in would then be answered besides, never lowering the rate.
An on-time rate over a count of all answered may be lower, an all-answered rate over an on-time count (在规定时限内
答复46件, 办结率…) higher, never the other way. Not read: a rate whose base or
answered count the sentence does not print (群众诉求348件, 现场解决162件…, 办结率100%), a list of rates (办结率、答复率
均达到100%), a count with 余/约. A rate of letters, calls or complaints (no application count claims.py reads) is read
only where its two counts fill the two clauses right before it, in one unit, the second named by the rate's verb
(受理…咨询投诉3607件,办结3607件,办结率100%), and only a rate above them is found (no carry-in is ever known there). Also the shares of one whole list printed without counts (共办理…申请1527件,其中予以公开或部分公开占58.5%、
不予公开占7.3%、…,其他情况占5.2%: after a printed total and its list word, the last item 其他/其余, or 分别为): they
must make 100 % as each share's rounding or truncation and one adjusted share allow (tolerance.shares_make_whole);
a list that may be a selection is never summed, and shares printed beside counts are prose.inconsistent's. And a
change from last year said right after a count, whatever it counts, in its own unit (受理36件政府信息公开申请(均为自然人提交),
同比上升16.13%; 申请量同比增长103%; 解读市政府文件82篇,同比增长47.8%; never a count with 余/约, of money, a share, or
of all the years so far: 累计, 截至):
last year's count need not be printed, but some whole count must lead to this year's by the printed percentage, to
its digits and one more (tolerance.change_possible: 36 after +26.13 % cannot be, 28 → 28.6 %, 29 → 24.1 %) — where
last year's count is printed with the year compared with (22起,比2022年(31起)下降29%), that count (22 − 31 = −29.03 %), as where it is printed in
brackets after the change of a named quantity (…案件22件,…,申请数量较2022年同比增长57%(2022年…申请数量为14件)), against
the one count of its unit the sentence prints before; a change
that a count printed earlier in the paragraph fits as well may be said of that one, and is not read. A change printed
with its count (较2024年增加3722件,增长20.31%) must be that count over last year's (this year's less it: 3722 / 18328),
for some count of its unit printed before it in the sentence (tolerance.change_by_agrees).
Why: the rate (shares, change) and the counts are the report's own figures and cannot both be right; a reader cannot
tell which was mistyped. Fix: recompute the rate from the counts, or correct the count.
Also an all-answered rate of 100 % (办结率/答复率/回复率, never 按时…率 or a rate of letters, calls…; in a list of rates
too: 回复率、按时办结率均达100%) in a sentence about applications whose paragraph carries applications out (17件结转下年,
2件顺延至下年度) beyond what it carried in (上年结转5件; none said: table 三's, else none): not all were answered — the
check of 所有申请均已办结 against a carry-out (prose.inconsistent), read whether or not the answered count is printed.""")
def rate(ctx: Context):
    if not ctx.prose:
        return []
    out = []
    for r in read_rates(ctx):
        if any(_agrees(r, base) for base, _ in r.bases):
            continue
        base, words = r.bases[-1]
        computed = 100 * r.answered.value / base
        answered = r.answered.extra.get("clause", r.answered.text)
        out.append(ctx.finding(f"{section_name(ctx, r.span[0])}：正文称「{words}」，「{answered}」，又称「{r.text}」："
                               f"{r.answered.value:g}/{base:g} = {computed:.1f}%，比率与数目不符", [],
                               expected=round(computed, 1), actual=float(r.pct),
                               evidence=[r.came_in.span, r.answered.span, r.span]))
    return out + _all_answered(ctx) + _share_sums(ctx) + _changes(ctx) + _changes_by(ctx)


def _all_answered(ctx: Context) -> list:
    """An all-answered rate of 100 % (答复率达100%) in a paragraph that carries applications out (17件结转下年) beyond
    what it carried in (上年结转5件; unsaid, table 三's, else none): the carried out were not all answered that year
    (the check of 收到N件,均已办结 and 所有申请均已办结, prose.inconsistent's)."""
    table_in = ctx.value(CARRIED_IN_TOTAL)
    out = []
    for said, came, went in carried_out_past_all_answered(ctx.claims, all_answered_rates(ctx.prose)):
        if not said.extra.get("rate") or came is None and table_in is not None and went.value <= table_in:
            continue
        beyond = f"，多于「{came.text}」" if came else ""
        out.append(ctx.finding(f"{section_name(ctx, said.span[0])}：正文称「{said.text}」，又称「{went.text}」{beyond}："
                               f"仍有申请未答复而结转下年度办理，比率与数目不符", [], actual=100.0,
                               evidence=[said.span, went.span] + ([came.span] if came else [])))
    return out


_WHOLE_BY = {"remainder": "所列以「其他」收尾，即全部", "said": "句中说明所列即全部（分别为）"}


def _agrees(r, base) -> bool:
    """The printed rate is answered ÷ base as printed (with the withdrawn, for a 办结率 whose sentence says them), or
    strays only the way the counts leave open."""
    printed = Decimal(r.pct)
    for done in {r.answered.value, r.answered.value + r.closed_too}:
        true = Decimal(repr(done)) * 100 / Decimal(repr(base))
        if rate_agrees(r.pct, done, base) or (r.may_be_lower and printed < true) or (r.may_be_higher and printed > true):
            return True
    return False


def _share_sums(ctx: Context) -> list:
    out = []
    for sl in read_share_lists(ctx.prose):
        pcts = [p for _, p in sl.items]
        if shares_make_whole(pcts):
            continue
        total = sum(Decimal(p) for p in pcts)
        said = " + ".join(w for w, _ in sl.items)
        out.append(ctx.finding(f"{section_name(ctx, sl.span[0])}：正文称「{sl.total}」，其中各项占比合计 {total:g}%"
                               f"（{said}），{_WHOLE_BY[sl.whole_by]}，应为100%", [], expected=100, actual=float(total),
                               evidence=[sl.span]))
    return out


def _changes(ctx: Context) -> list:
    out = []
    for ch in read_changes(ctx):
        unit = ch.count.extra.get("unit", "件")
        if ch.base is not None:  # last year's count printed beside the change: the change is that one
            said = re.search(r"\d+(\D?)[）)]", ch.text)  # (31起); or the count's own (…14件) after the change
            unit = said.group(1) if said and said.group(1) else unit
            now, by = ch.count.value, abs(ch.count.value - ch.base)
            if (now > ch.base if ch.up else now < ch.base) and change_by_agrees(ch.pct, by, now, ch.up):
                continue
            how = "增加" if ch.up else "减少"
            out.append(ctx.finding(f"{section_name(ctx, ch.count.span[0])}：正文称「{ch.count.text}」，又称「{ch.text}」："
                                   f"上年 {ch.base}{unit}，{how}到 {now:g} 是 {100 * (now - ch.base) / ch.base:+.2f}%，"
                                   f"不是{ch.text[-len(ch.pct) - 3:]}，变化幅度与数目不符" if ch.base else
                                   f"{section_name(ctx, ch.count.span[0])}：正文称「{ch.count.text}」，又称「{ch.text}」："
                                   f"上年 0{unit}，无从按百分比变化", [],
                                   expected=round(100 * abs(now - ch.base) / ch.base, 2) if ch.base else None,
                                   actual=float(ch.pct), evidence=[ch.count.span, ch.span]))
            continue
        if change_possible(ch.pct, ch.count.value, ch.up):
            continue
        how = "增加" if ch.up else "减少"
        out.append(ctx.finding(f"{section_name(ctx, ch.count.span[0])}：正文称「{ch.count.text}」，又称「{ch.text}」："
                               f"上年无论多少{unit}（整数），{how}到 {ch.count.value:g} 都不是 {ch.pct}%，变化幅度与数目不符", [],
                               actual=float(ch.pct), evidence=[ch.count.span, ch.span]))
    return out


def _changes_by(ctx: Context) -> list:
    """A change printed with its count: found only when no count of its unit before it in the sentence gives it."""
    said: dict[tuple, list] = {}
    for ch in read_changes_by(ctx.prose, ctx.year):
        said.setdefault(ch.span, []).append(ch)
    out = []
    for span, chs in said.items():
        if any(change_by_agrees(ch.pct, ch.by, ch.count.value, ch.up) for ch in chs):
            continue
        ch = chs[-1]  # the nearest count
        before = ch.count.value - ch.by if ch.up else ch.count.value + ch.by
        # a change as large as the count leaves last year nothing to grow from (no ratio to print: not 0/0)
        ratio = f"{ch.by:g}/{before:g} = {100 * ch.by / before:.2f}%" if before > 0 else f"上年应为 {before:g}，无从变化"
        out.append(ctx.finding(f"{section_name(ctx, span[0])}：正文称「{ch.count.text}」，又称「{ch.text}」："
                               f"{ratio}，变化幅度与数目不符", [],
                               expected=round(100 * ch.by / before, 2) if before > 0 else None,
                               actual=float(ch.pct), evidence=[ch.count.span, span]))
    return out
