"""Which published counts of a paragraph are parts of another (`主动公开政府信息62条。其中，通过门户网站发布信息31条；
通过政务公开网站公开政务信息31条。`: the two 31s are parts of the 62), as lists.py reads a list: the same
markers, sentence ends and items that are no part — so a count is never compared with its own total.
"""
from __future__ import annotations

from extractor.numerals import to_number

from .clause import after_last
from .items import FIGURE, clause_start, depths
from .list_parts import not_a_part
from .list_words import MARKER, OPENING_MARKER, SENTENCE_END, same_unit
from .lists import one_figure


def mark_parts(text: str, claims: list) -> None:
    """`主动公开政府信息62条。其中，通过门户网站发布信息31条；通过政务公开网站公开政务信息31条。`: the two 31s
    are parts of the 62. Each published count of a paragraph (in order) gets `group` (the total it belongs
    to, itself for a total); a part listed before any total of its paragraph, or after a sentence of
    several figures in one unit, gets no group (its whole is unknown). A list runs from its marker to the end of the sentence, or to an item that is no part."""
    if not claims:
        return  # nothing to mark (most paragraphs): no bracket depths worked out for it
    total, owner, in_list, prev_end, start = None, None, False, 0, 0
    outer = None  # the last total outside brackets: a bracket's note (…5879条(…计1条)。其中…) is no total of a 其中 after it
    depth = depths(text)
    for c in claims:
        at = c.extra["at"]
        between = text[prev_end:at]
        mark = max((x.end() for x in MARKER.finditer(between)), default=-1)
        end = max((x.end() for x in SENTENCE_END.finditer(between)), default=-1)
        opening = OPENING_MARKER.match(between, end) if end >= 0 else None
        if opening is not None:
            mark = max(mark, opening.end())
        if mark > end:
            in_list, start, owner = True, prev_end + mark, outer if opening is not None else total
            if opening is not None and not one_figure(_sentence_before(text, prev_end + end)):
                owner = None  # 收到申请317件，上年结转3件。其中…: the 其中 splits more than one figure
        elif end >= 0:
            in_list = False
        if in_list and owner is not None:
            item = text[clause_start(text, at):at + len(c.text)]
            lead = text[clause_start(text, owner.extra["at"]):owner.extra["at"] + len(owner.text)]
            # the parts so far are every figure of the list in the total's unit, whether or not it was read
            # as a published count (工作动态信息91条 has no verb)
            own = [*FIGURE.finditer(owner.text)][-1:]
            so_far = sum(to_number(f.group("num")) or 0 for f in FIGURE.finditer(text, start, at)
                         if not own or same_unit(f, own[0]))
            in_list = not not_a_part(item, lead, owner.value, so_far, text[start:clause_start(text, at)])
        if in_list:
            c.extra["group"] = id(owner) if owner is not None else None
            c.extra["part"] = True
        else:
            total = c
            if at >= len(depth) or depth[at] == 0:
                outer = c
            c.extra["group"] = id(c)
        prev_end = at + len(c.text)


_sentence_start = after_last("。！？!?")


def _sentence_before(text: str, stop: int) -> str:
    return text[_sentence_start(text, stop - 1):stop]
