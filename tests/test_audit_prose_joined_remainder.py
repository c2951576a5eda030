"""prose.inconsistent: a last category joined to 其他 by 及/和/与 ('财务及其他信息4条', eval 2151 冯原镇 2021) covers what
the others leave, as '其他信息4条' does, so the list is whole and falling short of its total is wrong
(audits/prose/parts._REMAINDER). The real sentence, and the same sentence with one figure changed."""
from __future__ import annotations

from test_audit_support import eval_text, of, run, run_variant

RULE = "prose.inconsistent"
FENGYUAN = eval_text(2151)  # '在政府门户网站公开信息18条。其中新闻报道14条,财务及其他信息4条。' (14 + 4 = 18)


def test_the_list_closed_by_a_joined_remainder_holds():
    assert not [f for f in of(run(FENGYUAN), RULE) if "18条" in f.message]


def test_falling_short_of_the_total_with_a_joined_remainder_last_is_found():
    # one figure changed: 财务及其他信息4条 → 3条 (14 + 3 = 17 < 18)
    [f] = [f for f in of(run_variant(FENGYUAN, ("财务及其他信息4条", "财务及其他信息3条")), RULE) if "18条" in f.message]
    assert (f.expected, f.actual) == (18, 17) and f.severity == "warning" and "「其他」收尾" in f.message
