"""A 规章/规范性文件 count whose noun the next clauses leave out: `全年制发规范性文件2件,废止1件,现行有效22件`,
`发布规范性文件11件,废止或失效27件,现行有效75件`, `制发…6件、废止11件`. Each following clause that holds only a
verb naming a column of table 二(一) (废止, 现行有效…), at most 文件 as its object (or the column's 件数: 现行有效件数14件),
and one figure counts the same
documents as the figure before it — the writer does not repeat the noun. A clause with an object of its own
(废止规范性文件66件 is read by the patterns; 清理废止文件0件 is a clean-up) or with anything else ends the run.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from extractor.numerals import to_number

from .patterns import FILL, NUM
from .periods import IN_FORCE_WORDS
from .refiners import verb_of

# the verbs of the columns the first clause's verb does not already give (制发 names itself with its noun)
_ELIDED = re.compile(rf"(?:本年度?|全年|同时)?(?:共)?(?P<verb>废止|宣布失效|{IN_FORCE_WORDS})(?:或(?:宣布)?失效)?"
                     rf"(?:的)?(?:文件|件数|数量)?{FILL}{NUM}")
_SEP = "，,、及"  # (…发布数量0条、废止数量0条及现行有效数量0条)


@dataclass
class Elided:
    start: int  # in the sentence
    end: int
    value: int | float
    verb: str  # refiners' column verb: repealed / in_force
    approx: str | None


def elided_after(s: str, end: int) -> list[Elided]:
    """The elided-noun clauses right after a document count that ends at `end` in sentence `s`."""
    out: list[Elided] = []
    at = end
    while at < len(s) and s[at] in _SEP:
        m = _ELIDED.match(s, at + 1)
        if m is None or (m.end() < len(s) and s[m.end()] not in _SEP + "。；;"):
            break
        value = to_number(m.group("num"))
        verb = verb_of(m.group("verb"))
        if value is None or verb is None:
            break
        out.append(Elided(m.start(), m.end(), value, verb, m.group("pre") or m.group("post")))
        at = m.end()
    return out


def elided_claims(claims: list, para, a: int, s: str, kinds: tuple[str, ...]) -> list:
    """The claims of the elided-noun clauses after each document count of sentence `s` (at `a` in `para`): the same
    kind, scope and year as the figure they follow, with their own verb."""
    taken = {c.extra.get("at") for c in claims}
    out = []
    for c in claims:
        if c.kind not in kinds or c.zero_phrase or "at" not in c.extra:
            continue
        for e in elided_after(s, c.extra["at"] - a + len(c.text)):
            if a + e.start in taken:
                continue
            said = s[e.start:e.end]
            out.append(replace(c, value=e.value, span=para.span(a + e.start, a + e.end), text=said, approx=e.approx,
                               extra={**c.extra, "verb": e.verb, "clause": said, "at": a + e.start,
                                      "clause_span": para.span(a + e.start, a + e.end)}))
    return out
