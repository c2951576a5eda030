"""A page printed as one line with ' | ' between its cells (extractor/pipe_line.py): 1114 as published, and real
pipe-table pages of the eval with their line breaks taken out — the same loss 1114's crawl shows — which read
the same cells as the pages themselves, none in another column."""
from __future__ import annotations

import pytest

import audits
from extractor.pipeline import extract_document
from test_audit_support import TEXT, document, extract_text

P1114 = TEXT + "1114_baoding_xushui_jiaotongju_2021.txt"


def test_a_page_on_one_line_with_pipes_is_cut_into_its_rows():
    doc = document(P1114)
    assert "\n" not in doc.text.strip()
    report = extract_document(doc)
    ad = report.tables.active_disclosure
    assert (ad.regulations.issued, ad.regulations.repealed, ad.regulations.in_force) == (0, 0, 0)
    assert (ad.normative_documents.issued, ad.normative_documents.in_force) == (0, 0)  # printed '规范性文件'
    assert (ad.licensing.decisions, ad.punishment.decisions, ad.coercion.decisions) == (650, 100, 0)
    assert report.meta.template == "2021"
    prov = report.provenance["active_disclosure.licensing.decisions"]
    assert doc.text[slice(*prov.span)] == "650"
    # the copy stops in (八)'s header ('第二十条第(八)项 | 信息'): the fee is cut off, no finding says otherwise
    assert report.extraction.tables["active_disclosure"].cut == ["end"]
    assert not [f for f in audits.audit(report, doc.text).findings if f.severity in ("error", "warning")]


def _cells(tables) -> dict:
    out = {}
    for key, table in tables.model_dump().items():
        for row, cols in (table or {}).items():
            if row != "extra_rows":
                out.update({f"{key}.{row}.{c}": v for c, v in cols.items()})
    return out


@pytest.mark.parametrize("name,read", [
    ("872_yanta_minzhengju_pipe_2023.txt", None),  # table 二 and 三, one row a line
    ("489_lintong_qinlingbaohuju_mixed_2022.txt", None),  # '行政许可 | 117 | ||': the filler at a line's end
    ("027_guangzhou_haizhu_guanzhoujie_2023.txt", None),  # all three tables
    ("101_wuhan_shengtaihuanjingju_tradmirror_2020.txt", 14),  # of 17: rows left unread, none misplaced
])
def test_real_pipe_pages_with_their_line_breaks_lost_read_the_same_cells(name, read):
    doc = document(TEXT + name)
    want = {k: v for k, v in _cells(extract_document(doc).tables).items() if v is not None}
    flat = doc.text.replace("\n", " ")
    got = {k: v for k, v in _cells(extract_text(TEXT + name, flat).tables).items() if v is not None}
    assert all(want.get(k) == v for k, v in got.items())  # nothing in another column, nothing invented
    assert sum(1 for k in want if got.get(k) == want[k]) == (read if read is not None else len(want))
