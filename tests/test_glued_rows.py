"""Tables copied with their cell boundaries lost, one row a line: header cells run together
('信息内容上一年项目数量本年增/减处理决定数量') and each row's values run on after its label ('行政许可000').

Real text: 川主乡 2019 (1965, a 2019 table 二 printed so, the copy cut after the 收费 row), 海城市西四镇 2025 (862,
'信息内容本年制发件数本年废止件数现行有效件数'), 湘桥区教育局 2023 (553, table 三 with each row's zeros on their own line,
here glued to its label as 1965 prints table 二). Runs other than the printed zeros are the real lines with one run
changed, to show what is read and what is not.
"""
from __future__ import annotations

import audits
from extractor.assemble import collect
from extractor.cells import flatten
from extractor.tokenize import rows

from test_audit_support import TEXT, document, extract_text, pair

GLUED = TEXT + "1965_dazhu_chuanzhuxiang_2019.txt"
HEADER_2021 = TEXT + "862_haicheng_xisizhen_fusedrun_2025.txt"
TABLE_3 = TEXT + "553_chaozhou_xiangqiao_jiaoyuju_2023.txt"
ITEM5_2019 = "信息内容上一年项目数量本年增/减处理决定数量"


def _cells(report, row: str) -> list:
    cells = flatten(report.tables.model_dump())
    return [v for k, v in cells.items() if k.startswith(f"active_disclosure.{row}.")]


def _table_two(path: str, text: str | None = None):
    text = document(path).text if text is None else text
    start = text.index("二、主动公开政府信息情况")
    return collect("active_disclosure", [r for r in rows(text) if r.cells and r.cells[0].start > start], True)[1]


def test_a_header_run_together_names_its_columns_and_votes_for_their_layout():
    reading = _table_two(GLUED)
    assert reading.header_columns["item5"] == ["previous", "change", "decisions"]  # the 2019 block's columns
    assert reading.header_columns[None] == ["made", "published", "total"]  # before any block title
    assert {"item5", "item6", "item8"} <= reading.whole_headers
    assert reading.layout_votes.get("2019", 0) >= 9 and not reading.layout_votes.get("2021")
    assert _table_two(HEADER_2021).header_columns["item1"] == ["issued", "repealed", "in_force"]
    assert "item1" in _table_two(HEADER_2021).whole_headers


def test_a_line_of_header_words_with_other_text_is_no_header():
    text = document(GLUED).text.replace(ITEM5_2019, ITEM5_2019 + "说明")
    assert "item5" not in _table_two(GLUED, text).header_columns


def test_a_2019_table_printed_run_together_is_read_in_2019_with_every_cell():
    report, text = pair(GLUED)
    assert report.meta.template == "2019"
    assert report.extraction.tables["active_disclosure"].layout == "2019"
    for row, n in (("regulations", 3), ("licensing", 3), ("other_services", 3), ("coercion", 3), ("fees", 2)):
        assert _cells(report, row)[:n] == [0] * n, row
    spans = [report.provenance[f"active_disclosure.licensing.{c}"].span for c in ("previous", "change", "decisions")]
    assert [text[a:b] for a, b in spans] == ["0", "0", "0"] and len({a for a, _ in spans}) == 3
    assert not report.tables.active_disclosure.extra_rows  # 其他对外管理服务事项 is the 2019 template's row
    assert not [f for f in audits.audit(report, text).findings if f.rule == "meta.template_year"]


def test_runs_of_zeros_vote_for_the_width_they_can_be_cut_into():
    """Without any header, '行政许可000' is three cells (2019), never one (2021): no count opens with 0."""
    text = document(GLUED).text
    for line in ("信息内容本年新制作数量本年新公开数量对外公开总数量", ITEM5_2019, "信息内容上一年项目数量本年增/减"):
        text = text.replace(line + "\n", "")
    report = extract_text(GLUED, text)
    assert report.extraction.tables["active_disclosure"].layout == "2019"
    assert _cells(report, "licensing")[:3] == [0, 0, 0]


def test_a_glued_run_with_one_reading_is_cut_and_says_how():
    text = document(GLUED).text
    for run, want in (("001", [0, 0, 1]), ("0010", [0, 0, 10])):  # no count opens with 0: the one way to cut them
        printed = text.replace("行政许可000", "行政许可" + run)
        report = extract_text(GLUED, printed)
        assert _cells(report, "licensing")[:3] == want, run
        prov = [report.provenance[f"active_disclosure.licensing.{c}"] for c in ("previous", "change", "decisions")]
        assert {p.match for p in prov} == {"fused"} and {p.method for p in prov} == {"parser"}
        assert "".join(printed[a:b] for a, b in (p.span for p in prov)) == run


def test_a_glued_run_with_several_readings_is_not_read_and_says_so():
    """'1210': 1/2/10, 1/21/0, 12/1/0; '102': 1/0/2, or 10/2 or 102 beside blank cells the copy cannot show;
    '0100' is not one number, but 0/10/0 or 0/100 and a blank; a sign opens a cell of 本年增/减 but does not
    tell where it ends."""
    for run, counts in (("1210", "1 or 2 or 3"), ("102", "1 or 2 or 3"), ("0100", "2 or 3"),
                        ("20+1737", "2 or 3")):  # as 931 prints it in one line: 20/+17/37, 20/+1/737, 20/+1737…
        report = extract_text(GLUED, document(GLUED).text.replace("行政许可000", "行政许可" + run))
        assert report.extraction.tables["active_disclosure"].layout == "2019"
        assert _cells(report, "licensing")[:3] == [None, None, None], run
        assert _cells(report, "other_services")[:3] == [0, 0, 0]  # its neighbours keep their own cells
        status = report.extraction.tables["active_disclosure"]
        assert status.fused_rows == ["active_disclosure.licensing"]
        assert "active_disclosure.licensing" in status.incomplete_rows
        assert any(f"'{run}'" in n and f"may be {counts} printed cells" in n and "not read" in n
                   for n in report.extraction.notices), run
        assert "active_disclosure.licensing.previous" not in report.provenance


def test_a_glued_run_the_copy_ends_in_is_not_cut():
    """'行政事业性收费12' as the copy's last line: the run may have lost digits, so no reading of it is sure."""
    report = extract_text(GLUED, document(GLUED).text.replace("行政事业性收费00", "行政事业性收费12"))
    assert _cells(report, "fees")[:2] == [None, None]
    assert any("'12'" in n and "copy stops" in n for n in report.extraction.notices)


def test_table_three_rows_glued_to_their_labels():
    text = document(TABLE_3).text
    glued = text.replace("(一)予以公开\n\n0000000", "(一)予以公开0000001") \
                .replace("一、本年新收政府信息公开申请数量\n\n0000000", "一、本年新收政府信息公开申请数量0000000")
    assert glued != text
    cells = flatten(extract_text(TABLE_3, glued).tables.model_dump())
    assert [cells[f"applications.granted.{c}"] for c in ("natural_person", "other_org", "total")] == [0, 0, 1]
    assert cells["applications.new_received.total"] == 0

