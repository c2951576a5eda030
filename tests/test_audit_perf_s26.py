"""Stop 26's cuts to the audit's cost: each computes what it replaced, exactly, on real report text."""
from __future__ import annotations

from types import SimpleNamespace

from extractor.loaders import load

from conftest import EVAL_TEXT


def _paragraphs(glob: str = "1*.txt"):
    from audits.prose.text import paragraphs

    return [p for f in sorted(EVAL_TEXT.glob(glob)) for p in paragraphs(load(f).text)]


def _ctx():
    from audits.organ import classify

    return SimpleNamespace(year=2022, organ=classify(None, None), report=SimpleNamespace(sections=[]))


def test_a_sentence_the_claims_gate_passes_over_yields_no_claim_on_every_eval_text():
    # claims._MAY_HOLD: a figure's end, one figure for a list (均为0件) or a word of a statement of none (未收到…申请);
    # a sentence holding none of them yields nothing when read, so it is not read — and most sentences are such
    from audits.prose import claims
    from audits.prose.text import compact

    ctx = _ctx()
    skipped = read = 0
    for para in _paragraphs():
        for (a, b), may in zip(para.sentences(), para.holding(claims._MAY_HOLD)):
            found = claims._sentence_claims(ctx, para, a, b, True)
            if may:
                read += bool(found)
            else:
                skipped += 1
                assert found == [], para.text[a:b]
    assert skipped > 2 * read > 0
    for said in ("本机关未收到政府信息公开申请。", "行政复议和行政诉讼均为零。", "共收到政府信息公开申请12件。"):  # each way in
        p = compact(said)
        assert p.holding(claims._MAY_HOLD) == [True] and claims._sentence_claims(ctx, p, 0, len(said), True)
