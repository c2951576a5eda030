"""A count split in two by a label and its negation, with no marker (2672: '整年月报发文数42件,公开的42件,不公开的0件。'): every
item is one or the other, so the two parts are the whole (unmarked._negated_pair, whole_by "paired") and a sum below the
total is raised."""
from __future__ import annotations

from test_audit_support import eval_text, of, run, run_variant

from audits.prose.list_bridges import read_paragraph

TAIJI = eval_text(2672)


def short(res):
    return [f for f in of(res, "prose.inconsistent") if "发文数42件" in f.message]


def test_the_pair_is_read_whole():
    [(_, _, r)] = read_paragraph("整年月报发文数42件,公开的42件,不公开的0件。")
    assert r.paired and [p.value for p in r.parts] == [42, 0]


def test_two_counts_that_are_no_negated_pair_are_not_read_so():
    # (予以公开 / 不予公开 are two outcomes among others, not a label and its negation)
    assert not any(r.paired for _, _, r in read_paragraph("收到申请42件,予以公开40件,不予公开1件。"))


def test_the_real_pair_adds_up():
    assert not short(run(TAIJI))


def test_a_pair_short_of_its_total_is_raised():
    [f] = short(run_variant(TAIJI, ("公开的42件", "公开的41件")))  # edited copy: 41 + 0 < 42
    assert (f.expected, f.actual) == (42, 41) and f.severity == "warning"
