"""meta.dates on 统计期限 sentences worded otherwise ('数据截止期限', '所列统计数据的期限', '内容涵盖…期间') and on the
overview's year where its clause names the report's organ ('2021年,省人社厅坚持…'): held-out 2086–2100, each edited by
one printed year as the stop-25 measure did (eval/heldout/2086-2100.md, w2090_year … w2100_period)."""
from __future__ import annotations

from audits.years import own_year, period_year
from extractor.organ_forms import named_at
from test_audit_support import of, run_variant

from conftest import eval_doc


def _dates(stem: str, *edits: tuple[str, str]) -> list[str]:
    return [f.message for f in of(run_variant(str(eval_doc(stem)), *edits), "meta.dates")]


def test_a_period_said_as_the_datas_cut_off_term_is_read():
    # 湖北省人社厅 2021: '数据截止期限为2021年1月1日至2021年12月31日'
    assert not _dates("2092_")
    assert _dates("2092_", ("数据截止期限为2021年1月1日", "数据截止期限为2020年1月1日"))[0].startswith(
        "统计期限「数据截止期限为2020年1月1日至2021年12月31日」从 2020 年跨到 2021 年")
    assert _dates("2092_", ("湖北省人力资源和社会保障厅2021年政府", "湖北省人力资源和社会保障厅2022年政府")) == [
        "标题年份 2022 与统计期限年份 2021 不一致"]


def test_a_period_of_the_listed_statistics_is_read():
    # 渝中区医保局 2023: '本报告所列统计数据的期限自2023年1月1日起,至2023年12月31日止'
    assert not _dates("2099_")
    found = _dates("2099_", ("期限自2023年1月1日起,至2023年12月31日止", "期限自2023年1月1日起,至2022年12月31日止"))
    assert len(found) == 1 and "从 2023 年跨到 2022 年" in found[0]


def test_what_the_reports_content_covers_is_its_period():
    # 广东省林业局 2024: '内容涵盖广东省林业局2024年1月1日至2024年12月31日期间的政府信息公开工作情况'
    assert not _dates("2100_")
    assert _dates("2100_", ("2024年1月1日至2024年12月31日期间", "2023年1月1日至2023年12月31日期间")) == [
        "标题年份 2024 与统计期限年份 2023 不一致"]
    assert period_year("本报告内容涵盖2024年1月1日至2024年12月31日期间的工作。").year == 2024
    # 涵盖 of anything else than the report's content is no period
    assert period_year("主动公开信息涵盖2024年1月1日至2024年12月31日期间的工作。") is None


def test_the_overviews_year_with_the_organ_as_subject_is_the_reports_own():
    # 辽宁省人民政府办公厅 2025 (no title): '一、总体情况\n2025年,辽宁省人民政府办公厅坚持…', period 2025
    assert not _dates("2090_")
    assert _dates("2090_", ("2025年,辽宁省人民政府办公厅", "2024年,辽宁省人民政府办公厅")) == [
        "正文所述年度 2024 与统计期限年份 2025 不一致"]
    # 江苏省农业农村厅 2021 (no period): the title's year against '2021年,省农业农村厅坚持…', the organ's short form
    found = _dates("2095_", ("江苏省农业农村厅2021年政府", "江苏省农业农村厅2020年政府"))
    assert found == ["标题年份 2020 与正文所述年度 2021 不一致（「2021年,省农业农村厅」）"]


def test_a_clause_whose_subject_is_not_the_organ_gives_no_own_year():
    assert named_at("省人社厅坚持以习近平", "湖北省人力资源和社会保障厅") == "省人社厅"
    assert named_at("省政府办公厅印发", "湖北省人力资源和社会保障厅") is None  # another body
    assert named_at("经开区通过政府网站", "遂宁经济技术开发区管理委员会") is None
    text = "2023年,经开区通过政府网站主动公开各类政府信息915条"
    assert own_year(text, organ="遂宁经济技术开发区管理委员会") is None
    assert own_year("2021年,省人社厅坚持…", organ="湖北省人力资源和社会保障厅").year == 2021
    assert own_year("2021年,省人社厅坚持…") is None  # no organ read: no subject to compare
