"""The model as the safety net for rows the parser did not recognise, against the scripted server.

Seed 000 (克州市场监督管理局 2021, one cell per line) with its 行政许可 row printed under a label the
matcher does not know (行政审批, a name some offices use for it): the parser keeps the value in extra_rows,
names the row missing, and the fallback is asked for that row only. A cut-off copy and a row that is
simply not printed make no call.
"""
from __future__ import annotations

from extractor import load
from extractor.pipeline import extract_document
from llm_support.helpers import ROOT, cells, gold, llm_server, make_filler  # noqa: F401 (fixture)
from llm_support.server import oracle

SEED = ROOT / "eval/docs/seeds/000_dfbaa25dea7f00ff.txt"
GOLD = gold("000_dfbaa25dea7f00ff")
AD = "active_disclosure"
ROW = "active_disclosure.licensing"


def _doc(tmp_path, text: str):
    path = tmp_path / "seed000-variant.txt"
    path.write_text(text, encoding="utf-8")
    doc = load(path)
    return doc, extract_document(doc)


def _renamed(tmp_path):
    text = SEED.read_text(encoding="utf-8")
    assert text.count("\n行政许可\n") == 1
    return _doc(tmp_path, text.replace("\n行政许可\n", "\n行政审批\n"))


def test_an_unrecognised_row_is_asked_and_its_printed_value_lands(llm_server, tmp_path):
    llm_server.default = oracle(GOLD)
    doc, before = _renamed(tmp_path)
    st = before.extraction.tables[AD]
    assert st.status == "partial" and st.missing_rows == [ROW]
    assert before.tables.active_disclosure.extra_rows[0].label == "行政审批"
    after = make_filler(llm_server).fill(doc, before)
    assert llm_server.calls == 1
    sent = llm_server.requests[0]["response_format"]["json_schema"]["schema"]["properties"]
    assert list(sent) == ["licensing"]  # only the row not found; the rest stays the parser's
    assert cells(after, AD) == {k: v for k, v in GOLD.items() if k.startswith(AD + ".")}
    prov = after.provenance[ROW + ".decisions"]
    assert prov.method == "llm" and prov.match == "llm"
    assert after.extraction.tables[AD].status == "complete" and not after.extraction.tables[AD].missing_rows
    for key, p in after.provenance.items():  # parser values are never touched
        if key.startswith(AD) and key != ROW + ".decisions":
            assert p.method == "parser" and before.provenance[key] == p


def test_a_model_answering_numbers_not_printed_changes_nothing(llm_server, tmp_path):
    llm_server.default = oracle(GOLD, {ROW + ".decisions": 10412})  # one off: printed nowhere
    doc, before = _renamed(tmp_path)
    after = make_filler(llm_server).fill(doc, before)
    assert llm_server.calls == 1
    assert cells(after) == cells(before)
    assert after.extraction.tables[AD].missing_rows == [ROW]
    assert any("not printed" in n for n in after.extraction.notices)


def test_a_row_not_printed_at_all_makes_no_call(llm_server, tmp_path):
    llm_server.default = oracle(GOLD)
    text = SEED.read_text(encoding="utf-8")
    doc, before = _doc(tmp_path, text.replace("\n行政许可\n\n10411\n", "\n", 1))
    assert before.extraction.tables[AD].missing_rows == [ROW]
    after = make_filler(llm_server).fill(doc, before)
    assert llm_server.calls == 0
    assert "not in the text" in after.extraction.llm["tables"][AD]["reason"]


def test_a_copy_cut_inside_the_table_names_no_row_after_the_cut_and_makes_no_call(llm_server, tmp_path):
    llm_server.default = oracle(GOLD)
    text = SEED.read_text(encoding="utf-8")
    cut = text.index("第二十条第(六)项")
    doc, before = _doc(tmp_path, text[:cut])
    st = before.extraction.tables[AD]
    assert st.status == "partial" and not st.missing_rows and "punishment" in str(st.missing)
    make_filler(llm_server).fill(doc, before)
    assert llm_server.calls == 0
