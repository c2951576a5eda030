"""A copy run onto one line keeps a space where the line broke after a section's heading: '…。 一、 总体情况 2024年,
马桥镇人民政府严格按照…' (闵行区马桥镇 2024, held-out 2339) — the year opens the section's first clause, whose subject is the
report's organ, so it is the report's own year and is set against the 统计期限 (hidden weak spot w2339_period)."""
from __future__ import annotations

from test_audit_support import of, run, run_variant

from conftest import eval_doc

MAQIAO = str(eval_doc("2339_"))


def test_the_year_after_the_heading_is_the_reports_own():
    assert not of(run(MAQIAO), "meta.dates")
    [f] = of(run_variant(MAQIAO, ("统计期限从2024年1月1日", "统计期限从2023年1月1日")), "meta.dates")
    assert f.message == "正文所述年度 2024 与统计期限年份 2023 不一致"
