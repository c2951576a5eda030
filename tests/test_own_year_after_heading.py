"""A copy run onto one line keeps a space where the line broke after a section's heading: '…。 一、 总体情况 2024年,
马桥镇人民政府严格按照…' (闵行区马桥镇 2024, held-out 2339) — the year opens the section's first clause, whose subject is the
report's organ, so it is the report's own year and is set against the 统计期限 (hidden weak spot w2339_period). And a
street's office is named by its place ('2025 年,朝天门街道严格对标…' for 重庆市渝中区人民政府朝天门街道办事处, held-out 2340):
that year is the report's own, set against the title's where nothing else states one (w2340_year), or against the year
the opening says the report reflects (永宁街道 2025: '…全面反映2025年度工作成效', w2332_year)."""
from __future__ import annotations

from test_audit_support import of, run, run_variant

from conftest import eval_doc

MAQIAO = str(eval_doc("2339_"))
CHAOTIANMEN = str(eval_doc("2340_"))


def test_the_year_after_the_heading_is_the_reports_own():
    assert not of(run(MAQIAO), "meta.dates")
    [f] = of(run_variant(MAQIAO, ("统计期限从2024年1月1日", "统计期限从2023年1月1日")), "meta.dates")
    assert f.message == "正文所述年度 2024 与统计期限年份 2023 不一致"


def test_a_street_named_by_its_place_speaks_of_its_own_year():
    assert not of(run(CHAOTIANMEN), "meta.dates")
    [f] = of(run_variant(CHAOTIANMEN, ("朝天门街道办事处2025年", "朝天门街道办事处2024年")), "meta.dates")
    assert (f.expected, f.actual) == (2024, 2025) and "朝天门街道" in f.message


YONGNING = str(eval_doc("2332_"))


def test_the_year_the_report_says_it_reflects_against_the_overviews_own():
    # 永宁街道 2025: '…编制本年度政府信息公开工作报告,全面反映2025年度工作成效' and '2025年,永宁街道深入贯彻…'; no title,
    # no 统计期限 (hidden weak spot w2332_year: 2025 → 2024 in the first)
    assert not of(run(YONGNING), "meta.dates")
    [f] = of(run_variant(YONGNING, ("全面反映2025年度工作成效", "全面反映2024年度工作成效")), "meta.dates")
    assert f.message.startswith("正文所称报告年度 2024 与正文所述年度 2025 不一致")
