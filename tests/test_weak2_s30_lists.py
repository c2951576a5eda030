"""Held-out weak spots and false alarms of stop 30 (fix-weak2-s30): real sentences, as printed (silent) and with one
printed figure edited (raised with the edit's figures)."""
from __future__ import annotations

from test_audit_support import eval_text, of, run, run_variant

HUANGSHIGANG = eval_text(2902)


def about(res, word: str) -> list[str]:
    return [f.message for f in of(res, "prose.inconsistent") if word in f.message]


def test_a_grand_total_named_by_its_noun_closes_the_run_before_it():
    # 1319 (its own 含 bracket) + 发布动态资讯1219 = 信息发布总量达2538: a grand total, no part of the 1319
    assert not about(run(HUANGSHIGANG), "1319条")
    res = run_variant(HUANGSHIGANG, ("信息发布总量达2538条", "信息发布总量达2548条"))
    assert about(res, "") == ["一、总体情况：正文所列各项（全年全区累计更新政府信息1319条 + 发布动态资讯1219条）之和为 2538条，"
                              "其后称「信息发布总量达2548条」，与之不符"]
    res = run_variant(HUANGSHIGANG, ("政府信息公开1115条", "政府信息公开1125条"))  # the bracket's own sum still read
    assert about(res, "") == ["一、总体情况：正文称「全年全区累计更新政府信息1319条」，所列各项合计 1329条（政府信息公开1125条 + "
                              "财政资金信息204条），多于总数"]


GUANGMINGLU = eval_text(2903)


def test_a_clause_on_what_the_total_covers_in_another_unit_stands_between_it_and_its_list():
    # '2025年共受理政府信息公开申请1件,涉及1个领域。其中予以公开申请1件,部分公开0件,…': the 其中 splits the 1件
    assert not about(run(GUANGMINGLU), "申请1件」")
    said = "一、总体情况：正文称「2025年共受理政府信息公开申请1件」，所列各项合计 2件（予以公开申请2件 + 部分公开0件 + 不予公开0件 + " \
           "无法提供0件 + 不予处理0件），多于总数"
    assert about(run_variant(GUANGMINGLU, ("其中予以公开申请1件", "其中予以公开申请2件")), "申请1件」") == [said]
    # (the same clause before a 其中 after a comma, in one sentence)
    edit = ("涉及1个领域。其中予以公开申请1件", "涉及1个领域,其中予以公开申请2件")
    assert about(run_variant(GUANGMINGLU, edit), "申请1件」") == [said]
