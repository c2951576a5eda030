"""Regex scans that spare the engine the positions where no match can start: the same matches as
pattern.finditer(text), found faster.

The engine tries a pattern at every position of the text unless the pattern opens with literals (then it skips
ahead to their first characters); one that opens with `^`, a lookbehind or a class (a clause's start,
'(?<=[,，。\\n])') pays that at each of a report's characters. Two ways round it: a twin of the pattern that opens
with literals (after_start), and, where each match ends with a known word (…编制) and is at most so many characters
long, a scan of the stretches before that word's prints alone (finditer_ending).
"""
from __future__ import annotations

import re
from itertools import chain


def finditer_ending(pattern: re.Pattern, text: str, word: str, longest: int | None) -> list[re.Match]:
    """The matches of pattern.finditer(text), for a pattern each of whose matches ends with `word`, is at most
    `longest` characters long (None: of any length) and reads ahead (its lookaheads) no further than its own end.

    Each print of `word` closes a window of `longest` characters; windows that overlap are one, and the pattern
    runs over each window alone (`endpos` at its end). A match stands inside the window of the `word` it ends
    with; within a window the engine takes the same path as over the whole text, since that path reads nothing
    past the match's end, and a window's end is the end of every match that starts in it. (Without a bound, one
    window from the text's start to the last print: nothing at all where the word is not printed.)"""
    out: list[re.Match] = []
    n = len(word)
    if longest is None:
        longest = len(text)
    at = text.find(word)
    while at >= 0:
        start, end = max(0, at + n - longest), at + n
        at = text.find(word, at + 1)
        while at >= 0 and at + n - longest <= end:  # the next window overlaps this one: one window
            end = at + n
            at = text.find(word, at + 1)
        out += pattern.finditer(text, start, end)
    return out


def after_start(pattern: re.Pattern) -> re.Pattern:
    """`pattern`, which opens with `(?:^|[。\\n]…`, without its `^` and with 。 and \\n as alternatives of their
    own: the same matches anywhere but at the text's start, found faster (the regex engine skips ahead to the
    first characters of a branch of literals; a `^` or a class among them leaves it trying every position)."""
    opening = r"(?:^|[。\n]"
    assert pattern.pattern.startswith(opening)
    return re.compile(r"(?:。|\n" + pattern.pattern[len(opening):])


def finditer_twin(pattern: re.Pattern, twin: re.Pattern, text: str) -> list[re.Match]:
    """pattern.finditer(text)'s matches: the match at the text's start, if any, then its twin's (after_start)."""
    first = pattern.match(text)  # what finditer tries first; after it `^` can match nowhere
    return list(twin.finditer(text) if first is None else chain((first,), twin.finditer(text, first.end())))
