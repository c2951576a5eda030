"""A row printed as one run of 0 digits, one per column ('0000000' under seven columns) — on a real eval page."""
from __future__ import annotations

from extractor.cells import flatten
from extractor.template import APPLICANT_COLUMNS

from test_audit_support import TEXT, document, extract_text, pair

FUSED = TEXT + "553_chaozhou_xiangqiao_jiaoyuju_2023.txt"  # table 三, one cell per line, each row's zeros fused


def test_a_run_of_as_many_zeros_as_columns_is_that_many_zero_cells_and_says_so():
    report, text = pair(FUSED)
    cells = flatten(report.tables.model_dump())
    row = [f"applications.new_received.{c.key}" for c in APPLICANT_COLUMNS]  # the seven printed columns
    assert len(row) == 7
    assert [cells[k] for k in row] == [0] * 7
    assert cells["applications.denied.state_secret.total"] == 0
    spans = [report.provenance[k].span for k in row]
    assert all(report.provenance[k].match == "zero_run" for k in row)
    assert [text[a:b] for a, b in spans] == ["0"] * 7 and len({a for a, _ in spans}) == 7  # one digit each
    assert text[spans[0][0]:spans[-1][1]] == "0000000"


def test_a_run_that_is_not_one_zero_per_column_is_never_split():
    text = document(FUSED).text
    for run in ("000000", "1000000"):  # six for seven columns; a figure among the zeros
        report = extract_text(FUSED, text.replace("0000000", run))
        cells = flatten(report.tables.model_dump())
        assert cells["applications.new_received.total"] is None
        assert not any(p.match == "zero_run" for p in report.provenance.values())


FUSED_TO_LABEL = TEXT + "862_haicheng_xisizhen_fusedrun_2025.txt"  # 海城市西四镇 2025: '规章000', '行政规范性文件000'


def test_a_run_of_zeros_fused_to_its_label_is_one_zero_per_column():
    report, _ = pair(FUSED_TO_LABEL)
    cells = flatten(report.tables.model_dump())
    for row in ("regulations", "normative_documents"):
        assert [cells[f"active_disclosure.{row}.{c}"] for c in ("issued", "repealed", "in_force")] == [0, 0, 0]
        assert all(report.provenance[f"active_disclosure.{row}.{c}"].match == "zero_run"
                   for c in ("issued", "repealed", "in_force"))


def test_any_other_run_fused_to_a_label_is_not_read():
    text = document(FUSED_TO_LABEL).text
    for run in ("102", "00", "0000", "1210"):  # a figure among the digits; fewer or more 0s than columns
        report = extract_text(FUSED_TO_LABEL, text.replace("规章000", "规章" + run))
        cells = flatten(report.tables.model_dump())
        assert all(cells.get(f"active_disclosure.regulations.{c}") is None for c in ("issued", "repealed", "in_force"))
        assert cells["active_disclosure.normative_documents.issued"] == 0  # the other row is its own
