"""The six sections (FORMAT.md §2) and their heading variants, found in the normalised text."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import template
from .enumerators import SECTION_NUMERAL
from .ir import lines
from .labels import match_key

_MAX_HEADING = 48
_PAREN_NUMBER = re.compile(r"^\s*[(（]")


@dataclass(frozen=True, slots=True)
class SectionHit:
    key: str
    heading: str
    start: int  # offset of the heading line
    line_end: int  # offset after the heading line
    numeral_ok: bool


@lru_cache(maxsize=1)
def _heading() -> re.Pattern:
    """Every section's heading patterns as one regex, a named group per section in template order: one
    match per line instead of one per pattern, and alternation keeps the first section that matches."""
    return re.compile("|".join(f"(?P<{s.key}>" + "|".join(f"(?:{p})" for p in s.patterns) + ")"
                               for s in template.SECTIONS))


def candidates(text: str) -> list[SectionHit]:
    hits: list[SectionHit] = []
    number = {s.key: s.number for s in template.SECTIONS}
    heading = _heading()
    for start, _, raw in lines(text):
        line = raw.strip()
        if not line or len(line) > _MAX_HEADING or _PAREN_NUMBER.match(line):
            continue  # "(一)主动公开…" is a sub-heading of 总体情况, not section 二
        hit = heading.match(match_key(line))
        if hit is None:
            continue
        m = SECTION_NUMERAL.match(line)
        hits.append(SectionHit(hit.lastgroup, line, start, start + len(raw),
                               bool(m) and m.group(1) == number[hit.lastgroup]))
    return hits


def find_sections(text: str) -> list[SectionHit]:
    """One heading per section, in document order: the latest-starting increasing chain that prefers
    headings whose numeral matches the template (a report may renumber them; an outline may repeat them)."""
    order = {s.key: i for i, s in enumerate(template.SECTIONS)}
    hits = candidates(text)
    chosen: list[SectionHit] = []
    last_pos, last_rank = -1, -1
    for key in [s.key for s in template.SECTIONS]:
        options = [h for h in hits if h.key == key and h.start > last_pos]
        if not options:
            continue
        best = next((h for h in options if h.numeral_ok), options[0])
        if order[key] <= last_rank:
            continue
        chosen.append(best)
        last_pos, last_rank = best.start, order[key]
    return chosen


def spans(text: str) -> list[dict]:
    """Section objects of SCHEMA.md: key, heading, start, end (end = next heading or end of text)."""
    found = find_sections(text)
    out = []
    for i, h in enumerate(found):
        end = found[i + 1].start if i + 1 < len(found) else len(text)
        out.append({"key": h.key, "heading": h.heading, "start": h.start, "end": end})
    return out
