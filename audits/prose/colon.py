"""A list a colon opens right after its total's figure, with no list word (政府信息90条:机构信息1条,公文法规3条,…,
工作报告1条。; 共发布41条信息:2条政策解读、…): the figure's breakdown, read as after 其中 (lists.read_sentence asks
here and drops a reading that splits the clauses before it, as it does a marked one)."""
from __future__ import annotations

import re

from .items import region_end
from .list_parts import read_list
from .list_words import MARKER, Reading, said_as_change, total_at_end, total_kind

_COLON = re.compile(r"(?P<marker>[：:])")


def read_after_colon(s: str, depth: list[int], read: list[Reading]) -> list[Reading]:
    """Every list a colon opens right after its total's figure (its unit, 信息 or 申请 at most between), where no
    marker word follows the colon (that list is MARKER's) and no list `read` already starts there."""
    if ":" not in s and "：" not in s:
        return []
    found = []
    for m in _COLON.finditer(s):
        total = total_at_end(s, m.start())
        if total is None or MARKER.match(s, m.start()) or not total_kind(total) \
                or said_as_change(s, total) or depth[total.start()] != depth[m.start()] \
                or any(r.marker_at == m.start() or r.total.start() == total.start() for r in read):
            continue
        level = depth[m.start()]
        reading = read_list(s, depth, total, m, region_end(s, depth, m.end(), level), level)
        if reading is not None:
            found.append(reading)
    return found
