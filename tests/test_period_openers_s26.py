"""meta.dates on 统计期限 sentences opened '统计时段为…' (重庆綦江东溪镇 2025, held-out 2243) and '统计数据从…' (银川兴庆区
富宁街街道 2023, held-out 2249): stop 25's one-figure edits of them were missed because no period was read
(eval/heldout/2236-2250.md, 2243__date); a last day no calendar has ('13月31日') is named as printed."""
from __future__ import annotations

from audits.years import period_short, period_year, real_day
from test_audit_support import of, run_variant

from conftest import eval_doc


def _dates(stem: str, *edits: tuple[str, str]) -> list[str]:
    return [f.message for f in of(run_variant(str(eval_doc(stem)), *edits), "meta.dates")]


def test_a_statistics_time_span_is_a_period():
    assert not _dates("2243_")
    found = _dates("2243_", ("统计时段为2025年1月1日", "统计时段为2024年1月1日"))
    assert len(found) == 1 and "从 2024 年跨到 2025 年" in found[0]


def test_a_last_day_no_calendar_has_is_named_as_printed():
    found = _dates("2243_", ("至2025年12月31日", "至2025年13月31日"))
    assert found == ["统计期限「统计时段为2025年1月1日至2025年13月31日」止于13月31日，日历上没有这一天（年度报告统计 1月1日至12月31日）"]
    assert real_day("12月31日") and real_day("2月29日") and not real_day("6月31日") and not real_day("13月1日")


def test_statistics_data_from_is_a_period():
    assert not _dates("2249_")
    assert period_year(eval_doc("2249_").read_text(encoding="utf-8")).year == 2023
    found = _dates("2249_", ("统计数据从2023年1月1日至12月31日", "统计数据从2023年1月1日至11月30日"))
    assert len(found) == 1 and "止于11月30日，未覆盖全年" in found[0]


def test_a_period_whose_year_lost_its_nian_still_ends_on_31_december():
    # the month after four year digits is 1–12: '202212月31日' is 2022 and 12月31日, never a two-digit '12' glued on
    assert period_short("本报告统计期限自2022年1月1日起至202212月31日止。") is None
    assert period_short("本报告统计期限自2022年1月1日起至202212月20日止。")[1] == "12月20日"
    # '统计数据' needs 从/自 after it to open a period: a sentence about the data is none
    assert period_year("本报告统计数据2023年1月1日以来累计…") is None
