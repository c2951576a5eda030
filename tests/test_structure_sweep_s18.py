"""Reading a page and its structure, from the s18 sweep of fresh pages (eval/docs/text/10NN_*): an outline
closed by 等 is a report's preamble; a report on a year before the 2019 format is not held to its six
sections and three tables; a report that prints its opening and then the overview's items without the
overview's heading is said so."""
from __future__ import annotations

import audits
from extractor.outline import announced_outline
from nianbao.commands.common import extract_one

from conftest import ROOT
from test_audit_support import na, of


def _doc(prefix: str):
    return next((ROOT / "eval/docs/text").glob(prefix + "*"))


def _read(prefix: str):
    return extract_one(_doc(prefix), None)


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
