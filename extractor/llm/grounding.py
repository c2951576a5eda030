"""Grounding: a value from the model lands only if the section text prints it.

The text is indexed once per section: every number as printed (with its sign word and unit), and
small Chinese numerals before a measure word ("两件"), with spans. A cell value is grounded when some
printed number means that value in that column (a count, a signed change, an amount in the header's
unit). Its provenance span is given only when it is unambiguous: the one token in the section with
that value, or the one in the row's own stretch of text (after its label), or the one right after the
column label inside it. Otherwise the span is null — "printed somewhere here", not "printed there".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from .. import template
from ..enumerators import ITEM
from ..labels import match_key, strip_notes
from ..numerals import DIGITS, chinese_to_int

_NUMBER = re.compile(r"(?:(?P<sign>[+\-−增减])\s?)?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(?P<unit>万元|元))?")
# "两件", "十二个" — but not ordinals ("第一项加第二项之和" is the table's header note)
_SMALL = "".join(DIGITS) + "十百"  # counts in prose run to hundreds
_CN_NUMBER = re.compile(rf"(?<![第{_SMALL}])(?P<num>[{_SMALL}]{{1,4}})(?=[件个项起宗条次人家份])")
_ROW_WINDOW = 400  # a row's stretch of text ends at the next row label, or this many characters on


@dataclass(frozen=True, slots=True)
class Token:
    start: int  # absolute offsets in the document text
    end: int
    value: float
    signed: bool  # printed with + / - / 增 / 减
    unit: str | None


def _is_enumerator(text: str, m: re.Match) -> bool:
    """"8.属于行政查询事项", "1、强化…": a label's number, not a printed value. "1." is one anywhere;
    "1、" and "1）" only where a line, a cell or a sentence starts ("收到2、3件" is two values)."""
    if m.group("sign") or m.group("unit") or not ITEM.match(text, m.start()):
        return False
    if text[m.end(): m.end() + 1] in (".", "．"):
        return True
    before = text[max(0, m.start() - 8): m.start()].rstrip(" ")
    return not before or before[-1] in "\n|｜)）。；;:："


def tokens(text: str, offset: int = 0) -> list[Token]:
    out: list[Token] = []
    for m in _NUMBER.finditer(text):
        before = text[m.start() - 1] if m.start() > 0 else ""
        if before.isdigit() or before == ".":
            continue
        if _is_enumerator(text, m):
            continue
        sign = m.group("sign")
        n = float(m.group("num").replace(",", ""))
        if sign in ("-", "−", "减"):
            n = -n
        out.append(Token(offset + m.start(), offset + m.end(), n, sign is not None, m.group("unit")))
    for m in _CN_NUMBER.finditer(text):
        n = chinese_to_int(m.group("num"))
        if n is not None:
            out.append(Token(offset + m.start(), offset + m.end(), float(n), False, None))
    out.sort(key=lambda t: t.start)
    return out


def means(token: Token, value: float, column: template.Column, header_unit: str | None) -> bool:
    """Does this printed number say `value` in this column?"""
    if column.kind == "signed":
        return token.value == value or (not token.signed and abs(token.value) == value)
    if column.kind == "money":
        if abs(abs(token.value) - value) < 1e-9:
            return True
        if token.unit == "万元" and header_unit is None:  # 元 header: 976.81万元 is 9768100
            return abs(round(abs(token.value) * 10000, 6) - value) < 1e-6
        return token.unit == "元" and header_unit == "万元" and abs(round(abs(token.value) / 10000, 6) - value) < 1e-9
    return value >= 0 and abs(token.value) == value and token.value == int(token.value)


def _label_cores(label: str) -> list[str]:
    """What a row label looks like in prose: without its enumerator and trailing note."""
    keys = [match_key(strip_notes(label))]
    for tail in ("数量", "件数", "情况"):
        if keys[0].endswith(tail) and len(keys[0]) > len(tail) + 3:
            keys.append(keys[0][: -len(tail)])
    return [k for k in keys if len(k) >= 2]


class SectionIndex:
    """The numbers and label positions of one section of the normalised text."""

    def __init__(self, text: str, start: int, table: str, layout: str, other_single_row: bool):
        self.text, self.start = text, start
        self.table, self.layout, self.other_single_row = table, layout, other_single_row
        self.tokens = tokens(text, start)
        # the section in match-key form, with a map back to offsets
        keep = [(i, ch) for i, ch in enumerate(text) if match_key(ch)]
        self._norm = "".join(match_key(ch) for _, ch in keep)
        self._pos = [i for i, _ in keep]

    def find(self, key: str) -> list[int]:
        """Absolute end offsets of every occurrence of a match-key string."""
        out, at = [], self._norm.find(key)
        while at >= 0 and key:
            out.append(self.start + self._pos[at + len(key) - 1] + 1)
            at = self._norm.find(key, at + 1)
        return out

    @cached_property
    def _row_starts(self) -> dict[str, list[int]]:
        from .schema import template_rows

        starts: dict[str, list[int]] = {}
        for row, _ in template_rows(self.table, self.layout, self.other_single_row):
            for core in _label_cores(row.label):
                hits = self.find(core)
                if hits:
                    starts[row.key] = hits
                    break
        return starts

    def row_stretch(self, row_key: str) -> tuple[int, int] | None:
        """The text after the row's label, up to the next row label; None unless the label is printed
        once (a label printed twice gives no single row to read from)."""
        hits = self._row_starts.get(row_key)
        if not hits or len(hits) != 1:
            return None
        a = hits[0]
        later = [h for k, hs in self._row_starts.items() if k != row_key for h in hs if h > a]
        b = min(later + [a + _ROW_WINDOW, self.start + len(self.text)])
        return a, b

    def candidates(self, value: float, column: template.Column, header_unit: str | None) -> list[Token]:
        return [t for t in self.tokens if means(t, value, column, header_unit)]

    def span(self, row_key: str, column: template.Column, found: list[Token]) -> tuple[int, int] | None:
        """Where the value is printed, if that is unambiguous: inside the row's own stretch when its
        label is printed once, else the only such number in the section."""
        stretch = self.row_stretch(row_key)
        if stretch is None:
            return (found[0].start, found[0].end) if len(found) == 1 else None
        local = [t for t in found if stretch[0] <= t.start < stretch[1]]
        if len(local) == 1:
            return local[0].start, local[0].end
        label = match_key(column.label)
        near = [t for t in local if label and self._label_before(t, label)]
        if len(near) == 1:
            return near[0].start, near[0].end
        return None

    def located(self, row_key: str, found: list[Token]) -> bool:
        """Is the value printed inside its row's own stretch (the label printed once, then it)?"""
        stretch = self.row_stretch(row_key)
        return stretch is not None and any(stretch[0] <= t.start < stretch[1] for t in found)

    def _label_before(self, token: Token, label: str) -> bool:
        """The column label ends within a few characters before the token ("自然人159件")."""
        a = max(self.start, token.start - len(label) - 4)
        window = match_key(self.text[a - self.start: token.start - self.start])
        return window.endswith(label) or window[:-1].endswith(label) or window[:-2].endswith(label)
