"""Held-out pages of stop 40 (4521–4568): the mechanisms behind their misses and false alarms, each on the real page and
an edit of it that the old code read otherwise."""
from __future__ import annotations

from test_audit_support import eval_text, of, run, run_variant

from extractor import read
from extractor.sign_off import signed_date

NUMBERING = "编号不连续"


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
    [f] = [f for f in of(run(eval_text(4565)), "structure.sections") if "收费及减免" in f.message]
    assert "正文没有该部分的标题" in f.message
    # (the copy as read: the mirror's traditional characters normalised)
    res = run_variant(eval_text(4565), ("四、政府信息公开行政复议", "四、政府信息公开的收费及减免情况\n本局未收取费用。\n四、政府信息公开行政复议"))
    assert not [f for f in of(res, "structure.sections") if "收费及减免" in f.message]


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
