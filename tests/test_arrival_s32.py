"""Held-out pages of stop 32, measured at arrival on d5badc3 (eval/heldout/3311-3400.md): the mechanisms behind
their misses and false alarms, each on the real page and an edit of it that the old code read otherwise."""
from __future__ import annotations

from test_audit_support import eval_text, of, run, run_variant


def test_a_rate_of_the_applications_due_is_not_checked_against_those_received():
    # 3357 (广东省发改委 2024): '受理…408件,办结391件,到期办结率100%' — 到期 counts those whose time limit ran out,
    # a base no count of the page gives (the 17 open at the year's end may not be due yet)
    assert not of(run(eval_text(3357)), "prose.rate")
    # the same words with a plain rate: 391/408 is no 100 %
    found = of(run_variant(eval_text(3357), ("到期办结率", "办结率")), "prose.rate")
    assert len(found) == 1 and "391/408" in found[0].message


def test_appeals_in_a_tax_bureaus_part_do_not_make_a_new_outline_old():
    # 3342 (珠海市税务局 2020): '全文包括政府信息公开工作总体情况、…、政府信息公开类行政复议行政诉讼和申诉举报情况、存在的
    # 主要问题和改进措施' — 总体情况 is the 2019 format's, 申诉举报 the system's name for its part: a new outline, closed,
    # without 其他需要报告的事项
    found = of(run(eval_text(3342)), "structure.sections")
    assert len(found) == 1 and "未列「六、其他需要报告的事项」" in found[0].message
    assert "2019年以前的格式" not in found[0].message
    # 3312 (广州市税务局 2020) names all six; its list cut to five is read the same way
    assert not of(run(eval_text(3312)), "structure.sections")
    cut = run_variant(eval_text(3312), ("、其他需要报告的事项等6部分组成", "5部分组成"))
    assert any("未列「六、其他需要报告的事项」" in f.message for f in of(cut, "structure.sections"))
    # without 总体情况, 申诉 beside 复议 and 诉讼 is still the pre-2019 outline's ('复议、诉讼和申诉的情况')
    from extractor.outline import announced_outline
    old = announced_outline("全文包括概况、主动公开政府信息情况、依申请公开政府信息情况、复议、诉讼和申诉的情况、存在的主要问题及改进措施五个部分。")
    assert old is not None and old.old
    new = announced_outline("全文包括总体情况、主动公开政府信息情况、依申请公开政府信息情况、复议、诉讼和申诉情况、存在的主要问题及改进措施五个部分。")
    assert new is not None and not new.old


def test_points_numbered_after_a_count_of_ways_end_at_the_next_heading():
    # 3371 (安化县信访局 2024): '主要通过四种形式公开…:1.政府门户网站。…2.公共查阅点。…3.固定宣传栏。…' then '(二)…'
    found = of(run(eval_text(3371)), "prose.named_count")
    assert len(found) == 1 and "「四种形式」" in found[0].message and "3 个" in found[0].message
    assert not of(run_variant(eval_text(3371), ("四种形式", "三种形式")), "prose.named_count")
    # 3389 (晋宁区残联 2020): '采取了以下五项措施:一是…四是…。这四项保障措施,…' then '三、信息'
    found = of(run(eval_text(3389)), "prose.named_count")
    assert len(found) == 1 and "「五项措施」" in found[0].message and "4 个" in found[0].message
    assert not of(run_variant(eval_text(3389), ("以下五项措施", "以下四项措施")), "prose.named_count")


def test_points_that_may_go_on_are_a_floor():
    from audits.prose.named_count import named_counts, wrong
    from audits.prose.text import paragraphs

    def counts(text: str):
        return [(c.count, c.low, wrong(c)) for c in named_counts(paragraphs(text))]
    # the next paragraph goes on with the points (its own line, numbered next), or the copy ends: a floor
    assert counts("主要通过四种形式公开:1.网站。2.查阅点。\n3.宣传栏。\n(二)其他") == [(4, 2, False)]
    assert counts("采取了以下五项措施:一是加强领导。二是完善制度。") == [(5, 2, False)]
    # a heading next ends them (lines of running text join their paragraph); more points than the count is wrong
    assert counts("采取了以下五项措施:一是加强领导。二是完善制度。\n三是强化培训。\n(二)其他") == [(5, 3, True)]
    assert counts("采取了以下两项措施:一是加强领导。二是完善制度。三是强化培训。") == [(2, 3, True)]
    # 等 before the count leaves the list open
    assert counts("采取了加强领导等五项措施:一是加强领导。二是完善制度。\n(二)其他") == [(5, 2, False)]


def test_decisions_named_by_table_twos_column_are_read_against_it():
    # 3356 (国家新闻出版署 2022): '全年公开…行政许可处理决定46209件、行政处罚处理决定6件' — table 二's 本年处理决定数量
    assert not of(run(eval_text(3356)), "prose.table_mismatch")
    for said, edited, cell in (("行政许可处理决定46209件", "行政许可处理决定46208件", "行政许可"),
                               ("行政处罚处理决定6件", "行政处罚处理决定7件", "行政处罚")):
        found = of(run_variant(eval_text(3356), (said, edited)), "prose.table_mismatch")
        assert len(found) == 1 and edited in found[0].message and f"{cell} / 本年处理决定数量" in found[0].message


def test_a_list_announced_by_what_it_is_sorted_by():
    # 3344 (广东省邮政管理局 2023): '公开政府信息93条,按照主题分类,行政许可类77条;统计信息类14条;人事与财务管理类2条' = 93
    assert not of(run(eval_text(3344)), "prose.inconsistent")
    found = of(run_variant(eval_text(3344), ("行政许可类77条", "行政许可类78条")), "prose.inconsistent")
    assert len(found) == 1 and "所列各项合计 94条" in found[0].message


def _organ(number: int) -> str | None:
    from nianbao.commands.common import extract_one
    _, report = extract_one(eval_text(number), None)
    return report.meta.organ


def test_organs_named_by_a_short_body_word():
    from extractor.organ_words import is_organ
    # 3341: '重庆海关关区2020年政府信息公开年报' — the district a 海关 oversees; '本年报由重庆海关…' names the organ
    assert _organ(3341) == "重庆海关"
    assert not is_organ("重庆海关关区") and is_organ("重庆海关") and not is_organ("海关")
    # 3388: '雨山区残联' — the short name a people's organisation publishes by, the only form its page prints
    assert _organ(3388) == "雨山区残联"
    assert is_organ("县科协") and not is_organ("残联")
    # 3326: '我局成立有防城港市气象局…领导小组' — 有 after the verb is no part of the name
    assert _organ(3326) == "防城港市气象局"


def test_a_clocked_date_on_the_years_last_day_is_the_pages_stamp():
    # 3402 (同安区应急管理局 2025): '时间:2025-12-31 15:43' — published before the year it reports on ends
    found = of(run(eval_text(3402)), "meta.dates")
    assert len(found) == 1 and "发布日期 2025-12-31 早于所报告年度（2025年）结束" in found[0].message
    # with a statistics period printed too, the clocked stamp is still no period read as a date
    period = ("一、总体情况", "本报告统计期限自2025年1月1日至2025年12月31日。\n一、总体情况")
    found = of(run_variant(eval_text(3402), period), "meta.dates")
    assert len(found) == 1 and "早于所报告年度" in found[0].message
    # without the clock, the period's last day may be what was read: not assessable, no finding
    assert not of(run_variant(eval_text(3402), period, ("2025-12-31 15:43", "2025-12-31")), "meta.dates")


def test_the_work_the_opening_sums_up_is_the_titles_year():
    # 3403 (思明区统计局 2022): '…编制,总结厦门市思明区人民政府办公室2021年政府信息公开工作情况' under a 2022 title
    found = of(run(eval_text(3403)), "meta.dates")
    assert len(found) == 1 and "标题年份 2022 与正文开头所称的工作年度 2021" in found[0].message
    assert not of(run_variant(eval_text(3403), ("办公室2021年政府", "办公室2022年政府")), "meta.dates")
    # last year's lessons are no report's year: only the disclosure work said outright is read
    assert not of(run_variant(eval_text(3403), ("2021年政府信息公开工作情况", "2021年工作经验")), "meta.dates")


def test_a_list_word_opening_the_paragraph_after_the_total():
    # 3448 (泗水县文旅局 2025): '…主动公开信息83条。' ⏎⏎ '具体包括履职依据1条,…,法定主动公开内容等其他信息20条。' (78)
    found = of(run(eval_text(3448)), "prose.inconsistent")
    assert len(found) == 1 and "主动公开信息83条" in found[0].message and "所列各项合计 78条" in found[0].message
    assert not of(run_variant(eval_text(3448), ("主动公开信息83条", "主动公开信息78条")), "prose.inconsistent")
    # a paragraph that opens with no list word is no breakdown of the one before
    assert not of(run_variant(eval_text(3448), ("具体包括履职依据", "另外,履职依据")), "prose.inconsistent")


def test_a_kind_named_after_the_total_word_opens_a_run_of_kinds():
    # 3418 (抚州市自然资源局 2020): '总共发布动态类信息2519条,公告通知类信息2300条,其他相关信息4916余条' — 总共 says the run is
    # a whole; 2519 is its first kind, no total of the two after it (a false alarm at arrival: 2300 + 4916余 > 2519)
    assert not of(run(eval_text(3418)), "prose.inconsistent")
    from audits.prose.lists import read_sentence
    assert [r.total.group(0) for r in read_sentence("累计公开信息100条,动态类信息60条,其他信息30条。")] == ["100条"]
    assert not read_sentence("总共发布动态类信息60条,公告通知类信息20条,其他信息30条。")
    # every kind (各类信息) is no one kind: still the total of the run after it
    assert [r.total.group(0) for r in read_sentence("全年共发布各类信息100条,动态类信息60条,其他信息30条。")] == ["100条"]


def test_an_inner_list_runs_past_a_comma_where_its_items_fill_it():
    # 3421 (湘潭县交通运输局 2023): '…664条,其中…111条,包含工作动态信息62条、政务公开信息19条,机构信息2条、…、行政主体2条;…'
    # — 81 + 30 = 111: the comma parts the inner list's own items (a false alarm at arrival: 687 > 664)
    assert not of(run(eval_text(3421)), "prose.inconsistent")
    from audits.prose.lists import read_sentence
    inner = [r for r in read_sentence(open(eval_text(3421), encoding="utf-8").read().split("2023年,湘潭县交通运输局累计")[1]
                                      .split("。")[0] + "。") if r.total.group(0) == "111条"]
    assert len(inner) == 1 and len(inner[0].parts) == 10
    # items that do not fill it exactly take up the outer list again
    assert [len(r.parts) for r in read_sentence("共发布信息100条,其中网站发布50条,包含动态20条、公告10条,微信30条、微博20条。")
            if r.total.group(0) == "50条"] == [2]


def test_documents_made_have_no_parts_in_items_of_information():
    # 3493 (浔阳区科学技术局 2021): '共生成规章、规范性文件25件,其中主动公开11条,政府信息52条' — 52 items of information are
    # no part of 25 documents (a false alarm at arrival: 52 > 25)
    assert not of(run(eval_text(3493)), "prose.inconsistent")
    from audits.prose.lists import read_sentence
    assert not [r for r in read_sentence("共生成规章、规范性文件25件,其中主动公开11条,政府信息52条。") if r.parts]
    # documents split into documents still are
    found = [r for r in read_sentence("共制发规范性文件25件,其中部门文件20件,其他文件6件。") if r.parts]
    assert len(found) == 1 and sum(p.value for p in found[0].parts) == 26


def test_an_outline_naming_what_is_disclosed_between_its_words():
    # 3523 (丰宁满族自治县融媒体中心 2023): '…主动政务信息公开情况、收到和处理…、…、存在的主要问题及改进情况' — section 二 in
    # other words; only 六 is left out (at arrival the warning named 二 too)
    found = of(run(eval_text(3523)), "structure.sections")
    assert len(found) == 1 and "未列「六、其他需要报告的事项」" in found[0].message and "「二、" not in found[0].message
    from extractor.outline import announced_outline
    outline = announced_outline("本报告包括总体情况、主动政府信息公开情况、收到和处理政府信息公开申请情况等六部分。")
    assert outline is not None and "active_disclosure" in outline.named


def test_a_year_set_off_after_a_points_colon():
    # 3556 (仙游县财政局 2021): the page's only year is '1.政府信息公开:2021年度,我局已在网站发布政府信息84条'
    from nianbao.commands.common import extract_one
    _, report = extract_one(eval_text(3556), None)
    assert report.meta.year == 2021
    from extractor.meta import stated_year
    assert stated_year("一、总体情况\n1.政府信息公开:2021年度,我局已在网站发布政府信息84条。", None) == 2021
    assert stated_year("一、总体情况\n1.政府信息公开:2021年度工作要点已印发。", None) is None


def test_the_review_s_cases_read_as_before():
    # (stop 32's review: each widening kept to what its page needs)
    from audits.prose.lists import read_sentence
    from audits.prose.named_count import named_counts, wrong
    from audits.prose.text import paragraphs
    # a count or a pointer before 类 names no one kind: the total of the kinds after it
    for head in ("共发布三类信息500条", "共发布两类信息500条", "共发布此类信息500条"):
        found = [r for r in read_sentence(head + ",动态类信息200条,公告类信息200条,其他信息50条。") if r.parts]
        assert [r.total.group(0) for r in found] == ["500条"] and sum(p.value for p in found[0].parts) == 450
    # an inner list filled exactly, with an item after it at the same mark: that item is the outer list's
    s = "共发布信息100条,其中网站发布50条,包含动态20条、公告10条,微信20条,微博30条。"
    outer = [r for r in read_sentence(s) if r.total.group(0) == "100条"]
    assert [p.value for p in outer[0].parts] == [50, 20, 30]
    # a first point under the last one opens its own list: the points stay open
    text = "重点推进5个方面的信息公开。一是公开政策。二是公开动态。三是公开教育信息,具体如下:\n\n1.招生信息。"
    assert [(c.count, c.low, wrong(c)) for c in named_counts(paragraphs(text))] == [(5, 3, False)]
