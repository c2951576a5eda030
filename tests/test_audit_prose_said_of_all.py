"""A clause that opens with its figure and says what became of all of it (`64件申请均在法定期限内予以答复,其中予以公开30件,
占46.88%;部分公开14件,占21.88%;不予公开3件,占4.68%;无法提供9件`, 1944): that figure is the total the 其中 splits, so
its parts and their shares are read against 64. The real sentence holds (46.88 = 30/64; 4.68 truncates 4.6875); the
contradictions are edited copies (w1944_share: one share; one part)."""
from __future__ import annotations

from test_audit_support import TEXT, of, run, run_variant

RULE = "prose.inconsistent"
YUCHENG = TEXT + "1944_yucheng_shi_2024.txt"


def test_the_real_sentence_raises_nothing():
    assert not of(run(YUCHENG), RULE)


def test_a_share_the_count_does_not_give_is_raised_against_the_opening_figure():
    [f] = of(run_variant(YUCHENG, ("占46.88%", "占56.88%")), RULE)
    assert "30/64 = 46.9%" in f.message and f.actual == 56.88


def test_parts_above_the_opening_figure_are_raised():
    # 50 + 14 + 3 = 67 > 64, and 50 of 64 is not the 46.88% printed
    [total, share] = of(run_variant(YUCHENG, ("予以公开30件", "予以公开50件")), RULE)
    assert (total.expected, total.actual) == (64, 67) and "「64件」" in total.message
    assert "50/64 = 78.1%" in share.message and share.actual == 46.88


def test_a_clause_with_a_figure_after_its_opening_one_is_no_total():
    # '64件申请均在15个工作日内予以答复': a second figure in the clause, so the opening one is not taken as said of all
    found = of(run_variant(YUCHENG, ("64件申请均在法定期限内予以答复", "64件申请均在15个工作日内予以答复"),
                           ("占46.88%", "占56.88%")), RULE)
    assert not found
