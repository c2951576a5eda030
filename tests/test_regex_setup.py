"""extractor.regex_setup: the short way for a one-range class compiles every pattern to the very code the library does."""
from __future__ import annotations

import importlib
import pkgutil
import re

import extractor
from extractor import regex_setup


def _code(pattern: str, flags: int, optimize) -> list[int]:
    compiler = regex_setup._sre_compiler
    parser = getattr(re, "_parser", None) or importlib.import_module("sre_parse")
    installed = compiler._optimize_charset
    compiler._optimize_charset = optimize
    try:
        return compiler._code(parser.parse(pattern, flags), flags)
    finally:
        compiler._optimize_charset = installed


def test_installed():
    assert regex_setup._sre_compiler._optimize_charset is regex_setup._optimize_charset


def test_one_range_as_the_library_answers():
    R = regex_setup._RANGE
    for lo, hi in ((0x4E00, 0x9FFF), (ord("0"), ord("9")), (0x3000, 0x3000), (0x20, 0x10FFFF), (0x10000, 0x1F000)):
        charset = [(R, (lo, hi))]
        assert regex_setup._optimize_charset(list(charset)) == regex_setup._library(list(charset))


def test_every_pattern_of_the_extractor_compiles_to_the_same_code():
    patterns = []
    for info in pkgutil.walk_packages(extractor.__path__, "extractor."):
        module = importlib.import_module(info.name)
        patterns += [v for v in vars(module).values() if isinstance(v, re.Pattern)]
    assert len(patterns) > 150
    for p in patterns:
        assert _code(p.pattern, p.flags, regex_setup._optimize_charset) == _code(p.pattern, p.flags, regex_setup._library)
    # (the CJK class as names are spelled, case-insensitive too)
    for pattern, flags in (("[\u4e00-\u9fff]{2,30}?局", 0), ("[\u4e00-\u9fff]+", re.I), ("[a-z]", re.I)):
        assert _code(pattern, flags, regex_setup._optimize_charset) == _code(pattern, flags, regex_setup._library)


def test_classes_past_latin1_as_the_library_answers():
    """Classes holding characters past U+00FF (the map of 65,536 and its blocks), negated, with categories, with
    characters past the BMP (left to the library), drawn at random: each answered as the library answers."""
    import random

    L, R, N = regex_setup._LITERAL, regex_setup._RANGE, regex_setup._NEGATE
    digit = (regex_setup._sre_compiler.CATEGORY, regex_setup._sre_compiler.CATEGORY_DIGIT)
    assert regex_setup._marked_ok
    draw = random.Random(34)
    for _ in range(3000):
        charset = [(N, None)] if draw.random() < 0.3 else []
        for _ in range(draw.randint(1, 8)):
            top = draw.choice((0x7F, 0x2FF, 0x3100, 0xFFFF, 0x10FFFF))
            kind = draw.random()
            if kind < 0.5:
                charset.append((L, draw.randint(0, top)))
            elif kind < 0.9:
                lo = draw.randint(0, top)
                charset.append((R, (lo, min(lo + draw.choice((0, 1, 5, 300, 30000)), 0x10FFFF))))
            else:
                charset.append(digit)
        assert regex_setup._optimize_charset(list(charset)) == regex_setup._library(list(charset)), charset
    for pattern in ("[:：]", "[ \t\u3000]", "[^。！？]", "[一二三四五六七八九十\\d]{1,3}", "[\u4e00-\u9fff·]", "[^\u4e00-\u9fff]"):
        assert _code(pattern, 0, regex_setup._optimize_charset) == _code(pattern, 0, regex_setup._library)
