"""meta.dates where a report names its year in ways the year readers did not take (held-out stop 27, sets 2416–2476):
the one year the overview's lines and clauses open with ('2020年,区…', '2022年,通过…', '2021年以来,园区…'), whatever
their subject; a 统计期限 printed twice, each printing's year; a 数据截止日期为…12月31日 year-end; a report named with a
bare 信息公开 or as a 工作情况报告; a title printed over two lines. Each edit changes one printed year of the page."""
from __future__ import annotations

import pytest

from test_audit_support import eval_text, of, run_variant

RULE = "meta.dates"

EDITS = [
    # 2423: no title; '2020年,区…' (the 依申请 paragraph) against the period
    (2423, ("自2020年1月1日起,至2020年12月31日止", "自2019年1月1日起,至2019年12月31日止"), (2020, 2019)),
    # 2427: '2022年,通过区政府门户网站主动公开政策文件170件' — a clause with no subject
    (2427, ("从2022年1月1日起至2022年12月31日止", "从2021年1月1日起至2021年12月31日止"), (2022, 2021)),
    # 2432: '2021年以来,园区坚持…' — the page calls itself 园区
    (2432, ("自2021年1月1日至2021年12月31日", "自2020年1月1日至2020年12月31日"), (2021, 2020)),
    # 2429: no period, only '报告所列数据截止日期为2019年12月31日' and '2019年,东昌区将…'
    (2429, ("截止日期为2019年12月31日", "截止日期为2018年12月31日"), (2019, 2018)),
    # 2457: '现向社会公布2022年卯都乡信息公开工作年度报告' (no 政府) against the period
    (2457, ("统计期限自2022年1月1日", "统计期限自2021年1月1日"), (2022, 2021)),
    # 2439: '…管理委员会2024年度政府信息公开工作情况报告如下' against '2024年,旅游商贸开发区…'
    (2439, ("2024年度政府信息公开工作情况报告", "2023年度政府信息公开工作情况报告"), (2023, 2024)),
    # 2420: '现公布…经济合作局2020年度…报告' against '2020年,在市委、市政府的领导…下,我局…'
    (2420, ("经济合作局2020年度", "经济合作局2019年度"), (2019, 2020)),
    # 2471: the period printed again after the preamble ('…统计期限为2025年1月1日至12月31日。\n(一)主动公开。2025年我镇…')
    (2471, ("统计期限为2025年1月1日至12月31日。\n(一)", "统计期限为2024年1月1日至12月31日。\n(一)"), (2025, 2024)),
]


@pytest.mark.parametrize("number", sorted({n for n, _, _ in EDITS} | {2438}))
def test_the_pages_as_printed_are_silent(number):
    assert not of(run_variant(eval_text(number)), RULE)


@pytest.mark.parametrize("number, edit, years", EDITS, ids=[str(n) for n, _, _ in EDITS])
def test_one_year_edited_is_caught(number, edit, years):
    found = of(run_variant(eval_text(number), edit), RULE)
    assert [(f.expected, f.actual) for f in found] == [years]


def test_a_title_over_two_lines_is_shown_where_it_is_printed():
    # 2438: '宝坻区消防救援支队\n政府信息公开工作2025年度报告' edited to 2024, against '2025年,宝坻区消防救援支队…'
    doc = eval_text(2438)
    [f] = of(run_variant(doc, ("工作2025年度报告", "工作2024年度报告")), RULE)
    assert (f.expected, f.actual) == (2024, 2025)
    from test_audit_support import edited
    text = edited(doc, ("工作2025年度报告", "工作2024年度报告"))
    a, b = f.evidence[0]
    assert text[a:b] == "2024" and text[b:b + 4] == "年度报告"


def test_a_year_yilai_fits_a_later_report():
    # '2021年以来,园区坚持…' may open a 2022 report's overview (since 2021): only a period before it is wrong
    doc = eval_text(2432)
    assert not of(run_variant(doc, ("自2021年1月1日至2021年12月31日", "自2022年1月1日至2022年12月31日")), RULE)
