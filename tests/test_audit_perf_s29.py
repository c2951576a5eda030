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
