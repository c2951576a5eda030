"""The opening's outline said with 涵盖 ('全文涵盖总体情况、…等六部分内容', held-out 2141, 2144) or with the report's
统计期限 between the report and 由 ('本报告中使用数据统计期限为2022年1月1日至12月31日,由总体情况、…等六部分组成',
2106): read, so prose.outline_count judges its count (the stop-25 edits w2141_five, w2144_five, w2106_outline)."""
from __future__ import annotations

import pytest

from extractor.outline import announced_outline
from test_audit_support import of, run, run_variant

from conftest import eval_doc


@pytest.mark.parametrize("stem, said, edited", [
    ("2141_", "等六部分内容", "等五部分内容"),  # 哈尔滨市 2020: '全文涵盖总体情况、…、其他需要报告的事项等六部分内容'
    ("2144_", "等六部分内容", "等五部分内容"),
    ("2106_", "等六部分组成", "等五部分组成"),  # 东至县财政局 2022: the period clause between 报告 and 由
])
def test_the_outline_is_read_and_its_count_judged(stem, said, edited):
    path = str(eval_doc(stem))
    outline = announced_outline(open(path, encoding="utf-8").read())
    assert outline is not None and len(outline.named) == 6 and outline.reading.count == 6
    assert not of(run(path), "prose.outline_count")
    found = of(run_variant(path, (said, edited)), "prose.outline_count")
    assert len(found) == 1 and "称由 5 个部分组成，所列名称有 6 个" in found[0].message


def test_a_period_clause_without_a_list_after_it_is_no_outline():
    assert announced_outline("本报告中使用数据统计期限为2022年1月1日至12月31日,如有疑问请联系。") is None
    # what the report's data cover, no parts named: none
    assert announced_outline("本报告内容涵盖2024年1月1日至2024年12月31日期间的政府信息公开工作情况。") is None
