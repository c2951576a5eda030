"""The opening's '结合2024年东山街道政府信息公开工作实际,编制发布本报告' (荣成东山街道 2025, held-out 2343, missed at
arrival): the year of the work the report is compiled from, compared with the 统计期限 as a 工作总结's year is."""
from __future__ import annotations

from test_audit_support import of, run_variant

from conftest import eval_doc


def _dates(stem: str, *edits: tuple[str, str]) -> list[str]:
    return [f.message for f in of(run_variant(str(eval_doc(stem)), *edits), "meta.dates")]


def test_the_work_year_the_opening_compiles_from_is_compared_with_the_period():
    assert _dates("2343_") == ["正文所称报告年度 2024 与统计期限年份 2025 不一致"]
    assert not _dates("2343_", ("结合2024年东山街道", "结合2025年东山街道"))


def test_a_work_year_that_agrees_with_the_period_says_nothing():
    # 威海市统计局 2025: '结合2025年威海市统计局政府信息公开工作实际,编制发布本报告'
    assert not _dates("2273_")
    assert _dates("2273_", ("结合2025年威海市统计局", "结合2024年威海市统计局"))
