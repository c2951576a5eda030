"""A list of one part that prints its share of the total (2709: '收到向区政府及其办公室申请的各类政府信息公开申请50件,其中
自然人申请48件,占比96%;答复47件,…'): a subset named, never a whole list, but its share is checked against its count over the
total (48/50 = 96 %)."""
from __future__ import annotations

from test_audit_support import eval_text, of, run, run_variant

HAIMEN = eval_text(2709)
APART = "占比与数目不符"


def shares(res):
    return [f for f in of(res, "prose.inconsistent") if APART in f.message]


def test_the_real_share_fits_and_the_subset_is_no_shortfall():
    assert not of(run(HAIMEN), "prose.inconsistent")


def test_a_share_off_its_count_is_raised():
    [f] = shares(run_variant(HAIMEN, ("自然人申请48件,占比96%", "自然人申请48件,占比86%")))  # edited copy
    assert (f.expected, f.actual) == (96.0, 86.0)


def test_a_smaller_subset_with_its_share_is_no_shortfall():
    # edited copy: part and share both changed so that they agree (40/50 = 80 %): a subset, nothing to say
    assert not of(run_variant(HAIMEN, ("自然人申请48件,占比96%", "自然人申请40件,占比80%")), "prose.inconsistent")
