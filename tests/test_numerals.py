"""The one reader of numbers as printed: what the LLM grounding and the prose audit both rely on."""
from __future__ import annotations

import pytest

from extractor.numerals import NUMBER, chinese_to_int, to_number


@pytest.mark.parametrize("printed, value", [
    ("一", 1), ("两", 2), ("十", 10), ("十二", 12), ("二十", 20), ("九十九", 99), ("一百零五", 105),
    ("两千三百", 2300), ("三万二千", 32000), ("一百六十五", 165), ("零", 0), ("〇", 0),
])
def test_chinese_numerals(printed, value):
    assert chinese_to_int(printed) == value


@pytest.mark.parametrize("printed", ["一二", "二三", "第", "", "二零", "十二个"])
def test_what_is_not_one_numeral(printed):
    assert chinese_to_int(printed) is None


def test_prose_numbers():
    assert [to_number(s) for s in ("3,119", "21", "1.5万", "33.0231", "七十七")] == [3119, 21, 15000, 33.0231, 77]
    import re

    assert re.findall(NUMBER, "收到申请一百零五件，其中3,119份") == ["一百零五", "3,119"]
