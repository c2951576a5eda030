"""Held-out pages of stop 36 measured at arrival (eval/heldout/4061-… to 4151-…): the mechanisms behind their misses and
false alarms, each on the real page and an edit of it that the old code read otherwise."""
from __future__ import annotations

from pathlib import Path

from test_audit_support import eval_text, extract_text, edited, na, of, pair, run, run_variant

import audits
from audits.context import Context
from extractor import read, template
from extractor.segment import _opens_body_after_colon
from extractor.tokenize import reads_as_cell


def test_none_received_in_one_paragraph_against_a_count_received_in_another():
    # 4092 (瓯海区新居民服务管理局 2018): 三 '2018年受理、承办各类政府信息依申请公开件共计2个', 五 '2018年度没有收到信息公开申请'
    # — the none was set against a count only in its own sentence
    [w] = of(run(eval_text(4092)), "prose.inconsistent")
    assert "没有收到信息公开申请" in w.message and "共计2个" in w.message and w.severity == "warning"
    # a none of one channel only is no contradiction
    res = run_variant(eval_text(4092), ("没有收到信息公开申请", "没有收到通过信函提出的信息公开申请"))
    assert not of(res, "prose.inconsistent")


def test_a_report_on_2018_is_judged_against_the_2008_regulations_31_march():
    # 4091 (温州市瓯海区人民政府 2018, the city portal's copy): published 2020-09-23; timeliness ran from 2019 only
    [w] = of(run(eval_text(4091)), "meta.timeliness")
    assert "2019-03-31" in w.message and "第三十一条" in w.message and w.actual == "2020-09-23"
    # 4094 (龙华区审计局 2018, published 2019-01-16) and 4128 (朝阳乡 2016, 2017-03-21: a 乡 in time under the old rule)
    for page in (4094, 4128):
        res = run(eval_text(page))
        assert not of(res, "meta.timeliness") and not na(res, "meta.timeliness")


def test_information_split_by_its_disclosure_attribute_is_no_application_outcome():
    # 4062, 4064 (平潭 经济发展局 2020, 2021): '全年共制发政府信息487条，其中，主动公开政府信息117条（…）、依申请公开274条、
    # 不予公开96条' — the 96 was read as applications refused and set against table 三's zeros
    for page in (4062, 4064):
        assert not of(run(eval_text(page)), "prose.table_mismatch")
    # a 不予公开 count of the applications still is one
    report, text = pair(eval_text(4062))
    ctx = Context(report, text)
    [denied] = [c for c in ctx.claims if c.kind == "denied"]
    assert denied.why_not and "公开属性" in denied.why_not
    alone = edited(eval_text(4062), ("依申请公开274条、不予公开96条", "依申请公开274条。全年答复申请时不予公开96件"))
    ctx = Context(extract_text(eval_text(4062), alone), alone)
    assert [c.why_not for c in ctx.claims if c.kind == "denied"] == [None]


def test_a_list_closed_by_deng_is_a_selection_though_it_names_an_other_category():
    # 4061 (平潭 财政金融局 2021): '在主动公开的198条政府信息中…其中:…；其他文件共2条；工作动态共2条;…公示公告信息17条等。'
    # — the 其他 among seven parts was taken to make the list whole (94 against 198)
    # (its share said in the next sentence, 41.5 % of 510, is another finding since stop 40)
    assert not [f for f in of(run(eval_text(4061)), "prose.inconsistent") if "合计" in f.message]
    # without the 等 the list is whole again, and falls short
    res = run_variant(eval_text(4061), ("公示公告信息17条等。", "公示公告信息17条。"))
    assert any("198" in f.message for f in of(res, "prose.inconsistent"))


def test_a_sentence_with_a_year_between_table_fours_heading_and_its_header():
    # 4064, 4082 (平潭 经济发展局 2021, 2022): '四、…情况 2021年我局未有政府信息公开行政复议及行政诉讼有关况。 行政复议 …
    # 总计 0 0 …' — the 2021 was taken as the run's first digits, so the table was unread and said missing
    for page in (4064, 4082):
        ctx = Context(*pair(eval_text(page)))
        keys = template.layout_cells("review_litigation", "2021", False)
        assert [ctx.values.get(k) for k in keys] == [0] * 15
        assert not [f for f in of(run(eval_text(page)), "structure.tables") if "四" in f.message]


def test_procurement_counted_in_bi():
    # 4065 (平潭 财政金融局 2020): '政府集中采购 2笔 984361元' — 笔 was no unit, the row read as its amount only
    ctx = Context(*pair(eval_text(4065)))
    assert [ctx.values.get(f"active_disclosure.procurement.{c}") for c in ("items", "amount")] == [2, 984361]


def test_an_old_outlines_appendix_joined_to_its_last_part_counts_as_a_part():
    # 4130 (李沧区卫生局 2009): '本报告由概述、…、工作存在的主要问题及改进情况、其他事项和附表共九个部分' — eight names and 附表
    assert not of(run(eval_text(4130)), "prose.outline_count")
    res = run_variant(eval_text(4130), ("其他事项和附表共九个部分", "其他事项和附表共十个部分"))
    assert of(res, "prose.outline_count")


def test_a_run_parted_by_semicolons_whose_last_part_is_closed_by_deng():
    # 4079 (平潭 财政金融局 2024): '…共61条，其中:减税降费5条，…解读共1条；…报告共7条；…直达基层12条；其他文件共51条等。' — the
    # 等 after the last figure ended the run at the first ；, leaving 5 + 1: the 76 listed against 61 went unseen
    [w] = of(run(eval_text(4079)), "prose.inconsistent")
    assert w.expected == 61 and w.actual == 76
    # a run whose parts stay within the total says nothing
    assert not of(run_variant(eval_text(4079), ("其他文件共51条等", "其他文件共36条等")), "prose.inconsistent")


def test_a_sign_off_ending_a_body_flattened_into_one_line():
    # 4061 (平潭 财政金融局 2021): the page's body is one line, ending '…持续良好地开展。 平潭综合实验区财政全融局 2022年1月13日' —
    # a sign-off was read on a line of its own only, so the copy's end went unseen and 六 was "not in the copy"
    [w] = of(run(eval_text(4061)), "structure.sections")
    assert "六、其他需要报告的事项" in w.message and w.severity == "warning"
    # a date alone after the last sentence signs nothing: the end stays unseen
    res = run_variant(eval_text(4061), ("平潭综合实验区财政全融局 2022年1月13日", "2022年1月13日"))
    assert not of(res, "structure.sections") and na(res, "structure.sections")


def test_a_shared_list_runs_on_past_a_zero_part_printed_without_its_share():
    # 4151 (沙头镇 2008, a spam mirror): '…50条,占16 %;行政执法类信息0条;重点业务类信息26条,占8.3%;其它类信息207条,占58.1%。' —
    # the list of parts with shares stopped at the 0 without one, so the 207's 58.1 % (66.3 % of 312) was never read
    [w] = of(run(eval_text(4151)), "prose.inconsistent")
    assert "207" in w.message and "58.1%" in w.message


_UNSEEN = Path(__file__).parent / "unseen"


def _unseen(name: str):
    doc, report = read(_UNSEEN / name)
    return audits.audit(report, doc.text)


def test_a_pipe_inside_a_one_line_bodys_prose_is_no_table_row():
    # 平潭 市场监督管理局 2021 (stop 36's trial, unlabelled): the whole body is one line, and its prose cites
    # '《我为群众办实事|食用农产品快速检测结果天天报》' — the one '|' made the line a two-cell pipe row, so the one-line tables were
    # never read and all three said missing
    doc, report = read(_UNSEEN / "pingtan_shichangjianguanju_2021.txt")
    assert report.meta.template == "2021"
    status = {k: t.status for k, t in report.extraction.tables.items()}
    assert set(status) == set(template.TABLES) and status["review_litigation"] == "complete"
    assert set(status.values()) <= {"complete", "partial"}  # (table 二's '7030' and two （六） rows have several readings)
    # the cells as the page prints them: '行政处罚211', '本年新收…5000005', '（七）总计5000005', table 四's fifteen 0s
    ctx = Context(report, doc.text)
    keys = ("active_disclosure.punishment.decisions", "applications.new_received.natural_person",
            "applications.new_received.total", "applications.results_total.total")
    assert [ctx.values.get(k) for k in keys] == [211, 5, 5, 5]
    assert [ctx.values.get(k) for k in template.layout_cells("review_litigation", "2021", False)] == [0] * 15
    assert not of(_unseen("pingtan_shichangjianguanju_2021.txt"), "structure.tables")
    # a pipe row is still one: two short cells
    assert not reads_as_cell("行政许可 | 25") and reads_as_cell("说明。" * 50 + "|" + "说明。" * 50)


def test_the_overviews_heading_right_after_the_colon_that_announces_the_report():
    # 平潭 公安局 2021 (stop 36's trial): '…特编制此报告：一、总体情况2021年，我局…' in a one-line body — a numeral after a
    # colon was taken for an enumeration, so 一、总体情况 was said missing
    res = _unseen("pingtan_gonganju_2021.txt")
    assert not of(res, "structure.sections")
    assert [s.key for s in res.report.sections][0] == template.SECTIONS[0].key
    # an outline after a colon still lists, heads nothing: '本报告包括：一、总体情况；二、…'
    outline = "本报告包括：一、总体情况；二、主动公开政府信息情况。"
    assert _opens_body_after_colon(template.SECTIONS[0].key, outline, outline.index("总体情况") + 4) is False


def test_the_second_looks_mends_each_on_the_page_it_was_found_on():
    # a run of shares past a 0 reaches a last part printed without its share: read whole (12 + 0 + 300 = 312), no shortfall
    res = run_variant(eval_text(4151), ("重点业务类信息26条,占8.3%;其它类信息207条,占58.1%", "其它类信息233条"))
    assert not of(res, "prose.inconsistent")
    # a none received of another scope contradicts nothing of the report's own (4092's none said of the whole city)
    assert not of(run_variant(eval_text(4092), ("2018年度没有收到信息公开申请", "2018年度全市没有收到信息公开申请")),
                  "prose.inconsistent")
    # 不予公开 beside other outcomes of the applications is an answer, not the information's disclosure attribute
    text = edited(eval_text(4062), ("依申请公开274条、不予公开96条", "依申请公开3件，其中予以公开2件、不予公开1件"))
    ctx = Context(extract_text(eval_text(4062), text), text)
    assert [c.why_not for c in ctx.claims if c.kind == "denied"] == [None]
