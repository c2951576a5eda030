"""A category named twice in one list with two counts (`其中“政策法规”58条,政策法规124条,“重大决策预公开”14条…`;
`其中行政许可类信息137条…;规划计划类信息134条…;…;规划计划类信息162条…`): what prose.inconsistent reports as one
quantity stated twice inside one list — whatever the list's total, which may not be printed at all.

A list here is what follows a list word (其中, 包括, 分别为…) to the end of its sentence or bracket, read item by
item as lists.py reads parts (items.split_items, a share after a part being its remark): each item a category named
bare and its one figure, in the first item's unit. The run of such items ends at the first item that is not one (a
verb or channel of its own, no figure, another unit, a second figure, a nested list word), so two lists of one
sentence are never compared with each other. 其他/其余 (what the others leave) may close several nested lists and is
never compared.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.numerals import to_number

from .disclosed import CHANNEL, VERB
from .items import FIGURE, SHARE, depths, region_end, split_items
from .list_parts import MARKER, OPENING_MARKER, same_unit
from .text import Para

_QUOTES = re.compile(r"[“”\"「」『』‘’'《》]")
_OPENS = re.compile(r"^(?:其中(?:主要)?包括|其中|主要包括|内容包括|具体包括|具体为|包括|包含|主要有|分别为|分别是|分别)[，,：:]?")
_REMAINDER = re.compile(r"^(?:其他|其它|其余)")
_HOW = re.compile(rf"^(?:通过|利用|依托|借助|在|向|{VERB})")
_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]?")


@dataclass
class Repeat:
    label: str  # the category as compared (quotes left out)
    first: str  # each item as printed
    second: str
    values: tuple[int | float, int | float]
    span: tuple[int, int]  # from the first item to the second, in the normalised text


def _category(s: str, pos: list[int], item: str) -> tuple[str, re.Match] | None:
    """(label, figure) of an item that names a category bare and its one figure at its end; None otherwise. The
    label keeps what the item's brackets say (重大民生信息(城乡建管)22条 and 重大民生信息(市政建设)35条 are two)."""
    figures = list(FIGURE.finditer(item))
    if len(figures) != 1 or figures[0].end() != len(item) or figures[0].group("pre") or figures[0].group("post"):
        return None
    label = _QUOTES.sub("", _OPENS.sub("", s[pos[0]:pos[figures[0].start()]]))
    if len(label) < 2 or re.search(r"\d", label) or _HOW.match(label) or CHANNEL.search(label) or SHARE.search(item):
        return None
    return label, figures[0]


def _runs(s: str) -> list[list[tuple[list[int], str, str, re.Match]]]:
    """Each list of the sentence: (offsets, item, label, figure) of its run of counted categories."""
    depth = depths(s)
    out = []
    starts = [m for m in MARKER.finditer(s)]
    opening = OPENING_MARKER.match(s)
    if opening is not None and all(m.start() != opening.start() for m in starts):
        starts.insert(0, opening)
    for m in starts:
        level = depth[m.start("marker")] if m.start("marker") < len(s) else 0
        run = []
        for pos, item in split_items(s, depth, m.end(), region_end(s, depth, m.end(), level), level, cut=False):
            if SHARE.search(item) and not FIGURE.search(item):
                continue  # 占7.7%: the remark of the part before
            if run and _OPENS.match(item):
                break  # a list nested in a part: another list
            read = _category(s, pos, item)
            if read is None or (run and not same_unit(read[1], run[0][3])):
                break
            run.append((pos, item, *read))
        if len(run) >= 2:
            out.append(run)
    return out


def repeats(paras: list[Para]) -> tuple[list[Repeat], int]:
    """Every category named twice in one list with different counts, and how many were named twice with the
    same count (told, not judged: a category listed twice with one count is a slip of layout, not two figures)."""
    found: list[Repeat] = []
    same = 0
    for para in paras:
        for sm in _SENTENCE.finditer(para.text):
            a, s = sm.start(), sm.group(0)
            if not FIGURE.search(s):
                continue
            seen_at: set[int] = set()
            for run in _runs(s):
                first: dict[str, tuple] = {}
                for pos, item, label, figure in run:
                    if _REMAINDER.match(label) or pos[0] in seen_at:
                        continue
                    seen_at.add(pos[0])
                    if label not in first:
                        first[label] = (pos, item, figure)
                        continue
                    p0, item0, f0 = first[label]
                    v0, v1 = to_number(f0.group("num")), to_number(figure.group("num"))
                    if v0 is None or v1 is None:
                        continue
                    if v0 == v1:
                        same += 1
                        continue
                    found.append(Repeat(label, item0, item, (v0, v1), para.span(a + p0[0], a + pos[-1] + 1)))
    return found, same
