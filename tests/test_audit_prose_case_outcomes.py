"""A figure after a count of 复议/诉讼 cases, in the run of outcomes that count opens, is about those cases — not a
result of the applications (real report pages; one word changed where a variant is named)."""
from __future__ import annotations

from audits.context import Context

from test_audit_support import TEXT, of, run_variant, variant

P1243 = TEXT + "1243_jining_renshe_2020.txt"  # '全年共收到行政复议1件,维持结果1件,尚未办结0件;未经复议直接诉讼0件…'
P1271 = TEXT + "1271_zhoukou_shi_2020.txt"  # '收到行政复议66件,结果维持33件,结果纠正10件,其他结果20件,尚未审结3件'
P694 = TEXT + "694_zhonglou_nandajiejiedao_2024.txt"


def _claims(path: str, *edits: tuple[str, str]) -> list[tuple[str, float, str]]:
    text, report = variant(path, *edits)
    return [(c.kind, c.value, c.text) for c in Context(report, text).claims]


def test_an_outcome_after_a_count_of_review_cases_is_the_cases():
    claims = _claims(P1243)
    assert ("review", 1, "行政复议1件") in claims
    assert not [c for c in claims if c[0] == "results"]  # '尚未办结0件' is the 复议 case's
    # the applications of the same paragraph are still read
    assert ("received", 21, "受理依申请信息公开21件") in claims
    # with a carry-over stated, the balance no longer takes the 复议's 办结0件 for the applications answered
    res = run_variant(P1243, ("全部在规定时间内办结。", "全部在规定时间内办结,结转下年度0件。"))
    assert not [f for f in of(res, "prose.inconsistent") if "办结0件" in f.message]


def test_the_same_run_in_another_report():
    # 周口市 2020 writes 审结; with 办结 (the word 1243 uses) its cases' outcomes stay the cases'
    edit = ("其他结果20件,尚未审结3件", "其他结果20件,尚未办结3件")
    assert not [c for c in _claims(P1271, edit) if c[0] in ("results", "received", "handled")
                and c[2] != "收到政府信息公开申请347件"]
    # a clause naming 申请 speaks of applications, whatever came before it
    assert ("results", 0, "办结公开申请0件") in _claims(P694)


BAOJI = TEXT + "1552_baoji_fagaiwei_2021.txt"  # '全年收到行政复议3条,其中2撤销行政复议完结办理,1条正在办理中'
ANYANG = TEXT + "1509_anyang_xian_zhujianju_2025.txt"  # '行政复议有3件,其中,1件被复议机关撤销…,2件正在复议机关审理中'


def _split_notes(path: str, *edits: tuple[str, str]) -> list:
    return [f for f in of(run_variant(path, *edits), "prose.inconsistent") if "其中各项合计" in f.message]


def test_cases_told_down_to_the_pending_ones_must_add_up_to_their_count():
    # as published each split adds up (3 = 2 + 1, 3 = 1 + 2, 1 = 1 + 0, 66 = 33 + 10 + 20 + 3)
    for path in (BAOJI, ANYANG, P1243, P1271):
        assert not _split_notes(path), path
    # the count raised by one: the outcomes told, pending ones included, leave one case untold — a note, since
    # the outcome of that case may be one the sentence does not name
    for path, edit, whole in ((BAOJI, ("收到行政复议3条", "收到行政复议4条"), 4),
                              (ANYANG, ("行政复议有3件", "行政复议有4件"), 4),
                              (P1243, ("收到行政复议1件", "收到行政复议2件"), 2)):
        [f] = _split_notes(path, edit)
        assert (f.severity, f.expected) == ("info", whole) and "其余 1" in f.message, path
    # a split that does not reach the pending cases may be a selection (1 corrected of 4): nothing
    assert not _split_notes(ANYANG, ("行政复议有3件", "行政复议有4件"), (",2件正在复议机关审理中", ""))
    # the four outcomes named: short of the count is a warning, as before
    [f] = _split_notes(P1271, ("收到行政复议66件", "收到行政复议67件"))
    assert f.severity == "warning"


P1975 = TEXT + "1975_chaoyang_shizhengfuban_2021.txt"  # '其中1件次经省政府行政复议后产生行政诉讼…;1件次未经行政复议直接产生行政诉讼'


def test_a_case_not_through_review_is_no_review_case():
    # 未经行政复议: a litigation filed directly, not a second count of review cases
    assert ("litigation_direct", 1, "1件次未经行政复议直接产生行政诉讼") in _claims(P1975)
    assert not any(kind == "review" and "未经" in text for kind, _, text in _claims(P1975))
    # one number changed: 1件次未经 → 2件次未经 (consistent: 1 review case, 2 direct cases) — no 'said twice' finding
    res = run_variant(P1975, ("1件次未经", "2件次未经"))
    assert not [f for f in of(res, "prose.inconsistent") if "同一数量" in f.message]


LEPING = TEXT + "2066_leping_shi_2025.txt"  # '本年度收到收到行政复议6件,5件维持结果,1件经沟通解释后撤销复议。'


def test_outcomes_printed_number_first_are_the_cases():
    claims = _claims(LEPING)
    assert ("review.upheld", 5, "5件维持结果") in claims
    assert ("review.other", 1, "1件经沟通解释后撤销复议") in claims  # withdrawn by the applicant: 其他结果
    assert not of(run_variant(LEPING), "prose.inconsistent")
    # hidden weak spot w2066_review: 6 upheld + 1 withdrawn > 6 cases
    [f] = of(run_variant(LEPING, ("5件维持结果", "6件维持结果")), "prose.inconsistent")
    assert "行政复议6件" in f.message and (f.expected, f.actual) == (6, 7)


NANZHENG = TEXT + "1910_nanzheng_qu_tradmirror_2024.txt"
# '行政復議案件2件,其中:結果維持1件,其他結果1件;行政訴訟案件1件,為復議后起訴,其他結果1件。'


def test_an_outcome_after_a_suit_that_followed_review_is_the_suits():
    assert ("litigation_after_review.other", 1, "其他结果1件") in _claims(NANZHENG)  # not review.other
    assert not of(run_variant(NANZHENG), "prose.inconsistent")
    # hidden weak spot w1910_lit: 2 outcomes of 1 suit
    [f] = of(run_variant(NANZHENG, ("起诉,其他结果1件", "起诉,其他结果2件")), "prose.inconsistent")
    assert "行政诉讼案件1件" in f.message and (f.expected, f.actual) == (1, 2)
