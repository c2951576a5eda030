"""`全年共收到90件申请,已办结86件、正在办理4件` (1847): applications named bare, in a paragraph whose sentences before
say what they are (二是规范依申请公开办理), and what is still open said keyword first (正在办理4件). Both are read, so
the prose's own balance is checked: the real sentence holds; with 86 → 85 it does not. An edited copy (one figure).
The same with no object at all ('全年共收到90件', an edited copy of the phrase): a clause of only when, verb and count."""
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


def test_a_count_received_with_no_object_at_all_is_read_in_the_same_paragraph():
    # edited copy (the weak spot is the phrase itself): '全年共收到90件' with no 申请 in its clause
    res = run_variant(BEIJING, ("全年共收到90件申请", "全年共收到90件"))
    assert read(res) == [("carried_forward", 4), ("received", 90), ("results", 86)] and not of(res, RULE)
    both = run_variant(BEIJING, ("全年共收到90件申请", "全年共收到90件"), ("已办结86件", "已办结85件"))
    assert [(f.expected, f.actual) for f in of(both, RULE)] == [(90, 89)]
    # the paragraph naming no disclosure on application: 收到90件 may be anything
    res = run_variant(BEIJING, ("全年共收到90件申请", "全年共收到90件"), ("二是规范依申请公开办理", "二是规范办理"))
    assert ("received", 90) not in read(res)


def test_a_bare_count_after_other_words_in_its_clause_is_not_read_as_received():
    # 716: '2022年共受理依申请公开19件,邮箱受理2件' — a channel's count, which must not make the 19 ambiguous
    res = run(TEXT + "716_chaoyang_shuangtaqu_2022.txt")
    claims = [(c.kind, c.value, c.why_not) for c in Context(res.report, res.text).claims if c.kind == "received"]
    assert claims == [("received", 19, None)]
