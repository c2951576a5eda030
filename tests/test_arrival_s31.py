"""Held-out pages of stop 31, measured at arrival on bf3c126 (eval/heldout/3056-3160.md): the mechanisms behind
their misses, each on the real page and an edit of it that the old code read otherwise."""
from __future__ import annotations

import json

from extractor.chrome import FONT_SIZES
from extractor.outline import announced_outline
from nianbao.commands.common import extract_one
from test_audit_support import eval_text, of, run, run_variant

from conftest import ROOT


def _published(number: int) -> str | None:
    _, report = extract_one(eval_text(number), None)
    return report.meta.published


def _gold(number: int) -> dict:
    [path] = (ROOT / "eval" / "gold").glob(f"{number}_*.json")
    return json.loads(path.read_text(encoding="utf-8"))


def test_a_font_size_picker_on_the_byline_is_page_chrome():
    # 3071 (内丘县侯家庄乡 2021): '2022-01-28 发布机构:侯家庄乡 浏览次数:30 字体:[大 中 小]' — the date is the page's
    assert _published(3071) == _gold(3071)["meta"]["published"] == "2022-01-28"
    assert all(FONT_SIZES.search(s) for s in ("字体:[大 中 小]", "字号：【大】【中】【小】", "字体大小:【大】【中】【小】"))
    assert not FONT_SIZES.search("字体:宋体")


def test_a_bare_fen_after_the_report_announces_its_outline():
    # 3116 (鄂伦春自治旗 2020): '报告分总体情况、…、存在的主要问题及改进情况六部分' — no 六、其他需要报告的事项
    text = open(eval_text(3116), encoding="utf-8").read()
    outline = announced_outline(text)
    assert outline is not None and outline.reading.count == 6
    found = of(run(eval_text(3116)), "structure.sections")
    assert found and "未列「六、其他需要报告的事项」" in found[0].message
    # 分别 / 分析 / 分类 are no outline verb
    assert announced_outline("报告分别从总体情况、主动公开政府信息情况等方面说明。") is None
    assert announced_outline("本报告分析了全年主动公开、依申请公开、复议诉讼等方面。") is None
    assert announced_outline("本年度报告分类统计了主动公开信息、依申请公开信息等内容。") is None


def test_the_overview_narrating_another_year_under_an_agreeing_period():
    # 3071: title and 统计期限 2021, the overview's one opening '2022年,侯家庄乡人民政府…' (last year's sentence)
    found = of(run(eval_text(3071)), "meta.dates")
    assert len(found) == 1 and "标题年份 2021 与正文所述年度 2022" in found[0].message
    assert not of(run_variant(eval_text(3071), ("2022年,侯家庄乡", "2021年,侯家庄乡")), "meta.dates")
    # 643 (遂宁经开区 2024): the preamble's 2024 against '2023年,经开区通过政府网站主动公开…'
    assert any("正文所述年度 2023" in f.message for f in of(run(eval_text(643)), "meta.dates"))


def test_a_day_in_the_page_head_is_no_year_the_overview_narrates():
    # 1033 (正蓝旗 2021): '来源:正蓝旗 发布日期:2022年01月25日' opens a clause after its colon: a day, not 2022's work
    assert not of(run(eval_text(1033)), "meta.dates")


def test_parts_said_with_the_totals_received_verb_split_it():
    # 3086 (建湖县发改委 2023): '本年收到依申请公开总数为5个…其中,收到网上提交表单数为5个(…),收到信函方式数为5个' — 10 > 5
    found = of(run(eval_text(3086)), "prose.inconsistent")
    assert len(found) == 1 and "所列各项合计 10个（收到网上提交表单数为5个 + 收到信函方式数为5个）" in found[0].message
    assert not of(run_variant(eval_text(3086), ("收到信函方式数为5个", "收到信函方式数为0个")), "prose.inconsistent")


def test_counts_in_a_bracket_after_the_last_part_are_no_more_categories():
    # 3147 (岳阳 君山 生态环境分局 2025): '46条,其中机构概况6条、…、统计信息0条、规划信息1条、财政信息1条(各业务线数据:环境保护
    # 14条、…)' — the 0 category makes the list whole, its bracket is a remark: 26 against 46
    found = of(run(eval_text(3147)), "prose.inconsistent")
    assert any("所列各项合计 26条" in f.message and f.severity == "warning" for f in found)
    # the bracket titled a list of its own is no breakdown of the 财政信息1条 before it (19 > 1 was a false warning)
    assert len(found) == 1
    # a list edited to add up to its total raises nothing on the 46
    assert not any("「全年累计发布信息46条」" in f.message
                   for f in of(run_variant(eval_text(3147), ("机构概况6条", "机构概况26条")), "prose.inconsistent"))


def test_an_announced_organ_with_spaces_around_its_year():
    # 3146 (平江县三墩乡 2025): '现将平江县三墩乡 2025 年度政府信息公开工作情况报告如下' — digits spaced as the copy prints them
    _, report = extract_one(eval_text(3146), None)
    assert report.meta.organ == _gold(3146)["meta"]["organ"] == "平江县三墩乡"
    # never inside a quote, where a mirror's spam spaces its words: 2399 keeps its contact line's full name
    _, report = extract_one(eval_text(2399), None)
    assert report.meta.organ == "武汉市东西湖区司法局"


def test_a_decision_verb_read_where_the_key_stands():
    # 3091 (东台市文广旅局 2023): '我局行政许可窗口共实施行政许可15件' — 实施 before this 行政许可, not before the 窗口's
    assert not of(run(eval_text(3091)), "prose.table_mismatch")
    found = of(run_variant(eval_text(3091), ("共实施行政许可15件", "共实施行政许可16件")), "prose.table_mismatch")
    assert len(found) == 1 and found[0].cells == ["active_disclosure.licensing.decisions"]
    assert "「行政许可16件」与表格不符" in found[0].message and "为 15" in found[0].message


def test_a_clause_on_whom_the_figure_covers_stands_between_it_and_its_list():
    # 3074 (保定 徐水区自然资源和规划分局 2024): '依申请公开信息43条,涉及自然人42人,其中:…9条,…12条,…5条,…13条' — the 其中
    # splits the 43 (its applicants counted in persons say no count of the list's items)
    assert not of(run(eval_text(3074)), "prose.inconsistent")
    found = of(run_variant(eval_text(3074), ("部分公开信息12条", "部分公开信息32条")), "prose.inconsistent")
    assert any("「2024年依申请公开信息43条」，所列各项合计 59条" in f.message for f in found)


def test_a_carry_in_said_zhuanban_and_an_item_opening_bing_an():
    # 3207 (盘州市政府办 2024): '收到依申请公开信件33件,上一年度转办4件,所有信件都在法定时限内规范办理答复,其中,已办结34件,
    # 3件转下年度继续办理,并按一件一档规范档案管理' — 34 + 3 = 33 + 4; '并按一件' was read as a part of 1 (38 > 4)
    assert not of(run(eval_text(3207)), "prose.inconsistent")
    found = of(run_variant(eval_text(3207), ("已办结34件", "已办结40件")), "prose.inconsistent")
    assert any("所列各项合计 43件（已办结40件 + 3件）" in f.message for f in found)


def test_the_old_outlines_review_heading_is_section_four():
    # 3178 (衡阳 珠晖区粤汉街道 2023): '三、申请行政复议和提起行政诉讼情况' — the section is there (under the old numeral),
    # not missing: no '缺少「四、…」', the numbering finding names it
    found = of(run(eval_text(3178)), "structure.sections")
    assert not any("缺少「四、" in f.message for f in found)
    assert any("「三、申请行政复议和提起行政诉讼情况」应为四" in f.message for f in found)


def test_bu_tongyi_gongkai_is_a_refusal_not_a_grant():
    # 3192 (深圳 龙华监管局 2023): '…已答复119件,属于同意公开的60件,部分公开13件,不同意公开的6件,…' — the six results add
    # up to 119 with the 6 a refusal; read as a second grant the paragraph's account was dropped
    assert not of(run(eval_text(3192)), "prose.inconsistent")
    found = of(run_variant(eval_text(3192), ("已答复119件", "已答复118件")), "prose.inconsistent")
    assert any("119" in f.message and "118" in f.message for f in found)


def test_a_nested_list_ends_before_its_outer_lists_parts():
    # 3296 (天津 武清区应急管理局 2024): '…;重大民生信息38条,包括1条责任清单、36条安全生产信息和1条救灾信息;其他法定公开信息11条。'
    # — the 11 after the ； is the outer list's rest, not the 38's (49 > 38 was a false warning)
    assert not of(run(eval_text(3296)), "prose.inconsistent")
    found = of(run_variant(eval_text(3296), ("36条安全生产信息", "46条安全生产信息")), "prose.inconsistent")
    assert any("所列各项合计 48条（1条 + 46条 + 1条）" in f.message for f in found)


def test_results_after_the_count_carried_on_are_the_answereds():
    # 3252 (上海 普陀区规划资源局 2023): '…答复量为421件,结转下一年继续办理件33件,其中予以公开184件。' — no 184 > 33
    assert not of(run(eval_text(3252)), "prose.inconsistent")
    # a carry-in still to be handled is split by its results: read (4 + 2 = 6; an edited 5 + 2 is above it)
    from audits.prose.lists import read_sentence
    [r] = read_sentence("办理上年度结转继续办理的申请6件，其中予以公开5件，不予公开2件。")
    assert r.total.group() == "6件" and [p.value for p in r.parts] == [5, 2]


def test_a_withdrawal_said_before_the_answered_total_is_beside_it():
    # 3297 (深圳 坪山区住建局 2025): '受理…67宗,办理上年度结转6宗,撤销申请13宗,按期答复58宗,结转下年度继续办理2宗' — 73 = 73
    assert not of(run(eval_text(3297)), "prose.inconsistent")
    found = of(run_variant(eval_text(3297), ("按期答复58宗", "按期答复57宗")), "prose.inconsistent")
    assert any("不平衡" in f.message and "撤销申请13宗" in f.message for f in found)
    # the withdrawn are no part of what was answered: answer-time counts above the 58 are still too many
    found = of(run_variant(eval_text(3297), ("按期答复58宗", "按期答复58宗,其中5个工作日内答复40宗,6至20个工作日内答复20宗")),
               "prose.inconsistent")
    assert any("「按期答复58宗」" in f.message and "合计 60宗" in f.message for f in found)
    # a withdrawal alone is never the answered (2824: 其中…告知书52件,撤销申请1件,…电话回复2件 — two unread outcomes)
    assert not of(run(eval_text(2824)), "prose.inconsistent")


def test_a_date_stamp_before_the_pages_fields_with_the_preamble_run_on():
    # 3252 (上海 普陀区规划资源局 2023): '2024年01月23日 来源: 上海普陀本年度报告根据…统计期限自2023年1月1日起至12月31日止。'
    # — one 202-character line: the date that opens it, before the 来源 field, is the page's
    assert _published(3252) == _gold(3252)["meta"]["published"] == "2024-01-23"
    # only the stamp's own date: a dashed period in the preamble run on after it is no publication date, and a stamp
    # that is no date leaves the later lines to read
    from extractor.meta import published
    assert published("2024年01月23日 来源: 某区本年度报告…统计期限自2023-01-01起至2023-12-31止。\n一、总体情况\n", None) \
        == "2024-01-23"
    assert published("2024年13月23日 来源: 某区…\n正文\n2024年1月20日\n", None) == "2024-01-20"
