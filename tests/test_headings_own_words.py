"""Section headings, presenting sentences and preambles in the words real reports use beyond the template's:
the reader accepts them as reports and the segmenter finds their sections (real pages and real lines)."""
from __future__ import annotations

import audits
from extractor import read_report
from extractor.outline import announced_outline
from extractor.labels import match_key
from extractor.cut_end import cut_at_end
from extractor.segment import find_sections, near_heading, presents_report
from nianbao.commands.common import extract_one

from conftest import eval_doc


def _keys(text: str) -> list[tuple[str, str]]:
    return [(h.key, h.heading.strip()) for h in find_sections(text)]


def test_an_institutes_own_headings_are_its_sections():
    # 中国科学院兰州分院 2021; the same outline on 广州能源研究所 2020 and 成都生物研究所 2019 (real headings)
    assert _keys(eval_doc("746_").read_text(encoding="utf-8")) == [
        ("overview", "一、概述"), ("active_disclosure", "二、主动公开信息情况"),
        ("applications", "三、依申请公开信息情况"), ("problems", "四、下一步改进措施")]
    assert [k for k, _ in _keys("一、概述\n…\n二、主动公开信息情况\n…\n三、 依申请公开信息情况\n…\n四、下一步改进措施\n…")] \
        == ["overview", "active_disclosure", "applications", "problems"]
    assert [k for k, _ in _keys("一、概述\n…\n二、主动公开信息情况\n…\n三、依申请公开信息情况\n…\n"
                                "四、存在的主要问题和改进措施\n…")] == ["overview", "active_disclosure", "applications", "problems"]


def test_problems_followed_by_the_next_steps_plan_is_section_five():
    # 开平市沙塘镇 2021 (a traditional-script mirror): '五、存在的主要問題及下一步計劃' after 二/三/四 with nothing under
    # them; unread, section 四 ran to the copy's end and its missing table was taken for a cut
    _, report = read_report(eval_doc("2642_"))
    assert [(s.key, s.heading) for s in report.sections][-2:] == [
        ("review_litigation", "四、政府信息公开行政复议、行政诉讼情况"), ("problems", "五、存在的主要问题及下一步计划")]
    assert [k for k, _ in _keys("一、总体情况\n…\n五、存在的不足和下一步工作安排\n…")][-1] == "problems"
    assert [k for k, _ in _keys("一、总体情况\n…\n五、下一步工作思路\n…")][-1] == "problems"


def test_a_short_form_stays_below_a_full_heading_of_its_section():
    # '3.主动公开信息情况' numbers a part of 通榆县团结乡's overview; its section 二 has the full heading
    assert [k for k, _ in _keys(eval_doc("638_").read_text(encoding="utf-8"))] == ["overview", "active_disclosure"]


def test_variants_of_the_overview_and_of_section_three():
    assert _keys(eval_doc("660_").read_text(encoding="utf-8"))[0] == ("overview", "一、总体公开情况")  # 鞍山 辽宁 outline
    for prefix in ("742_", "117_", "780_"):  # '三、行政机关收到和处理政府信息公开申请情况'
        assert _keys(eval_doc(prefix).read_text(encoding="utf-8"))[2] == (
            "applications", "三、行政机关收到和处理政府信息公开申请情况")


def test_a_heading_glued_to_the_pages_source_field_is_read():
    # 上海普陀 prints '来源: 上海普陀' and the article's first line with nothing between them
    doc, report = read_report(eval_doc("692_"))
    assert [(s.key, s.heading) for s in report.sections] == [("overview", "一、总体情况")]
    assert doc.text[report.sections[0].start:].startswith("一、总体情况")
    # the same platform glues its preamble instead: no heading there
    assert _keys("2026年01月19日 来源: 上海普陀本年度报告根据《中华人民共和国政府信息公开条例》\n") == []


def test_a_report_published_in_its_opening_is_presented():
    for sentence in ("按照县信息办要求,特向社会公布2023年县信访局政府信息公开年度报告。",
                     "现公布荷塘区桂花街道办事处2019年政府信息公开工作年度报告。",
                     "现发布《重庆市开州区大进镇人民政府2024年政府信息公开工作年度报告》。",
                     "现公布中国科学院兰州分院2021年度信息公开工作报告"):
        assert presents_report(sentence) is not None, sentence
    assert presents_report("现公布我局2022年重点工作完成情况。") is None


def test_a_copy_holding_the_preamble_and_the_overviews_sub_items_is_a_report():
    # 吉林经开区 2023 and 长宁区新华路街道 2023: the six parts named only in the preamble, then (一)…(五)
    for prefix in ("664_", "686_"):
        doc, report = read_report(eval_doc(prefix))
        assert report.sections == [] and announced_outline(doc.text) is not None
    doc, report = read_report(eval_doc("664_"))
    found = audits.audit(report, doc.text).findings
    assert any(f.rule == "meta.dates" for f in found)
    assert announced_outline("本报告由概述、政府信息主动公开情况、依申请公开情况三部分组成") is not None
    assert announced_outline("本文件由办公室、财务科两部分组成") is None


def test_a_cut_heading_is_read_by_what_its_words_can_begin():
    assert cut_at_end("四、x\n五、存在的主").section == "problems"  # only section 五 begins so
    assert cut_at_end("一、总体情况\n二、主动公开") is None  # (一)主动公开 of the overview too
    assert cut_at_end("一、总体情况\n三、收到") is None
    # two words suffice only right under the whole heading of the section before (the numbering follows the template)
    assert cut_at_end("一、总体情况\n二、主动公开政府信息情况\n三、收到").section == "applications"
    assert cut_at_end("一、总体情况\n二、主动公开政府信息情况\n三、收") is None
    assert cut_at_end("一、总体情况\n二、主动公开政府信息情况\n四、政府") is None  # not 三's numeral


def test_a_table_frame_printed_without_values_is_no_missing_table():
    # 雄县 2019: table 四's headers and row labels, no value, then the copy's end '五、存在的主'
    doc, report = extract_one(eval_doc("108_"), None)
    assert report.sections[-1].key == "problems"
    found = audits.audit(report, doc.text)
    assert not [f for f in found.findings if f.rule == "structure.tables" and f.severity != "not_assessable"]


def test_a_first_line_numbered_like_table_threes_first_row_is_no_outline_of_its_own():
    # 荷塘区桂花街道 2019: '现公布…年度报告', prose, then tables 二 and 三 without headings
    doc, report = extract_one(eval_doc("118_"), None)
    found = audits.audit(report, doc.text).findings
    assert not [f for f in found if f.rule == "structure.sections" and "其他提纲" in f.message]
    doc, report = extract_one(eval_doc("816_"), None)  # '…报告如下: 一、2020年政务公开工作完成情况及成效'
    assert [f for f in audits.audit(report, doc.text).findings if "其他提纲" in f.message]


def test_an_empty_list_of_attachments_ends_the_page():
    from audits.context import Context
    from audits.extent import end_marker
    doc, report = extract_one(eval_doc("746_"), None)  # '四、下一步改进措施', its paragraph, then '附件:'
    assert end_marker(Context(report, doc.text))[0] == "附件"
    text = doc.text.rstrip() + "\n1.政府信息公开情况统计表\n"  # a list with an entry may hold the tables
    assert end_marker(Context(report, text)) is None


def test_an_overview_printed_without_its_heading_is_said_so_not_missing():
    from test_audit_support import TEXT, document, run_variant
    path = TEXT + "744_guangzhou_guoziwei_tradmirror_2020.txt"  # a mirror dropped '一、总体情况' above its text
    res = run_variant(path)
    msgs = [f.message for f in res.findings if f.rule == "structure.sections"]
    assert len(msgs) == 1 and "没有标题" in msgs[0] and "缺少" not in msgs[0]
    text = document(path).text
    body = text[text.index("本年度"): text.index("二、")]
    res = run_variant(path, (body, "本年度,我委全力推进各项工作。" * 20 + "\n"))  # text before 二 that is no overview
    assert any("缺少「一、总体情况」" in f.message for f in res.findings if f.rule == "structure.sections")


def test_a_heading_that_ends_a_prose_line_after_its_sentence_is_a_section():
    # 953 襄阳中环水务 2019 ('…宣传信息46条。 二、主动公开政府信息情况' then a line break) and 1001 罗家乡 2020 ('…乡内
    # 主要活动信息等。二、主动公开政府信息情况'): the copy put the next heading at the end of the paragraph's line
    from extractor.loaders import load

    assert "active_disclosure" in [k for k, _ in _keys(load(eval_doc("953_")).text)]
    assert ("active_disclosure", "二、主动公开政府信息情况") in _keys(load(eval_doc("1001_")).text)
    # an outline's last item ending its line after ；is no heading
    assert _keys("本报告包括以下内容：一、总体情况；二、主动公开政府信息情况；三、收到和处理政府信息公开申请情况；"
                 "六、其他需要报告的事项\n") == []


def test_a_short_line_of_a_heading_and_its_content_is_a_section_but_a_contents_line_is_not():
    # 953's '五、存在的主要问题及改进情况 我公司…。 六、其他需要报告的事项 无': with 五's paragraph gone the line is short
    assert _keys("四、政府信息公开行政复议、行政诉讼情况\n 六、其他需要报告的事项 无\n") == [
        ("review_litigation", "四、政府信息公开行政复议、行政诉讼情况"), ("other_matters", "六、其他需要报告的事项")]
    # 1012 (a flipbook's 目录): dot leaders and a page number are no content
    assert [k for k, _ in _keys(eval_doc("1012_").read_text(encoding="utf-8"))] == []


def test_an_overview_headed_as_a_summary_of_the_work():
    # '一、总体概述' (双塔区前进街道 2020) and '一、主要工作概述' (泰州市政府 2017) head the overview as '一、概述' does
    assert _keys(eval_doc("1225_").read_text(encoding="utf-8"))[:2] == [
        ("overview", "一、总体概述"), ("active_disclosure", "二、主动公开政府信息情况")]
    assert _keys(eval_doc("1017_").read_text(encoding="utf-8"))[0] == ("overview", "一、主要工作概述")
    assert [k for k, _ in _keys("一、工作概述\n…\n二、主动公开政府信息情况\n…")] == ["overview", "active_disclosure"]


def test_a_heading_misprinted_by_one_character_is_its_sections():
    # 平潭综合实验区 2022 prints section 四's heading with a character too many, in a body printed as one line
    # ('…0000000 四、政府信息公开行政法复议、行政诉讼情况行政复议 行政诉讼 …'): its table follows it
    text = eval_doc("925_").read_text(encoding="utf-8")
    assert ("review_litigation", "四、政府信息公开行政法复议、行政诉讼情况") in _keys(text)
    doc, report = read_report(eval_doc("925_"))
    assert report.tables.review_litigation.review.total == 2
    # the same heading on a line of its own
    assert [k for k, _ in _keys("三、收到和处理政府信息公开申请情况\n…\n四、政府信息公开行政法复议、行政诉讼情况\n…\n"
                                "五、存在的主要问题及改进情况\n…")] == ["applications", "review_litigation", "problems"]
    # real headings one character off the template's (303 商务局 '…公开的申请情况', 469 东城街道 '…政府信息的情况'),
    # which the template's variants read too: the same shape
    for prefix, line, section in (("303_", "三、收到和处理政府信息公开的申请情况", "applications"),
                                  ("469_", "二、主动公开政府信息的情况", "active_disclosure")):
        assert line in eval_doc(prefix).read_text(encoding="utf-8")
        assert near_heading(match_key(line)) == (section, len(match_key(line)))
    # never under another section's numeral, nor cut short at its end (cut_at_end's), nor a short heading
    assert near_heading(match_key("三、政府信息公开行政复议、行政诉讼情况")) is None
    assert near_heading(match_key("四、政府信息公开行政复议、行政诉讼情")) is None
    assert near_heading(match_key("一、总体情祝")) is None


def test_the_overview_headed_by_its_whole_work_or_with_a_trailing_explanation():
    # 砚山县交通运输局 2020 '一、总体公开情况说明'; 武昌区司法局 2022 '一、工作开展总体情况'; a 2013 市 report
    # '一、政府信息公开总体工作情况' (real headings): each is the report's overview
    for prefix, heading in (("1560_", "一、总体公开情况说明"), ("1574_", "一、工作开展总体情况"),
                            ("1007_", "一、政府信息公开总体工作情况")):
        assert _keys(eval_doc(prefix).read_text(encoding="utf-8"))[0] == ("overview", heading)
    # …and section 一 of 1560 is no longer reported missing
    doc, report = extract_one(eval_doc("1560_"))
    res = audits.audit(report, doc.text)
    assert not [f for f in res.findings if f.rule == "structure.sections"]
    # a sub-heading glued to its paragraph is no section heading (628: '(一)总体公开情况说明。2021年,…')
    assert [k for k, _ in _keys("一、总体情况\n…\n(一)总体公开情况说明。2021年,县卫生健康局…\n")] == ["overview"]


def test_an_overview_heading_in_other_words_is_named_as_printed_not_missing():
    # 定安县龙河镇 2020 prints '一、报告内容' over its overview, 龙泉市西街街道 2019 a bare '一、': each a heading off the
    # template (a warning), neither 没有标题 nor a missing section
    from test_audit_support import TEXT, run_variant
    for stem, printed in (("1523_dingan_longhezhen_2020", "一、报告内容"), ("1354_longquan_xijiejiedao_2019", "一、")):
        found = [f for f in run_variant(TEXT + stem + ".txt").findings if f.rule == "structure.sections"]
        heading = [f for f in found if f.expected == ["一、总体情况"]]
        assert [(f.severity, f.actual) for f in heading] == [("warning", [printed])], stem
        assert f"写作「{printed}」" in heading[0].message
        assert not any("缺少" in f.message or "没有标题" in f.message for f in found), stem


def test_an_overview_heading_in_its_own_words_is_its_heading():
    # 和田市吉亚乡 2023 '一、2023年工作开展情况', 镇沅县林业局 2021 '一、2021政府信息公开情况': the year's work, the
    # overview's subject (FORMAT.md §2: '一、工作概况'), so no structure finding
    from test_audit_support import TEXT, run_variant
    for stem in ("2458_hetian_jiyaxiang_2023", "2525_zhenyuan_linyeju_2021"):
        assert not [f for f in run_variant(TEXT + stem + ".txt").findings if f.rule == "structure.sections"], stem
    # a heading naming another section's matter is no overview heading (the same page, one word changed)
    res = run_variant(TEXT + "2458_hetian_jiyaxiang_2023.txt", ("一、2023年工作开展情况", "一、2023年存在的问题"))
    assert [f.actual for f in res.findings if f.rule == "structure.sections"] == [["一、2023年存在的问题"]]
