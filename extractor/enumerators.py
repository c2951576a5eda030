"""Enumerators: the numbers a report prints before its own labels, headings and paragraphs — 一、 （三）
(3) 三） 1. 1、 1) 1.2、 第一、 ① — never values. One definition for the label matcher, the PDF reader, the
LLM planner, the section finder and the prose audit."""
from __future__ import annotations

import re

from .numerals import ONE_TO_TEN, to_number

_CN = ONE_TO_TEN
_CIRCLED = "①-⑳"
_ITEM = (rf"[(（][{_CN}\d]{{1,3}}[)）]"  # （三） (3)
         rf"|[(（]?[{_CN}]{{1,3}}\s*[)）、.．]"  # 三、 三. 三）
         rf"|第[{_CN}]{{1,3}}[、，,]"  # 第一、 (第二十条 is a reference, not an enumerator)
         r"|[(（]?\d{1,2}(?:\.\d{1,2})*\s*[、.．)）](?!\d)"  # 1. 1、 1) 1.2、 — but 1.5 is a number
         rf"|[{_CIRCLED}]")
ITEM = re.compile(_ITEM)  # at a given position: ITEM.match(text, pos)
LEADING = re.compile(rf"^\s*(?:{_ITEM})\s*")  # at the start of a line, with the space after it
# a section heading's numeral (一、 to 九、, also 三. and 三，), captured to compare with the template's
SECTION_NUMERAL = re.compile(r"^\s*([一二三四五六七八九])\s*[、.．,，]")
# the same numeral anywhere inside one line, where a heading may open (its \s never crosses the line's end)
SECTION_NUMERAL_IN_LINE = re.compile(r"[一二三四五六七八九][^\S\n]*[、.．,，]")
# a numbered item inside running text, where a paragraph lists its points: 一是…, 其二，…, （10）…, 3.… (not 三、 or
# （三）, which head paragraphs and sections; not 1.5, a number)
IN_TEXT = re.compile(r"[一二三四五六七八九十]是|其[一二三四五六七八九十](?=[，,是])|[（(]\d{1,2}[）)]|(?<![\d.])\d{1,2}[.．、](?!\d)")
# （一） as a point where a passage's points are its paragraphs run together (a one-line copy)
BRACKETED_POINT = re.compile(rf"(?:^|(?<=[。；;：:\s]))[(（]([{_CN}]{{1,2}})[)）]")
# the same points, one pattern a style with the point's number captured, to read a run of them in order: 一是, 1. (at
# a sentence's or clause's start: 1.5 is a number), (1), ①, （一）
POINT_STYLES = (
    re.compile(r"(?:^|(?<=[。；;，,：:\s]))([一二三四五六七八九十])是"),
    re.compile(r"(?:^|(?<=[。；;：:\s]))(\d{1,2})[.．、](?!\d)"),
    re.compile(r"[(（](\d{1,2})[)）]"),
    re.compile(rf"([{_CIRCLED}])"),
    BRACKETED_POINT,
)
# a section's heading run on after a sentence inside a paragraph (…全力做好后勤保障工作。二、主动公开…: a one-line copy)
SECTION_AFTER_SENTENCE = re.compile(r"(?<=[。！？])\s*[二三四五六七八九][、.．]")
# a part's heading numeral where a heading may open: a line's start, or after a sentence's end or a space (the one-line
# copy's '…全面展开。 二、政府信息公开情况 公开的…'); not a numeral before another numeral (一、二、三级, 一.5), though a year may open a heading (一、2015年…概述)
HEADING_NUMERAL = re.compile(rf"(?:^|(?<=[。！？：:；;\s]))([{_CN}])(?:[^\S\n]*、(?![{_CN}])|[.．](?![{_CN}\d]))", re.M)
# where a heading run on into its text ends: a space, a mark, a bracketed point, or its first sentence's year ('…情况2025年，
# 我局…'; a heading may hold a year of its own: '五、现存短板与2026年提升计划')
_RUN_ON_END = re.compile(r"[\s。；;！？，,（(]|(?<=\S{4})\d{4}年度?[，,]")


def run_on_heading(text: str, at: int, stop: int | None = None, longest: int = 30) -> str:
    """The heading opened by the numeral at `at` (HEADING_NUMERAL), up to where a heading run on into its text ends,
    `longest` characters at most and never past `stop`."""
    end = _RUN_ON_END.search(text, at + 2, len(text) if stop is None else stop)
    limit = min(len(text) if stop is None else stop, at + longest)
    return text[at:min(end.start(), limit) if end else limit]


# an enumerator's number as printed: 三, 12, ⑤
NUMBER_IN = re.compile(rf"[{_CN}]+|\d+|[{_CIRCLED}]")


def number_of(s: str) -> int | None:
    """The value of an enumerator's number (三 → 3, 12 → 12, ⑤ → 5)."""
    return ord(s) - ord(_CIRCLED[0]) + 1 if _CIRCLED[0] <= s <= _CIRCLED[-1] else to_number(s)
