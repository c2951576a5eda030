"""A table ends where a run of another table's rows begins, heading or not (extractor/table_bounds.py).

海淀 mirror (eval 431) is a fragment that prints table 二 and then table 三 with no '三、收到和处理…' heading:
its table-三 rows belong to table 三 only, never also to table 二 as rows the template lacks."""
from __future__ import annotations

import json

from extractor.cells import flatten
from extractor.pipeline import extract_document

from test_audit_support import GOLD, TEXT, document, extract_text

HAIDIAN = TEXT + "431_haidian_mirror_undated.txt"
NOTE = "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) |\n"


def test_table_three_without_its_heading_is_read_once():
    report = extract_document(document(HAIDIAN))
    assert not report.sections  # no heading at all: the two tables are told by their rows
    assert report.tables.active_disclosure.extra_rows == []
    # every table-三 cell the page prints, read once and equal to the hand labels
    gold = json.loads((GOLD / "431_haidian_mirror_undated.json").read_text(encoding="utf-8"))["cells"]
    labelled = {k: v for k, v in gold.items() if k.startswith("applications.")}
    read = flatten(report.tables.model_dump())
    assert {k: read.get(k) for k in labelled} == labelled


def test_without_any_anchor_a_run_of_table_three_rows_still_begins_it():
    # the table's own first words (its note, header, first row) gone: its rows alone tell where it starts
    text = document(HAIDIAN).text
    head, rest = text.index(NOTE), text.index("二、上年结转政府信息公开申请数量 |")
    report = extract_text(HAIDIAN, text[:head] + text[rest:])
    assert report.tables.active_disclosure.extra_rows == []
    assert report.tables.applications.carried_over.total == 6
    assert report.extraction.tables["applications"].status == "partial"  # its head is not in the copy


def test_one_label_of_another_table_does_not_end_a_table():
    # a single row under another table's label stays where it is printed (a shared word, or a local row)
    text = document(HAIDIAN).text
    cut = text.index(NOTE)
    one_row = text[:cut] + "二、上年结转政府信息公开申请数量 |\n6 |\n0 |\n0 |\n"
    report = extract_text(HAIDIAN, one_row)
    assert report.tables.applications is None
    assert [r.label for r in report.tables.active_disclosure.extra_rows] == ["二、上年结转政府信息公开申请数量"]
