"""Counts printed in the headings of a total's groups, each group its own paragraph (held-out set 1875–1889: 1887,
'…共计102条,主要包括:' then '基础信息公开(26条):…', '重点领域及基层公开(67条):…信息52条;公开乡镇基层政务信息15条。',
'决策与文件公开(9条):…'): the headings' counts are the total's parts, and each heading's count the total of the
figures after its colon."""
from __future__ import annotations

from test_audit_support import eval_text, of, run_variant

DOC = eval_text(1887)


def test_the_groups_hold_as_printed():
    # 102 = 26 + 67 + 9; 67 = 52 + 15
    assert not of(run_variant(DOC), "prose.inconsistent")


def test_a_heading_count_off_by_one_is_caught():
    # 基础信息公开 (26条) → (27条) (w1887_basic): 27 + 67 + 9 = 103 > 102
    found = of(run_variant(DOC, ("基础信息公开(26条)", "基础信息公开(27条)")), "prose.inconsistent")
    assert len(found) == 1 and "103条" in found[0].message and "102条" in found[0].message


def test_a_figure_under_a_heading_off_by_one_is_caught():
    # 乡镇基层政务信息 15 → 16 (w1887_village): 52 + 16 = 68 > 67
    found = of(run_variant(DOC, ("乡镇基层政务信息15条", "乡镇基层政务信息16条")), "prose.inconsistent")
    assert len(found) == 1 and "重点领域及基层公开(67条)" in found[0].message and "68条" in found[0].message
