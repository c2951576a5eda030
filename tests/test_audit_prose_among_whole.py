"""A list whose opening names what it splits (在主动公开的信息中), after a sentence whose figure is a share of the total
before it (held-out 3039, 列东街道 2025: '主动公开信息15条,…。公开本部门业务类信息11条,占总体的比例为73.33%,…。在主动公开的
信息中,安全生产、应急管理类的信息1条,占总体的比例为6.67%,公布了…等信息;机构职能类的信息有7条,…46.67%;其他应主动公开类的
信息有8条,…53.33%'): the list splits the 15 (11 is 73.33 % of it, a part), its parts run on past the remark '公布了…等信息'
— 1 + 7 + 8 = 16 > 15, the label's finding, and no share is read against the 11."""
from __future__ import annotations

from test_audit_support import eval_text, of, run, run_variant

DOC = eval_text(3039)
SUM = ("正文称「主动公开信息15条」，所列各项合计 16条（安全生产、应急管理类的信息1条 + 机构职能类的信息有7条 + "
       "其他应主动公开类的信息有8条），多于总数")


def test_the_list_splits_the_total_its_words_name():
    found = [f.message for f in of(run(DOC), "prose.inconsistent")]
    assert any(SUM in m for m in found)
    assert not any("11条" in m for m in found)  # no share of the part 11 (1/11 ≠ 6.67 % was a false alarm)


def test_the_list_made_whole_is_silent():
    res = run_variant(DOC, ("其他应主动公开类的信息有8条", "其他应主动公开类的信息有7条"), ("53.33%", "46.67%"))
    assert not of(res, "prose.inconsistent")


def test_an_edited_first_part_is_caught_past_its_remark():
    res = run_variant(DOC, ("其他应主动公开类的信息有8条", "其他应主动公开类的信息有7条"), ("53.33%", "46.67%"),
                      ("应急管理类的信息1条", "应急管理类的信息2条"))
    found = [f.message for f in of(res, "prose.inconsistent")]
    assert any("所列各项合计 16条（安全生产、应急管理类的信息2条 + 机构职能类的信息有7条 + 其他应主动公开类的信息有7条），多于总数"
               in m for m in found)
