"""The applications received split into the carry-in and the year's new count right after the figure, with no 其中
(held-out 2963, 遂宁市 2022: '受理依申请公开301件,上年度结转申请3件,新增298件,结转下年度继续办理45件'): 3 + 298 = 301,
so the 301 already holds the carry-in and the balance is 301 = 256 answered + 45 carried out. Where the two do not add
up to the figure the carry-in stands beside it, as before."""
from __future__ import annotations

from test_audit_support import eval_text, of, run, run_variant

DOC = eval_text(2963)


def balance(res) -> list[str]:
    return [f.message for f in of(res, "prose.inconsistent") if "不平衡" in f.message]


def test_carry_in_and_new_count_adding_up_to_the_figure_are_inside_it():
    assert not balance(run(DOC))


def test_a_carry_in_the_new_count_does_not_make_up_stands_beside_the_figure():
    res = run_variant(DOC, ("新增298件", "新增297件"))
    assert any("受理依申请公开301件＋上年度结转申请3件 = 304" in m for m in balance(res))


def test_an_answered_count_edited_is_still_caught():
    res = run_variant(DOC, ("结转下年度继续办理45件", "结转下年度继续办理46件"))
    assert balance(res)
