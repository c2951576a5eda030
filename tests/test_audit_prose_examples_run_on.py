"""A last item opened by 以及 whose examples run over a comma to their figure ('以及部门动态,旗县动态等其他信息2027条')
is one item: the list reads on to its figure instead of ending at the 以及 (held-out set 1875–1889: 1880, '发布主动公开
信息2130条。其中,…解读信息共90条,征集调查11期,在线访谈2期,以及部门动态,旗县动态等其他信息2027条')."""
from __future__ import annotations

from test_audit_support import TEXT, eval_text, of, run, run_variant

DOC = eval_text(1880)


def test_the_list_with_items_in_another_unit_holds_as_printed():
    # 90 + 2027 = 2117 < 2130: the 11期 and 2期 items are counted in another unit, so the list is not all counts
    assert not of(run_variant(DOC), "prose.inconsistent")


def test_a_part_raised_above_the_total_is_caught():
    # 90 → 110 (w1880_docs): 110 + 2027 = 2137 > 2130
    found = of(run_variant(DOC, ("解读信息共90条", "解读信息共110条")), "prose.inconsistent")
    assert len(found) == 1 and "2137" in found[0].message


BEILIN = TEXT + "2035_xian_beilin_touzihezuoju_2024.txt"
# '共42条。其中,涉及机构概况的信息1条,包括领导介绍及分工、部门职能等;涉及部门预决算的信息2条,包括…等;涉及…工作动态的信息39条,
# 包括…日常工作信息、工作亮点等。' = 42: each part's examples after 包括, no figure


def test_a_nested_list_of_examples_counts_nothing_and_the_list_goes_on():
    from audits.context import Context
    from audits.prose.parts import listings
    res = run(BEILIN)
    [item] = [i for i in listings(Context(res.report, res.text).prose) if i.total == 42]
    assert [p.value for p in item.parts] == [1, 2, 39]
    assert not of(res, "prose.inconsistent")
    # hidden weak spot w2035_prose: 1 + 2 + 49 = 52 > 42
    [f] = of(run_variant(BEILIN, ("工作动态的信息39条", "工作动态的信息49条")), "prose.inconsistent")
    assert (f.expected, f.actual) == (42, 52)
