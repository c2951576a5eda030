"""meta.dates on the year-end the prose counts up to ('截至2021年12月31日，全年累计主动公开…'), also with its
年/月 lost ('截至20211231日'), against the report's year (real pages, and real pages edited)."""
from __future__ import annotations

import pytest

import audits
from audits.years import as_of_year
from nianbao.commands.common import extract_one

from conftest import eval_doc
from test_audit_support import of, run_variant


def _dates(stem: str):
    doc, report = extract_one(eval_doc(stem), None)
    return [f for f in audits.audit(report, doc.text).findings if f.rule == "meta.dates"]


def test_a_fused_year_end_of_the_year_before_is_raised():
    # 芝罘区行政审批服务局 2022: '…及时回应社会关切截至20211231日,全年累计主动公开各类政府信息共455条'
    found = _dates("665_")
    assert len(found) == 1
    assert "截至20211231日" in found[0].message and (found[0].expected, found[0].actual) == (2022, 2021)


def test_a_year_end_whose_年_alone_was_lost_is_raised():
    # 东城区园林绿化局 2021: '截至202012月31日,我局全年通过数字东城网站主动公开政府信息745' (年 lost, 月 kept)
    found = _dates("1105_")
    assert len(found) == 1
    assert "截至202012月31日" in found[0].message and (found[0].expected, found[0].actual) == (2021, 2020)
    assert [s.year for s in as_of_year("截至202112月31日,我局全年主动公开政府信息745条")] == [2021]


@pytest.mark.parametrize("stem, year, printed", [
    ("484_", 2021, "截至2021年12月底"),      # 乌拉特前旗 2021
    ("522_", 2019, "截止2019年底"),          # 荣昌区林业局 2019
    ("666_", 2020, "截止2020年12月31日"),    # 长春市林业和园林局 2020
    ("543_", 2022, "截至2022年12月31日"),    # 拱墅区市场监管局 2022
])
def test_year_ends_of_the_reports_own_year_are_read_and_raise_nothing(stem, year, printed):
    found = as_of_year(eval_doc(stem).read_text(encoding="utf-8"))
    assert found and found[0].year == year and found[0].text.startswith(printed)
    assert not [f for f in _dates(stem) if "统计到" in f.message]


@pytest.mark.parametrize("stem, edit, said", [
    ("666_", ("截止2020年12月31日我局", "截止2019年12月31日我局"), "统计到 2019 年底"),
    ("543_", ("开为例外”的原则,做到“应公开尽公开”。截至2022年12月31日", "开为例外”的原则,做到“应公开尽公开”。截至20211231日"),
     "统计到 2021 年底"),
])
def test_a_real_year_end_edited_to_another_year_is_raised(stem, edit, said):
    text = eval_doc(stem).read_text(encoding="utf-8")
    assert edit[0] in text
    found = of(run_variant(str(eval_doc(stem)), edit), "meta.dates")
    assert [f for f in found if said in f.message]


def test_a_year_end_compared_with_or_not_at_a_year_end_is_not_an_as_of_date():
    assert as_of_year("全年主动公开信息455条，较截至2021年底增长12%。") == []
    assert as_of_year("截至2022年12月20日，全年累计主动公开信息455条。") == []
    # a bare digit run that is no year-end stays unread (FORMAT.md §10)
    assert as_of_year("截至2021926日，累计主动公开信息455条。") == []
    assert [s.year for s in as_of_year("截至20211231日,全年累计主动公开各类政府信息共455条")] == [2021]
