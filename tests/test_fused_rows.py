"""Tables printed as one line of labels and digit runs (a crawl that flattened the page), on real copies:
the 平潭 archive pages (eval 922–932, one-line bodies, rows as fused digit runs) and 汉中 866 (one line,
cells separated by single spaces). Headings glued to the text on both sides are found; each row's run is
read only where it has one reading, or one that keeps the row's own total (then inferred, and that total
is not judged), or — table 三 — one choice of such readings across its rows that keeps every column's （七）总计
(inferred, those totals not judged); otherwise it is left unread with a notice naming the readings."""
from __future__ import annotations

import pytest

import audits
from extractor import extract, load
from extractor.fused_split import readings
from extractor.segment import spans
from test_audit_support import extract_text
from conftest import eval_doc


@pytest.mark.parametrize("prefix", ["922", "923", "926", "930", "932"])
def test_headings_glued_into_a_one_line_body_are_found(prefix):
    found = [s["key"] for s in spans(load(eval_doc(prefix + "_")).text)]
    assert found == ["overview", "active_disclosure", "applications", "review_litigation", "problems",
                     "other_matters"]


def test_a_glued_table_heading_alone_in_its_line_is_found_by_the_table_after_it():
    # 866: '…行政事业性收费 0 三、收到和处理政府信息公开申请情况 (本列数据的勾稽关系为…' (no sentence end before it)
    assert "applications" in [s["key"] for s in spans(load(eval_doc("866_")).text)]


@pytest.mark.parametrize("run,n,kinds,count", [
    ("007", 3, (), 1),  # no count opens with 0: 0/0/7 only
    ("7777166", 3, (), 15),
    ("35-15", 2, ("count", "signed"), 1),  # a sign opens 本年增/减
    ("20+1737", 3, ("count", "signed", "count"), 3),
    ("1个246900元", 2, ("count", "money"), 1),  # a unit closes a cell
    ("0 0 0 0 0 00", 7, (), 1),  # a space is a boundary; '00' is two cells
])
def test_readings_of_a_fused_run(run, n, kinds, count):
    assert len(readings(run, n, 0, kinds)) == count


def _report(prefix: str):
    path = eval_doc(prefix + "_")
    return extract(path), load(path).text


def test_a_run_with_one_reading_is_read_as_printed():
    report, text = _report("929")  # '1.本机关不掌握相关政府信息3000025' then the next row's '2.'
    row = report.tables.applications.unable.not_held
    assert (row.natural_person, row.other_org, row.total) == (3, 2, 5)
    prov = report.provenance["applications.unable.not_held.total"]
    assert prov.method == "parser" and prov.match == "fused" and text[slice(*prov.span)] == "5"
    found = audits.audit(report, text).findings
    assert sum(f.rule == "applications.results_total" and f.severity == "error" for f in found) == 3


def test_a_run_split_by_its_row_total_is_inferred_and_that_total_not_judged():
    report, text = _report("923")  # （七）总计 '20 0 00 0 121': only 20/0/0/0/0/1/21 keeps its 总计
    assert report.tables.applications.results_total.total == 21
    prov = report.provenance["applications.results_total.total"]
    assert prov.method == "inferred" and prov.match == "fused_total"
    result = audits.audit(report, text)
    h2 = [f for f in result.findings if f.rule == "applications.results_total"]
    assert h2 and all("推断值" in f.message for f in h2)  # the findings say they rest on an inferred cell
    assert any(n.rule == "applications.row_total" and "（七）总计" in n.reason and "按本行合计" in n.reason
               for n in result.not_assessable)
    # an audit of the audited report keeps the extraction's inferred cells
    again = audits.audit(result.report, text)
    assert again.report.tables.applications.results_total.total == 21


@pytest.mark.parametrize("prefix,rows", [
    ("924", {"granted": (27, 0, 0, 2, 0, 1, 30), "unable.not_held": (22, 0, 0, 0, 0, 3, 25)}),
    ("926", {"granted": (22, 0, 0, 0, 0, 0, 22), "partially_granted": (19, 1, 0, 0, 0, 0, 20)}),
    ("928", {"granted": (33, 0, 0, 0, 0, 0, 33)}),
])
def test_runs_whose_readings_all_keep_the_row_total_are_read_by_the_column_totals(prefix, rows):
    # 924's （一）予以公开 '270020130' is 27/0/0/2/0/1/30 or 2/7/0/0/20/1/30 (both total 30); only the first, with
    # 1.本机关不掌握 '220000325' as 22/…/3/25, makes every column's （七）总计 (63/0/0/2/0/4/69) the sum of its outcomes
    report, text = _report(prefix)
    app = report.tables.applications.model_dump()
    for row, want in rows.items():
        got = app
        for part in row.split("."):
            got = got[part]
        assert tuple(got.values()) == want, row
        prov = report.provenance[f"applications.{row}.total"]
        assert prov.method == "inferred" and prov.match == "fused_columns"
    assert report.extraction.tables["applications"].fused_rows == []
    result = audits.audit(report, text)
    assert not [f for f in result.findings if f.rule in ("applications.results_total", "applications.row_total")]
    # the column totals it was read by are not judged, and say why; H1 (column_balance) still is
    assert any(n.rule == "applications.results_total" and "各列总计" in n.reason for n in result.not_assessable)
    assert not any(n.rule == "applications.column_balance" and "连写" in n.reason for n in result.not_assessable)


def test_a_run_with_several_readings_is_not_read_and_said():
    # 924 with one number changed: 5.属于三类内部事务信息 '1000001' → '0000000' — now no choice of the two rows'
    # readings makes the 自然人 column add up to its （七）总计 63, so neither row is read
    path = "eval/docs/text/" + eval_doc("924_").name
    text = load(eval_doc("924_")).text.replace("5.属于三类内部事务信息1000001", "5.属于三类内部事务信息0000000", 1)
    report = extract_text(path, text)
    assert report.tables.applications.granted.natural_person is None
    assert {"applications.granted", "applications.unable.not_held"} <= set(report.extraction.tables["applications"].fused_rows)
    assert any("270020130" in n and "not read" in n for n in report.extraction.notices)
    result = audits.audit(report, text)
    assert result.report.tables.applications.granted.natural_person is None  # never filled from H1/H2
    assert not [f for f in result.findings if f.rule == "active_disclosure.lost_rows"]  # printed, not lost


def test_prose_that_names_rows_is_no_fused_table():
    # 500: '上年度行政许可1026项,本年增加138项,处理决定1164件;上年度行政处罚227项,…' above its pipe table
    report, _ = _report("500")
    assert not any("run of digits" in n for n in report.extraction.notices)
    assert report.tables.active_disclosure.licensing.previous != 1


def test_a_one_line_table_with_single_spaces_is_read():
    report, _ = _report("866")  # '… 规 章 0 0 0 行政规范性文件 0 0 0 第二十条第(五)项 … 行政许可 52 …'
    ad = report.tables.active_disclosure
    assert ad.licensing.decisions == 52 and ad.regulations.issued == 0


def test_a_run_with_too_many_readings_is_not_split_and_comes_back_at_once():
    # 31 digits for table 四's 15 cells: C(30, 14) ≈ 145 million ways were walked one by one; beyond
    # MAX_READINGS the run has no reading to pick (not a list cut short for a total to choose from)
    from extractor.fused_split import MAX_READINGS

    assert readings("5" * 31, 15) is None
    assert len(readings("7777166", 3)) == 15 <= MAX_READINGS  # a few readings are still all listed
