"""Reading one cell: a number as printed, a blank, or not a value at all."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .normalize import ENCLOSED_NUMBER

# what a report prints in a cell instead of a number to say it is blank (never 0): symbols, which cannot
# be mistaken for text, and words, which a table reader must not take for the start of a row's values
# ('_' as a web table prints an empty cell, '＿' folded to it by NFKC: 深圳龙华 2020's 规章 row '_ _ _')
SYMBOL_BLANKS = frozenset({"/", "-", "—", "——", "--", "－", "─", "\\", "——/", "_"})
WORD_BLANKS = frozenset({"无", "空"})
BLANK_MARKS = SYMBOL_BLANKS | WORD_BLANKS
# a cell that says in words there is nothing to count ('本单位未制作规章', '暂无', '不涉及'): printed where a
# number belongs, it is a cell, not a gap — blank like '无'. Only a row's reader may take it, right after
# the row's label (as prose it is a sentence of its own)
_NONE_PHRASE = re.compile(
    r"^(?:本(?:单位|机关|部门|局|委|办|镇|乡|街道)?)?(?:未|无|没有|暂无|不涉及)[\u4e00-\u9fff]{0,10}$")

# words in a 本年增/减 cell saying the count neither rose nor fell: a printed change of 0 (as '增5' is 5), read
# 0 and marked (match `words`) — not a blank, and only in the signed change column (elsewhere it says nothing)
_ZERO_CHANGE = re.compile(r"^(?:未增(?:也?未)?减|无增(?:无)?减|不增不减|无变化|没有变化)$")

_NUM = re.compile(
    r"^(?P<sign>\+\+?|[\-−]{1,2}|增加?|减少?)?\s*(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?P<unit>万元|万|元|件|个|笔|条|项|批次|次|人次)?"
    # a footnote's mark after the number ('19①': the note under the table is about this cell) is no digit of it
    + ENCLOSED_NUMBER + r"?$"
)


@dataclass(frozen=True, slots=True)
class Value:
    number: int | float | None  # None: a printed blank (/, -, 无) or an empty cell
    unit: str | None = None
    blank_mark: bool = False  # '/' '-' '无' printed instead of a number


@lru_cache(maxsize=65536)
def parse(text: str) -> Value | None:
    """A cell's value, or None when the text is not a value (a label, prose)."""
    t = text.strip()
    if not t:
        return Value(None)
    if t in BLANK_MARKS:
        return Value(None, blank_mark=True)
    m = _NUM.match(t)
    if not m:
        return None
    raw = m.group("num").replace(",", "")
    number: int | float = float(raw) if "." in raw else int(raw)
    sign = m.group("sign") or ""
    if sign[:1] in ("-", "−", "减"):  # `--253`: a sign the copy doubled is still one sign
        number = -number
    return Value(number, unit=m.group("unit"))


def is_value(text: str) -> bool:
    return parse(text) is not None


def is_signed(text: str) -> bool:
    """Whether a value is printed with a sign (+4, -3, −3, --253, 增5, 减3): what only a signed column takes."""
    m = _NUM.match(text.strip())
    return m is not None and m.group("sign") is not None


def convert(value: Value, column_kind: str, header_unit: str | None) -> int | float | None:
    """The number in the column's unit: '251000元' under a 万元 header is 25.1; counts stay integers."""
    n = value.number
    if n is None:
        return None
    if value.unit == "万" and column_kind != "money":  # 1.2万 in a count column: twelve thousand
        n = round(n * 10000, 6)
    if column_kind == "money":
        unit = "万元" if value.unit == "万" else value.unit  # 2601.953875万 under 采购总金额: 万元 with its 元 left off
        if unit == "元" and header_unit == "万元":
            n = round(n / 10000, 6)
        elif unit == "万元" and header_unit is None:
            n = round(n * 10000, 6)  # a header without unit means 元 (SCHEMA.md): 976.81万元 is 9768100
            n = int(n) if float(n).is_integer() else n
        return n
    if isinstance(n, float):
        return int(n) if n.is_integer() else n  # a non-integer count stays visible for H0
    return n


def is_none_phrase(text: str) -> bool:
    """Words saying there is nothing to count, printed in a count cell (see _NONE_PHRASE)."""
    t = text.strip()
    return t not in BLANK_MARKS and len(t) <= 16 and bool(_NONE_PHRASE.match(t))


def is_zero_change(text: str) -> bool:
    """'未增未减', '无增减': a 本年增/减 cell saying the count did not change (see _ZERO_CHANGE)."""
    return bool(_ZERO_CHANGE.match(text.strip()))


def is_cell_words(text: str) -> bool:
    """Words a table prints in a count cell instead of a number: nothing to count, or no change."""
    return is_none_phrase(text) or is_zero_change(text)
