"""Reading a page and its structure, from the s18 sweep of fresh pages (eval/docs/text/10NN_*): an outline
closed by 等 is a report's preamble; a report on a year before the 2019 format is not held to its six
sections and three tables; a report that prints its opening and then the overview's items without the
overview's heading is said so."""
from __future__ import annotations

import audits
import pytest
from extractor import InputError
from extractor.outline import announced_outline
from nianbao.commands.common import extract_one

from conftest import ROOT, eval_doc
from test_audit_support import na, of


def _read(prefix: str):
    return extract_one(eval_doc(prefix), None)


# a preamble listing the parts and closing the list with 等 and the sentence's end, no count of parts:
# '全文包括总体情况,…,其他需要报告的事项等。' (宜兴 教育局 2021), '报告主要包括以下内容:…改进情况等。' (贺州 2009), and
# the same shape in four reports the eval already had
def test_an_outline_closed_by_deng_is_a_preamble():
    for prefix, first in [("1006_", "overview"), ("1026_", "overview"), ("737_", "overview"), ("320_", "active_disclosure"),
                          ("114_", "overview"), ("688_", "overview")]:
        doc, _ = _read(prefix)
        found = announced_outline(doc.text)
        assert found is not None and found[1][0] == first and len(found[1]) >= 4, prefix


def test_pages_with_only_such_a_preamble_and_no_section_heading_are_read():
    # 宜兴 教育局 2021: the preamble, then '(一)主动公开。…' with no '一、总体情况'; 贺州 2009: '一、本年度政府信息公开
    # 工作的基本情况' (the 2008 outline). Both were refused as 'no annual report inside'.
    for prefix, year in [("1006_", 2021), ("1026_", 2009)]:
        doc, report = _read(prefix)
        assert report.meta.year == year


def test_a_report_on_a_year_before_the_format_is_not_held_to_its_sections_and_tables():
    # 荣成 石岛管理区 2008, a whole report on the 2008 outline (收费及减免 as 三, no 六, no tables): nothing to warn
    doc, report = _read("1008_")
    res = audits.audit(report, doc.text)
    assert report.meta.year == 2008
    assert not of(res, "structure.sections") and not of(res, "structure.tables")
    assert na(res, "structure.sections") and na(res, "structure.tables")
    # 道县文广新局 2013, whole (the 2008 outline, then its date), got three warnings the same way
    doc, report = _read("1039_")
    res = audits.audit(report, doc.text)
    assert not of(res, "structure.sections") and not of(res, "structure.tables")
    # a 2020 report on an old outline still lacks the six sections (上营乡 2020)
    doc, report = _read("816_")
    assert of(audits.audit(report, doc.text), "structure.sections")


def test_the_overview_items_straight_after_the_opening_lack_the_overview_heading():
    # 宜兴 教育局 2021 ('…等。' then '(一)主动公开。') and 长宁 新华路街道 2023 ('…六部分。' then '(一)公开主动方面'):
    # the opening is printed, so the copy does not start late — the report left the heading out
    for prefix in ("1006_", "686_"):
        doc, report = _read(prefix)
        assert not report.sections
        [f] = of(audits.audit(report, doc.text), "structure.sections")
        assert f.message.startswith("「一、总体情况」没有标题") and ("（一）" in f.message or "(一)" in f.message)


def test_items_that_are_not_the_overview_parts_are_not_called_an_unheaded_overview():
    # 吉林经开区 社会事业管理局 2023: '(一)组织领导和机构开展情况', '(二)建立健全…制度情况' (the old outline's items)
    doc, report = _read("664_")
    assert not report.sections
    assert not of(audits.audit(report, doc.text), "structure.sections")


# an index block printed as pipe table rows: each label cell names the cell after it, and a category (分类) is
# no title — 泰州 2017's '索 引 号 | 014416330/2018-04736 | 分 类 | 政府信息公开年报 …|' was its title, so the
# index number's 2018 became the report's year (and two meta.dates warnings)
def test_a_pipe_row_of_an_index_block_gives_its_values_and_no_category():
    from extractor import chrome
    assert chrome.parts("索 引 号 | 014416330/2018-04736 | 分 类 | 政府信息公开年报 综合政务,文秘工作 其他 |") == [
        "014416330/2018-04736"]
    # 西藏 国资委 2020, 宁国 商务局 2021: the same rows elsewhere
    assert chrome.parts("标 题 | 西藏自治区政府国资委2020政府信息公开工作年度报告 | ||") == [
        "西藏自治区政府国资委2020政府信息公开工作年度报告"]
    assert chrome.parts("发布机构 | 宁国市商务局 | 发文日期 | 2021-10-08 15:47 |") == ["宁国市商务局", "2021-10-08 15:47"]
    assert chrome.parts("规章 | 0 | 0 | 0 |") == ["规章 | 0 | 0 | 0 |"]  # a table row is no index row


def test_the_year_of_a_page_with_a_pipe_index_block_is_the_reports():
    doc, report = _read("1017_")
    assert report.meta.year == 2017 and report.meta.organ == "泰州市人民政府"
    assert not of(audits.audit(report, doc.text), "meta.dates")
    doc, report = _read("520_")
    assert report.meta.title == "西藏自治区政府国资委2020政府信息公开工作年度报告" and report.meta.year == 2020


def test_a_government_is_named_after_the_place_it_governs():
    from extractor.organ_name import is_organ
    # '请与怀远二中政府信息公开办公室联系': the school's office, cut after 政府, named no organ '怀远二中政府'
    assert not is_organ("怀远二中政府") and not is_organ("万里街道政府") and not is_organ("区住建局政府")
    assert is_organ("县政府") and is_organ("兴和县人民政府") and is_organ("巴音乌兰苏木政府")
    assert not is_organ("怀远二中政府信息公开办公室")  # an office inside the organ
    doc, report = _read("1005_")
    assert report.meta.organ == "怀远二中"  # a numbered 中 is a 中学 (s19): the school's own name, not its cut office


def test_organ_names_from_a_docx_rendering_and_an_opening_with_a_particle():
    # 巴音乌兰苏木 2021: the title names a 苏木 (内蒙古's township); '《内蒙古自治区政府信息公开工作年度报告 制度》' (a
    # line break turned into a space) is a rule it cites, not its own report
    doc, report = _read("1029_")
    assert report.meta.organ == "乌拉特中旗巴音乌兰苏木"
    # 南平 2012: '2012年的南平市政府信息公开工作…' — the subject is 南平市, not 的南平市
    doc, report = _read("1027_")
    assert report.meta.organ == "南平市"


NONREPORTS = ROOT / "tests" / "nonreports"


@pytest.mark.parametrize("name", ["kleyou_putian_tongzhi_2009.txt", "wlht_zhen_nianbaozhidu.txt",
                                  "lahohwa_shanxi_nianbaozhidu.txt", "cdx_liangjiaxiang_nianbaozhidu.txt",
                                  "abazhou_tongzhi_2017.txt"])
def test_a_rule_or_notice_about_annual_reports_is_no_report(name):
    # the notice (莆田 2009) and the 镇's rule in articles print the sections a report has as their own lines,
    # which read as headings: both were accepted and audited as reports
    with pytest.raises(InputError, match="no annual report inside"):
        extract_one(NONREPORTS / name, None)


def test_a_notice_publishing_a_report_and_a_report_with_table_block_titles_are_reports():
    # 贺州 2009: '…关于公布贺州市2009年度…年度报告的通知' wraps the report, which says '本报告中所列数据…'
    doc, report = _read("1026_")
    assert report.meta.year == 2009
    # '第二十条 第(一)项' block titles on their own lines are no articles of a rule (长春 二道区 2022)
    doc, report = _read("001_")
    assert report.sections


def test_a_report_on_2019_or_later_announcing_the_old_outline_under_gaishu_follows_the_old_format():
    # 1000 (2020, '本文由概述、…相關收費情況…六部分組成'), 640 (2023, '…收费及减免情况…附表七部分组成'), 666 (2020,
    # '本报告由概述、政府信息主动公开情况、依申请公开情况三部分组成'): each then heads its first part '一、概述'
    for prefix, said in [("1000_", "收费及减免"), ("640_", "收费及减免"), ("666_", "「四、政府信息公开行政复议、行政诉讼情况」")]:
        doc, report = _read(prefix)
        msgs = [f.message for f in of(audits.audit(report, doc.text), "structure.sections")]
        assert any(m.startswith("开头所列提纲按2019年以前的格式") and said in m for m in msgs), prefix
    # an outline lacking 复议 (018) or naming 收费 (114, 609) under '一、总体情况': the headings are the format's
    for prefix in ("018_", "114_", "609_"):
        doc, report = _read(prefix)
        assert not any("2019年以前" in f.message for f in of(audits.audit(report, doc.text), "structure.sections"))
    # a report on 2012 with '一、概述' follows the format of its time (南平)
    doc, report = _read("1027_")
    assert not of(audits.audit(report, doc.text), "structure.sections")


def test_a_title_in_a_layout_table_cell_keeps_no_bars():
    # 浙江省政府办公厅 2019 and 白银 人民路街道 2023 print the title followed by a long run of '|' (a layout table)
    doc, report = _read("1011_")
    assert report.meta.title == "2019年浙江省人民政府办公厅政府信息公开工作年度报告"
    assert report.meta.organ == "浙江省人民政府办公厅"
    doc, report = _read("1009_")
    assert report.meta.title == "白银区人民路街道2023年政府信息公开工作年度报告"


def test_an_organ_with_a_second_name_in_brackets_keeps_its_closing_bracket():
    # the title's name was stripped of its ')' with the punctuation around it: '…服务中心(市妇幼保健院' (淮北 2021),
    # '…发展局(临空先进制造业区管委会' (滇中新区 2022), '高新区(新市区' (乌鲁木齐 2022)
    for prefix, organ in [("1004_", "淮北市妇幼保健计划生育服务中心(市妇幼保健院)"),
                          ("402_", "云南滇中新区临空先进制造业发展局(临空先进制造业区管委会)"), ("785_", "高新区(新市区)")]:
        doc, report = _read(prefix)
        assert report.meta.organ == organ, prefix


def test_the_full_texts_list_of_parts_closed_by_the_sentence_end_is_an_outline():
    # '全文包括…。' with no count, 组成 or 等: 952 (启东 应急局 2019, the old outline under '一、概述'), and the same
    # shape in 414 (the 2019 outline without 其他), 038 (the old outline, with a bracketed aside) and 645
    for prefix, named in [("952_", ("overview", "active_disclosure", "problems")),
                          ("414_", ("overview", "active_disclosure", "applications", "review_litigation", "problems")),
                          ("038_", ("overview", "active_disclosure", "applications", "review_litigation", "problems")),
                          # (645's first part, before 主动公开's, is the overview under its own name: 政府信息公开工作情况)
                          ("645_", ("overview", "active_disclosure", "applications", "problems"))]:
        doc, _ = _read(prefix)
        found = announced_outline(doc.text)
        assert found is not None and found[0].group(0).startswith("全文包括") and found[1] == named, prefix
    # the aside '(公民、法人和其他组织的咨询情况)' names no part; 952's outline is the old one, a warning
    doc, report = _read("952_")
    [f] = of(audits.audit(report, doc.text), "structure.sections")
    assert f.message.startswith("开头所列提纲按2019年以前的格式撰写（含「收费及减免」部分") and "六、其他需要报告的事项" in f.message
    assert announced_outline("全文包括以下内容") is None  # no sentence end: nothing closes the list
