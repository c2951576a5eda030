"""The prose patterns' prefilter: each pattern is scanned only in sentences holding the words it requires,
the words are derived from the pattern itself (a new pattern is covered without a list to edit), and no
sentence of the real documents loses a match the full scan finds."""
from __future__ import annotations

import re
from pathlib import Path

from audits.prose import claims
from audits.prose.anchors import Prefilter, anchors
from audits.prose.patterns import SPECS, ZERO
from test_audit_support import eval_sentences

ROOT = Path(__file__).resolve().parents[1]


def test_every_prose_pattern_has_words_it_requires_or_is_declared_always_tried():
    missing = [f"{spec.kind} {form}: {pat.pattern[:60]}" for spec, form, pat in claims._TRIED
               if anchors(pat) is None and pat.pattern not in claims.ALWAYS_TRIED]
    missing += [f"ZERO {kind}: {pat.pattern[:60]}" for kind, pat in ZERO
                if anchors(pat) is None and pat.pattern not in claims.ALWAYS_TRIED]
    assert not missing, "patterns with no derivable required word (add to claims.ALWAYS_TRIED or give them one):\n" \
        + "\n".join(missing)


def test_the_words_come_from_the_pattern():
    assert anchors(re.compile(r"(?:行政)?规范性文件(?:的)?\d+件")) == [frozenset({"规范性文件"}), frozenset({"件"})]
    # the shortest of a required alternative's words suffices (行政许可决定 holds 行政许可)
    assert anchors(re.compile(r"行政许可(?:决定|事项)?\d+(?:件|项)")) == [frozenset({"行政许可"}), frozenset({"件", "项"})]
    assert anchors(re.compile(r"(?<![予他])处理了?\d")) == [frozenset({"处理"})]  # a look-behind requires nothing
    # words on either side of a digit run are two requirements, never one word across it
    assert anchors(re.compile(r"结转(?:至)?(?P<y>\d{4})年\d+件")) == \
        [frozenset({"结转"}), frozenset({"年"}), frozenset({"件"})]
    assert anchors(re.compile(r"\d{4}")) is None and anchors(re.compile(r"(?:\d+|[一二])件")) == [frozenset({"件"})]
    assert anchors(re.compile(r"(?:收到|受理)?\d+")) is None  # optional words: nothing required
    assert anchors(re.compile(r"(?i:app)\d+")) is None  # any case: not a literal
    assert anchors(re.compile(r"(?:复议|.)\d+")) is None  # one alternative requires nothing


def test_a_pattern_added_later_is_filtered_without_a_word_list():
    pf = Prefilter([re.compile(r"受理(?:了)?\d+件"), re.compile(r"新设栏目\d+个"), re.compile(r"\d+")])
    assert pf.candidates("新设栏目5个") == [1, 2]  # the third requires no word: always tried
    assert pf.candidates("受理了3件，新设栏目5个") == [0, 1, 2]
    assert pf.candidates("本年无变化") == [2]


def test_the_prefilter_keeps_every_pattern_that_matches_a_real_sentence():
    patterns = [pat for _, _, pat in claims._TRIED] + [pat for _, pat in ZERO]
    pf = Prefilter(patterns)
    sentences = eval_sentences()
    assert len(sentences) > 5000
    lost = [(i, s) for s in sentences for i in range(len(patterns))
            if patterns[i].search(s) and i not in pf.candidates(s)]
    assert not lost
    kept = sum(len(pf.candidates(s)) for s in sentences)
    assert kept < 0.1 * len(patterns) * len(sentences)  # and it does filter


def test_candidates_are_those_of_the_full_scan_in_the_same_order():
    def full(s):
        if claims._ANY_NUM.search(s) is None:
            return []
        return [(spec.kind, form, m.span()) for spec in SPECS for form, pat in (("A", spec.before), ("B", spec.after))
                if pat is not None for m in pat.finditer(s)]

    for s in eval_sentences():
        assert [(spec.kind, form, m.span()) for spec, m, form in claims._candidates(s)] == full(s), s


def test_the_group_headings_are_scanned_only_where_their_words_stand():
    # groups.py's two patterns (the announcing colon, a heading's '(26条):') on every real paragraph: a paragraph
    # the prefilter passes over holds no match, and `rare` (one scan for any word first) answers as the full one
    from audits.prose import groups
    from audits.prose.text import paragraphs

    patterns = [groups._ANNOUNCES, groups._HEAD]
    full = Prefilter(patterns)
    paras = [p.text for f in sorted((ROOT / "eval/docs/text").glob("*.txt"))
             for p in paragraphs(f.read_text(encoding="utf-8", errors="replace"))]
    assert len(paras) > 5000
    for t in paras:
        may = groups._MAY.candidates(t)
        assert may == full.candidates(t), t
        assert all(i in may for i, pat in enumerate(patterns) if pat.search(t)), t
    assert sum(1 for t in paras if groups._MAY.candidates(t)) < 0.2 * len(paras)  # and it does filter
