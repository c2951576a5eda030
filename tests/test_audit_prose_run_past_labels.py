"""A 其中-list cut at the ',' after its 、-run runs on past items that hold no figure (held-out 2300, 江苏省交通运输厅:
'…政府信息473条,其中发布省政府规章1件、行政规范性文件6件,发布政策解读信息15条;交通强国建设试点专栏,总结发布阶段性成效
33条;发布江苏省2023年交通重大项目清单,公开重大项目推进情况68条;…;每季度公开为民服务实事项目推进情况;发布…4条'): a column
named before its clause, or a remark, is no part and no end of a run of counts (list_parts._runs_on). A run with no count
before its cut (包括领导介绍及分工、部门职能等;…) is no count list, and a split another way (按类别划分) still ends it."""
from __future__ import annotations

from test_audit_support import eval_text, of, run, run_variant

RULE = "prose.inconsistent"
JIANGSU_JT = eval_text(2300)
BEILIN = eval_text(2035)  # 其中,涉及机构概况的信息1条,包括领导介绍及分工、部门职能等;涉及部门预决算的信息2条,包括…
GUANDU = eval_text(725)  # 827条,其中政府网站293条、…、其他渠道132条;按类别划分,政务信息类137条、…


def sums(res) -> list:
    return [(f.expected, f.actual) for f in of(res, RULE) if "所列各项合计" in f.message]


def test_the_page_holds():
    assert not sums(run(JIANGSU_JT))  # 6 + 15 + 33 + 68 + 68 + 4 = 194 of 473 (not said to be whole)


def test_a_part_past_a_column_named_before_its_clause():
    # w2300_over: 重大项目推进情况 68 → 468, the parts make 594 > 473
    res = run_variant(JIANGSU_JT, ("公开重大项目推进情况68条", "公开重大项目推进情况468条"))
    assert sums(res) == [(473, 594)]
    # …and past the remark before the last count: 4 → 304 (6 + 15 + 33 + 68 + 68 + 304 = 494)
    assert sums(run_variant(JIANGSU_JT, ("服务指南信息4条", "服务指南信息304条"))) == [(473, 494)]


def test_a_run_with_no_count_before_its_cut_and_a_second_split_stay_as_they_were():
    assert not sums(run(BEILIN))
    # 293 + 109 + 132 = 534 closed by 其他渠道: the expected finding on 725 stays (按类别划分 opens another split)
    assert sums(run(GUANDU)) == [(827, 534)]
