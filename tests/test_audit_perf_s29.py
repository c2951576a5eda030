"""Stop 29's cuts to the audit's cost: each skips or speeds up work whose answer is known, on real report text."""
from __future__ import annotations

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
