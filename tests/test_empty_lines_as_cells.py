"""One cell per line with nothing between the cells: blank lines between two of a row's values are its empty
cells (real pages)."""
from __future__ import annotations

from extractor import extract

from conftest import ROOT

TEXT = ROOT / "eval/docs/text"


def test_blank_lines_between_a_rows_values_are_its_blank_cells():
    # 南京市投资促进局 2021 (a mirror): '一、本年新收…' then '1', five blank lines, '1' under seven columns
    report = extract(TEXT / "946_nanjing_touzicujinju_tradmirror_2021.txt")
    row = report.tables.applications.new_received.model_dump()
    assert row == {"natural_person": 1, "commercial": None, "research": None, "social_welfare": None,
                   "legal_service": None, "other_org": None, "total": 1}
    assert "applications.new_received" not in report.extraction.tables["applications"].incomplete_rows


def test_blank_lines_after_values_closed_by_their_pipes_are_spacing():
    # 宁强县民政局 2023: '规范性文件  |', blank, '0  |', blank, '0  |' — the pipe is the separator, the blank line
    # only spacing: no empty cell between the 0s
    report = extract(TEXT / "871_ningqiang_minzhengju_tradpinyin_oldtemplate_2023.txt")
    nd = report.tables.active_disclosure.normative_documents
    assert (nd.made, nd.published) == (0, 0)
