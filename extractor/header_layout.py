"""Table 二's layout as its column headers print it, for a copy that shows no row to tell it by (a page cut
inside the header, '第二十条第（一）项 / 信息内容 / 本年制发件数 / 本年废…'): which national layouts the
header words of its first block belong to. The extractor tells a layout from rows (FORMAT.md §7) and, where no
row is read, from these words (meta.template); a header alone is enough to say a report is not on its year's
form, because each form names its columns in words of its own (本年新制作数量 … vs 本年制发件数 …)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import template
from .labels import core_key

_BLOCK = re.compile(r"第二十条第\s*[(（]\s*[一二三四五六七八九十]{0,3}\s*[)）]\s*项")
# the corner cell over the rows (信息内容), as the template names it
_HEAD = re.compile("|".join(map(re.escape, template.TABLES["active_disclosure"].header_labels)))
# a cell of a line, between pipes (the full-width ｜ too: the normaliser keeps it)
CELL = re.compile(r"[^\n|｜]+")
_VALUE = re.compile(r"^[\d\s.+\-/—－]+$")
_COUNTED = re.compile(r"数量|件数|金额|数$")  # a header cell that names what its column counts
_MIN_CELL = 4  # shorter cells may be a wrapped header's pieces ('本年新' / '制作数量')


@dataclass(frozen=True)
class PrintedHeader:
    cells: tuple[str, ...]  # the header cells printed under 信息内容, before any row or value
    layouts: frozenset[str]  # the layouts whose column words any of them belongs to
    start: int
    end: int


@lru_cache(maxsize=None)
def _layout_words() -> dict[str, tuple[str, ...]]:
    """Each layout's table-二 column headers (labels and variants), in comparison form."""
    out: dict[str, tuple[str, ...]] = {}
    for name, lay in template.TABLES["active_disclosure"].layouts.items():
        words = {core_key(w) for b in lay.blocks for c in b.columns for w in (c.label,) + c.variants}
        out[name] = tuple(w for w in words if w)
    return out


def _belongs(cell: str, words: tuple[str, ...]) -> bool:
    """The cell is one of the words, or a piece of one (a header wrapped over lines), or holds one."""
    return any(cell in w or w in cell for w in words)


def first_header(text: str, base: int = 0) -> PrintedHeader | None:
    """The header cells of table 二's first block title followed by 信息内容, up to the first row label or
    value (each cell as printed, comparison form); None when no such header is printed."""
    block = _BLOCK.search(text)
    if block is None:
        return None
    head = _HEAD.search(text, block.end(), block.end() + 40)
    if head is None:
        return None
    from .labelsets import label_set, starts_a_row  # the matcher for row labels: a row ends the header
    rows = label_set("active_disclosure")
    cells: list[str] = []
    end = head.end()
    last = len(text.rstrip())  # (where the copy's print ends: a piece reaching it is the copy's last)
    for piece in CELL.finditer(text, head.end(), head.end() + 400):
        raw = piece.group().strip()
        if not raw:
            continue
        if _VALUE.match(raw) or _BLOCK.search(raw):
            break
        m = rows.match(raw)
        if m is not None and getattr(m.target, "kind", "") == "row":
            break
        if piece.end() >= last and starts_a_row("active_disclosure", raw):
            break  # the first row's label cut by the copy's end ('…现行有效件数 |\n规')
        cells.append(core_key(raw))
        end = piece.end()
    words = _layout_words()
    layouts = frozenset(name for name, ws in words.items() if any(_belongs(c, ws) for c in cells if c))
    return PrintedHeader(tuple(c for c in cells if c), layouts, base + head.start(), base + end)


def told_layout(header: PrintedHeader) -> str | None:
    """The layout a header tells by itself: every cell one of the template's column words or a piece of one (a
    header cut after a prefix, '本年制'; wrapped, '制作数量' / '公开'), and those of one layout only all of the
    same layout. A cell both layouts' words hold ('本年', '数量') tells nothing; a cell of neither
    ('本年度实际产生数量') makes the header no template's."""
    words = _layout_words()
    told = set()
    for cell in header.cells:
        owners = {name for name, ws in words.items() if _belongs(cell, ws)}
        if not owners:
            return None
        if len(owners) == 1:
            told |= owners
    return told.pop() if len(told) == 1 else None


def foreign_header(header: PrintedHeader, expected: str) -> bool:
    """The header shows a form other than `expected`: at least two whole cells name counted columns, and no
    cell is a word (or a piece of a word) of the expected layout's columns."""
    whole = [c for c in header.cells if len(c) >= _MIN_CELL and _COUNTED.search(c)]
    return len(whole) >= 2 and expected not in header.layouts
