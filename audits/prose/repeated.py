"""A category named twice in one list with two counts (`其中“政策法规”58条,政策法规124条,“重大决策预公开”14条…`;
`其中行政许可类信息137条…;规划计划类信息134条…;…;规划计划类信息162条…`): what prose.inconsistent reports as one
quantity stated twice inside one list — whatever the list's total, which may not be printed at all.

A list here is what follows a list word (其中, 包括, 分别为…) to the end of its sentence or bracket, read item by
item as lists.py reads parts (items.split_items, a share after a part being its remark): each item a category named
bare and its one figure, in the first item's unit. The run of such items ends at the first item that is not one (a
verb or channel of its own, no figure, another unit, a second figure, a nested list word), so two lists of one
sentence are never compared with each other. 其他/其余 (what the others leave) may close several nested lists and is
never compared. A list that adds up exactly to the total printed right before its list word counts both items, so
there the repeat is no finding (1262, 1512 are labelled clean so; 1743's label, a finding with its 1764 closing, stays
a gap); a total not printed (发布和更新信息条。其中…) confirms nothing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.numerals import to_number

from .disclosed import HOW
from .items import CLOSE, FIGURE, MARKER_WORDS, NESTED, SHARE, bracket_start, depths, region_end, split_items
from .list_words import MARKER, OPENING_MARKER, OPENS_REST, same_unit, total_at_end
from .text import Para

_QUOTES = re.compile(r"[“”\"「」『』‘’'《》]")
_OPENS = re.compile(rf"^(?:{MARKER_WORDS}|具体为)[，,：:]?")
_CLOSING = re.compile(r"^(?:合计|共计|总计|共)(?:发布|公开)?")  # a total restated after the parts


@dataclass
class Repeat:
    label: str  # the category as compared (quotes left out)
    first: str  # each item as printed
    second: str
    values: tuple[int | float, int | float]
    span: tuple[int, int]  # from the first item to the second, in the normalised text
    items: tuple[tuple[int, int], tuple[int, int]]  # each item's span


def _category(s: str, pos: list[int], item: str) -> tuple[str, re.Match] | None:
    """(label, figure) of an item that names a category bare and its one figure at its end; None otherwise. The
    label keeps what the item's brackets say (重大民生信息(城乡建管)22条 and 重大民生信息(市政建设)35条 are two)."""
    figures = list(FIGURE.finditer(item))
    if len(figures) != 1 or figures[0].end() != len(item) or figures[0].group("pre") or figures[0].group("post"):
        return None
    label = _QUOTES.sub("", _OPENS.sub("", s[pos[0]:pos[figures[0].start()]]))
    if len(label) < 2 or re.search(r"\d", label) or HOW.match(label) or SHARE.search(item):
        return None
    return label, figures[0]


def _total_before(before: str) -> int | float | None:
    """The figure that ends the words before a list word (a remark in brackets between them skipped)."""
    before = before.rstrip("，,：:；;。")
    if before.endswith(tuple(CLOSE)):
        before = before[: bracket_start(before, len(before) - 1)]
    total = total_at_end(before)
    return None if total is None or total.group("pre") or total.group("post") else to_number(total.group("num"))


def _runs(s: str, before: str = "") -> list[tuple[list[tuple[list[int], str, str, re.Match]], list]]:
    """Each list of the sentence: (offsets, item, label, figure) of its run of counted categories, and its totals:
    the one printed right before its list word (`before`: the paragraph's words before the sentence, for a list
    word that opens it) and a 合计/共 N closing it, as far as printed."""
    out = []
    starts = [m for m in MARKER.finditer(s)]
    opening = OPENING_MARKER.match(s)
    if opening is not None and all(m.start() != opening.start() for m in starts):
        starts.insert(0, opening)
    if not starts:
        return out  # no list word: no list
    depth = depths(s)
    for m in starts:
        level = depth[m.start("marker")] if m.start("marker") < len(s) else 0
        run, closing = [], None
        for pos, item in split_items(s, depth, m.end(), region_end(s, depth, m.end(), level), level, cut=False):
            if SHARE.search(item) and not FIGURE.search(item):
                continue  # 占7.7%: the remark of the part before
            if run and (_OPENS.match(item) or NESTED.search(item) or item.startswith("结果")):
                break  # a list nested in a part (复议7件,结果维持6件…), or another list: not this one
            if _CLOSING.match(item):
                f = FIGURE.search(item)
                closing = f if f is not None and f.end() == len(item) and not f.group("pre") else None
                break  # …其他3条,共发布102条: the list's own total, after it
            read = _category(s, pos, item)
            if read is None or (run and not same_unit(read[1], run[0][3])):
                break
            run.append((pos, item, *read))
        if len(run) >= 2:
            totals = [_total_before((before if m.start() == 0 else "") + s[:m.start()])]
            if closing is not None:
                totals.append(to_number(closing.group("num")))
            out.append((run, [x for x in totals if x is not None]))
    return out


def repeats(paras: list[Para]) -> tuple[list[Repeat], int, int]:
    """Every category named twice in one list with different counts, where the list does not add up exactly to
    the total printed before it (a list that does counts both: two items of one name, odd but consistent, as
    labelled in 1262 and 1512); how many were named twice with the same count, and how many with two counts in a
    list that adds up (both told, not judged)."""
    found: list[Repeat] = []
    same = closed = 0
    for para in paras:
        if not para.holds(FIGURE.scout):
            continue  # not even a figure's end (its scout) in the paragraph: no figure in any of its sentences
        for (a, b), counted in zip(para.full_sentences(), para.holding(FIGURE, full=True)):
            if not counted:
                continue  # no figure: no list of counted categories
            s = para.text[a:b]
            seen_at: set[int] = set()
            for run, totals in _runs(s, para.text[:a]):
                adds_up = sum(to_number(r[3].group("num")) or 0 for r in run) in totals
                first: dict[str, tuple] = {}
                for pos, item, label, figure in run:
                    if OPENS_REST.match(label) or pos[0] in seen_at:
                        continue
                    seen_at.add(pos[0])
                    if label not in first:
                        first[label] = (pos, item, figure)
                        continue
                    p0, item0, f0 = first[label]
                    v0, v1 = to_number(f0.group("num")), to_number(figure.group("num"))
                    if v0 is None or v1 is None:
                        continue
                    if v0 == v1 or adds_up:
                        same += v0 == v1
                        closed += v0 != v1
                        continue
                    found.append(Repeat(label, item0, item, (v0, v1), para.span(a + p0[0], a + pos[-1] + 1),
                                        (para.span(a + p0[0], a + p0[-1] + 1), para.span(a + pos[0], a + pos[-1] + 1))))
    return found, same, closed
