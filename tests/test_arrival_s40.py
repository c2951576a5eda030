"""Held-out pages of stop 40 (4521–4568): the mechanisms behind their misses and false alarms, each on the real page and
an edit of it that the old code read otherwise."""
from __future__ import annotations

from test_audit_support import eval_text, of, run, run_variant

from extractor import read
from extractor.sign_off import signed_date

NUMBERING = "编号不连续"


def _saying(res, rule: str, words: str) -> list:
    """The findings of `rule` whose message holds `words`."""
    return [f for f in of(res, rule) if words in f.message]


def _numbering(res) -> list:
    return [f for f in of(res, "structure.sections") if NUMBERING in f.message]


def test_part_numbers_skipped_in_a_report_before_the_format():
    # 4561 (平潭县财政局 2011): 一 概述 … 四 问题, then '七、需要说明的事项与附表' — 五 and 六 never printed
    [f] = _numbering(run(eval_text(4561)))
    assert "「四、」之后是「七、」" in f.message and "「五、」「六、」" in f.message
    # the two parts printed between them: nothing
    text = open(eval_text(4561), encoding="utf-8").read()
    seventh = text.index("七、")
    res = run_variant(eval_text(4561), (text[seventh:seventh + 6], "五、收费及减免情况 无。 六、行政复议情况 无。 " + text[seventh:seventh + 6]))
    assert not _numbering(res)


def test_a_heading_run_on_after_a_comma_is_no_skipped_number():
    # 4567 (平潭 社会事业局 2015, a clean control): '…学额分配，二、主动公开政府信息的情况' — the 二 stands after a comma, where
    # no heading is looked for; it is printed, so nothing is skipped
    assert not _numbering(run(eval_text(4567)))
    # the 二 taken out: 一 then 三
    [f] = _numbering(run_variant(eval_text(4567), (",二、主动公开", ",主动公开")))
    assert "「一、」之后是「三、」" in f.message


def test_a_part_number_printed_twice_where_the_next_belongs():
    # 4562 (平潭 管委会办公室 2014): '一、 概述', then '一、主动公开政府信息情况', '三、…' — the second 一 stands for 二
    [f] = _numbering(run(eval_text(4562)))
    assert "「一、主动公开政府信息情况」重复了上一部分的编号" in f.message and "应为「二、」" in f.message
    assert not _numbering(run_variant(eval_text(4562), ("一、主动公开政府信息情况", "二、主动公开政府信息情况")))


def test_parts_numbered_from_er_where_the_copy_shows_the_reports_opening():
    # 4525 (平潭县质监局 2011, a one-line copy): the title run into the body and its first sentence ('…2011年度政府信息公开
    # 工作报告 2011年，平潭县质监局…'), the overview unheaded, the parts numbered 二、三、四
    [f] = _numbering(run(eval_text(4525)))
    assert "从「二、政府信息公开情况」开始编号" in f.message
    # without the title before the first sentence nothing shows the copy starts at the report's start: nothing
    res = run_variant(eval_text(4525), ("平潭县质监局2011年度政府信息公开工作报告 2011年,", "2011年,"))
    assert not _numbering(res)


def test_an_old_outline_part_missing_before_a_printed_one_in_a_cut_copy():
    # 4565 (a county 局 2012 on a mirror, cut inside 五): the closed outline announces 收費及減免 and the copy prints 三 申请,
    # 四 复议, 五 问题 — the fee part's place lies between printed parts, so the cut does not excuse it
    [f] = _saying(run(eval_text(4565)), "structure.sections", "收费及减免")
    assert "正文没有该部分的标题" in f.message
    # (the copy as read: the mirror's traditional characters normalised)
    res = run_variant(eval_text(4565), ("四、政府信息公开行政复议", "四、政府信息公开的收费及减免情况\n本局未收取费用。\n四、政府信息公开行政复议"))
    assert not _saying(res, "structure.sections", "收费及减免")


def test_a_count_cut_down_is_a_change_not_two_parts():
    # 4541 (黑龙江省商务厅 2019, a clean control): '精简…申请材料16项。其中，…由原来的10项精简为4项，…由原来的12项精简为7项'
    # — before and after, not four parts of 16
    assert not of(run(eval_text(4541)), "prose.inconsistent")
    # with the total worded as a plain count, the before-and-after pairs still are no parts; parts printed plainly are
    edit = ("精简需市场主体提供的申请材料16项", "梳理需市场主体提供的申请材料16项")
    assert not of(run_variant(eval_text(4541), edit), "prose.inconsistent")
    res = run_variant(eval_text(4541), edit, ("由原来的10项精简为4项", "10项"), ("由原来的12项精简为7项", "12项"),
                      ("审批流程由原来的11条精简为5条,", ""))
    [f] = of(res, "prose.inconsistent")
    assert "合计 22项" in f.message and "多于总数" in f.message


def test_a_bare_report_title_beats_a_menu_line_under_a_numeral():
    # 4564 (梅河口 兴华乡 2010): title '兴华乡2010年政府信息公开报告' (a bare 报告) under a menu line '六、年度政府信息公开工作报告
    # 0600' — the menu line was taken for the title and the page refused as no report
    path = eval_text(4564)
    _, report = read(path)
    assert report.meta.title == "兴华乡2010年政府信息公开报告" and report.meta.organ == "兴华乡"
    res = run(path)
    [f] = of(res, "prose.inconsistent")
    assert "45/65 = 69.2%" in f.message
    # '2011年,我们将按照…' closes the report with next year's plan: no year of its own
    assert not of(res, "meta.dates")
    assert of(run_variant(path, ("2011年,我们将按照", "2011年,我乡按照")), "meta.dates")


def test_outline_names_joined_by_ji_or_holding_a_dunhao_inside_commas():
    # 4562: '…收费及减免情况及政府信息公开工作存在的主要问题及改进情况共四个部分' — a name's end and 及 part two names
    assert not of(run(eval_text(4562)), "prose.outline_count")
    # 4568 (乐山高新区 2010, a clean control): names parted by commas, '抗震救灾、灾后恢复重建信息公开情况' one of them — 7 names
    assert not of(run(eval_text(4568)), "prose.outline_count")
    [f] = of(run_variant(eval_text(4568), ("改进措施7个部分", "改进措施6个部分")), "prose.outline_count")
    assert "6 个部分" in f.message


def test_a_sign_off_glued_to_the_named_statistics_table():
    # 4567: '…日常化。 附：2015年区社会事业局政府信息公开数据统计表平潭综合实验区社会事业局2016年1月8日' — the table's name,
    # then the organ and the date on one run
    text = open(eval_text(4567), encoding="utf-8").read()
    assert signed_date(text)[0] == "2016-01-08"
    assert signed_date(text.replace("数据统计表平潭综合实验区社会事业局", "数据统计表，平潭综合实验区社会事业局，")) is None


def _dated(res) -> list:
    return _saying(res, "meta.dates", "早于所报告年度")


def test_a_last_day_date_the_page_keys_or_the_report_signs_is_no_period_read_as_a_date():
    # 4611 (四平 解放街道 2011): '发布日期:2011-12-31' — the page's own field, not the 统计期限's last day read as a date
    [f] = _dated(run(eval_text(4611)))
    assert "2011-12-31" in f.message
    # the same day printed without a key beside the period: not assessable, as before
    assert not _dated(run_variant(eval_text(4611), ("发布日期:2011-12-31", "2011-12-31")))
    # 4613 (上海市长宁区人民政府 2010): the organ and '2010年12月31日' under it, opening the report: its own date
    [f] = _dated(run(eval_text(4613)))
    assert "2010-12-31" in f.message


def test_a_date_in_chinese_numerals_closing_the_title_is_the_reports_date():
    # 4612 (龙潭区龙华街道 2010): '…2010年政府信息公开工作年度报告(二〇一〇年十二月二十日)' — dated before the year ended
    _, report = read(eval_text(4612))
    assert report.meta.published == "2010-12-20"
    [f] = _dated(run(eval_text(4612)))
    assert "2010-12-20" in f.message
    assert not _dated(run_variant(eval_text(4612), ("二〇一〇年十二月二十日", "二〇一一年一月二十日")))


def test_a_running_total_said_twice_in_the_same_words_with_two_numbers():
    # 4612: '截止2010年末,街道累计公开信息总数24条。' and '截止2010年末,街道累计公开信息总数13条,其中…'
    [f] = _saying(run(eval_text(4612)), "prose.inconsistent", "累计数")
    assert "24条" in f.message and "13条" in f.message
    res = run_variant(eval_text(4612), ("累计公开信息总数24条", "累计公开信息总数13条"))
    assert not _saying(res, "prose.inconsistent", "累计数")


def test_a_parts_new_items_said_after_it_are_no_parts_of_the_total():
    # 4601 (宁海县越溪乡 2012, a control): '政府文件180条,新增31条;重点工作79条,新增17条;…' under 615 — the 新增 counts are of
    # the part before them; the categories alone (574) fall short of a list nothing marks whole
    assert not of(run(eval_text(4601)), "prose.inconsistent")
    # a category that does overshoot the total is still read (180 → 280: 674 > 615)
    [f] = of(run_variant(eval_text(4601), ("政府文件180条", "政府文件280条")), "prose.inconsistent")
    assert "615条" in f.message and "多于总数" in f.message


def test_a_zero_beside_one_part_makes_no_list_whole_unless_they_are_the_documents_attributes():
    # 4609 (将乐 安仁乡 2010): '总数148条,其中主动公开信息有103条,涉及国家秘密的公文类信息0条' — two things said of the 148
    assert not _saying(run(eval_text(4609)), "prose.inconsistent", "148条")
    # 4182 (平潭 财政金融局 2013): '总数32条，其中主动公开政府信息26条，作为依申请公开信息数0条' — the 公开属性, a whole split
    assert [f for f in of(run(eval_text(4182)), "prose.inconsistent") if "32条" in f.message and "26条" in f.message]


def test_sections_under_their_own_numerals_in_other_words_are_printed():
    # 4584 (平潭 公安局 2025, one line): '一、年度工作总体推进情况2025年，…' run on after the preamble, '五、现存短板与2026年提升
    # 计划', '六、其他需说明事项' — each its section in its own words: none missing
    res = run(eval_text(4584))
    assert not [f for f in of(res, "structure.sections") if "缺少" in f.message or "没有标题" in f.message]
    # a 五 that names another matter is no problems section
    res = run_variant(eval_text(4584), ("五、现存短板与2026年提升计划", "五、其他工作"))
    assert _saying(res, "structure.sections", "缺少「五、存在的主要问题及改进情况」")


def test_a_row_of_zeros_one_short_of_its_columns_has_one_blank_cell():
    # 4582 (平潭 金井片区 2023, one line): '四、结转下年度继续办理 000000' under seven columns — each 0 a cell, one cell blank
    [f] = _saying(run(eval_text(4582)), "applications.blank_cells", "比列数少一个")
    assert "四、结转下年度继续办理" in f.message and "6 个0，7 列" in f.message
    # seven 0s: read, nothing blank
    res = run_variant(eval_text(4582), ("结转下年度继续办理 000000四", "结转下年度继续办理 0000000四"))
    assert not _saying(res, "applications.blank_cells", "比列数少一个")


def test_a_one_line_report_titled_as_one_with_parts_run_on_after_its_preamble_is_read():
    # 4585 (平潭县公安局 2011, one line, filed under 其他应主动公开的政府信息): '…现将有关工作情况报告如下： 一、加强组织领导…' — no
    # numbered part opens a line, and 有关工作情况 is no 信息公开 report presented: the page was refused as no report
    path = eval_text(4585)
    _, report = read(path)
    from extractor import is_report
    assert is_report(report, open(path, encoding="utf-8").read())
    assert report.meta.organ == "平潭县公安局" and report.meta.published == "2012-02-11"


def test_a_bare_done_count_takes_the_object_of_the_clause_before():
    # 4585: '受理“12345”诉求件289件，办结289件' — the hotline's cases, not answered 信息公开 applications (the 附表's 答复总数 0)
    res = run(eval_text(4585))
    assert not _saying(res, "prose.table_mismatch", "289")
    # said of applications, the same bare count is one
    res = run_variant(eval_text(4585), ("受理“12345”诉求件289件,办结289件", "受理政府信息公开申请289件,办结289件"))
    assert _saying(res, "prose.table_mismatch", "289")


def test_an_outline_after_the_sentence_on_how_the_report_was_compiled():
    # 4623 (天津市红桥区 2024, a control): '…要求编制。由总体情况、…、其他需要报告的事项六部分组成' — the report, named in the
    # sentence before, left out as the subject
    assert not of(run(eval_text(4623)), "prose.outline_count")
    [f] = of(run_variant(eval_text(4623), ("六部分组成", "五部分组成")), "prose.outline_count")
    assert "5 个部分" in f.message


# the review's shapes (a second reader tried the mechanisms above on shapes they were not made on)

def test_a_date_line_under_the_title_shows_no_opening_and_a_news_item_is_no_report(tmp_path):
    # 4198 (武隆县 2011, a baike copy starting inside the report at 四): a date line put under its title is no first
    # sentence — the copy still may start late, so nothing on numbers before 四
    head = "中文名 | 武隆县人民政府2011年政府信息公开年度报告"
    res = run_variant(eval_text(4198), (head, "武隆县人民政府2011年政府信息公开年度报告\n2012年3月20日 来源:武隆县政府\n" + head))
    assert not _numbering(res)
    # 4585's title over a news item whose points run on after a colon ('报告显示，…亮点： 一、…'): no report
    from extractor import is_report
    text = open(eval_text(4585), encoding="utf-8").read().replace("现将有关工作情况报告如下：", "报告显示，亮点有：")
    page = tmp_path / "news.txt"
    page.write_text(text, encoding="utf-8")
    doc, report = read(str(page))
    assert not is_report(report, doc.text)


def test_next_years_plan_in_the_reports_own_voice_is_no_year_of_it():
    # 4564: '2011年,我乡将按照…' / '2011年,兴华乡将按照…' close the report on 2010 with a plan
    for voice in ("2011年,我乡将按照", "2011年,兴华乡将按照"):
        assert not of(run_variant(eval_text(4564), ("2011年,我们将按照", voice)), "meta.dates")


def test_running_totals_of_two_channels_or_two_years_are_two_quantities():
    # 4612: the same words but another channel before them, or another year-end: not one running total
    res = run_variant(eval_text(4612), ("截止2010年末,街道累计公开信息总数24条", "截止2010年末,通过街道网站累计公开信息总数24条"))
    assert not _saying(res, "prose.inconsistent", "累计数")
    res = run_variant(eval_text(4612), ("截止2010年末,街道累计公开信息总数24条", "截止2009年末,街道累计公开信息总数24条"))
    assert not _saying(res, "prose.inconsistent", "累计数")


def test_a_bare_done_count_in_a_sentence_of_disclosure_applications_is_theirs():
    # 4585: '受理政府信息公开申请289件，主要涉及行政审批事项，办结289件' — the applications' count, 审批 only their subject
    res = run_variant(eval_text(4585), ("受理“12345”诉求件289件,办结289件", "受理政府信息公开申请289件,主要涉及行政审批事项,办结289件"))
    assert _saying(res, "prose.table_mismatch", "办结289件")


def test_a_fifth_heading_naming_problems_alone_is_no_problems_section():
    # 4584: '五、回应群众关切问题情况' names a matter with 问题 in it, nothing to improve: 五 is missing
    res = run_variant(eval_text(4584), ("五、现存短板与2026年提升计划", "五、回应群众关切问题情况"))
    assert _saying(res, "structure.sections", "缺少「五、存在的主要问题及改进情况」")


def test_refused_documents_beside_the_other_attributes_without_an_application_claim():
    # 4642 (平潭 经济发展局 2019, a control): '全年共制发政府信息437条，其中，主动公开政府信息55条（…）、依申请公开341条、不予公开41条'
    # — the documents by their 公开属性; its 依申请公开 count yields no claim, and the 不予公开 was read as refusals against
    # table 三's 0
    assert not of(run(eval_text(4642)), "prose.table_mismatch")
    # the refusal read as such where no 依申请公开 count stands beside it (the attribute split needs its three parts' words)
    from audits.context import Context
    from test_audit_support import variant
    for edit, attribute in ((("依申请公开341条、不予公开41条", "依申请公开341条、不予公开41条"), True),
                            (("依申请公开341条、不予公开41条", "不予公开41条"), False)):
        text, report = variant(eval_text(4642), edit)
        [c] = [c for c in Context(report, text).claims if c.kind == "denied" and c.value == 41]
        assert (c.why_not is not None and "公开属性" in c.why_not) is attribute


def test_a_running_total_below_the_years_count_said_right_after_it():
    # 3971 (罗源湾开发区 2024, left since stop 35): '2024年度受理信息公开申请1件,历年累计为0' — the years' total holds this year's
    [f] = _saying(run(eval_text(3971)), "prose.inconsistent", "历年累计")
    assert "少于本年的 1" in f.message
    assert not _saying(run_variant(eval_text(3971), ("1件,历年累计为0", "1件,历年累计为3")), "prose.inconsistent", "历年累计")


def test_a_parts_share_said_alone_in_the_next_sentence():
    # 4061 (平潭 财政金融局 2021, left since stop 36): '总数510条，其中主动公开政府信息198条，…。主动公开的政府信息占41.5%。' — 198/510 is
    # 38.8 %; the share stands in the next sentence and names its part with 的
    [f] = _saying(run(eval_text(4061)), "prose.inconsistent", "41.5%")
    assert "198/510 = 38.8%" in f.message
    assert not _saying(run_variant(eval_text(4061), ("占41.5%", "占38.8%")), "prose.inconsistent", "38.8%")


def test_a_sign_off_run_on_into_the_attached_statistics_tables_header():
    # 4259 (平潭 经济发展局 2015, left since stop 37): '…平潭综合实验区经济发展局 2015年1月11日 指 标 名 称计量单位2015年度…' — signed
    # in the first days of the year it reports on, the table's header on the sign-off's line
    text = open(eval_text(4259), encoding="utf-8").read()
    assert signed_date(text)[0] == "2015-01-11"
    [f] = _saying(run(eval_text(4259)), "meta.dates", "落款日期")
    assert "2015-01-11" in f.message
    assert signed_date(text.replace(" 2015年1月11日 指 标", " 2015年1月11日指标说明 指 标")) is None
