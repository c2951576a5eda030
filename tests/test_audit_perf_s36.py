"""Stop 36's cuts to the audit's cost: each computes what it replaced, exactly, on real report text."""
from __future__ import annotations

from extractor.enumerators import SECTION_NUMERAL
from extractor.loaders import load

from audits.rules.structure import _numbered_hits, heading_hits

from conftest import EVAL_TEXT


def _numbered(hits):
    return [h for h in hits if SECTION_NUMERAL.match(h[2])]


def test_a_heading_said_again_is_found_reading_only_the_lines_with_a_section_numeral():
    # structure._restated keeps the hits whose heading opens with a section numeral: read line by line from the lines
    # that print one, they are every such hit of segment.candidates over the whole text, in its order
    texts = [load(p).text for p in sorted(EVAL_TEXT.glob("*.txt"))]
    assert len(texts) > 900
    found = 0
    for text in texts:
        got = _numbered(_numbered_hits(text))  # (the text's own hits not kept yet: its lines are read alone)
        want = _numbered(heading_hits(text))
        assert got == want
        found += len(want)
    assert found > 1000


def test_a_numeral_and_its_mark_on_two_lines_open_no_heading():
    text = "前言。\n二\n、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n"
    got = _numbered(_numbered_hits(text))
    assert got == _numbered(heading_hits(text)) and [h[2] for h in got] == ["三、收到和处理政府信息公开申请情况"]


def test_a_marker_is_matched_where_its_words_stand_within_a_match_reach():
    # Anchored.match looks for the pattern's words only within the widest match's reach of the position: the same
    # answer as the pattern's own match at every position of every paragraph of the eval texts
    from audits.prose.list_words import MARKER
    from audits.prose.text import paragraphs

    assert 0 < MARKER._reach < 200
    tried = 0
    for p in sorted(EVAL_TEXT.glob("*.txt"))[::4]:
        for para in paragraphs(load(p).text):
            s = para.text
            for pos in range(len(s)):
                a, b = MARKER.match(s, pos), MARKER.pattern.match(s, pos)
                assert (a and a.span()) == (b and b.span())
                tried += b is not None
    assert tried > 100


def test_any_of_finds_a_word_wherever_an_alternation_of_the_words_does():
    # anchors.any_of (the fewest words, factored into a tree of alternations) against the plain alternation of the
    # words it was given: word sets drawn from the eval texts themselves — words sharing openings, words inside
    # others, single characters — and the same answer to "is any there" on every sentence and paragraph sampled
    import random
    import re

    from audits.prose.anchors import any_of
    from audits.prose.text import paragraphs

    texts = []
    for p in sorted(EVAL_TEXT.glob("*.txt"))[::7]:
        for para in paragraphs(load(p).text):
            texts.append(para.text)
            texts += [para.text[a:b] for a, b in para.sentences()]
    rng = random.Random(36)
    sets = []
    for _ in range(60):
        t = rng.choice(texts)
        words = set()
        for _ in range(rng.randint(1, 12)):
            at = rng.randrange(max(1, len(t) - 4))
            w = t[at:at + rng.randint(1, 4)]
            words |= {w, w[:max(1, len(w) - 1)]}  # a word and its opening: one holds the other
        sets.append(sorted(words))
    hits = 0
    for words in sets:
        new, old = any_of(words), re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
        for t in texts[::3]:
            a = new.search(t) is not None
            assert a == (old.search(t) is not None), (words, t)
            hits += a
    assert hits > 1000
