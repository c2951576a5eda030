"""A rate the prose prints (办结率100%, 按期办结率达100%, 答复率为95%) read together with the counts its own sentence
gives it: the answered count (a `results` claim) and what came in (a `received` or `handled` claim), both read by
claims.py, in that order before the rate, with no other rate between.

Never a guessed base: a rate whose sentence prints no count of what came in, or no answered count, is not read
(办结率100% after 群众诉求348件 solved in two parts; 按时办结率 with no on-time count). How far the base is known
decides which way a printed rate may stray: the carry-in unstated (in the sentence and in table 三) may only lower the
true rate; an on-time rate over a count of all answered may only be lower; an all-answered rate over an on-time count
may only be higher.

Also read here for the same rule: bare shares of one whole list (read_share_lists). A count's change from last year is
changes.py's.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.numerals import NUMBER, to_number

from ..context import CARRIED_IN_TOTAL
from .claim_links import PART_OF
from .claims import Claim
from .shared import clause_start
from .list_words import EXHAUSTIVE, MARKER, OPENS_REST, total_at_end
from .patterns import ANSWERED_VERB, PERCENT, RATE_DUE, RATE_ON_TIME
from .refiners import RECEIVED_VERB


# the rate's words: what was done (办结 / 答复 / 回复), maybe on time; a list of rates (办结率、答复率…均达到) is not read
RATE = re.compile(rf"(?<![、和及与])(?:(?P<when>{'|'.join(RATE_ON_TIME)})|(?P<due>{RATE_DUE}))?(?P<what>办结|答复|回复)率"
                  rf"(?:为|达|达到|是)?{PERCENT}")
# an answered count said of those answered in time (按期办结36件, 在规定时限内答复46件)
ON_TIME = re.compile("|".join((*RATE_ON_TIME, "时限内", "期限内", "期内")))


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
    closed_too: float = 0  # withdrawn after what came in: closed, so a 办结率 may count them with the answered


def usable(c: Claim) -> bool:
    """A count said plainly of the whole year and scope (no channel, approximation or zero phrase), one a rate or a
    change may be checked against."""
    return not (c.channel or c.approx or c.zero_phrase or not c.definite) and c.why_not in (None, PART_OF)


# a rate of anything (来信, 咨询投诉, 信件) whose two counts stand in the two clauses right before it, in one unit, the
# answered count named by the rate's own verb: 受理…咨询投诉3607件,办结3607件,办结率100%; a bracket may remark on the
# first count (收到信息公开9件(其中来局申请2件),办结9件,办结率100%); two verbs may name the answered count (收到门户网站
# 留言10条,回复办结10条,办结率100%): the rate's verb is either
_ADJACENT = re.compile(rf"(?:{RECEIVED_VERB})[^，,；;。！？\d]{{0,30}}?(?P<came>{NUMBER})(?P<unit>件|条|个|封|单)"
                       r"(?:[（(][^（()）]{0,30}[）)])?[，,]"
                       rf"(?:已|共|均|全部)*(?P<also>{ANSWERED_VERB})?(?P<verb>{ANSWERED_VERB})(?:了)?(?P<done>{NUMBER})"
                       r"(?P=unit)[，,]$")
_SAME_VERB = {"办结": ("办结", "办理完毕", "办理完成"), "答复": ("答复", "回复"), "回复": ("答复", "回复")}


def read_rates(ctx) -> list[Rate]:
    claims_of: dict[int, list[Claim]] = {}
    for c in ctx.claims:
        if c.extra.get("para") is not None and "at" in c.extra:
            claims_of.setdefault(c.extra["para"], []).append(c)
    table_carry = ctx.value(CARRIED_IN_TOTAL)
    out = []
    for n, para in enumerate(ctx.prose):
        if "率" not in para.text:
            continue
        for a, b in para.sentences():
            s = para.text[a:b]
            if "率" not in s:
                continue
            # the sentence's claims, each at its place in s
            claims = [(c.extra["at"] - a, c) for c in claims_of.get(n, []) if a <= c.extra["at"] < b]
            previous_end = 0
            for m in RATE.finditer(s):
                before = [c for at, c in claims if previous_end <= at and at + len(c.text) <= m.start()]
                previous_end = m.end()
                if m.group("due"):
                    continue  # of the applications due in the year: no count says how many fell due
                r = _of_applications(m, before, table_carry) or _adjacent(m, s)
                if r is not None:
                    r.span = para.span(a + m.start(), a + m.end())
                    if r.came_in.span is None:  # read here, not by claims.py: its spans from the sentence
                        for c in (r.came_in, r.answered):
                            c.span = para.span(a + c.extra["at"], a + c.extra["at"] + len(c.text))
                    out.append(r)
    return out


def _of_applications(m: re.Match, before: list[Claim], table_carry) -> Rate | None:
    answered = next((c for c in reversed(before) if c.kind == "results"), None)
    if answered is None or not usable(answered):
        return None
    came = next((c for c in reversed(before[:before.index(answered)]) if c.kind in ("received", "handled")), None)
    if came is None or not usable(came) or came.value <= 0:
        return None
    carry = next((c for c in before if c.kind == "carried_over" and usable(c)), None)
    bases = [(came.value, came.text)]
    carry_known = came.includes_carry or came.kind == "handled"
    if not carry_known and carry is not None:
        bases.append((came.value + carry.value, f"{came.text}＋{carry.text}"))
        carry_known = True
    elif not carry_known and table_carry is not None:
        bases.append((came.value + table_carry, f"{came.text}＋表三上年结转{table_carry:g}件"))
        carry_known = True
    out = next((c for c in before if c.kind == "carried_forward" and usable(c)), None)
    if not carry_known and out is not None and answered.value + out.value == came.value:
        # 收到40件,…已按时办结36件,4件结转至下年度,办结率90%: what came in all went out, so a carry-in would have to
        # be answered besides the 36 (late), which only raises the rate — it cannot be below 36/40
        carry_known = True
    counted_on_time = bool(ON_TIME.search(answered.extra.get("clause", answered.text)))
    rate_on_time = m.group("when") is not None
    # a withdrawn application is closed (收到26份…,其中申请人自行撤销2件,依法依规答复处理24件,办结率100%: table 三 files
    # it under 其他处理, inside the 总计 of what was 办结); an answer rate (答复率) counts only the answered
    withdrawn = [c for c in before[before.index(came) + 1:] if c.kind == "other.withdrawn" and usable(c)] \
        if m.group("what") == "办结" else []
    return Rate(m.group(0), m.group("pct"), (0, 0), answered, came, bases,
                may_be_lower=not carry_known or (rate_on_time and not counted_on_time),
                may_be_higher=counted_on_time and not rate_on_time, closed_too=sum(c.value for c in withdrawn))


def _adjacent(m: re.Match, s: str) -> Rate | None:
    """The counts of a rate of anything, in the two clauses right before it (_ADJACENT); the carry-in is never
    known there, so the rate may only be lower than answered ÷ came in."""
    if m.group("when"):
        return None  # an on-time rate: the clauses print no on-time count
    c = _ADJACENT.search(s, 0, m.start())
    if c is None or not {c.group("verb"), c.group("also")} & set(_SAME_VERB[m.group("what")]):
        return None
    came, done = to_number(c.group("came")), to_number(c.group("done"))
    if not came or done is None:
        return None
    came_in = Claim("received", came, None, s[c.start():c.end("unit")], s, extra={"at": c.start()})
    at = c.start("also") if c.group("also") else c.start("verb")
    answered = Claim("results", done, None, s[at:c.end() - 1], s, extra={"at": at})
    return Rate(m.group(0), m.group("pct"), (0, 0), answered, came_in, [(came, came_in.text)],
                may_be_lower=True, may_be_higher=False)


# shares printed with no count of their own, one list of one printed total (共办理…申请1527件,其中予以公开或部分公开占58.5%、
# 不予公开占7.3%、…,其他情况占5.2%): each item a name and its share; a share printed beside a count is shares.py's
_BARE_SHARE = re.compile(rf"^(?P<label>[^\d%％]{{1,30}}?)(?:约)?占(?:比|比例)?(?:为|达)?{PERCENT}$")
_ITEM_SEP = re.compile(r"[、，,；;]")


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
            if len(items) < 2 or not (said or OPENS_REST.match(items[-1][0])):
                continue
            start = clause_start(s, total.start())
            out.append(ShareList(s[start:total.end()], items, para.span(a + start, a + at),
                                 "said" if said else "remainder"))
    return out
