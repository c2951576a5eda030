"""Label matching: one normal form for the template's labels and the documents' cells.

FORMAT.md §10: remove spaces and line breaks; treat ( ) and （ ）, 、 and ，as equivalent. We drop all
punctuation and whitespace, so `（三）不予公开` and `(三) 不予公开` meet in `三不予公开`.
"""
from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache

_DROP = re.compile(r"[\s\u3000\u00a0\u2000-\u200f\ufeff()（）【】\[\]{}、，,。．.:：;；“”\"'‘’《》〈〉<>|｜/／\\\-—–_~·•*#?？!！]+")


@lru_cache(maxsize=8192)
def match_key(text: str) -> str:
    """The comparison form of a label or heading (NFKC, no whitespace, no punctuation)."""
    return _DROP.sub("", unicodedata.normalize("NFKC", text))


def similarity(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


class LabelSet:
    """A set of (label → target) with exact, variant and fuzzy lookup.

    Fuzzy matching is for typos and lost characters ("行政止公开", "本年发件"); it only answers when one
    target is clearly best, so a near-miss never lands on the wrong row.
    """

    def __init__(self, entries: list[tuple[str, object]], min_ratio: float = 0.82):
        self.exact: dict[str, object] = {}
        for label, target in entries:
            self.exact.setdefault(match_key(label), target)
        self.keys = list(self.exact)
        self.min_ratio = min_ratio
        self._memo: dict[str, object | None] = {}  # fuzzy answers; the same cells recur across reports

    def lookup(self, text: str) -> object | None:
        key = match_key(text)
        if not key:
            return None
        hit = self.exact.get(key)
        if hit is not None:
            return hit
        if key in self._memo:
            return self._memo[key]
        if len(self._memo) > 50000:
            self._memo.clear()
        self._memo[key] = found = self._fuzzy(key)
        return found

    def _fuzzy(self, key: str) -> object | None:
        if len(key) < 4:  # short labels (规章, 其他) only match exactly
            return None
        scored = sorted(((similarity(key, k), k) for k in self.keys if abs(len(k) - len(key)) <= max(3, len(k) // 3)),
                        reverse=True)
        if not scored or scored[0][0] < self.min_ratio:
            return None
        best_ratio, best = scored[0]
        for ratio, other in scored[1:]:
            if ratio > best_ratio - 0.08 and self.exact[other] != self.exact[best]:
                return None  # ambiguous
            break
        return self.exact[best]
