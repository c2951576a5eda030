"""No labelled value is lost in silence: a row the template does not have stays in extra_rows with a
notice, numbers nobody can place are named in a notice, and the status names template rows not found."""
from __future__ import annotations

from extractor import extract

from conftest import ROOT

TEXT = ROOT / "eval/docs/text"


def test_a_local_row_is_kept_in_extra_rows_and_said():
    report = extract(TEXT / "035_xiaogan_szfbgs_2020.txt")
    assert report.tables.active_disclosure.extra_rows[0].model_dump() == {"label": "其他主动公开文件", "values": [56, 45]}
    assert any("其他主动公开文件" in n and "extra_rows" in n for n in report.extraction.notices)


def test_a_number_under_no_row_label_is_named_in_a_notice():
    # a PDF conversion: a lone "1" after the wrapped label of （六）2. — no row can take it
    report = extract(TEXT / "kewei_shanghai_2024_from_pdf.md")
    assert any(n.startswith("applications: values after 「信息公开申请」") and n.endswith(": 1")
               for n in report.extraction.notices), report.extraction.notices


def test_a_row_whose_label_is_unrecognisable_is_named_in_the_status(tmp_path):
    seed = (ROOT / "eval/docs/seeds/000_dfbaa25dea7f00ff.txt").read_text(encoding="utf-8")
    assert seed.count("行政许可") >= 1
    # the row label garbled beyond any match: its values become an extra row, the row is named missing
    doc = tmp_path / "garbled.txt"
    doc.write_text(seed.replace("\n行政许可", "\n某某某某", 1), encoding="utf-8")
    report = extract(doc)
    st = report.extraction.tables["active_disclosure"]
    assert st.status == "partial" and "template row(s) not found: active_disclosure.licensing" in st.reason
    assert any("某某某某" in n for n in report.extraction.notices)
    assert report.tables.active_disclosure.licensing.decisions is None


def test_values_each_followed_by_a_lone_pipe_line_are_read(tmp_path):
    # 180: '| 规章' then '0', '|', '0', '|', '0', '|' — where lone pipes are empty cells elsewhere in the copy,
    # an over-full row whose empties strictly alternate with its values holds no blank: they are separators
    report = extract(TEXT / "180_scanju_zonghezhifaju_2022.txt")
    assert [report.tables.active_disclosure.regulations.model_dump()[k] for k in ("issued", "repealed", "in_force")] \
        == [0, 0, 0]
