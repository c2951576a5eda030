"""Held-out pages of stop 32, measured at arrival on d5badc3 (eval/heldout/3311-3400.md): the mechanisms behind
their misses and false alarms, each on the real page and an edit of it that the old code read otherwise."""
from __future__ import annotations

from test_audit_support import eval_text, of, run, run_variant


def test_a_rate_of_the_applications_due_is_not_checked_against_those_received():
    # 3357 (广东省发改委 2024): '受理…408件,办结391件,到期办结率100%' — 到期 counts those whose time limit ran out,
    # a base no count of the page gives (the 17 open at the year's end may not be due yet)
    assert not of(run(eval_text(3357)), "prose.rate")
    # the same words with a plain rate: 391/408 is no 100 %
    found = of(run_variant(eval_text(3357), ("到期办结率", "办结率")), "prose.rate")
    assert len(found) == 1 and "391/408" in found[0].message
