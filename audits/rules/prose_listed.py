"""The findings a list read in the prose makes against its own total (prose.inconsistent's parts check, and its
parts' shares against it): kept apart from the rule module so each stays small."""
from __future__ import annotations

import re

from extractor.numerals import to_number

from ..context import Context
from ..prose.items import FIGURE
from ..prose.parts import Listing
from ..prose.patterns import CARRY_IN
from ..prose.split import shares_off
from ..tolerance import share_agrees, shares_make_whole
from .prose import section_name

_WHOLE_BY = {"said": "句中说明所列即全部", "after": "总数写在所列各项之后，即各项之和", "zero": "所列类别连0条的一项也列出，即全部类别",
             "remainder": "所列以「其他」收尾，即全部类别", "other": "所列类别含「其他」一项，即全部类别",
             "shares": "所列各项占比合计100%，即全部", "paired": "所列两项一正一反（…的 / 不…的），即全部"}


def parts_finding(ctx: Context, item: Listing):
    """A total against the sum of the parts listed with it: above is always wrong; below only when the
    sentence says the list is the whole and every item is counted in the total's unit. A 合计 restated
    after the parts is a second total, checked the same way."""
    said = [(item.total, item.total_text)]
    if item.restated is not None and item.restated.value != item.total:
        said.append((item.restated.value, item.restated.text))
    for total, text in said:
        note = False
        if item.ceiling is not None and total == item.total:
            if item.sum < item.ceiling:
                continue  # 300余条 may be up to 399: parts below that say nothing, whatever the list's sign
            said_as = re.search(r"\d+(?:余|多)\D*$", text)
            how = f"多于总数（「{said_as.group(0) if said_as else text}」不足 {item.ceiling:g}）"
        elif item.sum > total:
            # (a total summed over figures joined by 、 in its own sentence: 复议5宗、诉讼0宗,其中…)
            summed = "收到与上年结转" if re.search(CARRY_IN, item.total_text) else \
                "前句各数" if re.search(r"[，,；;。]", item.total_text) else "并列各数"
            how = f"多于{summed}之和 {total:g}{item.unit}" if item.summed else "多于总数"
            # (the figures of the sentence before, outside brackets, no year or share)
            nums = [int(x) for x in re.findall(r"(?<![\d.])\d+(?![\d.年%％])", re.sub(r"[（(][^）)]*[）)]", "", item.total_text))]
            if item.summed and len(nums) > 2 and nums[0] == total == sum(nums[1:]):  # a total its sentence splits
                how = f"多于前句的总数 {total:g}{item.unit}（前句其后各数即其组成）"
            elif item.summed and len(nums) == 2 and total == max(nums) != sum(nums):  # received, then answered
                how = f"多于前句所说收到或答复的数目（至多 {total:g}{item.unit}）"
        elif item.floor:
            continue  # 1600余条 among the parts: a sum below the total may be the parts' "more"
        elif item.sum < total and item.exhaustive and item.complete:
            how = "少于总数（" + _WHOLE_BY[item.whole_by] + "）"
        elif item.sum < total and item.complete and item.by_category:
            how, note = "少于总数（按类别列出，但未说明所列即全部：请核对是否漏列类别或总数有误）", True
        else:
            continue
        parts = " + ".join(p.text for p in item.parts)
        if item.whole_by == "after":
            return ctx.finding(f"{section_name(ctx, item.sentence_span[0])}：正文所列各项（{parts}）之和为 {item.sum:g}{item.unit}，"
                               f"其后称「{text}」，与之不符",
                               [], expected=total, actual=item.sum, evidence=[item.sentence_span])
        at_least = "至少" if item.floor else ""
        f = ctx.finding(f"{section_name(ctx, item.sentence_span[0])}：正文称「{text}」，所列各项合计{at_least} {item.sum:g}{item.unit}"
                        f"（{parts}），{how}", [], expected=total, actual=item.sum, evidence=[item.sentence_span])
        # a list split by category that nothing says is whole may still be a selection: a note to check,
        # not a warning (in the eval copies about half of such short lists were judged problems)
        return f.model_copy(update={"severity": "info"}) if note else f
    return None


def share_findings(ctx: Context, item: Listing) -> list:
    """`共解读文件23个。其中图片解读文件16个,动漫解读文件7个,…,动漫解读占比23%`: a part's printed share against its
    count over the list's printed total (7/23 = 30.4 %), beyond what rounding, truncation or an adjusted last share
    allows (tolerance.share_agrees). Never against a sum: a total summed from the sentence before, or one said with
    余/多, is no printed base — unless every figure the sentence before states is that one value (受理…申请15件,答复…
    申请15件: each is the base)."""
    if (item.summed and not _one_value(item)) or item.ceiling is not None or not item.total:
        return []
    out = []
    # a share off its count by up to SHARE_SLACK_POINTS may be the one adjusted so that a whole list's shares make
    # 100 %; where every part of a list that makes its total prints a share and they still miss 100 % as printed
    # (5.1 → 6.1 of '3件,占…6.1%;…36件,占61%;…2件,占3.4%;…18件,占30.5%' = 101 %), none was adjusted
    # (a share off beyond any adjustment is a misprint of its own, its count's share standing for it in that test: one
    # wrong share, 7条 占34.1% of 29, does not make the others' adjusted rounding, 5条 占17.3%, count as errors)
    pcts = [p.share.pct if share_agrees(p.share.pct, p.value, item.total) else f"{100 * p.value / item.total:.2f}"
            for p in item.parts if p.share is not None and not p.floor]
    adjusted = not (1 < len(pcts) == len(item.parts) and item.sum == item.total
                    and not shares_make_whole(pcts, adjusted=False))
    off = [p for p in item.parts
           if p.share is not None and not p.floor and not share_agrees(p.share.pct, p.value, item.total, adjusted)]
    if not off:
        return []
    # one list, one finding: every share of it that its count does not give, named together (shares worked out on
    # another base are off all at once — 4429's 54 %, 6 %, 16 %, 22 % of 43)
    said = "；".join(f"「{p.text}」，又称「{p.share.text}」：{p.value:g}/{item.total:g} = {100 * p.value / item.total:.1f}%"
                    for p in off)
    computed = [round(100 * p.value / item.total, 1) for p in off]
    printed = [float(p.share.pct) for p in off]
    out.append(ctx.finding(f"{section_name(ctx, item.sentence_span[0])}：正文称「{item.total_text}」，其中{said}，"
                           "占比与数目不符", [], expected=computed[0] if len(off) == 1 else computed,
                           actual=printed[0] if len(off) == 1 else printed, evidence=[item.sentence_span]))
    return out


def _one_value(item: Listing) -> bool:
    """Whether every figure of a summed total's sentence is the total itself (received and answered alike)."""
    values = [to_number(f.group("num")) for f in FIGURE.finditer(item.total_text)]
    return len(values) > 1 and all(v == item.total for v in values)


def split_shares(ctx: Context, found: list) -> list:
    """A part of a figure told as claims, with its share of that figure printed right after it (`收到…申请共32件,…。从申请
    方式看,网络申请24件,占75%;信函申请8件,占25%`), against its count over the figure (24/32 = 75 %) — unless a finding
    already stands on that figure or part."""
    out = []
    for g, p, m in shares_off(ctx.claims):
        if any(a <= x[0] < b for f in found for a, b in f.evidence for x in (g.whole.span, p.span)):
            continue
        out.append(ctx.finding(f"{section_name(ctx, g.whole.span[0])}：正文称「{g.whole.text}」，其中「{p.text}」，又称"
                               f"「{m.group(0).lstrip('，,、')}」：{p.value:g}/{g.whole.value:g} = "
                               f"{100 * p.value / g.whole.value:.1f}%，占比与数目不符", [],
                               expected=round(100 * p.value / g.whole.value, 1), actual=float(m.group("pct")),
                               evidence=[g.whole.span, p.span]))
    return out
