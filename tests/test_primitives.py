"""The text primitives each reader relies on, declared once (template, labelsets, segment)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from extractor import template
from extractor.enumerators import ITEM, LEADING, SECTION_NUMERAL
from extractor.labels import match_key
from extractor.labelsets import is_label_fragment, label_keys, row_of_fragment


def test_every_section_has_its_words():
    """The HTML loader finds a report's body by the sections' words: every section must have some."""
    assert list(template.SECTION_WORDS) == [s.key for s in template.SECTIONS]


def test_the_sub_rows_a_single_row_variant_splits_into_are_the_templates():
    """（六）其他处理: one row in 2019, three sub-rows in 2021 — every reader asks the template which."""
    layout, rows = template.APPLICATIONS.single_row_split()
    assert layout == "2021" and rows == template.OTHER_SUBROWS
    assert template.APPLICATIONS.single_row_home()[0] == "2019"
    assert template.ACTIVE_DISCLOSURE.single_row_split() is None


def test_year_and_date_patterns_have_one_home():
    """extractor/dates.py declares them; the readers, in every layer, import them (a year inside a longer digit
    run is none)."""
    from extractor.assemble import is_extra_label
    from extractor.dates import LEADING_YEAR

    year_pattern = re.compile(r"\(\?:19\|20\)\\d\{2\}|20\\d\{2\}")
    root = Path(__file__).resolve().parents[1]
    own = [str(p.relative_to(root)) for pkg in ("extractor", "audits", "nianbao") for p in (root / pkg).rglob("*.py")
           if p.name != "dates.py" and year_pattern.search(p.read_text(encoding="utf-8"))]
    assert own == []
    assert LEADING_YEAR.sub("", "2021年度其他主动公开文件") == "其他主动公开文件"
    assert LEADING_YEAR.sub("", "20201年其他") == "20201年其他"
    assert is_extra_label("active_disclosure", "2020年其他主动公开文件")
    assert not is_extra_label("active_disclosure", "其他主动公开文件2020")


def test_label_keys_hold_row_labels_alone_and_under_their_group():
    keys = label_keys("applications")
    assert match_key("1.属于国家秘密") in keys and match_key("（三）不予公开1.属于国家秘密") in keys
    assert match_key("5.属于三类内容事务信息") in keys  # a variant as printed in some reports
    # a cut-off copy's last line is the start of a label
    assert any(k.startswith(match_key("四、结转下年")) for k in keys)
    assert is_label_fragment("applications", "府信息") and not is_label_fragment("applications", "本机关网站")
    assert row_of_fragment("applications", "缴纳费用、行政机关不再处理其政") == "other.overdue_fee"


@pytest.mark.parametrize("line, rest", [
    ("一、本年新收政府信息公开申请数量", "本年新收政府信息公开申请数量"), ("（三）不予公开", "不予公开"),
    ("(3) 其他", "其他"), ("三）部分公开", "部分公开"), ("1.属于国家秘密", "属于国家秘密"), ("2、重复申请", "重复申请"),
    ("1.2、推进公开", "推进公开"), ("第一，加强领导", "加强领导"), ("①规章", "规章"), ("  四. 结转", "结转"),
])
def test_leading_enumerators_of_labels_headings_and_paragraphs(line, rest):
    assert LEADING.sub("", line, count=1) == rest


@pytest.mark.parametrize("line", ["1.5万元", "2024年", "第二十条第（一）项", "行政许可", "10"])
def test_what_is_no_enumerator(line):
    assert not LEADING.match(line)


def test_an_item_number_inside_a_line_and_a_section_numeral():
    text = "收到申请 3 件，1.属于国家秘密 2，共 3.5 万元"
    assert [text[m.start():m.end()] for m in re.finditer(r"\d+(?:\.\d+)?", text)
            if ITEM.match(text, m.start())] == ["1"]
    assert SECTION_NUMERAL.match("三、收到和处理政府信息公开申请情况").group(1) == "三"
    assert SECTION_NUMERAL.match("三，收到").group(1) == "三" and not SECTION_NUMERAL.match("（三）不予公开")


# Headings as printed in real reports: a traditional-script mirror (山东省机关事务管理局 2022) titles its first
# section 政府信息公開總體情況, others 政府信息公开工作(的)总体情况; the plain 概述 must not swallow body text.
@pytest.mark.parametrize("line, key", [
    ("一、总体情况", "overview"),
    ("一、政府信息公开总体情况", "overview"),
    ("一、政府信息公开工作总体情况", "overview"),
    ("一、政府信息公开工作的总体情况", "overview"),  # a 2019 街道 page (held-out 469)
    ("二、主动公开政府信息情况", "active_disclosure"),
])
def test_section_headings_as_printed(line, key):
    from extractor.segment import candidates
    assert [hit.key for hit in candidates(line + "\n")] == [key]


def test_a_sentence_about_the_overview_is_no_heading():
    from extractor.segment import candidates
    assert candidates("我局政府信息公开总体情况良好，全年未发生泄密事件。\n") == []


# 临洮县新添镇 2022 (eval 421) is one paragraph with spaces for line breaks: its heading runs inline after a
# sentence end ("…到12月31日。 一、总体情况 2022年,…"), while its lead sentence lists the section names.
_ONE_PARAGRAPH = Path(__file__).resolve().parents[1] / "eval" / "docs" / "text" / "421_lintao_xintianzhen_2022.txt"


def test_a_heading_inline_after_a_sentence_end_is_a_section():
    from extractor.segment import spans
    text = _ONE_PARAGRAPH.read_text(encoding="utf-8")
    found = spans(text)
    assert [(s["key"], s["heading"]) for s in found] == [("overview", "一、总体情况")]
    assert text[found[0]["start"]:].startswith("一、总体情况 2022年")


@pytest.mark.parametrize("variant", [
    ("。 一、总体情况 2022年", "。 一是总体情况 2022年"),  # a list item, not a numbered heading
    ("。 一、总体情况 2022年", "。 一、总体情况良好,2022年"),  # a sentence starting like a heading
    ("。 一、总体情况 2022年", ",详见“一、总体情况” 2022年"),  # a heading quoted inside a sentence
    ("。 一、总体情况 2022年", "。 一、概述 2022年"),  # matches a heading pattern but names no section word
])
def test_what_is_no_inline_heading(variant):
    from extractor.segment import spans
    text = _ONE_PARAGRAPH.read_text(encoding="utf-8")
    assert variant[0] in text
    assert spans(text.replace(*variant)) == []
