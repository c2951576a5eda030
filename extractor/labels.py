"""Label matching: the one matcher every reader uses (parser, loaders, LLM grounding, audit messages).

A printed label is compared with the template's labels in steps, from the surest to the loosest, and the
answer says which step found it, so provenance can tell a reviewer how sure the match is:

- `exact`    the label's comparison form (FORMAT.md §10: no spaces, no punctuation, ( ) = （ ）);
- `variant`  a variant the template declares, or the label after folding declared synonyms
             (其它/其他, 合计/总计, 档案→文件 from traditional-script converters);
- `core`     both sides without enumerators (`1.`, `（三）`, `一、`) and without bracketed notes of any
             length (`规章(县级无此项)`, `上一年项目数量(指2019年事项数)`, `本年(2023)制发件数`), or the words
             before a definition the label carries after a colon (`规章:地方行政规章指…`);
- `fuzzy`    a core that contains exactly one template core (a label with words around it), or one
             close by edit distance (rapidfuzz) to one row and clearly closer than to any other: typos
             (`规范姓文件`) and lost characters. Near ties between different targets stay unmatched.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from .enumerators import LEADING
from .normalize import to_simplified

_DROP = re.compile(r"[\s\u3000\u00a0\u2000-\u200f\ufeff()（）【】\[\]{}、，,。．.:：;；“”\"'‘’《》〈〉<>|｜/／\\\-—–_~·•*#?？!！]+")
# a bracketed note: any content except a bare numeral (第二十条第（一）项 keeps its item number)
_NOTE = re.compile(r"[(（【〔\[](?![一二三四五六七八九十]{1,3}[)）】〕\]]|\d{1,2}[)）】〕\]])[^()（）【】〔〕\[\]]*[)）】〕\]]")
_OPEN_NOTE = re.compile(r"(?<=\S\S)[(（【〔\[][^()（）【】〔〕\[\]]*$")  # a note cut off at the cell's end
_SENTENCE = re.compile(r"[。；;！!？?]|[，,].*[，,]")  # prose, not a label
# a label that carries its definition after a colon ('规章:地方行政规章指各省…', '规范性文件:是指各级人民政府…'):
# the words before the colon, where what follows says what they mean (指 / 是指 near its start)
_DEFINED = re.compile(r"^(?P<label>[^:：。，,]{2,12})[:：](?=[^。]{0,10}指)")

MIN_FUZZY = 80  # rapidfuzz ratio (0–100): one wrong character in a five-character label is 80
TIE_MARGIN = 8  # a second different target this close to the best one makes the match ambiguous


@lru_cache(maxsize=8192)
def match_key(text: str) -> str:
    """The comparison form of a label or heading (NFKC, no whitespace, no punctuation)."""
    return _DROP.sub("", unicodedata.normalize("NFKC", text))


def fold(key: str, synonyms: tuple[tuple[str, str], ...]) -> str:
    """A match key with the template's synonyms folded to one spelling."""
    for a, b in synonyms:
        if a in key:
            key = key.replace(a, b)
    return key


@lru_cache(maxsize=8192)
def strip_notes(text: str) -> str:
    """The label without its enumerator(s) and bracketed notes, as printed text."""
    t = unicodedata.normalize("NFKC", text).strip()
    prev = None
    while prev != t:
        prev = t
        t = _NOTE.sub("", t)
    t = _OPEN_NOTE.sub("", t)
    prev = None
    while prev != t:  # "（三）1.属于…": a group's number, then the row's
        prev = t
        t = LEADING.sub("", t, count=1)  # a label's own number
    return t


def core_key(text: str, synonyms: tuple[tuple[str, str], ...] = ()) -> str:
    """The comparison form of a label's core: no enumerators, no notes, synonyms folded."""
    return fold(match_key(strip_notes(text)), synonyms)


@dataclass(frozen=True, slots=True)
class Match:
    target: object
    how: str  # exact | variant | core | fuzzy


class LabelSet:
    """A set of (label → target): every label of one table, each declared as canonical or variant.

    `match` answers only when one target is clearly meant, so a near miss never lands on the wrong row.
    """

    def __init__(self, entries: list[tuple[str, object, bool]], synonyms: tuple[tuple[str, str], ...] = (),
                 min_score: int = MIN_FUZZY, cut_tails=None):
        """`cut_tails`: which targets (a predicate) a label printed without its first character may name
        (_first_cut); none when not given."""
        self.synonyms = synonyms
        self.min_score = min_score
        self.exact: dict[str, Match] = {}
        folded: dict[str, Match] = {}
        cores: dict[str, set] = {}
        for label, target, canonical in entries:
            key = match_key(label)
            had = self.exact.get(key)
            if had is None or (canonical and had.how == "variant" and had.target == target):
                self.exact[key] = Match(target, "exact" if canonical else "variant")
            folded.setdefault(fold(key, synonyms), Match(target, "variant"))
            core = core_key(label, synonyms)
            if core:
                cores.setdefault(core, set()).add(target)
        self.folded = folded
        # a core shared by different targets answers nothing (其他: a column, and row 3.其他)
        self.cores = {k: next(iter(v)) for k, v in cores.items() if len(v) == 1}
        self._ambiguous_cores = {k for k, v in cores.items() if len(v) > 1}
        self._core_list = [k for k in cores if len(k) >= 2]
        # a label printed without its first character ('政许可' for 行政许可, a damaged copy): the targets
        # of each template core of 4+ characters under its tail
        tails: dict[str, set] = {}
        for k, targets in cores.items():
            if len(k) >= 4 and cut_tails is not None and any(cut_tails(t) for t in targets):
                tails.setdefault(k[1:], set()).update(targets)
        self._tails = {k: next(iter(v)) for k, v in tails.items() if len(v) == 1 and k not in cores}
        self._memo: dict[str, Match | None] = {}  # the same cells recur across reports

    def lookup(self, text: str) -> object | None:
        m = self.match(text)
        return None if m is None else m.target

    def match(self, text: str) -> Match | None:
        key = match_key(text)
        if not key:
            return None
        hit = self.exact.get(key)
        if hit is not None:
            return hit
        if text in self._memo:
            return self._memo[text]
        if len(self._memo) > 50000:
            self._memo.clear()
        self._memo[text] = found = self._loose(text, key)
        return found

    def _loose(self, text: str, key: str) -> Match | None:
        simple = to_simplified(text)  # a label handed over without the document's normalisation
        if simple != text:
            m = self.match(simple)
            return None if m is None else Match(m.target, "variant" if m.how == "exact" else m.how)
        hit = self.folded.get(fold(key, self.synonyms))
        if hit is not None:
            return Match(hit.target, "variant")
        core = core_key(text, self.synonyms)
        if not core or core in self._ambiguous_cores:
            return None
        target = self.cores.get(core)
        if target is not None:
            return Match(target, "core")
        defined = _DEFINED.match(unicodedata.normalize("NFKC", text).strip())
        if defined is not None:  # the label is its words before the definition, a note like a bracketed one
            m = self.match(defined.group("label"))
            return Match(m.target, "core") if m is not None and m.how != "fuzzy" else None
        if _SENTENCE.search(strip_notes(text)) or len(core) > 40:
            return None
        return self._contained(core) or self._fuzzy(core)

    def _contained(self, core: str) -> Match | None:
        """A core with a few words around one template core (行政许可事项, 本年度行政处罚)."""
        inside = {k for k in self._core_list if len(k) >= 3 and k in core and len(core) - len(k) <= 6}
        # the longest only: 本年处理决定数量 contains 处理决定数量
        inside = {k for k in inside if not any(k != o and k in o for o in inside)}
        targets = {self.cores.get(k) for k in inside}
        if len(targets) == 1 and None not in targets and not any(k in self._ambiguous_cores for k in inside):
            return Match(targets.pop(), "fuzzy")
        return None

    def _fuzzy(self, core: str) -> Match | None:
        if len(core) < 4:  # short labels (规章, 其他) only match exactly, or as a longer one's cut tail
            return self._first_cut(core)
        best = process.extract(core, self._core_list, scorer=fuzz.ratio, limit=6,
                               score_cutoff=self.min_score - TIE_MARGIN)
        if not best or best[0][1] < self.min_score or best[0][0] in self._ambiguous_cores:
            return None
        top, score = best[0][0], best[0][1]
        target = self.cores[top]
        for other, s, _ in best[1:]:
            if s > score - TIE_MARGIN and (other in self._ambiguous_cores or self.cores[other] != target):
                return None  # a near tie between different rows
        return Match(target, "fuzzy")


    def _first_cut(self, core: str) -> Match | None:
        """A 3-character core that is one template label of 4 characters or more without its first
        character, and the tail of no other ('政许可' → 行政许可; '政复议' is no row's): the copy lost the
        character. A reader takes it only where the row's values fit (fit_row), since a short tail is a
        weak sign."""
        target = self._tails.get(core) if len(core) == 3 else None
        return None if target is None else Match(target, "fuzzy")

    @staticmethod
    def is_cut_tail(text: str, how: str) -> bool:
        """Whether a match of `text` found as `how` is a label's cut tail (_first_cut): the only fuzzy
        match of a core under 4 characters."""
        return how == "fuzzy" and len(core_key(text)) < 4


# each character's comparison form, as KeyedText reads a line character by character (a body printed as one
# line is tens of thousands of them): the same few thousand characters recur in every report
_CHAR_KEYS: dict[str, str] = {}
_CHAR_KEYS_MAX = 1 << 16


class KeyedText:
    """A long line in comparison form (match_key) with each key character's offset in the printed text:
    labels are looked up in a run of text whose table rows were printed without separators ('…信息0000000
    2.其他法律…'), where no line or cell boundary tells where a label starts."""

    def __init__(self, text: str, base: int = 0):
        keys: list[str] = []
        starts: list[int] = []
        known = _CHAR_KEYS
        for i, ch in enumerate(text):
            k = known.get(ch)
            if k is None:
                k = match_key(ch)
                if len(known) < _CHAR_KEYS_MAX:
                    known[ch] = k
            keys.append(k)
            if len(k) == 1:
                starts.append(base + i)
            elif k:
                starts += [base + i] * len(k)
        self.key = "".join(keys)
        self.starts = starts
        self.end = base + len(text)

    def at(self, k: int) -> int:
        """The printed offset of key position k (the end of the text past the last one)."""
        return self.starts[k] if k < len(self.starts) else self.end

    def find(self, label: str, at: int = 0) -> tuple[int, int] | None:
        """(start, end) in key positions of the first occurrence of the label's comparison form at or after
        key position `at`."""
        key = match_key(label)
        k = self.key.find(key, at) if key else -1
        return None if k < 0 else (k, k + len(key))

    def printed(self, k: int, end: int) -> tuple[int, int]:
        """The printed span of key positions [k, end)."""
        return self.at(k), self.starts[end - 1] + 1 if end > k else self.at(k)
