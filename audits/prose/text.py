"""The prose of a report, without its tables, as compact strings that still point into the text.

PDF copies wrap sentences over lines and put spaces around numbers (`受理政府信息公开申请 21 件`), web
copies keep one paragraph per line: both become paragraphs with all whitespace removed, each character
keeping its offset in the normalised text so every figure read from the prose has a real span.
Table lines (pipes, tabs, bare numbers, label + numbers) end a paragraph and are left out.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from extractor.enumerators import LEADING
from extractor.ir import line_spans
from extractor.values import BLANK_MARKS, SYMBOL_BLANKS

_END = "。！？!?；;"
_PAGE_MARK = re.compile(r"^[\s\-—–_·•]*\d*[\s\-—–_·•]*$")
_BARE = re.compile(r"^[+\-−]?\d+(?:[.,]\d+)*$")
# two sentence boundaries, each kept by the readers that need it: the figure readers (claims, fees) stop at ；
# too (one clause group each), the list readers (lists, repeated) run a list over its ；
_SENTENCE = re.compile(r"[^。！？!?；;]+[。！？!?；;]?")
FULL_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]?")
_PROSE_MARK = re.compile(r"[。，,；;：:！？]")  # a line with these is prose, whatever numbers it holds
_RUN = re.compile(r"\S+")  # \S is exactly `not str.isspace()`: runs of kept characters, found in C


class Para:
    """A compact paragraph: `text` with all whitespace removed, `ranges` the (start, end) stretches of the
    normalised text it was read from. Where each compact character sits (`_at`) is worked out only when
    a span is asked for: most paragraphs are searched and never cited, and the compact text alone is one
    C-level split and join."""

    __slots__ = ("text", "_source", "_ranges", "_runs", "_sentences", "_full", "_holding")

    def __init__(self, text: str, source: str, ranges: list[tuple[int, int]]):
        self.text = text
        self._source = source
        self._ranges = ranges
        self._runs: tuple[list[int], list[int], int] | None = None
        self._sentences: list[tuple[int, int]] | None = None
        self._full: list[tuple[int, int]] | None = None
        self._holding: dict = {}

    def _at(self, i: int) -> int:
        """Position of compact character i in the normalised text (i as a list index: negative from the end, IndexError
        past it). Found in the run of kept characters holding it (bisect over the runs' compact starts): a paragraph is
        a few dozen runs, where a position for every character was an int object each (thousands a whole report)."""
        if self._runs is None:
            starts: list[int] = []  # compact index of each run's first character
            at: list[int] = []  # its position in the normalised text
            n = 0
            for a, b in self._ranges:
                for m in _RUN.finditer(self._source, a, b):
                    starts.append(n)
                    at.append(m.start())
                    n += m.end() - m.start()
            self._runs = starts, at, n
        starts, at, n = self._runs
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("compact index out of range")
        k = bisect_right(starts, i) - 1
        return at[k] + i - starts[k]

    def then(self, other: "Para") -> "Para":
        """This paragraph and the next read as one (a list under a head whose total the paragraph before states)."""
        return Para(self.text + other.text, self._source, self._ranges + other._ranges)

    def start(self) -> int:
        """Position of the first compact character in the normalised text (-1 for an empty paragraph)."""
        for a, b in self._ranges:
            m = _RUN.search(self._source, a, b)
            if m is not None:
                return m.start()
        return -1

    def ends_copy(self) -> bool:
        """Whether nothing but blank space follows the paragraph in the text (the copy stops inside it)."""
        return not self._source[self._ranges[-1][1]:].strip() if self._ranges else False

    def span(self, i: int, j: int) -> tuple[int, int]:
        """Span in the normalised text of compact characters [i, j)."""
        j = max(j, i + 1)
        return self._at(i), self._at(j - 1) + 1

    def sentences(self) -> list[tuple[int, int]]:
        """(start, end) of each sentence of the compact text; read once, by every rule that asks."""
        if self._sentences is None:
            self._sentences = [m.span() for m in _SENTENCE.finditer(self.text)]
        return self._sentences

    def full_sentences(self) -> list[tuple[int, int]]:
        """(start, end) of each sentence ended by 。！？ only (a ； inside one): the list readers' sentences."""
        if self._full is None:
            self._full = [m.span() for m in FULL_SENTENCE.finditer(self.text)]
        return self._full

    def holds(self, pattern) -> bool:
        """Whether `pattern` matches anywhere in the paragraph, worked out once: a paragraph where it does not has no
        sentence where it does (the same search, unbounded), so readers that need it in a sentence (the lists,
        repeated) skip the paragraph without cutting it into sentences."""
        found = self._holding.get(pattern)
        if found is None:
            found = self._holding[pattern] = pattern.search(self.text) is not None
        return found

    def holding(self, pattern, full: bool = False) -> list[bool]:
        """For each sentence (full sentences with `full`), whether `pattern` matches inside it: worked out once
        per paragraph and pattern, and shared by every reader that asks with the same pattern (claims and fees,
        lists and repeated), so no reader scans a sentence for figures again, nor cuts out a sentence without one.
        Searched within the sentence's bounds (no slice): the same as a search of the sentence alone for a pattern
        without `^` whose lookbehinds never match a sentence end (。！？；) — the figures' patterns."""
        key = (pattern, full)
        found = self._holding.get(key)
        if found is None:
            text, search = self.text, pattern.search
            found = self._holding[key] = [search(text, a, b) is not None
                                          for a, b in (self.full_sentences() if full else self.sentences())]
        return found


def compact(text: str, start: int = 0, end: int | None = None) -> Para:
    end = len(text) if end is None else end
    # str.split() with no separator splits at exactly the characters str.isspace() is true of (like \S)
    return Para("".join(text[start:end].split()), text, [(start, end)])


# a title or a quotation, whose own words may hold a bar (《我为群众办实事|食用农产品快速检测结果天天报》 in a one-line copy's
# prose, 4483): no cell's edge
_TITLED = re.compile(r"《[^《》\n]*》|“[^“”\n]*”")


def is_table_line(line: str) -> bool:
    s = line.strip()
    if not s:
        return False
    if "\t" in s or "|" in _TITLED.sub("", s):
        return not _piped_sentence(s)
    if _BARE.match(s) or s in BLANK_MARKS:
        return True
    tokens = s.split()
    first = next((i for i, t in enumerate(tokens) if _BARE.match(t)), None)
    if first is None or _PROSE_MARK.search(s):
        return False
    # PDF table rows: a label, then numbers only ("行政规范性文件 0 5 5"); "2024 年市科委…" is prose
    return all(_BARE.match(t) or t in SYMBOL_BLANKS for t in tokens[first:])


def _piped_sentence(s: str) -> bool:
    """A line whose one pipe closes it and whose cell is written in sentences: a page that printed its whole
    body one cell per line ('2023年全年，我乡…公开信息13条，其中… |') — prose, as the same line without the pipe."""
    return s.endswith("|") and s.count("|") == 1 and "\t" not in s and _PROSE_MARK.search(s) is not None


def paragraphs(text: str) -> list[Para]:
    """Prose paragraphs: runs of prose lines, broken at table lines, numbered headings, and blank lines
    that follow a finished sentence."""
    out: list[Para] = []
    run: list[tuple[int, int]] = []  # (start, end) of the lines in the current paragraph

    def flush() -> None:
        if run:
            p = _join(text, run)
            if p.text:
                out.append(p)
            run.clear()

    for start, end, raw in line_spans(text):
        s = raw.strip()
        if not s:
            if run and _ends_sentence(text[run[-1][0]:run[-1][1]]):
                flush()
            continue
        if _PAGE_MARK.match(s) and not _BARE.match(s):
            continue  # "-1-" page numbers inside a wrapped paragraph
        if is_table_line(raw):
            flush()
            continue
        if s.endswith("|"):
            end = start + raw.rindex("|")  # the closing pipe is no part of the sentence
            s = text[start:end].strip()
        numbered = LEADING.match(raw) is not None
        if numbered:
            flush()
        run.append((start, end))
        if numbered and not _ends_sentence(s) and len(s) <= 40:
            flush()  # a heading of its own
    flush()
    return out


def _ends_sentence(line: str) -> bool:
    s = line.rstrip()
    return bool(s) and (s[-1] in _END or s.endswith(("”", "）", ")")) and len(s) > 1 and s[-2] in _END)


def _join(text: str, run: list[tuple[int, int]]) -> Para:
    return Para("".join(["".join(text[a:b].split()) for a, b in run]), text, list(run))
