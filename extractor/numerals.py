"""Numbers as reports print them: Arabic (21, 3,119, 33.0231, 1.5万) and Chinese numerals (三, 十二,
一百零五, 两千三百, 三万二千). The one reader of Chinese numerals for the LLM grounding and the prose audit."""
from __future__ import annotations

import re

DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}
CHINESE = "零〇一二两三四五六七八九十百千万"  # every character a Chinese numeral is written with
# a number in prose: Arabic (thousands commas, a decimal part, 万) or a Chinese numeral
NUMBER = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?(?:万)?|[零〇一二两三四五六七八九十][{CHINESE}]*"
# the unit words a count is printed with (公开信息328条, 收到申请12件, 行政复议2起): the one list for the prose
# audit's figures and the head's counted items (meta). 条次 counts postings (an item published twice, twice): items,
# as 条 (公开各类政府信息328条次,其中…2条、…12条); 个 before a span of time counts days, not items (平均5.1个工作日答复)
COUNT_UNIT = r"(?:件次|件|份|条次|条|个(?!工作日|自然日|月|小时)|起|宗|项|例|人次|次|部|篇)"


ONE_TO_TEN = "一二三四五六七八九十"  # the numerals a report numbers its parts and points with


def small_numeral(n: int) -> str:
    """1 … 10 as a report numbers its parts: 3 → 三."""
    return ONE_TO_TEN[n - 1]


def chinese_to_int(s: str) -> int | None:
    """一百零五 → 105, 十二 → 12, 两千 → 2000, 三万二千 → 32000; None when `s` is not one well-formed
    numeral: two digits in a row (一二, 二三: a list such as 一、二, not a number) or a stray character."""
    if not s or any(ch not in CHINESE for ch in s):
        return None
    total, section, digit = 0, 0, None  # digit: the last digit read, not yet multiplied by a unit
    for ch in s:
        if ch in DIGITS:
            if digit:  # a digit right after a non-zero digit
                return None
            digit = DIGITS[ch]
        elif ch in _UNITS:
            section += (1 if digit is None else digit) * _UNITS[ch]
            digit = None
        else:  # 万
            total += (section + (digit or 0)) * 10000
            section, digit = 0, None
    return total + section + (digit or 0)


def to_number(s: str) -> int | float | None:
    """A match of NUMBER as a value: "3,119" → 3119, "1.5万" → 15000, "七十七" → 77."""
    s = s.replace(",", "")
    wan = s.endswith("万") and len(s) > 1 and s[0].isdigit()
    if wan:
        s = s[:-1]
    if re.fullmatch(r"\d+(?:\.\d+)?", s):
        v: int | float = float(s) if "." in s else int(s)
        if wan:
            v = v * 10000
            v = int(v) if float(v).is_integer() else v
        return v
    return chinese_to_int(s)
