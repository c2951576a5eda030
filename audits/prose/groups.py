"""Counts printed in the headings of the groups a total is split into, each group its own paragraph:

    全年通过各类平台主动公开政府信息共计102条,主要包括:
    基础信息公开(26条):政府信息公开制度、指南、年度报告各1条,…镇情概况信息9条…等。
    重点领域及基层公开(67条):…等领域公开信息52条;公开乡镇基层政务信息15条。
    决策与文件公开(9条):…

The heading's bracketed count is a part of the total before the colon that announces the groups (102 ≥ 26 + 67 + 9),
and the total of the figures after its own colon (67 ≥ 52 + 15). lists.py reads neither: a figure in brackets is a
level below the sentence's, and the groups stand in paragraphs of their own."""
from __future__ import annotations

import re

from extractor.numerals import COUNT_UNIT

from .anchors import Prefilter
from .disclosed import same_items
from .items import FIGURE, MARKER_WORDS, clause_start, depths
from .list_parts import read_list
from .list_words import EXHAUSTIVE, unit
from .parts import Listing, Part, listing_of
from .text import Para

# a group's heading: its name, its count in brackets, a colon (基础信息公开(26条):)
_HEAD = re.compile(rf"(?P<label>[^\d，,。；;：:()（）、]{{2,24}})[(（](?P<num>\d+)(?P<unit>{COUNT_UNIT})[)）](?P<colon>[:：])")
# the words that announce the groups, with the colon ending the sentence's run (…共计102条,主要包括:)
_ANNOUNCES = re.compile(rf"[，,]?(?P<marker>{MARKER_WORDS}|具体如下)[:：]")
_AT_START = re.compile(r"[。；;]")
# which of the two a paragraph may hold, from the words every match of each contains (a colon; a bracket and a
# unit's closing bracket and colon): most paragraphs hold neither
_MAY = Prefilter([_ANNOUNCES, _HEAD], rare=True)
_COLON = re.compile(r"(?P<marker>[:：])")


def with_groups(read: list[Listing], paras: list[Para]) -> list[Listing]:
    """The listings read sentence by sentence, with the group headings' own: a total the headings split is theirs,
    not the list the first group's items make after its colon."""
    groups = group_listings(paras)
    split = {g.total_span for g in groups}
    return [x for x in read if x.total_span not in split] + groups


def group_listings(paras: list[Para]) -> list[Listing]:
    """The totals split by group headings, and each heading's count split by the figures after its colon."""
    out: list[Listing] = []
    may = [_MAY.candidates(para.text) for para in paras]
    for i, para in enumerate(paras):
        if 0 not in may[i]:
            continue
        for m in _ANNOUNCES.finditer(para.text):
            heads = _heads(paras, i, m.end())
            total = _total_before(para.text, m.start())
            if total is None or len(heads) < 2 or any(not same_items(h[1].group("unit"), unit(total)) for h in heads):
                continue
            parts = [Part(h[1].group(0)[:-1], int(h[1].group("num")), h[0].span(h[1].start(), h[1].end() - 1))
                     for h in heads]
            said = clause_start(para.text, total.start())
            marker = m.group("marker")
            last, head = heads[-1]
            out.append(Listing(int(total.group("num")), unit(total), para.text[said:total.end()],
                               para.span(total.start(), total.end()), marker, parts, marker in EXHAUSTIVE, True,
                               (para.span(said, said + 1)[0], last.span(head.start(), head.end())[1]),
                               whole_by="said" if marker in EXHAUSTIVE else ""))
    for para, which in zip(paras, may):
        if 1 not in which:
            continue
        for head in _HEAD.finditer(para.text):
            if head.start() and not _AT_START.match(para.text, head.start() - 1) and not _ANNOUNCES.search(
                    para.text, max(0, head.start() - 8), head.start()):
                continue
            listing = _within(para, head)
            if listing is not None:
                out.append(listing)
    return out


def _heads(paras: list[Para], i: int, at: int) -> list[tuple[Para, re.Match]]:
    """The group headings after the announcing colon: one right after it, then one opening each paragraph after."""
    first = _HEAD.match(paras[i].text, at)
    if first is None and at < len(paras[i].text):
        return []
    heads = [(paras[i], first)] if first else []
    for para in paras[i + 1:]:
        head = _HEAD.match(para.text)
        if head is None:
            break
        heads.append((para, head))
    return heads


def _total_before(text: str, at: int) -> re.Match | None:
    """The figure that ends the words before the announcing marker (…主动公开政府信息共计102条,主要包括:)."""
    figures = [f for f in FIGURE.finditer(text, clause_start(text, at), at)]
    return figures[-1] if figures and figures[-1].end() == at else None


def _within(para: Para, head: re.Match) -> Listing | None:
    """The heading's count as the total of the figures its colon opens, to the end of the sentence."""
    a = head.start()
    end = _AT_START.search(para.text, head.end())
    stop = end.start() if end and para.text[end.start()] == "。" else len(para.text)
    while end and para.text[end.start()] != "。":  # ; separates the heading's own items
        end = _AT_START.search(para.text, end.end())
        stop = end.start() if end else len(para.text)
    s = para.text[a:stop]
    total = FIGURE.search(s, head.start("num") - a)
    marker = _COLON.match(s, head.start("colon") - a)
    if total is None or marker is None:
        return None
    r = read_list(s, depths(s), total, marker, len(s), 0)
    if r is None or len(r.parts) < 2:
        return None
    listing = listing_of(para, a, s, r)
    listing.total_text = head.group(0)[:-1]  # the heading as printed, its bracket closed (重点领域及基层公开(67条))
    return listing
