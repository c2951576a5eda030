"""prose.inconsistent: a total said as one (共) that closes a list of kinds given as examples before it (…A、B、C等信息
共26条) sums that list; the counts after the comma that name none of its kinds stand beside it, not its breakdown
(audits/prose/unmarked.read_unmarked). Real sentence of eval document 2174 (湛江市文广旅体局 2025), and the same
sentence with its first two counts renamed as two of the listed kinds."""
from __future__ import annotations

from test_audit_support import eval_text, of, run, run_variant

RULE = "prose.inconsistent"
# '发布普法宣传、法律法规及政策解读、执法监管领域典型案例等信息共26条,动态要闻109条,通知公告128条,重点领域信息公开27条,…'
ZHANJIANG = eval_text(2174)


def test_counts_after_a_total_of_examples_stand_beside_it():
    assert not [f for f in of(run(ZHANJIANG), RULE) if "共26条" in f.message]


def test_counts_naming_the_listed_kinds_are_still_its_breakdown():
    # two counts renamed: 动态要闻109条,通知公告128条 → 普法宣传9条,法律法规及政策解读18条 (9+18+27+11+1 = 66 > 26)
    res = run_variant(ZHANJIANG, ("动态要闻109条,通知公告128条", "普法宣传9条,法律法规及政策解读18条"))
    [f] = [f for f in of(res, RULE) if "共26条" in f.message]
    assert (f.expected, f.actual) == (26, 66) and f.severity == "warning"
