"""A count's change from last year as the prose prints it (同比上升16.13%, 较2024年增加3722件,增长20.31%), each with the
count it is said of: read_changes (right after a count, a claim's or a bare one), read_changes_by (the change in count
printed too, 分别 pairs included). prose.rate (rules/prose_rates.py) checks each against last year's count.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.numerals import COUNT_UNIT, to_number

from ..tolerance import change_possible
from .claims import Claim
from .list_words import unit
from .patterns import NUM, PERCENT
from .periods import PERIOD_WORDS, STOCK_WORDS
from .rates import usable
from .shared import clause_start


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
        if not isinstance(c.value, int) or not usable(c) or c.kind.endswith("in_force") or "%" not in c.sentence \
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
