"""The prose of a report, without its tables, as compact strings that still point into the text.

PDF copies wrap sentences over lines and put spaces around numbers (`受理政府信息公开申请 21 件`), web
copies keep one paragraph per line: both become paragraphs with all whitespace removed, each character
keeping its offset in the normalised text so every figure read from the prose has a real span.
Table lines (pipes, tabs, bare numbers, label + numbers) end a paragraph and are left out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.enumerators import LEADING
from extractor.ir import lines
from extractor.values import BLANK_MARKS, SYMBOL_BLANKS

_END = "。！？!?；;"
_PAGE_MARK = re.compile(r"^[\s\-—–_·•]*\d*[\s\-—–_·•]*$")
_BARE = re.compile(r"^[+\-−]?\d+(?:[.,]\d+)*$")
_SENTENCE = re.compile(r"[^。！？!?；;]+[。！？!?；;]?")
_RUN = re.compile(r"\S+")  # \S is exactly `not str.isspace()`: runs of kept characters, found in C


@dataclass
class Para:
    text: str  # compact: whitespace removed
    offsets: list[int]  # offsets[i]: position of text[i] in the normalised text

    def span(self, i: int, j: int) -> tuple[int, int]:
        """Span in the normalised text of compact characters [i, j)."""
        j = max(j, i + 1)
        return self.offsets[i], self.offsets[j - 1] + 1

    def sentences(self) -> list[tuple[int, int]]:
        return [(m.start(), m.end()) for m in _SENTENCE.finditer(self.text)]


def compact(text: str, start: int = 0, end: int | None = None) -> Para:
    end = len(text) if end is None else end
    chars, offs = [], []
    for m in _RUN.finditer(text, start, end):
        chars.append(m.group())
        offs.extend(range(m.start(), m.end()))
    return Para("".join(chars), offs)


def is_table_line(line: str) -> bool:
    s = line.strip()
    if not s:
        return False
    if "|" in s or "\t" in s:
        return True
    if _BARE.match(s) or s in BLANK_MARKS:
        return True
    tokens = s.split()
    first = next((i for i, t in enumerate(tokens) if _BARE.match(t)), None)
    if first is None or re.search(r"[。，,；;：:！？]", s):
        return False
    # PDF table rows: a label, then numbers only ("行政规范性文件 0 5 5"); "2024 年市科委…" is prose
    return all(_BARE.match(t) or t in SYMBOL_BLANKS for t in tokens[first:])


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

    for start, end, raw in lines(text):
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
        if LEADING.match(raw):
            flush()
        run.append((start, end))
        if LEADING.match(raw) and not _ends_sentence(s) and len(s) <= 40:
            flush()  # a heading of its own
    flush()
    return out


def _ends_sentence(line: str) -> bool:
    s = line.rstrip()
    return bool(s) and (s[-1] in _END or s.endswith(("”", "）", ")")) and len(s) > 1 and s[-2] in _END)


def _join(text: str, run: list[tuple[int, int]]) -> Para:
    chars, offs = [], []
    for a, b in run:
        p = compact(text, a, b)
        chars.append(p.text)
        offs += p.offsets
    return Para("".join(chars), offs)
