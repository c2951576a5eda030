"""A count followed by 办理结果为 and its results (2713: '2022年政府新收依申请公开数量为2件,办理结果为予以公开2件;部门新收依申请
公开数量为4件,办理结果为予以公开1件,无法提供2件,不予处理1件;…'): the results are that count's list (list_words._RESULTS_ARE),
and an item naming no result (the next 新收 count) ends it (cases.not_a_result)."""
from __future__ import annotations

from test_audit_support import eval_text, of, run, run_variant

from audits.prose.list_bridges import read_paragraph

LIPU = eval_text(2713)
SENTENCE = ("2022年政府新收依申请公开数量为2件,办理结果为予以公开2件;部门新收依申请公开数量为4件,办理结果为予以公开1件,"
            "无法提供2件,不予处理1件;因政府信息公开被申请行政复议、行政诉讼数量为0件。")


def over(res):
    return [f for f in of(res, "prose.inconsistent") if "多于总数" in f.message and "新收" in f.message]


def test_each_count_lists_its_own_results():
    read = [(r.total.group("num"), [p.value for p in r.parts]) for _, _, r in read_paragraph(SENTENCE)]
    assert ("2", [2]) in read and ("4", [1, 2, 1]) in read


def test_the_real_results_fit():
    assert not over(run(LIPU))


def test_results_above_their_count_are_raised():
    [f] = over(run_variant(LIPU, ("无法提供2件,不予处理1件", "无法提供2件,不予处理2件")))  # edited copy: 1 + 2 + 2 > 4
    assert (f.expected, f.actual) == (4, 5)
