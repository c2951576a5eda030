"""Each rule of this family passes on a real document and fails on a real document (as published, or with one
number or phrase changed): H5 the layout for the year and the dates, S13 timeliness."""
from __future__ import annotations

import audits
from test_audit_support import SEED, TEXT, document, extract_text, na, of, run, run_variant

S000 = SEED + "000_dfbaa25dea7f00ff.txt"  # 2021, all tables complete, all zero in 三/四
S003 = SEED + "003_236049bc670541bf.txt"  # 2020, 2019 layout, prose 77 vs table 165, published late


# ------------------------------------------------------------------------------------------------ H5, S13

def test_template_year_pass_and_fail():
    assert not of(run(S003), "meta.template_year")  # 2020 on the 2019 tables
    hit = of(run(TEXT + "040_bjspsj_fengshouxiang_oldtemplate_2022.txt"), "meta.template_year")
    assert len(hit) == 1 and (hit[0].expected, hit[0].actual) == ("2021", "2019")


def test_a_copy_opening_mid_title_takes_no_year_from_the_publication_date():
    # seed 003 (a 2020 report, 2019 layout) opening inside its title: "政府信息公开工作年度报告" then
    # "日期: 2021-03-30" — a date under a title says when it was published, never the year it covers
    text = document(S003).text
    head = text[text.index("政府信息公开工作年度报告\n\n日期: 2021-03-30"):]
    res = audits.audit(extract_text(S003, head), head)
    assert res.report.meta.year == 2020 and not of(res, "meta.template_year") and not of(res, "meta.dates")
    # a title that names its year is still read: 2021 on the 2019 layout is an error
    named = "2021年" + head
    res = audits.audit(extract_text(S003, named), named)
    assert res.report.meta.year == 2021 and of(res, "meta.template_year")


def test_a_page_without_the_opening_takes_no_year_from_the_plans_of_section_five():
    # a page of seed 003 (2020, 2019 layout) from section 二 to 五, whose only years are the next year's
    # plans ("2021年全市市场监管系统将…"): its year is unknown, not 2021 — no layout error
    text = document(S003).text
    end = text.index("纳入2021年全系统年度重点工作") + 20
    page = text[text.index("二、主动公开政府信息情况"):end]
    res = audits.audit(extract_text(S003, page), page)
    assert res.report.meta.year is None and not of(res, "meta.template_year")
    assert na(res, "meta.template_year")
    # the page opening with section 一, whose prose states the year it covers, is judged by that year
    opening = text[text.index("一、总体情况"):end].replace("2020年,全市市场监管系统坚持", "2021年,全市市场监管系统坚持")
    res = audits.audit(extract_text(S003, opening), opening)
    assert of(res, "meta.template_year")


def test_template_year_reads_the_layout_of_an_unfilled_form():
    form = TEXT + "175_jiaxian_xizhen_blank_oldtemplate_2022.txt"  # 2022 report, 2019 headers, no value printed
    hit = of(run(form), "meta.template_year")
    assert len(hit) == 1 and (hit[0].expected, hit[0].actual) == ("2021", "2019")
    res = run_variant(form, ("2022年度螅镇", "2020年度螅镇"), ("2022年以来", "2020年以来"))
    assert not of(res, "meta.template_year")


def test_dates_pass_and_fail():
    assert not of(run(S000), "meta.dates")
    res = run_variant(S000, ("发布日期 2022-01-20", "发布日期 2021-12-20"))
    hit = of(res, "meta.dates")
    assert len(hit) == 1 and hit[0].actual == "2021-12-20" and hit[0].evidence
    res = run_variant(TEXT + "035_xiaogan_szfbgs_2020.txt",
                      ("统计时间为2020年1月1日至2020年12月31日", "统计时间为2019年1月1日至2019年12月31日"))
    assert [(f.expected, f.actual) for f in of(res, "meta.dates")] == [(2020, 2019)]


def test_dates_compares_the_year_a_row_the_table_adds_counts_for():
    # 1830 (2021): table 二 prints the 长春 line '2020年本行政区域(或本部门)政府信息公开发布总数量…' (an extra row)
    hit = of(run(TEXT + "1830_gongzhuling_danganju_2021.txt"), "meta.dates")
    assert [(f.expected, f.actual) for f in hit] == [(2021, 2020)] and "2020年本行政区域" in hit[0].message
    # its evidence is the row's year where the table prints it, also when the prose quotes the label first
    text = document(TEXT + "1830_gongzhuling_danganju_2021.txt").text
    label = "2020年本行政区域(或本部门)政府信息公开发布总数量(非新闻类、消息类)"
    row = text.index(label + ":0")
    assert hit[0].evidence[-1] == (row, row + 4)
    quoted = "一、加强组织领导。确定专人负责政务公开日常工作,指定专人受理平台案例。"
    res = run_variant(TEXT + "1830_gongzhuling_danganju_2021.txt", (quoted, f"{quoted}按要求填报「{label}」。"))
    variant_text = text.replace(quoted, f"{quoted}按要求填报「{label}」。")
    moved = variant_text.index(label + ":0")
    assert [f.evidence[-1] for f in of(res, "meta.dates")] == [(moved, moved + 4)]
    # 321 (2020) prints the same line for its own year: nothing; the same line dated a year early is the finding
    p321 = TEXT + "321_changchun_lianhuashan_shangwuju_2020.txt"
    assert not of(run(p321), "meta.dates")
    res = run_variant(p321, ("2020年本行政区域(或本部门)", "2019年本行政区域(或本部门)"))
    assert [(f.expected, f.actual) for f in of(res, "meta.dates")] == [(2020, 2019)]


def test_timeliness_pass_and_fail():
    assert not of(run(S000), "meta.timeliness")  # published 2022-01-20
    hit = of(run(S003), "meta.timeliness")  # a 部门 publishing on 2021-03-30
    assert len(hit) == 1 and hit[0].expected == "≤ 2021-01-31"
    assert na(run(TEXT + "042_xinghua_zhuhongzhen_2025.txt"), "meta.timeliness")  # a 镇: local deadlines


def test_a_year_slip_in_the_name_is_no_late_publication():
    # held-out 2837: '现公布柯城区卫生健康局2022年政府信息公开工作年度报告…统计时限为2023年1月1日至2023年12月31日',
    # published 2024-01-17: the publication date sides with the period, so the report is on 2023 and on time; the
    # name and the period still disagree (meta.dates)
    res = run(TEXT + "2837_quzhou_kecheng_weijianju_2023.txt")
    assert res.report.meta.year == 2023 and not of(res, "meta.timeliness")
    assert [(f.expected, f.actual) for f in of(res, "meta.dates")] == [(2022, 2023)]
    # the same slip published in the year after the name's year: the name is kept (the period is the slip)
    text = document(TEXT + "2837_quzhou_kecheng_weijianju_2023.txt").text.replace("2024-01-17", "2023-01-17")
    assert extract_text(TEXT + "2837_quzhou_kecheng_weijianju_2023.txt", text).meta.year == 2022
