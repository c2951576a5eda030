"""The share a list prints for one of its parts (`动漫解读文件7个,实现图文解读全覆盖,动漫解读占比23%`; `提交申请表的862件,
占比82.4%`), as prose.inconsistent compares it with that part's count over the list's printed total.

A share is read in two places only, so it is surely the part's: right after the part's figure (items.SHARE_OF), or in
a later clause of the same sentence that names the part by the words its label opens with (动漫解读 for 动漫解读文件7个),
one part and no other. A share of a wider whole (占全市的…, 占全区…) is of another total and is never read.
Counts that each carry a share in a sentence that prints no whole (申请数量占比前三的为成都591件(占31.91%)、眉山132件
(占7.13%)、宜宾124件(占6.70%), 2298) are shares of a figure the paragraph stated before: shares_apart.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.numerals import to_number

from ..organ import AREA_WHOLE
from ..tolerance import share_agrees, shares_make_whole
from .items import FIGURE, SHARE_OF, clause_start, label_of
from .list_words import MARKER, said_as_change, same_unit, unit
from .patterns import PERCENT
from .periods import OVER_YEARS
from .text import Para

_SEPARATOR = re.compile(r"[，,；;。！？!?]")
# a later clause that names a part and says its share: 动漫解读占比23%, 网上申请占申请总数的60%
_NAMED_SHARE = re.compile(r"(?P<label>[\u4e00-\u9fff]{2,10}?)(?:所)?占(?:比|比例)?(?:为|达)?[^，,；;。！？\d%％]{0,10}?"
                          rf"{PERCENT}$")
_WIDER = re.compile(AREA_WHOLE)


@dataclass
class Share:
    pct: str  # as printed: 23, 82.4
    text: str  # the words that say it: 动漫解读占比23%
    part: int  # index of the part it is said of


def read_shares(s: str, parts: list) -> list[Share]:
    """The shares printed for the parts of one list (parts: lists.py's, offsets in the sentence s)."""
    out = []
    for i, p in enumerate(parts):
        m = SHARE_OF.match(s, p.at[1])
        if m is not None and not _WIDER.search(m.group(0)):
            out.append(Share(m.group("pct"), m.group(0).lstrip("，,、"), i))
    if not parts:
        return out
    said = {x.part for x in out}
    # (named with or without its 的: '主动公开的政府信息占41.5%' of '主动公开政府信息198条', 4061)
    labels = [label_of(p.text).replace("的", "") for p in parts]
    start = parts[-1].at[1]
    for clause in _SEPARATOR.split(s[start:]):
        m = _NAMED_SHARE.search(clause.strip())
        if m is None or _WIDER.search(m.group(0)) or FIGURE.search(clause.strip()[:m.start("pct")]):
            continue
        named = [i for i, label in enumerate(labels) if label.startswith(m.group("label").replace("的", ""))]
        if len(named) == 1 and named[0] not in said:
            out.append(Share(m.group("pct"), m.group(0), named[0]))
    return out


@dataclass
class Apart:
    """A count whose share of the whole disagrees while the other counts' shares agree with that whole."""
    base: float
    base_span: tuple[int, int]
    count: float
    count_text: str
    share: str  # as printed
    span: tuple[int, int]  # the count and its share, as printed


def _shared(para: Para, listed: list[tuple[int, int]]):
    """Each sentence's counts that carry their shares with no whole printed before them (shares_apart's doc), with the
    paragraph's earlier figures their whole may be: (sentence start, [(count, share, end)], [(figure, base)])."""
    if "%" not in para.text and "％" not in para.text:
        return  # every share ends with a percent sign (SHARE_OF): most paragraphs print none
    for a, b in para.full_sentences():
        s = para.text[a:b]
        items = []
        for f in FIGURE.finditer(s):
            m = SHARE_OF.match(s, f.end() + (s[f.end():f.end() + 1] in "（("))
            if m is not None and not _WIDER.search(m.group(0)) and not said_as_change(s, f) \
                    and to_number(f.group("num")) is not None:
                items.append((f, m.group("pct"), m.end()))
        if len(items) < 3 or len({unit(f) for f, _, _ in items}) != 1 \
                or any(x <= para.span(a + f.start(), a + f.end())[0] < y for f, _, _ in items for x, y in listed):
            continue
        kind = unit(items[0][0])
        if any(unit(g) == kind for g in FIGURE.finditer(s, 0, items[0][0].start())) \
                or MARKER.search(s, 0, items[0][0].start()):
            continue  # a whole printed in the sentence, or a list word (…办复率94.7%,其中…): the lists read it
        # (a figure counted over more than the year, 截止…已累计主动公开652条, is no whole of the year's counts)
        figures = [g for g in FIGURE.finditer(para.text, 0, a) if unit(g) == kind and not said_as_change(para.text, g)
                   and not (g.group("pre") or g.group("post")) and to_number(g.group("num"))
                   and not OVER_YEARS.search(para.text, clause_start(para.text, g.start()), g.start())]
        # the whole may be two figures together (收到申请163件,…上年结转7件: 170 on the desk), never the shares' own
        bases = [(g, to_number(g.group("num"))) for g in figures] + [
            (g, to_number(g.group("num")) + to_number(h.group("num"))) for g, h in zip(figures, figures[1:])]
        yield a, items, bases


def shares_apart(para: Para, listed: list[tuple[int, int]]) -> list[Apart]:
    """Three counts or more in one unit, each followed by its share (`成都591件(占31.91%)、眉山132件(占7.13%)、…`), in a
    sentence that prints no figure in that unit before them: their whole is one the paragraph stated before (新收申请
    1852件). Where no such figure makes every share, and the ones that make all shares but one all leave out the same
    count, that count's share disagrees (its base: the figure that fits the others best). Counts a list reads (inside
    a part's span in `listed`) are the lists' to judge."""
    out = []
    for a, items, bases in _shared(para, listed):
        fits = []
        for g, base in bases:
            wrong = [i for i, (f, pct, _) in enumerate(items) if not share_agrees(pct, to_number(f.group("num")), base)]
            if not wrong:
                fits = []
                break
            if len(wrong) == 1:
                err = sum(abs(100 * to_number(f.group("num")) / base - float(pct)) for i, (f, pct, _) in enumerate(items)
                          if i != wrong[0])
                fits.append((err, wrong[0], g, base))
        else:
            if fits and len({w for _, w, _, _ in fits}) == 1:
                _, i, g, base = min(fits, key=lambda x: x[0])
                f, pct, end = items[i]
                out.append(Apart(base, para.span(g.start(), g.end()), to_number(f.group("num")), f.group(0), pct,
                                 para.span(a + f.start(), a + end)))
    return out


@dataclass
class Over:
    """Counts whose shares make 100 % of a whole they all fit, while the counts add up to more than it."""
    base: float
    base_span: tuple[int, int]
    total: float  # the counts' sum
    texts: list[str]  # each count as printed
    span: tuple[int, int]  # the counts and their shares, as printed


def shares_over(para: Para, listed: list[tuple[int, int]]) -> list[Over]:
    """The counts shares_apart reads (`我局共主动公开政府信息95条…。…公开行政许可类的信息93条,占97%,社会公益重点领域公开信息1条,
    占1%,其它应主动公开的信息2条,占2%`): shares that make 100 % as printed say the counts are the whole and none
    overlaps; where one figure before them (and one only) gives every share, a sum above it is more than the whole
    (96 > 95). A sum below is not read: a share's slack can hide a part the sentence leaves out."""
    out = []
    for a, items, bases in _shared(para, listed):
        if not shares_make_whole([pct for _, pct, _ in items], adjusted=False):
            continue
        counts = [to_number(f.group("num")) for f, _, _ in items]
        if any(f.group("pre") or f.group("post") for f, _, _ in items):
            continue  # 余/多: a count that may be more says nothing of the sum's excess
        whole = [(g, base) for g, base in bases if all(share_agrees(pct, v, base) for (_, pct, _), v in zip(items, counts))]
        if len(whole) == 1 and sum(counts) > whole[0][1]:
            g, base = whole[0]
            out.append(Over(base, para.span(g.start(), g.end()), sum(counts), [f.group(0) for f, _, _ in items],
                            para.span(a + items[0][0].start(), a + items[-1][2])))
    return out


def base_by_shares(before: str, after: str) -> int | None:
    """Where the figure stands in `before` (a sentence of several counts) that the shares printed in `after` are
    taken of (`共受理…59件,结转上年后新收到…47件,…。其中,通过信函申请39件,占83%;电子邮件7件,占14.9%;在线申请1件,占2.1%;
    …`: 39, 7 and 1 of 47, none of 59): the one candidate in their unit that every share above 0 fits, or all but one,
    while no other fits half of them — the list after splits that figure. None when the shares do not tell."""
    pairs = [(to_number(f.group("num")), m.group("pct")) for f in FIGURE.finditer(after)
             if (m := SHARE_OF.match(after, f.end())) is not None and not _WIDER.search(m.group(0))]
    pairs = [(v, pct) for v, pct in pairs if v and float(pct) > 0]
    if len(pairs) < 2:
        return None
    candidates = [f for f in FIGURE.finditer(before) if not (f.group("pre") or f.group("post") or said_as_change(before, f))]
    fits = [(f, sum(share_agrees(pct, v, to_number(f.group("num")) or 0) for v, pct in pairs)) for f in candidates
            if to_number(f.group("num"))]
    best = [f for f, n in fits if n >= max(2, len(pairs) - 1)]
    if len(best) != 1 or any(2 * n >= len(pairs) for f, n in fits if f is not best[0]):
        return None
    return best[0].start()


def whole_of_part(before: str, sentence: str) -> int | None:
    """Where the one figure of `before` stands that the one figure of `sentence` is said to be a share of
    (`2025年度,主动公开信息15条,…。公开本部门业务类信息11条,占总体的比例为73.33%,…`: 11 is 73.33 % of 15): `sentence`
    names a part of that whole, not a whole of its own, so a list whose opening names what it splits (在主动公开的信息中,
    list_bridges.read_paragraph) splits the figure of `before`. None otherwise."""
    figures = [f for f in FIGURE.finditer(sentence) if not said_as_change(sentence, f)]
    if len(figures) != 1 or (m := SHARE_OF.match(sentence, figures[0].end())) is None or _WIDER.search(m.group(0)):
        return None
    part = figures[0]
    wholes = [f for f in FIGURE.finditer(before) if not said_as_change(before, f) and same_unit(part, f)]
    if len(wholes) != 1 or wholes[0].group("pre") or wholes[0].group("post"):
        return None
    p, w = to_number(part.group("num")) or 0, to_number(wholes[0].group("num")) or 0
    return wholes[0].start() if 0 < p < w and share_agrees(m.group("pct"), p, w) else None
