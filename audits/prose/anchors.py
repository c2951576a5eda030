"""Which of many regular expressions can match a text at all, decided from literal words they require.

`anchors(pattern)` reads a compiled pattern's syntax tree (the standard library's own parser) and derives
what every match must contain: a list of word sets, each set meaning "at least one of these words is in
the match" (规范性文件 for `(?:行政)?规范性文件…`; 行政许可 for `行政许可(?:决定|事项)?…`). Nothing is
written by hand, so a pattern added later is covered as it is. A pattern for which nothing can be derived
(its words are optional, or it starts with any character) gets None: it is always tried.

`Prefilter(patterns)` answers, for one text, which patterns may match: those whose every word set has a
word in the text. It never drops a pattern that matches — a match contains its required words, so the
text does — and it runs in C over the text once (a set of the text's characters, then substring tests for
the words starting with those), instead of one regex scan per pattern.

`Anchored(pattern)` is one pattern tried only where its required words are: a pattern that opens with an optional
piece (`[，,：:]?其中…`) has no first character the engine can scan for, so it is tried at every character.
"""
from __future__ import annotations

import re
import sys
from typing import Iterator, Sequence

try:  # the parser and compiler behind re.compile; public as sre_parse, sre_compile before Python 3.11
    from re import _compiler, _constants as _c, _parser
except ImportError:  # pragma: no cover - Python 3.10
    import sre_compile as _compiler  # type: ignore[no-redef]
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

_EXACT_MAX = 64  # strings an exactly known piece may stand for before only its required words are kept
_CLASS_MAX = 16  # characters of a class kept as alternatives


class _Exact(frozenset):
    """A piece that matches exactly one of these strings."""


class _Need(tuple):
    """A piece whose every match contains, for each of these word sets, one of its words."""


_EMPTY = _Exact({""})


def _words(x) -> frozenset | None:
    """A piece's strings as one required word set (None when one of them is empty: nothing is required)."""
    if isinstance(x, _Exact):
        return None if "" in x else _minimal(x)
    return None


def _minimal(words) -> frozenset:
    """The same requirement with no word that contains another (a text holding 行政许可决定 holds 行政许可)."""
    ws = sorted(set(words), key=len)
    kept: list[str] = []
    for w in ws:
        if not any(k in w for k in kept):
            kept.append(w)
    return frozenset(kept)


def _concat(parts: list) -> object:
    acc, needs, exact = _EMPTY, [], True
    for x in parts:
        if isinstance(x, _Exact) and len(acc) * len(x) <= _EXACT_MAX:
            acc = _Exact(a + b for a in acc for b in x)
            continue
        if (w := _words(acc)) is not None:
            needs.append(w)
        if isinstance(x, _Exact):
            acc = x
            continue
        # an unknown piece (a digit run, any character) or one only partly known: the words before it
        # and after it are separate requirements, never one word across it (结转 \d{4} 年 is not 结转年)
        acc, exact = _EMPTY, False
        if isinstance(x, _Need):
            needs += list(x)
    if exact and not needs:
        return acc
    if (w := _words(acc)) is not None:
        needs.append(w)
    return _Need(needs) if needs else None


def _branch(alternatives: list) -> object:
    if all(isinstance(x, _Exact) for x in alternatives):
        union = _Exact().union(*alternatives)
        if len(union) <= _EXACT_MAX:
            return _Exact(union)
    sets = []
    for x in alternatives:
        w = _words(x) if isinstance(x, _Exact) else (_best(x) if isinstance(x, _Need) else None)
        if w is None:
            return None  # one way to match requires nothing
        sets.append(w)
    return _Need([_minimal(frozenset().union(*sets))])


def any_of(words) -> re.Pattern:
    """A pattern whose search says whether the text holds any of `words` (not which, nor the longest): the fewest words
    that say as much (_minimal: one holding another adds nothing) factored by their common openings into a tree of
    alternations. The engine tries an alternation's branches one by one at every character that opens one — ~150 for
    claims' words of none, most opening with 上, 不, 没有 or 公开 — where the tree tests each character once."""
    def tree(ws: list[str]) -> str:
        by_first: dict[str, list[str]] = {}
        for w in ws:
            by_first.setdefault(w[0], []).append(w[1:])
        alts = [re.escape(ch) + (tree(rest) if rest != [""] else "") for ch, rest in sorted(by_first.items())]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    # (no word is another's opening once each holding another is left out, so no branch of the tree is optional)
    return re.compile(tree(sorted(_minimal(words))))


def _best(need: _Need) -> frozenset:
    """The most telling of a piece's word sets: longest shortest word, then fewest words."""
    return max(need, key=lambda ws: (min(map(len, ws)), -len(ws)))


def _class(items) -> object:
    chars = set()
    for op, av in items:
        if op is _c.LITERAL:
            chars.add(chr(av))
        elif op is _c.RANGE and av[1] - av[0] < _CLASS_MAX:
            chars.update(chr(i) for i in range(av[0], av[1] + 1))
        else:  # NEGATE, a category (\d), a wide range: any of many characters
            return None
    return _Exact(chars) if len(chars) <= _CLASS_MAX else None


def _repeat(lo: int, hi: int, item) -> object:
    x = _seq(item)
    if isinstance(x, _Exact) and hi <= 3:
        out, power = set(), {""}
        for k in range(hi + 1):
            if k >= lo:
                out |= power
            power = {a + b for a in power for b in x}
            if len(out) + len(power) > _EXACT_MAX:
                break
        else:
            return _Exact(out)
    if lo == 0:
        return None
    return x if isinstance(x, _Need) else (_Need([w]) if (w := _words(x)) is not None else None)


def _node(op, av) -> object:
    if op is _c.LITERAL:
        return _Exact({chr(av)})
    if op is _c.IN:
        return _class(av)
    if op is _c.SUBPATTERN:
        _group, add_flags, _del, item = av
        return None if add_flags & re.IGNORECASE else _seq(item)
    if op is _c.ATOMIC_GROUP:
        return _seq(av)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) or op is getattr(_c, "POSSESSIVE_REPEAT", None):
        return _repeat(*av)
    if op is _c.BRANCH:
        return _branch([_seq(alt) for alt in av[1]])
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return _EMPTY  # zero width: consumes nothing the match must hold
    return None  # any character, a back reference, a conditional group: nothing known


def _seq(items) -> object:
    return _concat([_node(op, av) for op, av in items])


def _firsts(items) -> tuple[set[str] | None, bool]:
    """(the characters a match of a sequence can open with, whether it can match empty); None: any character."""
    out: set[str] = set()
    for op, av in items:
        chars, empty = _first_of(op, av)
        if chars is None:
            return None, False
        out |= chars
        if not empty:
            return out, False
    return out, True


def _first_of(op, av) -> tuple[set[str] | None, bool]:
    if op is _c.LITERAL:
        return {re.escape(chr(av))}, False
    if op is _c.IN:
        chars = set()
        for o, a in av:
            if o is _c.LITERAL:
                chars.add(re.escape(chr(a)))
            elif o is _c.CATEGORY and a is _c.CATEGORY_DIGIT:
                chars.add(r"\d")
            elif o is _c.RANGE and a[1] - a[0] < _CLASS_MAX:
                chars.update(re.escape(chr(i)) for i in range(a[0], a[1] + 1))
            else:  # NEGATE, another category, a wide range
                return None, False
        return chars, False
    if op is _c.SUBPATTERN:
        return (None, False) if av[1] & re.IGNORECASE else _firsts(av[3])
    if op is _c.ATOMIC_GROUP:
        return _firsts(av)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) or op is getattr(_c, "POSSESSIVE_REPEAT", None):
        chars, empty = _firsts(av[2])
        return chars, empty or av[0] == 0
    if op is _c.BRANCH:
        out, empty = set(), False
        for alt in av[1]:
            chars, e = _firsts(alt)
            if chars is None:
                return None, False
            out |= chars
            empty = empty or e
        return out, empty
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return set(), True  # zero width
    return None, False  # any character, a back reference, a conditional group


def opened(pattern: str) -> str:
    """`pattern` behind a lookahead for the characters its matches open with (derived from its syntax tree), where
    it opens with zero-width or optional pieces (a lookbehind, `(?:主动)?`…): the engine, which finds no first
    character to scan for there, then leaves a position after one test instead of trying every piece. The same
    matches. Unchanged where the set is unknown or a match may be empty."""
    parsed = _parser.parse(pattern)
    if _compiler._code(parsed, 0)[2] & (_c.SRE_INFO_PREFIX | _c.SRE_INFO_CHARSET):
        return pattern  # the engine scans for its first characters already
    chars, empty = _firsts(parsed)
    if chars is None or empty or not chars:
        return pattern
    return "(?=[" + "".join(sorted(chars)) + "])" + pattern


def parse_width(pattern: str) -> tuple[int, int]:
    """The fewest and most characters a match of `pattern` spans (the parser's own reckoning)."""
    return _parser.parse(pattern).getwidth()


def anchors(pattern: re.Pattern) -> list[frozenset[str]] | None:
    """Word sets every match of `pattern` contains one word of each; None when nothing is required."""
    if pattern.flags & re.IGNORECASE:
        return None
    x = _seq(_parser.parse(pattern.pattern, pattern.flags))
    if isinstance(x, _Exact):
        sets = [w] if (w := _words(x)) is not None else []
    else:
        sets = list(x) if isinstance(x, _Need) else []
    return sets or None


class Prefilter:
    """For a text, which of `patterns` may match it (indices in the given order). Patterns without an
    anchor are always tried."""

    def __init__(self, patterns: Sequence[re.Pattern], rare: bool = False):
        self.always: list[int] = []
        sets: dict[frozenset[str], int] = {}  # each distinct word set once (the units are every pattern's)
        self._rest: list[tuple[int, ...]] = []  # per pattern: the word sets checked after the first
        by_word: dict[str, set[int]] = {}
        for i, pat in enumerate(patterns):
            needs = anchors(pat)
            if needs is None:
                self.always.append(i)
                self._rest.append(())
                continue
            first = _best(_Need(needs))
            self._rest.append(tuple(sets.setdefault(ws, len(sets)) for ws in needs if ws != first))
            for w in first:
                by_word.setdefault(w, set()).add(i)
        # one pattern per word set (any_of): one scan in C says whether any is there
        self._sets = [any_of(ws) for ws in sets]
        self._by_first: dict[str, list[tuple[str, frozenset[int]]]] = {}
        for w, idx in by_word.items():
            self._by_first.setdefault(w[0], []).append((w, frozenset(idx)))
        # the text's characters that open a first word, found by one scan in C: iterating the text into a set makes a
        # string object of every CJK character it holds, and most of them open no word
        self._first_chars = re.compile("[" + "".join(sorted(map(re.escape, self._by_first))) + "]") if self._by_first \
            else None
        # `any_word`: one scan for any pattern's first words — a text where it finds none has no candidate (None when
        # a pattern is always tried); with `rare` (most texts hold none of the words: a colon after a bracket) it is
        # tried before the scan for the first words' characters (_first_chars)
        self.any_word = any_of(by_word) if by_word and not self.always else None
        self._none = self.any_word if rare else None

    def candidates(self, text: str) -> list[int]:
        if self._none is not None and self._none.search(text) is None:
            return []
        found = set(self.always)
        by_first = self._by_first
        for ch in set(self._first_chars.findall(text)) if self._first_chars is not None else ():
            for w, idx in by_first[ch]:
                if w in text:
                    found.update(idx)
        if not found:
            return []
        seen: dict[int, bool] = {}
        out = []
        for i in sorted(found):
            for k in self._rest[i]:
                there = seen.get(k)
                if there is None:
                    there = seen[k] = self._sets[k].search(text) is not None
                if not there:
                    break
            else:
                out.append(i)
        return out


class Anchored:
    """A compiled pattern searched, matched or iterated only where the part of the text searched holds a word of its
    most telling required set (the words of a match lie inside it, so inside those bounds): one scan in C for them,
    and where none is there (most sentences), no match is tried at all. The same answers as the pattern's own."""

    __slots__ = ("pattern", "_words", "_reach")

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern
        needs = anchors(pattern)
        self._words = None if needs is None else any_of(_best(_Need(needs)))
        # the most characters a match spans (the parser's reckoning; lookarounds consume none, and the required words
        # are never taken from inside one): a match at a position holds its word within that reach of it
        self._reach = _parser.parse(pattern.pattern, pattern.flags).getwidth()[1]

    def _absent(self, string: str, pos: int, endpos: int) -> bool:
        return self._words is not None and self._words.search(string, pos, endpos) is None

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        return None if self._absent(string, pos, endpos) else self.pattern.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        # looked for only within a match's reach of `pos`, not to the end: a list reader asks at every comma of a sentence
        # (unmarked.read_unmarked), and a search to the end each time reads the sentence over and over
        pos = max(pos, 0)
        return None if self._absent(string, pos, min(endpos, pos + self._reach)) \
            else self.pattern.match(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match]:
        return iter(()) if self._absent(string, pos, endpos) else self.pattern.finditer(string, pos, endpos)


class AnyOf:
    """Whether a text (within bounds) holds a match of any of several patterns: each searched in turn, so each keeps
    the first character the engine scans for in C (one alternation of them, opening with different pieces, has
    none and is tried at every character)."""

    __slots__ = ("patterns",)

    def __init__(self, *patterns: re.Pattern):
        self.patterns = patterns

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        for p in self.patterns:
            m = p.search(string, pos, endpos)
            if m is not None:
                return m
        return None
