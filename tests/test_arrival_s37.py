"""Held-out pages of stop 37 measured at arrival (eval/heldout/4166-… to 4226-…): the mechanisms behind their misses and
false alarms, each on the real page and an edit of it that the old code read otherwise."""
from __future__ import annotations

from test_audit_support import document, edited, eval_text, extract_text, of, run, run_variant

from audits.context import Context
from extractor import is_report, read


def _values(page: int, text: str | None = None) -> dict:
    """The cells read from an eval page (or an edit of its text), by full key."""
    if text is None:
        doc, report = read(eval_text(page))
        text = doc.text
    else:
        report = extract_text(eval_text(page), text)
    return Context(report, text).values


def test_shares_that_could_hide_the_shortfall_do_not_make_a_list_whole():
    # 4217 (东浦镇 2016): six categories of 915 with one-decimal shares making 99.9 %, listed 914: the shares fit a whole
    # list as well as one item short (0.11 % of 915, inside six shares' ±0.3 %) — no warning, the info note stays
    [f] = of(run(eval_text(4217)), "prose.inconsistent")
    assert f.severity == "info" and "915" in f.message and "914" in f.message
    # a shortfall the shares' rounding cannot hide: the list is whole by its shares, and short
    res = run_variant(eval_text(4217), ("915条", "925条"))
    assert any(f.severity == "warning" and "925" in f.message for f in of(res, "prose.inconsistent"))


def test_the_old_forms_outcome_names_count_among_the_answers():
    # 4212 (a 文物 bureau 2017): '在已经答复的9件申请中,“同意公开”的7件…“非本机关政府信息”的1件…“申请内容不明确”的1件':
    # the last two were not read as outcomes (a sum of 10 where the page's is 12)
    [f] = of(run(eval_text(4212)), "prose.inconsistent")
    assert "= 12" in f.message and "非本机关政府信息" in f.message and "申请内容不明确" in f.message


def test_a_report_presented_to_the_public_in_one_line_is_read_as_a_report():
    # 4216 (平甸乡 2017): one line, '(2017年12月15日) …办公室面向社会公众公布2017年度本级政府信息公开年度报告…统计期限自
    # 2017年1月1日起至2017年12月15日止' — refused as 'no annual report inside'; its date in brackets is the page's
    text = eval_text(4216)
    _, report = read(text)
    assert report.meta.published == "2017-12-15" and report.meta.year == 2017
    msgs = [f.message for f in of(run(text), "meta.dates")]
    assert any("12月15日" in m and "未覆盖全年" in m for m in msgs)
    assert any("2017-12-15" in m and "早于" in m for m in msgs)


def test_a_fused_row_worded_its_own_way_is_found_between_its_neighbours():
    # 4167 (社会事业局 2021) prints （六）'s third sub-row as bare '其他' (a column's name elsewhere); 4171 (君山片区 2025)
    # '2.其他法律和行政法规禁止公开' and '…行政机关不再受理其…': the one-line table 三 was dropped whole (175 cells each)
    _, report = read(eval_text(4167))
    assert report.meta.template == "mixed"  # table 二 in 2019 columns, table 三 in the 2021 form
    assert _values(4167).get("applications.other.misc.total") == 0
    assert of(run(eval_text(4167)), "meta.mixed_layout")
    v = _values(4171)
    assert v.get("applications.new_received.natural_person") == 1 and v.get("applications.results_total.total") == 1
    assert v.get("applications.denied.prohibited_by_law.total") == 0
    assert v.get("applications.other.overdue_correction.total") == 0
    # words that name no row there still drop the line (no row slid into a neighbour's place)
    variant = edited(eval_text(4171), ("2.其他法律和行政法规禁止公开", "2.附注说明"))
    assert _values(4171, variant).get("applications.denied.prohibited_by_law.total") is None


def test_rows_the_years_own_form_lacks_are_not_missing_from_a_table_in_the_other_years_columns():
    # 4167: table 二 in the 2019 columns (the template_year error) prints the 2021 rows — no 其他对外管理服务事项, no
    # 政府集中采购: those were reported missing besides the layout error
    res = run(eval_text(4167))
    assert of(res, "meta.template_year") and not of(res, "structure.tables")
    # a row both forms have, left out, still is missing
    res = run_variant(eval_text(4167), ("行政强制000", ""))
    assert any("行政强制" in f.message for f in of(res, "structure.tables"))


def test_a_fused_amount_in_wan_yuan_is_kept_in_yuan():
    # 4169 (社会事业局 2019): '政府集中采购 2 45.82万元' at the end of table 二's one line, under a header without unit:
    # the 万 was cut off with the unit, the amount read as 45.82 元
    assert _values(4169).get("active_disclosure.procurement.amount") == 458200
    # 4229 (苏平片区 2019): '9 152.2万元', spaced
    assert _values(4229).get("active_disclosure.procurement.amount") == 1522000


def test_the_stock_to_date_is_no_part_of_the_years_total_and_a_parts_contents_do_not_end_the_run():
    # 4196 (北京市经信委 2011, traditional script): '共主动公开政府资讯606条,其中全文电子化率达100%,目前我委总计主动公开政府
    # 资讯2739条' — the stock to date was the one part of the 606 (a false 2739 > 606); and '…业务动态类资讯554条,包括统计资讯和
    # 部门工作动态等内容,占…91.42%' — the contents ended the run of shares, so 51 + 7 + 554 = 612 > 606 went unseen
    [f] = of(run(eval_text(4196)), "prose.inconsistent")
    assert "606" in f.message and "612" in f.message and "2739" not in f.message
    # a year's cumulative (全年全区累计…) still is a part: 1319 + 1219 = 2538 (2902, 黄石港区 2025)
    assert not of(run(eval_text(2902)), "prose.inconsistent")


def test_a_category_named_by_what_handling_it_covers_opens_the_list():
    # 4229 (苏平片区 2019): '主动公开政府信息40条，其中办理对外管理服务事项的依据、条件、程序1条，…其他应主动公开的政府信息
    # 16条' — 办理 was read as the handling of applications, ending the list before its first part (35 < 40 unseen)
    [f] = of(run(eval_text(4229)), "prose.inconsistent")
    assert "40条" in f.message and "35条" in f.message


def test_a_sign_off_dated_before_the_years_end():
    # 4229: the report on 2019 (统计期限 2019-09-01 to 12-31) signed '2019年1月3日', the page published 2020-01-16
    [f] = [f for f in of(run(eval_text(4229)), "meta.dates") if "落款" in f.message]
    assert f.actual == "2019-01-03"
    res = run_variant(eval_text(4229), ("2019年1月3日", "2020年1月3日"))
    assert not any("落款" in f.message for f in of(res, "meta.dates"))


def test_the_documents_in_force_are_no_part_of_the_years_published_count():
    # 4233 (君山片区 2024): '全年主动公开信息数86条，其中…；其他应主动公开的政府信息36条;行政规范性文件本年度未制发，现行有效
    # 件数11件' — the documents in force were read as a seventh part (a false 97 > 86)
    # (1520: a part after the 其他 one that already made the total still counts: 52 against 54, labelled)
    assert not of(run(eval_text(4233)), "prose.inconsistent")
    # a shortfall in the 其他 part still shows
    res = run_variant(eval_text(4233), ("其他应主动公开的政府信息36条", "其他应主动公开的政府信息25条"))
    assert any("86" in f.message and "75" in f.message for f in of(res, "prose.inconsistent"))


def test_a_disclosure_attribute_split_whose_active_count_lost_its_unit():
    # 4168 (社会事业局 2022): '全年印发公文类政府信息共510条，其中主动公开信息数169，依申请公开信息数317条，不予公开24条' — the
    # 169 without 条 made no disclosed claim, so the 24 was read as applications refused against table 三's zeros
    assert not of(run(eval_text(4168)), "prose.table_mismatch")
    # applications answered with a 不予公开 still are compared
    res = run_variant(eval_text(4168), ("其中主动公开信息数169,依申请公开信息数317条,不予公开24条",
                                        "其中依申请公开信息数317条,不予公开24条"))
    assert of(res, "prose.table_mismatch")


def test_a_report_its_organ_says_it_compiled_and_a_cover_letter_around_one():
    # 4184 (平潭 公安局 2018, one line): '…的要求，我局编制了2018年度政府信息公开年度报告。' — refused as 'no annual report inside'
    _, report = read(eval_text(4184))
    assert is_report(report, document(eval_text(4184)).text)
    # 4190 (公安局 2015): a cover letter '关于报送《平潭综合实验区公安局 2015年政府信息公开年度报告》的函', signed 2016年1月4日 right
    # before the report's own title — the organ was read as '报送《平潭综合实验区公安局', the letter's date as the report's year
    _, report = read(eval_text(4190))
    assert is_report(report, document(eval_text(4190)).text) and report.meta.organ == "平潭综合实验区公安局"
    assert report.meta.year == 2015 and not of(run(eval_text(4190)), "meta.dates")


def test_sections_five_and_six_in_their_own_words():
    # 4226 (平潭 农业农村局 2021): '五、政府信息公开存在的主要问题及改进情况' (no 工作) and '六、需要说明的其他事项与附表' were no
    # section headings: a report really missing 五 or 六 under such words would have gone unnoticed
    _, report = read(eval_text(4226))
    keys = [s.key for s in report.sections]
    assert keys[-2:] == ["problems", "other_matters"]


def test_an_ordinal_counts_nothing_in_a_list():
    # 4263 (平潭 公安局 2013): '对于2条政府信息公开申请…其中，第1条政府信息公开申请…第二十一条规定…' — 第1条 and 第二十一条
    # were added as counts (22 > 2)
    assert not of(run(eval_text(4263)), "prose.inconsistent")


def test_a_date_in_chinese_numerals_is_a_date():
    # 4271 (榆树街道 2010): the page opens '(二〇一一年四月二日)' — no date was read, so the 2008 条例's 31 March went unjudged
    _, report = read(eval_text(4271))
    assert report.meta.published == "2011-04-02"
    [f] = of(run(eval_text(4271)), "meta.timeliness")
    assert f.actual == "2011-04-02"
    # 1026 (贺州市 2009): '…现予公布。' then '二〇一〇年一月十九日'
    _, report = read(eval_text(1026))
    assert report.meta.published == "2010-01-19"
