"""Counts by kind under the 2008 outline's second point, read against the year's count its first point states:
'(一)主动公开政府信息的数量 … 2014年主动公开政府信息 2543条。其中…' then '（二）主动公开政府信息的主要类别 2014年，我区各工作部门主动
公开政府信息的主要类别有：机构职能类信息594条，…，其他应主动公开的信息946条。' (4455: the kinds make 2641), or the kinds right
after the point's own title and colon ('(一)…的数量共192条。' ⏎ '(二)主动公开政府信息的主要类别情况:党政信息类147条,…', 4122). The
two points may stand in one paragraph (a one-line copy) or in the paragraphs of the point headings. The kinds need not be
all the count's (a list with no marker): only a sum above the count says anything."""
from __future__ import annotations

import re

from extractor.enumerators import ITEM

from .disclosed import OUTLET
from .items import FIGURE, clause_start, depths, region_end
from .list_parts import read_list
from .list_words import KIND_NOUNS, Reading, said_as_change, total_kind
from .periods import OVER_YEARS
from .text import Para

# a point's title: its number, then words of its own up to the next number ('二、…情况(一)…数量' is two titles)
_POINT = rf"(?:{ITEM.pattern})[^\d。；;：:（(、]{{0,16}}?主动公开[^\d。；;：:（(、]{{0,10}}?"
_COUNT_POINT = re.compile(_POINT + r"(?:数量|数目|总数|条数)")
_KINDS_POINT = re.compile(_POINT + rf"(?:{KIND_NOUNS})")
# the words that name the kinds before their colon: the point's own title ('…的主要类别情况:') or the sentence under it
# ('…的主要类别有：', '分类如下:')
_KINDS_HEAD = re.compile(rf"(?:{KIND_NOUNS})(?:情况|及数量)?(?:主要)?(?:有|包括|如下|为|是)?(?P<marker>[：:])")
# a count that is one part of what was published: 其中…, through one channel (通过镇政府网站…, 在…网站上…)
_PART_OF_ALL = re.compile(rf"其中|通过|{OUTLET.pattern}")
_BACK = 3  # paragraphs before the one of the kinds where the count's point may stand
_NEAR = 60  # characters between the kinds point's title and the colon the kinds follow


def kinds_after_count(paras: list[Para], i: int) -> list[tuple[Para, int, str, Reading]]:
    """Each list of kinds in paragraph i, under a kinds point, with the count the count point before it states:
    (the paragraphs joined, where the text read starts in it, that text, the reading)."""
    para = paras[i]
    if _KINDS_HEAD.search(para.text) is None:
        return []
    joined, at = para, 0
    for before in reversed(paras[max(0, i - _BACK):i]):
        joined, at = before.then(joined), at + len(before.text)
    text = joined.text
    out = []
    for head in _KINDS_HEAD.finditer(text, at):
        # (the kinds point whose title holds the head's noun or ends right before its sentence)
        point = next((p for p in reversed(list(_KINDS_POINT.finditer(text, 0, head.end())))), None)
        if point is None or not point.start() < head.start() <= point.end() + _NEAR:
            continue
        counted = list(_COUNT_POINT.finditer(text, 0, point.start()))
        if not counted:
            continue
        # (the point's first count of what was published: one channel's or a part's, 其中…, says no total)
        total = next((f for f in FIGURE.finditer(text, counted[-1].end(), point.start()) if _published(text, f)), None)
        if total is None or not _the_years(text, total):
            continue
        p0 = max(clause_start(text, total.start()), counted[-1].start())  # (quoted from the count point's title on)
        s = text[p0:]
        depth = depths(s)
        end = region_end(s, depth, head.end() - p0, 0)
        reading = read_list(s, depth, FIGURE.search(s, total.start() - p0), _KINDS_HEAD.match(s, head.start() - p0), end, 0)
        # (kinds said through one channel, '…通过政府门户网站公开政策法规5条、…', are that channel's: the channel readers')
        if reading is None or len(reading.parts) < 2 or _PART_OF_ALL.search(reading.parts[0].text):
            continue
        reading.implicit = True
        out.append((joined, p0, s[:end], reading))
    return out


def _published(text: str, f) -> bool:
    """A count of what the organ published (主动公开 in its clause), not a change."""
    return total_kind(f) and not said_as_change(text, f) and "主动公开" in text[clause_start(text, f.start()):f.start()]


def _the_years(text: str, f) -> bool:
    """The year's count of all published: not one since some year, through one channel, or a part after 其中."""
    start = clause_start(text, f.start())
    return not OVER_YEARS.search(text, start, f.start()) and not _PART_OF_ALL.search(text, max(0, start - 4), f.start())
