"""A change from last year said after a list's last part ('…报刊公开信息86条,相比去年,共增加43条', 安丘市住建局 2022,
held-out 2388: a warning false alarm on the stop's final code) moves on from the list; it is no fourth part of 486."""
from __future__ import annotations

from test_audit_support import of, run_variant

from conftest import eval_doc

RULE = "prose.inconsistent"


def test_a_change_after_the_parts_is_no_part():
    assert not of(run_variant(str(eval_doc("2388_"))), RULE)


def test_a_part_raised_above_the_total_is_still_caught():
    [f] = of(run_variant(str(eval_doc("2388_")), ("报刊公开信息86条", "报刊公开信息96条")), RULE)
    assert (f.expected, f.actual) == (486, 496) and "共增加" not in f.message
