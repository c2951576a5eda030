"""The intermediate representation every loader's output is read through.

A loader (text, markdown, HTML, PDF, DOCX) produces a `Document`: the normalised text, in which each
table row is written as one line (`label | v | v | …`, blank cells kept as empty fields) or as the one
cell per line that web copies give. `tokenize.rows()` then reads any of those forms into `Row`s of
`Cell`s whose spans point into that same text, so segmenting, table parsing, audit and the LLM fallback
never see which format the report came in.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache


@dataclass(slots=True)
class Cell:
    text: str  # stripped content ('' for an empty cell)
    start: int  # span of `text` in the normalised text (start == end for an empty cell)
    end: int

    @property
    def empty(self) -> bool:
        return not self.text


@dataclass(slots=True)
class Row:
    cells: list[Cell]
    grid: bool  # True: one physical table row with several cells; False: one cell on its own line
    line: int  # index of the line it came from (-1: a row fused_rows made from a table printed in one line)
    # a line of pipes only that this copy's style reads as filler (`|||`): how many pipes. Its one cell is
    # empty; only the walk may read it, as the blanks of a row label printed just before it
    filler: int = 0


@dataclass
class Document:
    path: str
    format: str  # text | markdown | html | pdf | docx
    text: str  # the normalised text
    sha256: str
    pages: list[tuple[int, int]] = field(default_factory=list)  # PDF: page spans in `text`
    complete: bool = True  # False when the loader knows the copy stops early
    notices: list[str] = field(default_factory=list)


@lru_cache(maxsize=4)  # the readers that walk every line of a report (tokenize, segment, sign-off) walk the same ones
def line_spans(text: str) -> tuple[tuple[int, int, str], ...]:
    """Each line of the text as (start, end, raw line), offsets into the text. Built in one loop: the readers
    that walk every line of a report (tokenize, segment, sign-off, paragraphs) pay no generator frame."""
    out: list[tuple[int, int, str]] = []
    add = out.append
    start = 0
    for raw in text.split("\n"):
        end = start + len(raw)
        add((start, end, raw))
        start = end + 1
    return tuple(out)


@lru_cache(maxsize=4)  # the title and date readers both read a report's head up to its first section
def stripped_lines(text: str) -> tuple[tuple[int, str], ...]:
    """Each line of the text as (start, line without surrounding whitespace): the metadata readers' view."""
    return tuple([(start, raw.strip()) for start, _, raw in line_spans(text)])
