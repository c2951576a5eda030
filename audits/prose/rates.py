"""A rate the prose prints (办结率100%, 按期办结率达100%, 答复率为95%) read together with the counts its own sentence
gives it: the answered count (a `results` claim) and what came in (a `received` or `handled` claim), both read by
claims.py, in that order before the rate, with no other rate between.

Never a guessed base: a rate whose sentence prints no count of what came in, or no answered count, is not read
(办结率100% after 群众诉求348件 solved in two parts; 按时办结率 with no on-time count). How far the base is known
decides which way a printed rate may stray: the carry-in unstated (in the sentence and in table 三) may only lower the
true rate; an on-time rate over a count of all answered may only be lower; an all-answered rate over an on-time count
may only be higher.

Also read here for the same rule: bare shares of one whole list (read_share_lists) and a count's change from last year
(read_changes; read_changes_by where the change in count is printed too).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.numerals import COUNT_UNIT, NUMBER, to_number

from ..context import CARRIED_IN_TOTAL
from ..tolerance import change_possible
from .claim_links import PART_OF
from .claims import Claim
from .shared import clause_start
from .list_words import EXHAUSTIVE, MARKER, OPENS_REST, total_at_end, unit
from .patterns import ANSWERED_VERB, NUM, PERCENT, RATE_DUE, RATE_ON_TIME
from .periods import PERIOD_WORDS, STOCK_WORDS
from .refiners import RECEIVED_VERB


# a change's direction as printed before its percentage; and the words that say it is against last year (同比,
# 较上年, 较2024年度: the year is checked by _other_year)
_DIRECTION = "增长|增加|上升|上涨|提高|下降|减少|降低"
# …and those said of a change in count (增加3722件, 减少1起)
_BY_DIRECTION = "增加|增长|减少|下降"
# (相比于/相较于 as 较: 相比于2024年增长46.7%)
_THAN = r"(?:相比于?|相较于?|[较比])"
_SINCE = rf"同比|{_THAN}(?:上一?年度?|去年|(?P<year>\d{{4}})年度?)"


def _change_pct(group: str) -> str:
    """A change's direction (in `group`) and its percentage: 同比上升16.13%, 增长幅度达48.9%."""
    return rf"(?P<{group}>{_DIRECTION})(?:了|幅度达|幅度为|幅度)?{PERCENT}"


def _other_year(m: re.Match, year: int | None) -> bool:
    """Whether the change is said against a year (较2023年) that is not the report's last year."""
    return bool(m.group("year")) and (year is None or int(m.group("year")) != year - 1)


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


def _usable(c: Claim) -> bool:
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
    if answered is None or not _usable(answered):
        return None
    came = next((c for c in reversed(before[:before.index(answered)]) if c.kind in ("received", "handled")), None)
    if came is None or not _usable(came) or came.value <= 0:
        return None
    carry = next((c for c in before if c.kind == "carried_over" and _usable(c)), None)
    bases = [(came.value, came.text)]
    carry_known = came.includes_carry or came.kind == "handled"
    if not carry_known and carry is not None:
        bases.append((came.value + carry.value, f"{came.text}＋{carry.text}"))
        carry_known = True
    elif not carry_known and table_carry is not None:
        bases.append((came.value + table_carry, f"{came.text}＋表三上年结转{table_carry:g}件"))
        carry_known = True
    out = next((c for c in before if c.kind == "carried_forward" and _usable(c)), None)
    if not carry_known and out is not None and answered.value + out.value == came.value:
        # 收到40件,…已按时办结36件,4件结转至下年度,办结率90%: what came in all went out, so a carry-in would have to
        # be answered besides the 36 (late), which only raises the rate — it cannot be below 36/40
        carry_known = True
    counted_on_time = bool(ON_TIME.search(answered.extra.get("clause", answered.text)))
    rate_on_time = m.group("when") is not None
    # a withdrawn application is closed (收到26份…,其中申请人自行撤销2件,依法依规答复处理24件,办结率100%: table 三 files
    # it under 其他处理, inside the 总计 of what was 办结); an answer rate (答复率) counts only the answered
    withdrawn = [c for c in before[before.index(came) + 1:] if c.kind == "other.withdrawn" and _usable(c)] \
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


# last year's count printed in brackets after the year compared with (比2022年(31起)下降29%): the change's base
_BASE = rf"(?:[（(](?P<base>\d+){COUNT_UNIT}?[）)])?"
# a change from last year said right after a count (受理36件政府信息公开申请(均为自然人提交),同比上升16.13%; 申请量同比增长
# 103%; 与上一年度相比,增长幅度达48.9%): the count's own change, nothing printed between but a bracket and its noun
# (办理691条依申请事项(含上年结转31件),相较去年上涨17.52%: the noun right after the count, a bracket of what it includes)
_CHANGE = re.compile(r"(?:[^\d，,。；;：:（()）%％、]{1,6}?(?=[（(]))?(?:[（(](?:含[^）)]{0,20}|[^）)\d]{0,20})[）)])?"
                     r"[，,、]?(?:申请量|申请数量|数量|总量)?"
                     rf"(?P<said>(?:{_SINCE}{_BASE}|与上一?年度?相比[，,]?|与去年相比[，,]?)"
                     rf"{_change_pct('dir')})")
_UP = ("增长", "增加", "上升", "上涨", "提高")
# …or the change in count printed before its percentage (较2024年增加3722件,增长20.31%): said of a count printed earlier
# in the sentence, in that unit
_BY = re.compile(rf"(?P<said>(?:{_SINCE})"
                 rf"(?P<dir>{_BY_DIRECTION}){NUM}[，,]?{_change_pct('dir2')})")


# …or several changes in count, each of its own count, then their percentages in that order after 分别 (其中较大事故11起、
# 死亡42人,同比减少1起、多死亡4人,分别下降8.33%和上升10.53%): each change paired with its percentage by place
_BY_EACH = re.compile(rf"(?P<said>(?:{_SINCE}))"
                      r"(?P<changes>[^，,。；;！？%％]{2,40})[，,]分别(?P<pcts>[^，,。；;！？]{2,40}?[%％])(?=$|[，,。；;！？])")
_EACH_CHANGE = re.compile(rf"^(?:(?P<dir>{_BY_DIRECTION})|(?P<more>多|少))?[^\d、]{{0,4}}?{NUM}$")
_EACH_PCT = re.compile(rf"(?:和|与|及|、)?(?:(?P<dir>{_DIRECTION})(?:了)?)?{PERCENT}")


@dataclass
class Change:
    count: Claim
    text: str  # 同比上升16.13%
    pct: str
    up: bool
    span: tuple[int, int]
    by: int | float | None = None  # the change in count, where printed (3722)
    base: int | None = None  # last year's count, where printed with the year compared with (比2022年(31起))


def read_changes(ctx) -> list[Change]:
    """Changes said right after a count, each with that count. A change that fits a count printed before it in its
    paragraph as well (383件;…16件,较上年增长36.3%: 281 → 383 is +36.3 %) may be said of either: not read."""
    out, claimed = [], set()
    for i, c in enumerate(ctx.claims):
        if "at" in c.extra and c.extra.get("para") is not None:
            claimed.add((c.extra["para"], c.extra["at"] + len(c.text)))
        if not isinstance(c.value, int) or not _usable(c) or c.kind.endswith("in_force") or "%" not in c.sentence \
                or "at" not in c.extra or c.extra.get("para") is None:
            continue  # (a claim of a figure shared by a list of quantities has no place of its own)
        para = ctx.prose[c.extra["para"]]
        end = c.extra["at"] + len(c.text)
        if para.text[c.extra["at"]:end] != c.text:
            continue
        m = _CHANGE.match(para.text, end)
        if m is None or _other_year(m, ctx.year):
            continue
        up = m.group("dir") in _UP
        earlier = [o for o in ctx.claims[:i] if o.extra.get("para") == c.extra["para"] and isinstance(o.value, int)]
        if any(change_possible(m.group("pct"), o.value, up) for o in earlier):
            continue
        base = int(m.group("base")) if m.group("base") else None
        out.append(Change(c, m.group("said"), m.group("pct"), up, para.span(m.start("said"), m.end()), base=base))
    # (a change a claim's count already has is not said again of the bare count inside it: 办理691条依申请 / 691条)
    said = {ch.span for ch in out}
    return out + [ch for ch in _changes_of_counts(ctx.prose, ctx.year, claimed) if ch.span not in said] \
        + _changes_said_of(ctx.prose, ctx.year)


# a count said of all the years so far (累计, 截至目前, 现行有效): its change is no change of the year's count; claims'
# words, and 累计/以来 whatever follows or precedes them (no verb's column to choose here), and what is in force
_SO_FAR = re.compile(rf"{PERIOD_WORDS}|{STOCK_WORDS}|累计|以来|现行有效|现有")


def _changes_of_counts(prose, year: int | None, claimed: set) -> list[Change]:
    """Changes said right after a count no claim reads (解读市政府文件82篇,同比增长47.8%): the count printed right
    before the change, its own unit and its clause's noun, whatever it counts. A count a claim reads is read_changes'
    (or left unread as the claim is); a count with 余/约, a decimal, money or a share (no unit of NUM) is not read, nor
    one of all the years so far; a change an earlier count of the paragraph fits may be said of that one."""
    out = []
    for n, para in enumerate(prose):
        t = para.text
        if "%" not in t and "％" not in t:
            continue
        counts = list(_COUNT.finditer(t))
        for k, c in enumerate(counts):
            m = _CHANGE.match(t, c.end())
            if m is None or (n, c.end()) in claimed or c.group("pre") or c.group("post") or _other_year(m, year):
                continue
            value = to_number(c.group("num"))
            a = next((a for a, b in para.sentences() if a <= c.start() < b), 0)
            start = max(a, clause_start(t, c.start()))
            if not isinstance(value, int) or _SO_FAR.search(t, a, c.start()):
                continue
            up = m.group("dir") in _UP
            if any(change_possible(m.group("pct"), v, up) for v in (to_number(o.group("num")) for o in counts[:k])
                   if isinstance(v, int)):
                continue
            count = Claim("count", value, para.span(start, c.end()), t[start:c.end()], t[a:c.end()],
                          extra={"para": n, "at": start, "unit": unit(c)})
            base = int(m.group("base")) if m.group("base") else None
            out.append(Change(count, m.group("said"), m.group("pct"), up, para.span(m.start("said"), m.end()),
                              base=base))
    return out


_COUNT = re.compile(NUM)
# a change said of a named quantity, last year's count in brackets after it (申请数量较2022年同比增长57%(2022年依申请公开申请
# 数量为14件)): this year's is the sentence's one count of that unit before it
_SAID_OF = re.compile(rf"(?:申请量|申请数量|数量|总量)(?P<said>(?:{_SINCE})(?:同比)?{_change_pct('dir')})"
                      r"[（(](?P<last>\d{4})年度?[^（()）\d]{0,20}?(?P<base>\d+)(?P<unit>件|条|起|个|项|次|篇|份)[）)]")


def _changes_said_of(prose, year: int | None) -> list[Change]:
    """Changes of a named quantity with last year's count printed after them (_SAID_OF), each with the one count of
    that unit its sentence prints before it (受理…案件22件,…,申请数量较2022年同比增长57%(…14件): 14 → 22); not one right
    before the change (read_changes'), of all the years so far, or with 余/约."""
    out = []
    for para in prose:
        t = para.text
        for a, b in para.sentences() if "%" in t or "％" in t else ():
            for m in _SAID_OF.finditer(t, a, b):
                if year is not None and int(m.group("last")) != year - 1 or _other_year(m, year):
                    continue
                counts = [c for c in _COUNT.finditer(t, a, m.start()) if unit(c) == m.group("unit")]
                if len(counts) != 1 or counts[0].group("pre") or counts[0].group("post") \
                        or _CHANGE.match(t, counts[0].end()) or _SO_FAR.search(t, a, counts[0].start()):
                    continue
                c, start = counts[0], max(a, clause_start(t, counts[0].start()))
                count = Claim("count", to_number(c.group("num")), para.span(start, c.end()), t[start:c.end()], t[a:b],
                              extra={"unit": unit(c)})
                out.append(Change(count, m.group("said"), m.group("pct"), m.group("dir") in _UP,
                                  para.span(m.start("said"), m.end()), base=int(m.group("base"))))
    return out


def read_changes_by(prose, year: int | None) -> list[Change]:
    """Changes that print their change in count (较2024年增加3722件,增长20.31%), each with the counts of its unit printed
    before it in the sentence: the change is said of one of them (22050件), so it is wrong only when none gives it."""
    out = []
    for para in prose:
        t = para.text
        if "%" not in t and "％" not in t:
            continue
        for a, b in para.sentences():
            s = t[a:b]
            for m in _BY.finditer(s):
                if _other_year(m, year) \
                        or (m.group("dir") in _UP) != (m.group("dir2") in _UP) or m.group("pre") or m.group("post"):
                    continue
                by, by_unit = to_number(m.group("num")), s[m.end("num"):m.start("dir2")].rstrip("，,")
                counts = _counts_before(s, m.start(), by_unit)
                if by is None or not counts:
                    continue
                out += _with_counts(para, a, s, counts, m.group("said"), m.group("pct"), m.group("dir") in _UP,
                                    (m.start(), m.end()), by)
            for m in _BY_EACH.finditer(s):
                if not _other_year(m, year):
                    out += _each(para, a, s, m)
    return out


def _counts_before(s: str, end: int, in_unit: str) -> list[re.Match]:
    """The plain counts in `in_unit` printed in s before `end`: those a change in that unit may be said of."""
    return [c for c in _COUNT.finditer(s, 0, end) if unit(c) == in_unit and not c.group("pre")
            and not c.group("post") and to_number(c.group("num")) is not None]


def _each(para, a: int, s: str, m: re.Match) -> list[Change]:
    """The changes of a 分别 pair (_BY_EACH) read as read_changes_by reads one: only where the changes and the
    percentages are as many and each pair goes one way; a change in another unit than a count's (4人) is not read."""
    items = m.group("changes").split("、")
    pcts = list(_EACH_PCT.finditer(m.group("pcts")))
    if len(items) < 2 or len(pcts) != len(items) or "".join(p.group(0) for p in pcts) != m.group("pcts"):
        return []  # (percentages glued together, 6.257.51%25.94%, are no pair of anything)
    out, up, pct_up, at = [], None, None, m.start("changes")
    for item, p in zip(items, pcts):
        c = _EACH_CHANGE.match(item)
        up = (c.group("dir") in _UP if c.group("dir") else c.group("more") == "多") \
            if c is not None and (c.group("dir") or c.group("more")) else up
        pct_up = p.group("dir") in _UP if p.group("dir") else pct_up
        if up is None or pct_up is None or up != pct_up:
            return out
        if c is not None and not c.group("pre") and not c.group("post") and to_number(c.group("num")) is not None:
            counts = _counts_before(s, m.start(), unit(c))
            out += _with_counts(para, a, s, counts, m.group("said") + item + "，分别" + p.group(0).lstrip("和与及、"),
                                p.group("pct"), up, (at, m.start("pcts") + p.end()), to_number(c.group("num")))
        at += len(item) + 1
    return out


def _with_counts(para, a: int, s: str, counts: list, said: str, pct: str, up: bool, span: tuple[int, int],
                 by: int | float) -> list[Change]:
    """A change said of one of the counts before it: one Change per count, all with the change's span."""
    out = []
    for c in counts:
        text = s[clause_start(s, c.start()):c.end()]
        count = Claim("count", to_number(c.group("num")), para.span(a + c.start(), a + c.end()), text, s)
        out.append(Change(count, said, pct, up, para.span(a + span[0], a + span[1]), by))
    return out
