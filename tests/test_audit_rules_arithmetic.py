"""Each rule of this family passes on a real document and fails on a real document (as published, or with one
number or phrase changed): H0 cell types, H1–H4 the template's identities, S11 blank cells."""
from __future__ import annotations

import audits
from test_audit_support import SEED, TEXT, document, extract_text, na, of, run, run_cell, run_variant

S000 = SEED + "000_dfbaa25dea7f00ff.txt"  # 2021, all tables complete, all zero in 三/四
S003 = SEED + "003_236049bc670541bf.txt"  # 2020, 2019 layout, prose 77 vs table 165, published late
S004 = SEED + "004_0611940f34059ea7.txt"  # 2021, pipe copy, non-zero 三 and 四
KEWEI = TEXT + "kewei_shanghai_2024_from_pdf.md"
HONGZE23 = "eval/docs/pdf/hongze-2023.pdf"
SHUYANG = "eval/docs/html/shuyang_fagaiju_2023.html"


# ------------------------------------------------------------------------------------------------ H0

def test_types_pass_and_negative_or_fractional_counts_fail():
    assert not of(run(S004), "cells.type")
    res = run_cell(S004, "applications.new_received.natural_person", "-4")
    hit = of(res, "cells.type")
    assert [f.cells for f in hit] == [["applications.new_received.natural_person"]]
    assert hit[0].severity == "error" and hit[0].actual == -4
    # (a fractional count, "0.5", cannot reach the audit: the report model types counts as int and the
    # extractor stops on it — noted for the extractor)


def test_signed_change_column_may_be_negative():
    res = run(S003)  # 2019 本年增/减 printed -7, -33, -48, -2
    assert not of(res, "cells.type")
    # signs printed once in 本年增/减: 036 (+2, -1), 005 (-417); 606's +3 and +22 below
    for doc in ("036_wuhai_gongxinju_2020.txt", "005_weihai_wendeng_zhujianju_2019.txt"):
        assert not of(run(TEXT + doc), "cells.type"), doc


def test_a_doubled_sign_is_a_malformed_value():
    # 606 prints 行政处罚 253 | --253 | 0: read as -253 (the chain closes), but the printed value is malformed
    res = run(TEXT + "606_tongzhou_ju_2019.txt")
    [f] = of(res, "cells.type")
    assert f.severity == "error" and f.cells == ["active_disclosure.punishment.change"] and f.actual == -253
    assert "「--253」" in f.message
    # its other signed cells (+3, +22) are not malformed; the same cell printed with one sign is clean
    res = run_variant(TEXT + "606_tongzhou_ju_2019.txt", ("--253 |", "-253 |"))
    assert not of(res, "cells.type")
    # seed 003's 2019 本年增/减 -7 printed as --7, or as ++7, is found the same way
    for printed in ("--7", "++7"):
        hit = of(run_cell(S003, "active_disclosure.licensing.change", printed), "cells.type")
        assert [f.cells for f in hit] == [["active_disclosure.licensing.change"]], printed


# ------------------------------------------------------------------------------------------------ H1–H4

def test_column_balance_fails_when_one_number_changes_and_names_the_cell():
    assert not of(run(S004), "applications.column_balance")
    res = run_cell(S004, "applications.carried_forward.natural_person", 1)
    hit = of(res, "applications.column_balance")
    assert len(hit) == 1 and "applications.carried_forward.natural_person" in hit[0].cells
    assert (hit[0].expected, hit[0].actual) == (4, 5)
    assert "自然人" in hit[0].message and "四、结转下年度继续办理" in hit[0].message


def test_a_grid_row_cut_by_the_copy_end_keeps_its_values_in_their_columns():
    # hongze-2024 (PDF) cut inside "|  | (七)总计 |  | 95 | 0 | 0 | 0 | 0 | 0 | 95 |": the empty cell in the
    # label's merged column is no blank 自然人 value, so 95 stays under 自然人 and H2 holds where it is seen
    pdf = "eval/docs/pdf/hongze-2024.pdf"
    text = document(pdf).text
    row = "|  | (七)总计 |  | 95 | 0 | 0 | 0 | 0 |"
    head = text[:text.index(row) + len(row)]
    res = audits.audit(extract_text(pdf, head), head)
    total = res.report.tables.applications.results_total
    assert (total.natural_person, total.commercial, total.other_org) == (95, 0, None)  # other_org is cut
    assert not of(res, "applications.results_total")
    # the same cut copy printing 94: an error, in the 自然人 column
    wrong = head.replace(row, row.replace("| 95 |", "| 94 |"))
    hit = of(audits.audit(extract_text(pdf, wrong), wrong), "applications.results_total")
    assert [f.cells[0] for f in hit] == ["applications.results_total.natural_person"]
    # a blank printed in the first value column stays that column's blank
    blank = head.replace(row, row.replace("| 95 |", "|  |"))
    total = extract_text(pdf, blank).tables.applications.results_total
    assert (total.natural_person, total.commercial) == (None, 0)


def test_results_total_fails_on_a_changed_result_row():
    assert not of(run(S003), "applications.results_total")
    res = run_cell(S004, "applications.denied.enforcement_files.natural_person", 3)
    hit = of(res, "applications.results_total")
    assert hit and all("applications.denied.enforcement_files.natural_person" in f.cells for f in hit)
    assert hit[0].expected == 5 and hit[0].actual == 4  # sum of the rows vs the printed （七）总计


def test_row_total_pass_and_fail():
    assert not of(run(S004), "applications.row_total")
    hit = of(run_cell(S004, "applications.partially_granted.total", 2), "applications.row_total")
    assert len(hit) == 1 and hit[0].cells[0] == "applications.partially_granted.total"
    assert (hit[0].expected, hit[0].actual) == (1, 2) and "（二）部分公开" in hit[0].message


def test_a_blank_total_the_identities_can_close_is_one_s11_warning_not_an_error():
    res = run(TEXT + "001_changchun_erdao_zhengshouban_2022.txt")  # （一）予以公开: 自然人 18, 总计 blank
    assert not [f for f in res.findings if f.severity == "error"]
    hit = [f for f in of(res, "applications.blank_cells") if "applications.granted.total" in f.cells]
    assert len(hit) == 1 and hit[0].severity == "warning"
    assert "「总计」列空白" in hit[0].message and "H3" in hit[0].message and "漏填" in hit[0].message
    assert not [k for k in hit[0].cells if res.report.provenance.get(k)]  # it names the blank slots only


def test_one_blank_total_breaking_two_identities_is_one_warning_with_the_value_that_closes_them():
    res = run(KEWEI)  # 四、结转下年度 总计 blank: breaks H1 (总计列) and H3 (that row); the row sums to 1
    assert not of(res, "applications.column_balance") and not of(res, "applications.row_total")
    hit = of(res, "applications.blank_cells")
    assert len(hit) == 1 and hit[0].cells == ["applications.carried_forward.total"]
    assert hit[0].expected == {"applications.carried_forward.total": 1}
    assert "H1" in hit[0].message and "H3" in hit[0].message


def test_a_changed_number_in_a_report_that_prints_blank_for_0_is_still_an_error():
    # 沭阳 prints blank for none in 125 cells of table 三: the identities only hold with blank as 0,
    # so a printed number one higher cannot be closed by the blanks
    res = run_cell(SHUYANG, "applications.new_received.total", 27)
    hit = [f for f in res.findings if f.severity == "error" and "applications.new_received.total" in f.cells]
    assert hit


def test_group_total_pass_and_fail():
    assert not of(run(S004), "review_litigation.group_total")  # 复议后起诉 1+0+0+0 = 1
    res = run_cell(S004, "review_litigation.litigation_after_review.total", 2)
    hit = of(res, "review_litigation.group_total")
    assert len(hit) == 1 and hit[0].cells[0] == "review_litigation.litigation_after_review.total"
    assert (hit[0].expected, hit[0].actual) == (1, 2) and "复议后起诉" in hit[0].message


def test_group_total_printed_wrong_in_the_published_pdf():
    res = run(HONGZE23)  # 行政复议 10/1/0/0 总计 0; 复议后起诉 5/0/0/0 总计 0 (as printed)
    groups = sorted(f.cells[0] for f in of(res, "review_litigation.group_total"))
    assert groups == ["review_litigation.litigation_after_review.total", "review_litigation.review.total"]


def test_cut_off_identities_are_not_assessable_not_passed():
    res = run(TEXT + "002_wuhan_hanyang_qzfbgs_2022.txt")  # page head cut after rows 一/二
    assert not of(res, "applications.column_balance")
    reasons = " ".join(n.reason for n in na(res, "applications.column_balance"))
    assert "副本在此之前截断" in reasons


# ------------------------------------------------------------------------------------------------ S11

def test_blank_cells_pass_and_fail():
    assert not of(run(S000), "applications.blank_cells")
    hit = of(run(TEXT + "011_yulin_yuyang_tuofenglu_jiedao_2020.txt"), "applications.blank_cells")
    assert len(hit) == 1 and "applications.new_received.natural_person" in hit[0].cells
    assert hit[0].severity == "warning"
