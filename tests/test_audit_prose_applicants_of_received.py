"""Applicant types that add up to the applications received, said after a later figure of the account, split the
received (held-out 3089, 东台市 2023: '共收到依申请公开400件,上年度结转26件,转下年度办理18件,共办理408件,其中自然人申请393件,
法人或其他组织申请7件'): 393 + 7 = 400 — applicants are counted as applications come in; not 400 against the 408."""
from __future__ import annotations

from test_audit_support import eval_text, of, run, run_variant

DOC = eval_text(3089)


def test_the_applicants_split_the_received_figure():
    assert not of(run(DOC), "prose.inconsistent")


def test_applicants_that_add_up_to_neither_are_still_caught():
    res = run_variant(DOC, ("自然人申请393件", "自然人申请395件"))
    assert any("其中各项合计 402" in f.message for f in of(res, "prose.inconsistent"))
