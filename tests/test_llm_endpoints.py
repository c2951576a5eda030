"""The safety net measured on real eval documents against the gold-file endpoints (127.0.0.1).

104 (石家庄桥西区中山西路街道 2021, a page head: table 二 whole, then table 三's heading) with its 行政许可 row's label
replaced by one no template row has: the parser keeps the values in extra_rows and names the row
missing; a truthful endpoint fills it, one answering unprinted numbers changes nothing. Documents the
parser reads whole, and a page head cut inside table 二 (102), make no call.
"""
from __future__ import annotations

import json

import pytest

from extractor import load
from extractor.pipeline import extract_document
from llm_support.endpoints import UNKNOWN_LABEL, Library, confuser, liar, oracle, relabelled, section_of
from llm_support.helpers import ROOT, cells, make_filler
from llm_support.server import ScriptedLLM
from extractor.llm.grounding import tokens

DOC = ROOT / "eval/docs/text/104_shijiazhuang_qiaoxi_zhongshanjiedao_2021.txt"
GOLD = json.loads((ROOT / "eval/gold/104_shijiazhuang_qiaoxi_zhongshanjiedao_2021.json").read_text("utf-8"))["cells"]
ROW = "active_disclosure.licensing"
AD = "active_disclosure"
CUT = ROOT / "eval/docs/text/102_lezhi_huilanzhen_2019.txt"  # a page head that stops inside table 二
WHOLE = [ROOT / "eval/docs/seeds/000_dfbaa25dea7f00ff.txt", DOC, CUT,
         ROOT / "eval/docs/text/131_wenzhou_dongtou_beiaojiedao_2021.txt"]


@pytest.fixture(scope="module")
def library():
    lib = Library()
    doc = load(DOC)
    (row, damaged), = relabelled(doc, extract_document(doc), only=ROW)
    lib.add("104-relabelled", damaged.text, GOLD)
    return lib, damaged


@pytest.fixture
def serve():
    """Start a fake endpoint answering with a responder; stopped when the test ends, pass or fail."""
    started = []

    def start(responder):
        started.append(ScriptedLLM(default=responder).start())
        return started[-1]

    yield start
    for server in started:
        server.stop()


def test_the_relabelled_row_is_one_the_parser_cannot_name(library):
    _, doc = library
    before = extract_document(doc)
    st = before.extraction.tables[AD]
    assert st.status == "partial" and st.missing_rows == [ROW]
    assert [r.label for r in before.tables.active_disclosure.extra_rows] == [UNKNOWN_LABEL]
    assert before.tables.active_disclosure.licensing.decisions is None and GOLD[ROW + ".decisions"] is not None


def test_a_truthful_endpoint_fills_the_row_from_the_section_alone(library, tmp_path, serve):
    lib, doc = library
    server = serve(oracle(lib))
    before = extract_document(doc)
    after = make_filler(server, tmp_path, cache_mode="use", mode="json_schema").fill(doc, before)
    assert server.calls == 1 and server.calls_for(AD) == 1
    request = server.requests[0]
    # only the row asked, named by its template label, and only table 二's section text
    assert list(request["response_format"]["json_schema"]["schema"]["properties"]) == ["licensing"]
    asked = request["messages"][1]["content"].split("Rows asked")[1].split("Columns")[0]
    assert asked.strip().splitlines()[1:] == ["- licensing = 行政许可"]
    sec = next(s for s in before.sections if s.key == AD)
    assert section_of(request).strip() == doc.text[sec.start:sec.end].strip()
    assert "申请情况" not in section_of(request)  # table 三's heading follows in the document
    assert cells(after, AD) == {k: v for k, v in GOLD.items() if k.startswith(AD + ".")}
    for key, p in after.provenance.items():
        if key.startswith(ROW + "."):
            assert p.method == "llm" and p.match == "llm"
        else:
            assert p == before.provenance[key]  # parser values win and are never touched
    usage = after.extraction.llm["usage"]
    assert usage["requests"] == 1 and usage["prompt_tokens"] > 0 and usage["completion_tokens"] > 0
    assert after.extraction.llm["tables"][AD]["reason"] == "rows not found"
    # the same text again: answered from the cache, no request, the same values
    again = make_filler(server, tmp_path, cache_mode="use", mode="json_schema").fill(doc, extract_document(doc))
    assert server.calls == 1 and again.extraction.llm["usage"]["cached"] == 1
    assert cells(again) == cells(after)


def test_an_endpoint_answering_unprinted_numbers_changes_nothing(library, serve):
    lib, doc = library
    server = serve(liar(lib))
    before = extract_document(doc)
    after = make_filler(server, mode="json_schema").fill(doc, before)
    assert server.calls == 1  # asked once, and refused by grounding
    assert cells(after) == cells(before)
    assert not any(p.method == "llm" for p in after.provenance.values())
    assert any("not printed in the section text" in n for n in after.extraction.notices)


def test_an_endpoint_answering_another_printed_row_changes_nothing(library, serve):
    # the confuser's numbers are all printed in the section, so grounding passes them; but the row
    # asked for was printed under the unknown label, and its values are none of those
    lib, doc = library
    server = serve(confuser(lib))
    before = extract_document(doc)
    after = make_filler(server, mode="json_schema").fill(doc, before)
    assert server.calls == 1
    answered = confuser(lib)(server.requests[0])["licensing"]
    printed = {t.value for t in tokens(section_of(server.requests[0]))}
    assert answered["decisions"] in printed and answered["decisions"] != GOLD[ROW + ".decisions"]
    assert cells(after) == cells(before)
    assert any("not the values of any row printed under a label the parser did not know" in n
               for n in after.extraction.notices)


def test_the_liar_prints_no_number_of_the_section(library, serve):
    lib, doc = library
    server = serve(liar(lib))
    make_filler(server, mode="json_schema").fill(doc, extract_document(doc))
    request = server.requests[0]
    printed = {t.value for t in tokens(section_of(request))}
    values = set(liar(lib)(request)["licensing"].values())
    assert values and None not in values and not printed & values


@pytest.mark.parametrize("path", WHOLE, ids=lambda p: p.name[:12])
def test_no_call_for_a_document_the_parser_reads_or_a_part_cut_off(path, serve):
    server = serve(oracle(Library.from_docs([path])))
    doc = load(path)
    before = extract_document(doc)
    after = make_filler(server, mode="json_schema").fill(doc, before)
    assert server.calls == 0 and cells(after) == cells(before)


def test_a_cut_copy_names_no_missing_row_to_ask_for():
    before = extract_document(load(CUT))
    st = before.extraction.tables["active_disclosure"]
    assert st.status == "partial" and st.missing and not st.missing_rows and not st.incomplete_rows
    heading_only = extract_document(load(DOC)).extraction.tables["applications"]
    assert heading_only.status == "unparsed"  # 104 stops after table 三's heading: nothing to send


def _relabelled(path, row):
    doc = load(path)
    (_, copy), = relabelled(doc, extract_document(doc), only=row)
    return copy


def test_a_page_head_cut_just_after_an_unrecognised_row_asks_for_that_row(serve):
    # 102 stops in table 二's (八) block header; the row before it, 行政强制, printed whole under a label
    # the matcher does not know, is in the text: a reader can see it, so it is asked (and filled)
    copy = _relabelled(CUT, "active_disclosure.coercion")
    gold = json.loads((ROOT / "eval/gold" / f"{CUT.stem}.json").read_text("utf-8"))["cells"]
    lib = Library()
    lib.add("102-relabelled", copy.text, gold)
    server = serve(oracle(lib))
    before = extract_document(copy)
    st = before.extraction.tables["active_disclosure"]
    assert st.missing_rows == ["active_disclosure.coercion"] and st.cut == ["end"]
    after = make_filler(server, mode="json_schema").fill(copy, before)
    assert server.calls == 1
    assert list(server.requests[0]["response_format"]["json_schema"]["schema"]["properties"]) == ["coercion"]
    got = cells(after, "active_disclosure")
    assert {k: got[k] for k in gold if k in got} == {k: v for k, v in gold.items() if k.startswith("active_disclosure.")}
    assert after.provenance["active_disclosure.coercion.decisions"].method == "llm"


def test_an_unrecognised_row_the_copy_cuts_inside_is_not_asked():
    # 005 stops inside the row after 本年新收 (`另行统计事项 | 0 | 0 |`): its last value may be cut short
    copy = _relabelled(ROOT / "eval/docs/text/005_weihai_wendeng_zhujianju_2019.txt", "applications.carried_over")
    assert copy.text.rstrip().endswith("| 0 | 0 |")
    st = extract_document(copy).extraction.tables["applications"]
    assert st.status == "partial" and not st.missing_rows and st.cut == ["end"]
