"""Form-B claim patterns (number first: `29件予以公开`) tried only where a figure starts (figure_starts.figure_starts,
matched_from): the same matches as a scan of the whole sentence, on every sentence of the real documents — among them
the copies that print their tables run into one line, hundreds of numerals a sentence, where the scan was slow."""
from __future__ import annotations

from audits.prose import claims
from audits.prose.figure_starts import figure_starts, matched_from
from audits.prose.patterns import NUM_FIRST
from test_audit_support import eval_sentences


def _spans(matches) -> list[tuple]:
    return [(m.span(), m.groupdict()) for m in matches]


def test_every_number_first_pattern_is_tried_at_figure_starts_only():
    tried = [pat for _, form, pat in claims._TRIED if form == "B" and pat in NUM_FIRST]
    assert len(tried) >= 30 and all(form == "B" for _, form, pat in claims._TRIED if pat in NUM_FIRST)
    sentences = eval_sentences()
    assert len(sentences) > 5000 and any(len(s) > 900 for s in sentences)  # a table run into one line among them
    differ = [(pat.pattern[:40], s[:60]) for s in sentences for pat in tried
              if _spans(matched_from(pat, s, figure_starts(s))) != _spans(pat.finditer(s))]
    assert not differ, differ[:5]


def test_a_start_inside_another_figure_is_kept():
    s = "收到约3件申请，其中十二件予以公开，1件为部分公开"
    assert [s[i] for i in figure_starts(s)] == ["约", "3", "十", "二", "1"]
    granted = next(pat for spec, form, pat in claims._TRIED if spec.kind == "partially_granted" and form == "B")
    assert [m.group() for m in matched_from(granted, s, figure_starts(s))] == ["1件为部分公开"]
