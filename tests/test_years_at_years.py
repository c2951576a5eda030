"""years._at_years tries a year pattern only at a year's digits (and the spaces before them): it must find exactly
what the pattern's own finditer finds — on the eval set's text copies and on openings built to trip it (a clause
start before spaces, a year inside a longer digit run, two years back to back, a stop inside a year)."""
from pathlib import Path

import pytest

from audits import years
from audits.prose.text import compact
from extractor.dates import OWN_YEAR, OWN_YEAR_OPENING, YEAR_SUBJECT

ROOT = Path(__file__).resolve().parents[1]
_PATTERNS = (OWN_YEAR_OPENING, YEAR_SUBJECT, years._OPENING_YEAR)


def _same(pattern, text: str, stop: int) -> bool:
    key = lambda ms: [(m.span(), m.groups()) for m in ms]  # noqa: E731
    return key(pattern.finditer(text, 0, stop)) == key(years._at_years(pattern, text, stop))


@pytest.mark.parametrize("text", [
    "一、总体情况\n  2022年,我局坚持…", "概述　 2021年本局…", "总体情况 2024年,马桥镇人民政府…",
    "较2022年我局…。2023年度，本局…", "202120222023年我乡…", "20212022年，省人社厅坚持…", "，\u30002020 年　我镇…",
    "2019年,2020年,2021年度我委…", "x2020年\n\t2021年,县统计局…",
])
def test_made_up_openings(text):
    for stop in range(len(text) + 1):
        assert all(_same(p, text, stop) for p in _PATTERNS)
        head = compact(text, 0, stop).text
        assert _same(OWN_YEAR, head, len(head))


def test_eval_texts():
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "eval" / "docs").rglob("*.txt"))]
    assert texts
    for text in texts:
        stop = min(len(text), 3000)
        assert all(_same(p, text, stop) for p in _PATTERNS)
        head = compact(text, 0, stop).text
        assert _same(OWN_YEAR, head, len(head))
