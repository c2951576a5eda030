"""Where a figure can start in a sentence, and the matches of a number-first pattern tried only there: a whole
report run into one line holds hundreds of numerals and every keyword, and a form-B claim pattern (patterns._b,
patterns.NUM_FIRST) can match nowhere else."""
from __future__ import annotations

import re
from typing import Iterator

from .anchors import opened
from .patterns import NUM

# every position where NUM matches (a zero-width scan: starts inside another figure's match too, 约3件's 3)
_FIGURE_AT = re.compile(rf"(?={opened(NUM)})")


def figure_starts(s: str) -> list[int]:
    """Where a figure of NUM can start in `s`: the only places a form-B match can."""
    return [m.start() for m in _FIGURE_AT.finditer(s)]


def matched_from(pattern: re.Pattern, s: str, starts: list[int]) -> Iterator[re.Match]:
    """pattern.finditer(s) for a pattern whose every match starts at one of `starts` (ascending): the same matches,
    tried only at those places. (pattern.match at a position sees the text before it, lookbehinds included, as the
    scan does there; a match is never empty, so the next is sought from its end.)"""
    end = 0
    for p in starts:
        if p >= end:
            m = pattern.match(s, p)
            if m is not None:
                end = m.end()
                yield m
