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
        got = _numbered(_numbered_hits(text))  # (first: the text's own hits not kept yet, so its lines are read alone)
        want = _numbered(heading_hits(text))
        assert got == want
        assert _numbered(_numbered_hits(text)) == want  # (then: the kept hits, as after the extraction)
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


def _prefilters():
    import gc

    from audits.prose.anchors import Anchored, Prefilter

    import audits.rules  # noqa: F401  (every reader's patterns built)
    return [o for o in gc.get_objects() if isinstance(o, (Prefilter, Anchored))]


def test_any_of_finds_a_word_wherever_an_alternation_of_the_words_does():
    # anchors.any_of (a tree of alternations) against the plain alternation of the same words, longest first: the same
    # answer to "is any there" for every word set of every Prefilter and Anchored, on every sentence and paragraph
    import re

    from audits.prose.anchors import Anchored
    from audits.prose.text import paragraphs

    found = _prefilters()
    assert len(found) >= 4
    pairs = []
    for o in found:
        pats = [o._words] if isinstance(o, Anchored) else [*o._sets, o.any_word]
        for p in pats:
            if p is None:
                continue
            words = _words_of(p.pattern)
            pairs.append((p, re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))))
    texts = []
    for p in sorted(EVAL_TEXT.glob("*.txt"))[::3]:
        for para in paragraphs(load(p).text):
            texts.append(para.text)
            texts += [para.text[a:b] for a, b in para.sentences()]
    hits = 0
    for new, old in pairs:
        for t in texts:
            a, b = new.search(t) is not None, old.search(t) is not None
            assert a == b
            hits += a
    assert hits > 1000


def _words_of(tree: str) -> list[str]:
    """The words a pattern of any_of stands for (its tree spelled out)."""
    import re

    from re import _parser

    def spell(items) -> list[str]:
        out = [""]
        for op, av in items:
            if op is _parser.LITERAL:
                out = [w + chr(av) for w in out]
            elif op is _parser.SUBPATTERN:
                out = [w + x for w in out for x in spell(av[-1])]
            elif op is _parser.IN:  # (single characters of a branch the parser folds into a class)
                assert all(o is _parser.LITERAL for o, _ in av)
                out = [w + chr(c) for w in out for _, c in av]
            elif op is _parser.BRANCH:
                out = [w + x for w in out for alt in av[1] for x in spell(alt)]
            else:
                raise AssertionError(op)
        return out

    return spell(_parser.parse(tree))
