"""A figure continued by categories in its unit with no total and no marker (`通过政府门户网站公开政策法规5条,
部门文件4条,规划计划1条…`), read by the rules of lists.py (items.py splits the items): what prose.inconsistent compares with the
channel's whole when the prose states one elsewhere."""
from __future__ import annotations

from extractor.numerals import to_number

from .disclosed import OUTLET
from .items import FIGURE, NESTED, SHARE, depths, region_end, split_items
from .list_words import MOVES_ON, OWN_STATEMENT, Part, same_unit


def enumeration(s: str, end: int) -> list[Part]:
    """The items that continue a figure ending at `end` with no total and no marker: `通过政府门户网站公开政策
    法规5条,部门文件4条,规划计划1条…` — each a category and its figure in the same unit, to the end of the
    list (the rules of a listed part: a stronger separator, a clause that moves on, an outlet of its own end
    it). [] when any item is not such a part (a verb of its own, a second figure, another unit, a share)."""
    first = FIGURE.search(s, max(0, end - 12), end)
    while first is not None and first.end() < end:
        first = FIGURE.search(s, first.start() + 1, end)
    if first is None or first.end() != end:
        return []
    depth = depths(s)
    out: list[Part] = []
    for pos, item in split_items(s, depth, end, region_end(s, depth, end, depth[end - 1]), depth[end - 1]):
        if MOVES_ON.match(item) or OUTLET.search(item) or OWN_STATEMENT.search(item) or NESTED.search(item):
            break
        figures = list(FIGURE.finditer(item))
        if len(figures) != 1 or figures[0].end() != len(item) or not same_unit(figures[0], first) \
                or figures[0].group("pre") or figures[0].group("post") or SHARE.search(item):
            return []
        v = to_number(figures[0].group("num"))
        if v is None:
            return []
        out.append(Part(item, v, (pos[0], pos[-1] + 1)))
    return out
