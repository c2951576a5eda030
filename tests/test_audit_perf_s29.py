"""Stop 29's cuts to the audit's cost: each skips or speeds up work whose answer is known, on real report text."""
from __future__ import annotations

import pytest

from extractor.loaders import load

from conftest import EVAL_TEXT


def _paragraphs(glob: str = "1[0-4]*.txt"):
    from audits.prose.text import paragraphs

    return [p for f in sorted(EVAL_TEXT.glob(glob)) for p in paragraphs(load(f).text)]


def test_a_paragraph_without_a_published_count_gets_no_bracket_depths(monkeypatch):
    # marks.mark_parts marks the published counts of a paragraph: with none (most paragraphs) there is nothing to
    # mark, so the per-character bracket depths are never worked out for it
    from audits.prose import marks

    paras = [p for p in _paragraphs() if "（" in p.text or "(" in p.text]
    assert len(paras) > 50

    def no_depths(text):
        raise AssertionError("depths worked out for a paragraph with nothing to mark")

    monkeypatch.setattr(marks, "depths", no_depths)
    for para in paras:
        marks.mark_parts(para.text, [])


def test_shares_apart_skips_a_paragraph_without_a_percent_sign_and_reads_the_rest(monkeypatch):
    # every share SHARE_OF reads ends with % or ％: a paragraph printing neither has none, so its sentences are
    # not cut out (Para.full_sentences) nor searched for figures
    from audits.prose.shares import shares_apart

    without = [p for p in _paragraphs() if "%" not in p.text and "％" not in p.text]
    with_pct = [p for p in _paragraphs() if "%" in p.text or "％" in p.text]
    assert len(without) > 500 and len(with_pct) > 20
    for para in without:
        assert shares_apart(para, []) == []
        assert para._full is None  # never cut into sentences
    for para in with_pct:
        shares_apart(para, [])
        assert para._full is not None


def test_shares_apart_still_finds_the_share_its_whole_cannot_give():
    # 2298 with one share edited (591/1852 = 31.91 %, printed 33.91 %): the paragraph prints % and is read as before
    from audits.prose.shares import shares_apart
    from audits.prose.text import paragraphs

    text = load(next(EVAL_TEXT.glob("2298_*.txt"))).text.replace("成都591件(占31.91%)", "成都591件(占33.91%)")
    found = [x for p in paragraphs(text) for x in shares_apart(p, [])]
    assert [(x.count, x.share, x.base) for x in found] == [(591, "33.91", 1852)]


@pytest.mark.parametrize("stem", ["1*.txt"])
def test_arithmetic_reads_an_identity_exactly_where_all_its_cells_are_readable(stem):
    # arithmetic.evaluate tests the cells' states in C (map); the same flags as a generator per identity
    from audits.context import Context
    from audits.rules.arithmetic import evaluate, identities
    from extractor import read_report

    seen = unknown = 0
    for f in sorted(EVAL_TEXT.glob(stem))[:200]:
        try:
            doc, report = read_report(f)
        except Exception:
            continue
        ctx = Context(report, doc.text)
        readable = ("value", "inferred", "blank")
        flags = [all(ctx.state.get(k) in readable for k in i.lhs + i.rhs) for i in identities(ctx)]
        statuses = [e.status for e in evaluate(ctx).evaluations]
        assert [s != "unknown" for s in statuses] == flags
        seen += any(flags)
        unknown += not all(flags)
    assert seen > 10 and unknown > 10
