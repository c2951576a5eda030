"""Word's HTML tables put cell edges on a finer grid than the printed columns: a value merged over
上一年项目数量 and a sliver of 本年增/减, a header 本年新公开数量 over two grid columns. The sliver column
holds no cell of its own; read as a column it leaves a phantom blank after every merged value, the row
seems to have one value too many, and table 二 was reported lost (active_disclosure.lost_rows)."""
from __future__ import annotations

from audits import audit
from extractor import extract, load
from extractor.cells import flatten

from conftest import ROOT

DOC = ROOT / "eval/docs/html/1300_shanghai_bangongting_2019.html"


def test_table_two_rows_read_through_the_sliver_columns():
    report = extract(DOC)
    cells = flatten(report.tables.model_dump())
    assert [cells[f"active_disclosure.regulations.{c}"] for c in ("made", "published", "total")] == [13, 13, 524]
    assert [cells[f"active_disclosure.normative_documents.{c}"] for c in ("made", "published", "total")] == [60, 60, 368]
    for row in ("licensing", "other_services", "punishment", "coercion"):
        assert [cells[f"active_disclosure.{row}.{c}"] for c in ("previous", "change", "decisions")] == [0, 0, 0], row
    assert "active_disclosure.lost_rows" not in {f.rule for f in audit(report).findings}


def test_the_merged_value_leaves_no_phantom_blank():
    lines = load(DOC).text.splitlines()
    assert "| 行政许可 | 0 | 0 | 0 |" in lines
    assert "| 规章 | 13 | 13 | 524 |" in lines


def test_table_three_blank_cells_stay_blank():
    # the sliver rule drops no column of table 三: its blanks (&nbsp;) are still read as blanks, not as 0
    cells = flatten(extract(DOC).tables.model_dump())
    assert cells["applications.granted.natural_person"] == 258
    assert cells["applications.granted.total"] is None
    assert cells["applications.carried_forward.total"] == 72
    assert cells["review_litigation.litigation_after_review.total"] is None
