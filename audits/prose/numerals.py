"""Numbers as prose prints them: 21, 3,119, 0, 三, 十二, 一百零五, 两千三百, 1.5万."""
from __future__ import annotations

import re

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}
CN = "零〇一二两三四五六七八九十百千万"
# A number: Arabic (with thousands commas or a decimal part) or Chinese numerals.
NUMBER = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?(?:万)?|[零〇一二两三四五六七八九十][{CN}]*"


def cn_to_int(s: str) -> int | None:
    """一百零五 → 105, 十二 → 12, 两千 → 2000, 三万二千 → 32000; None when it is not a well-formed numeral."""
    if not s or any(ch not in CN for ch in s):
        return None
    total, section, digit = 0, 0, None
    for ch in s:
        if ch in _DIGITS:
            if digit is not None and ch not in "零〇":
                return None  # 一二 is not a number (it is a list "一、二")
            digit = _DIGITS[ch] if ch not in "零〇" else None
        elif ch in _UNITS:
            section += (1 if digit is None else digit) * _UNITS[ch]
            digit = None
        else:  # 万
            total += (section + (digit or 0)) * 10000
            section, digit = 0, None
    return total + section + (digit or 0)


def to_number(s: str) -> int | float | None:
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
    return cn_to_int(s)
