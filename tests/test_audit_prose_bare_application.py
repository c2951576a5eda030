"""`全年共收到90件申请,已办结86件、正在办理4件` (1847): applications named bare, in a paragraph whose sentences before
say what they are (二是规范依申请公开办理), and what is still open said keyword first (正在办理4件). Both are read, so
the prose's own balance is checked: the real sentence holds; with 86 → 85 it does not. An edited copy (one figure)."""
from __future__ import annotations

from audits.context import Context
from test_audit_support import TEXT, of, run, run_variant

RULE = "prose.inconsistent"
BEIJING = TEXT + "1847_beijing_chengguanwei_2022.txt"  # 二是规范依申请公开办理。…全年共收到90件申请,已办结86件、正在办理4件


def read(res) -> list:
    return sorted((c.kind, c.value) for c in Context(res.report, res.text).claims
                  if c.kind in ("received", "results", "carried_forward") and c.why_not is None)


def test_bare_applications_after_the_paragraph_names_them_are_read():
    res = run(BEIJING)
    assert read(res) == [("carried_forward", 4), ("received", 90), ("results", 86)]
    assert not of(res, RULE)
    # one answered fewer: 85 + 4 = 89 < 90, caught by the balance
    assert [(f.expected, f.actual) for f in of(run_variant(BEIJING, ("已办结86件", "已办结85件")), RULE)] == [(90, 89)]


def test_bare_applications_in_a_paragraph_that_never_names_disclosure_are_not_read():
    # the same paragraph with its 依申请公开 taken out: 申请 alone may be any application
    res = run_variant(BEIJING, ("二是规范依申请公开办理", "二是规范办理"))
    assert ("received", 90) not in read(res)
