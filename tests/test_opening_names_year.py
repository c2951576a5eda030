"""meta.dates on the year the opening names the report by after its title ('由…编制的2024年度政府信息公开年度报告'
under a 2025 title): the report saying in its own words which year it is, against its title (real pages, and
real pages edited)."""
from __future__ import annotations

from test_audit_support import TEXT, of, run, run_variant

LISHUI = TEXT + "1507_nanjing_lishui_quzhengfuban_2025.txt"  # title 2025, opening '…编制的2024年度政府信息公开年度报告'
LONGYOU = TEXT + "1001_longyou_luojiaxiang_2020.txt"  # '现编制并公布本单位2020年政府信息公开工作年度报告'
XUANWEI = TEXT + "1024_xuanwei_luoshuizhen_2024.txt"
GAOPING = TEXT + "1102_gaoping_jiaotongju_2023.txt"  # the title printed twice before the opening


def test_an_opening_naming_another_year_than_the_title_is_raised():
    found = of(run(LISHUI), "meta.dates")
    assert len(found) == 1 and (found[0].expected, found[0].actual) == (2025, 2024)
    assert "2024年度政府信息公开年度报告" in found[0].message


def test_the_same_shape_edited_on_another_page_is_raised():
    found = of(run_variant(LONGYOU, ("现编制并公布本单位2020年政府", "现编制并公布本单位2019年政府")), "meta.dates")
    assert [(f.expected, f.actual) for f in found] == [(2020, 2019)]


def test_an_opening_naming_the_titles_year_passes():
    for page in (LONGYOU, XUANWEI, GAOPING):
        assert not of(run(page), "meta.dates"), page


def test_a_period_of_another_year_is_said_once():
    # opening and period both 2019 under a 2020 title: the period finding says it; the opening adds no second one
    edits = [("现编制并公布本单位2020年政府", "现编制并公布本单位2019年政府"),
             ("统计期限为2020年1月1日至2020年12月31日", "统计期限为2019年1月1日至2019年12月31日")]
    found = of(run_variant(LONGYOU, *edits), "meta.dates")
    assert len(found) == 1 and "统计期限年份 2019" in found[0].message


# a page without a title line whose opening quotes the report's own title as it makes it public: the quoted
# title's year is the year the report names itself by, compared with the 统计期限
KAIYUN = TEXT + "1746_hengshan_kaiyunxinqu_2020.txt"  # '特向社会公布《衡山县开云新区管理委员会2020年…年度报告》'
QINGSHUI = TEXT + "308_zhaohua_qingshuizhen_2022.txt"  # '现向社会公布《广元市昭化区清水镇人民政府2022年…报告》'
BAOJI = TEXT + "1552_baoji_fagaiwei_2021.txt"  # '现向社会公开《宝鸡市发展和改革委员会2021年…报告》'


def test_a_title_quoted_as_made_public_gives_the_year_a_period_is_compared_with():
    found = of(run_variant(KAIYUN, ("统计期限自2020年1月1日起至2020年12月31日", "统计期限自2019年1月1日起至2019年12月31日")),
               "meta.dates")
    assert [(f.expected, f.actual) for f in found] == [(2020, 2019)]
    assert "正文所称报告年度 2020" in found[0].message


def test_the_same_shape_on_other_pages_is_read_and_the_pages_as_printed_pass():
    from audits.years import named_year
    from test_audit_support import document
    for page, year in ((KAIYUN, 2020), (QINGSHUI, 2022), (BAOJI, 2021)):
        res = run(page)
        first = next((s.start for s in res.report.sections), None)
        assert named_year(document(page).text, first).year == year, page
        assert not of(res, "meta.dates"), page
