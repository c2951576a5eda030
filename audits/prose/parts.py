"""A total the prose states and the parts it then lists, as prose.inconsistent compares them:
`主动公开信息213条，其中，工作动态184条；法定主动公开35条（其中政策文件6条、…）；年度报告1条；指南1条。`

The list is read by lists.py (where it starts and ends, which items are parts, brackets, units, shares);
here each list of two parts or more becomes a Listing with spans in the text, and what the sentence
allows a reader to conclude:
- the parts may be a selection (其中, 包括, 主要包括): their sum can only be too big;
- the list is exhaustive when the sentence says so (分别为, or a restated 合计/共计 after the parts) and every
  item names its figure in the same unit: then a sum below the total is wrong too.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractor.numerals import to_number

from .lists import EXHAUSTIVE, clause_start, read_sentence
from .text import Para

_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]?")


@dataclass
class Part:
    text: str
    value: int | float
    span: tuple[int, int]


@dataclass
class Listing:
    total: int | float
    unit: str
    total_text: str
    total_span: tuple[int, int]
    marker: str
    parts: list[Part]
    exhaustive: bool  # the sentence says the parts are the whole (分别为, a restated 合计)
    complete: bool  # every item names a figure in the total's unit (no uncounted or other-unit item)
    sentence_span: tuple[int, int]
    restated: Part | None = None
    extra: dict = field(default_factory=dict)

    @property
    def sum(self) -> int | float:
        return sum(p.value for p in self.parts)


def listings(paras: list[Para]) -> list[Listing]:
    out = []
    for para in paras:
        for m in _SENTENCE.finditer(para.text):
            out += _in_sentence(para, m.start(), m.end())
    return out


def _in_sentence(para: Para, a: int, b: int) -> list[Listing]:
    s = para.text[a:b]
    out = []
    for r in read_sentence(s):
        if len(r.parts) < 2:
            continue  # one part is a subset named, not a list
        total = r.total
        restated = r.restated and Part(r.restated.text, r.restated.value, para.span(a + r.restated.at[0], a + r.restated.at[1]))
        parts = [Part(p.text, p.value, para.span(a + p.at[0], a + p.at[1])) for p in r.parts]
        exhaustive = r.marker in EXHAUSTIVE or restated is not None
        out.append(Listing(to_number(total.group("num")), r.unit, s[clause_start(s, total.start()):total.end()],
                           para.span(a + total.start(), a + total.end()), r.marker, parts, exhaustive, r.complete,
                           para.span(a, a + len(s)), restated))
    return out
