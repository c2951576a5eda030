"""The share a list prints for one of its parts (`动漫解读文件7个,实现图文解读全覆盖,动漫解读占比23%`; `提交申请表的862件,
占比82.4%`), as prose.inconsistent compares it with that part's count over the list's printed total.

A share is read in two places only, so it is surely the part's: right after the part's figure (items.SHARE_OF), or in
a later clause of the same sentence that names the part by the words its label opens with (动漫解读 for 动漫解读文件7个),
one part and no other. A share of a wider whole (占全市的…, 占全区…) is of another total and is never read.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..organ import AREA_WHOLE
from .items import FIGURE, SHARE_OF, label_of
from .patterns import PERCENT

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
    labels = [label_of(p.text) for p in parts]
    start = parts[-1].at[1]
    for clause in _SEPARATOR.split(s[start:]):
        m = _NAMED_SHARE.search(clause.strip())
        if m is None or _WIDER.search(m.group(0)) or FIGURE.search(clause.strip()[:m.start("pct")]):
            continue
        named = [i for i, label in enumerate(labels) if label.startswith(m.group("label"))]
        if len(named) == 1 and named[0] not in said:
            out.append(Share(m.group("pct"), m.group(0), named[0]))
    return out
