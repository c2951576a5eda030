"""A rate the prose prints (办结率100%, 按期办结率达100%, 答复率为95%) read together with the counts its own sentence
gives it: the answered count (a `results` claim) and what came in (a `received` or `handled` claim), both read by
claims.py, in that order before the rate, with no other rate between.

Never a guessed base: a rate whose sentence prints no count of what came in, or no answered count, is not read
(办结率100% after 群众诉求348件 solved in two parts; 按时办结率 with no on-time count). How far the base is known
decides which way a printed rate may stray: the carry-in unstated (in the sentence and in table 三) may only lower the
true rate; an on-time rate over a count of all answered may only be lower; an all-answered rate over an on-time count
may only be higher.

Also read here for the same rule: bare shares of one whole list (read_share_lists) and a count's change from last year
(read_changes).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..tolerance import change_possible
from .claims import PART_OF, Claim
from .shared import clause_start
from .list_words import EXHAUSTIVE, MARKER, total_at_end

# the rate's words: what was done (办结 / 答复 / 回复), maybe on time; a list of rates (办结率、答复率…均达到) is not read
RATE = re.compile(r"(?<![、和及与])(?P<when>按时|按期|及时|如期)?(?P<what>办结|答复|回复)率(?:为|达|达到|是)?"
                  r"(?P<pct>\d+(?:\.\d+)?)[%％]")
# an answered count said of those answered in time (按期办结36件, 在规定时限内答复46件)
ON_TIME = re.compile(r"按时|按期|及时|如期|时限内|期限内|期内")


@dataclass
class Rate:
    text: str  # 办结率100%
    pct: str  # as printed: 100, 91.65
    span: tuple[int, int]
    answered: Claim
    came_in: Claim
    bases: list[tuple[float, str]]  # each base the counts allow, with the words that make it
    may_be_lower: bool  # the true rate may lie below answered ÷ base (carry-in unknown, or an on-time rate)
    may_be_higher: bool  # …above it (an all-answered rate over an on-time count)


def _usable(c: Claim) -> bool:
    return not (c.channel or c.approx or c.zero_phrase or not c.definite) and c.why_not in (None, PART_OF)


def read_rates(ctx) -> list[Rate]:
    by_sentence: dict[tuple, list[Claim]] = {}
    for c in ctx.claims:
        by_sentence.setdefault((c.extra.get("para"), c.sentence), []).append(c)
    table_carry = ctx.values.get("applications.carried_over.total") if ctx.known("applications.carried_over.total") else None
    out = []
    for (n, s), claims in by_sentence.items():
        if n is None or "率" not in s:
            continue
        para = ctx.prose[n]
        first = claims[0]
        a = para.text.rfind(s, 0, first.extra["at"] + len(s))
        if a < 0:
            continue
        at = {id(c): s.find(c.text) for c in claims}
        previous_end = 0
        for m in RATE.finditer(s):
            before = [c for c in claims if previous_end <= at[id(c)] and at[id(c)] + len(c.text) <= m.start()]
            previous_end = m.end()
            answered = next((c for c in reversed(before) if c.kind == "results"), None)
            if answered is None or not _usable(answered):
                continue
            came = next((c for c in reversed(before) if c.kind in ("received", "handled")
                         and at[id(c)] < at[id(answered)]), None)
            if came is None or not _usable(came) or came.value <= 0:
                continue
            carry = next((c for c in before if c.kind == "carried_over" and _usable(c)), None)
            bases = [(came.value, came.text)]
            carry_known = came.includes_carry or came.kind == "handled"
            if not carry_known and carry is not None:
                bases.append((came.value + carry.value, f"{came.text}＋{carry.text}"))
                carry_known = True
            elif not carry_known and table_carry is not None:
                bases.append((came.value + table_carry, f"{came.text}＋表三上年结转{table_carry:g}件"))
                carry_known = True
            counted_on_time = bool(ON_TIME.search(answered.extra.get("clause", answered.text)))
            rate_on_time = m.group("when") is not None
            out.append(Rate(m.group(0), m.group("pct"), para.span(a + m.start(), a + m.end()), answered, came,
                            bases, may_be_lower=not carry_known or (rate_on_time and not counted_on_time),
                            may_be_higher=counted_on_time and not rate_on_time))
    return out


# shares printed with no count of their own, one list of one printed total (共办理…申请1527件,其中予以公开或部分公开占58.5%、
# 不予公开占7.3%、…,其他情况占5.2%): each item a name and its share; a share printed beside a count is shares.py's
_BARE_SHARE = re.compile(r"^(?P<label>[^\d%％]{1,30}?)(?:约)?占(?:比|比例)?(?:为|达)?(?P<pct>\d+(?:\.\d+)?)[%％]$")
_ITEM_SEP = re.compile(r"[、，,；;]")
_REST = re.compile(r"^(?:其他|其它|其余)")


@dataclass
class ShareList:
    total: str  # the total's words: 共办理政府信息公开申请1527件
    items: list[tuple[str, str]]  # (words, pct as printed): (予以公开或部分公开占58.5%, 58.5)
    span: tuple[int, int]  # the list, from its total to its last share
    whole_by: str  # why it is the whole: "remainder" (closes with 其他/其余) or "said" (分别为)


def read_share_lists(prose) -> list[ShareList]:
    """Lists of bare shares said to be whole: after a printed total and its list word, two shares or more, the
    last one 其他/其余 (or the list opened by 分别为); a list that may be a selection is never summed."""
    out = []
    for para in prose:
        t = para.text
        if "占" not in t:
            continue
        for a, b in para.full_sentences():
            s = t[a:b]
            m = MARKER.search(s)
            if m is None or "占" not in s[m.end():]:
                continue
            total = total_at_end(s, m.start())
            if total is None:
                continue
            items, at = [], m.end()
            for piece in _ITEM_SEP.split(s[m.end():].rstrip("。！？!?")):
                share = _BARE_SHARE.match(piece)
                if share is None:
                    break
                items.append((piece, share.group("pct")))
                at = s.find(piece, at) + len(piece)
            said = any(w in s[total.end():m.end() + 4] for w in EXHAUSTIVE)
            if len(items) < 2 or not (said or _REST.match(items[-1][0])):
                continue
            start = clause_start(s, total.start())
            out.append(ShareList(s[start:total.end()], items, para.span(a + start, a + at),
                                 "said" if said else "remainder"))
    return out


# a change from last year said right after a count (受理36件政府信息公开申请(均为自然人提交),同比上升16.13%; 申请量同比增长
# 103%; 与上一年度相比,增长幅度达48.9%): the count's own change, nothing printed between but a bracket and its noun
_CHANGE = re.compile(r"(?:[（(][^）)\d]{0,20}[）)])?[，,]?(?:申请量|申请数量|数量|总量)?"
                     r"(?P<said>(?:同比|较上一?年度?|较去年|比上一?年度?|比去年|与上一?年度?相比[，,]?|与去年相比[，,]?|"
                     r"较(?P<year>\d{4})年度?)"
                     r"(?P<dir>增长|增加|上升|提高|下降|减少|降低)(?:了|幅度达|幅度为|幅度)?(?P<pct>\d+(?:\.\d+)?)[%％])")
_UP = ("增长", "增加", "上升", "提高")


@dataclass
class Change:
    count: Claim
    text: str  # 同比上升16.13%
    pct: str
    up: bool
    span: tuple[int, int]


def read_changes(ctx) -> list[Change]:
    """Changes said right after a count, each with that count. A change that fits a count printed before it in its
    paragraph as well (383件;…16件,较上年增长36.3%: 281 → 383 is +36.3 %) may be said of either: not read."""
    out = []
    for i, c in enumerate(ctx.claims):
        if not isinstance(c.value, int) or not _usable(c) or c.kind.endswith("in_force") or "%" not in c.sentence:
            continue
        para = ctx.prose[c.extra["para"]]
        end = c.extra["at"] + len(c.text)
        if para.text[c.extra["at"]:end] != c.text:
            continue
        m = _CHANGE.match(para.text, end)
        if m is None or (m.group("year") and (ctx.year is None or int(m.group("year")) != ctx.year - 1)):
            continue
        up = m.group("dir") in _UP
        earlier = [o for o in ctx.claims[:i] if o.extra.get("para") == c.extra["para"] and isinstance(o.value, int)]
        if any(change_possible(m.group("pct"), o.value, up) for o in earlier):
            continue
        out.append(Change(c, m.group("said"), m.group("pct"), up, para.span(m.start("said"), m.end())))
    return out
