"""The LLM fallback against a real HTTP server on 127.0.0.1: what lands, what never does.

Documents: seed 003 (重庆市市场监管系统 2020) with table 三 rewritten as sentences — the parser cannot
read it, so it is `unparsed` — and its gold file as the answer key; seed 001 (two rows that lost
cells); seed 004 with two rows of table 三 merged onto one line (as a PDF conversion does).
"""
from __future__ import annotations

import pytest

from extractor import template
from llm_support.helpers import (GOLD_003, GOLD_004, INJECTION, MERGED, PROSE, SEED_001, TWO_TABLES, cells, gold,
                                 llm_cells, llm_server, make_filler, run)
from llm_support.server import Reply, oracle

APP = "applications"


def app_gold() -> dict:
    return {k: v for k, v in gold(GOLD_003).items() if k.startswith(APP + ".")}


@pytest.mark.parametrize("mode", ["json_schema", "tools"])
def test_correct_answers_land_exactly_with_provenance_llm(llm_server, mode):
    llm_server.default = oracle(gold(GOLD_003))
    doc, before, after = run(PROSE, make_filler(llm_server, mode=mode))
    assert before.extraction.tables[APP].status == "unparsed"
    assert llm_server.calls == 1
    request = llm_server.requests[0]
    assert ("tools" in request) == (mode == "tools") and ("response_format" in request) == (mode == "json_schema")
    assert cells(after, APP) == app_gold()
    assert llm_cells(after) == app_gold()
    assert all(after.provenance[k].method == "llm" for k in app_gold())
    got = cells(after)
    for key, prov in after.provenance.items():  # a span, when given, points at that very number
        if prov.method == "llm" and prov.span:
            assert float(doc.text[prov.span[0]:prov.span[1]]) == got[key]
    assert after.extraction.tables[APP].status == "complete"
    assert after.provenance["applications.new_received.total"].span is not None
    # parser tables untouched
    assert cells(after, "active_disclosure") == cells(before, "active_disclosure")
    llm = after.extraction.llm
    assert llm["prompts"]["fill_table"]["sha256"] and llm["tables"][APP]["outcome"] == "filled"
    assert llm["usage"]["requests"] == 1 and llm["usage"]["prompt_tokens"] > 0


def test_only_the_section_and_the_template_labels_are_sent(llm_server):
    llm_server.default = oracle(gold(GOLD_003))
    doc, before, _ = run(PROSE, make_filler(llm_server))
    sent = "\n".join(m["content"] for m in llm_server.requests[0]["messages"])
    sec = next(s for s in before.sections if s.key == APP)
    assert doc.text[sec.start:sec.end].strip() in sent
    assert "一、总体情况" not in sent and "五、存在的主要问题" not in sent and "行政处罚" not in sent
    for row in template.APPLICATIONS.layouts["2019"].blocks[0].rows:
        assert row.label in sent


def test_invalid_json_is_reasked_once(llm_server):
    llm_server.default = oracle(gold(GOLD_003))
    llm_server.push(APP, Reply(raw='{"new_received": {"natural_person": 159,'))
    _, _, after = run(PROSE, make_filler(llm_server))
    assert llm_server.calls == 2
    assert cells(after, APP) == app_gold()
    assert after.extraction.llm["calls"][0]["requests"] == 2


def test_invalid_json_twice_leaves_the_table_unfilled(llm_server):
    llm_server.push(APP, Reply(raw="not json"), Reply(raw="still not json"), Reply(payload=oracle(gold(GOLD_003))))
    _, before, after = run(PROSE, make_filler(llm_server))
    assert llm_server.calls == 2  # validation_retries=1: one re-ask, never a third request
    assert after.extraction.tables[APP].status == "unparsed"
    assert not llm_cells(after)
    assert any("invalid answer" in n for n in after.extraction.notices)


def test_schema_violation_is_reasked(llm_server):
    def wrong_type(request):
        answer = oracle(gold(GOLD_003))(request)
        answer["granted"]["natural_person"] = "一百零八"  # not an integer
        del answer["carried_forward"]  # a required row missing
        return answer

    llm_server.default = oracle(gold(GOLD_003))
    llm_server.push(APP, Reply(payload=wrong_type))
    _, _, after = run(PROSE, make_filler(llm_server))
    assert llm_server.calls == 2
    second = llm_server.requests[1]["messages"]
    assert any("granted" in (m.get("content") or "") for m in second[2:])  # the re-ask names the error
    assert cells(after, APP) == app_gold()


def test_an_ungrounded_number_stays_null(llm_server):
    llm_server.default = oracle(gold(GOLD_003), override={"applications.granted.natural_person": 107})
    doc, _, after = run(PROSE, make_filler(llm_server))
    assert "107" not in doc.text
    assert llm_server.calls == 1  # grounding is not a reason to ask again; the cell just stays null
    got = cells(after, APP)
    assert got["applications.granted.natural_person"] is None
    assert "applications.granted.natural_person" not in after.provenance
    assert {k: v for k, v in got.items() if k != "applications.granted.natural_person"} == \
           {k: v for k, v in app_gold().items() if k != "applications.granted.natural_person"}
    st = after.extraction.tables[APP]
    assert st.status == "partial" and "applications.granted" in st.incomplete_rows
    assert after.extraction.llm["tables"][APP]["rejected"]["applications.granted.natural_person"]


SWAP = {"applications.granted.natural_person": 14, "applications.partially_granted.natural_person": 108}


def test_wrong_sums_are_reread_once_and_the_reading_wins(llm_server):
    llm_server.default = oracle(gold(GOLD_003))
    llm_server.push(APP, Reply(payload=oracle(gold(GOLD_003), override=SWAP)))
    _, _, after = run(PROSE, make_filler(llm_server))
    assert llm_server.calls == 2
    reread = llm_server.requests[1]["messages"][1]["content"]
    assert "do not hold" in reread and "Do not change any number to make a sum hold" in reread
    assert "applications.row_total" in reread
    assert cells(after, APP) == app_gold()
    assert after.extraction.llm["tables"][APP]["reread"] is True


def test_wrong_sums_that_persist_never_land(llm_server):
    liar = oracle(gold(GOLD_003), override=SWAP)
    llm_server.push(APP, Reply(payload=liar), Reply(payload=liar), Reply(payload=liar))
    _, _, after = run(PROSE, make_filler(llm_server))
    assert llm_server.calls == 2  # one re-read, never a third request
    got = cells(after, APP)
    for key in SWAP:
        assert got[key] is None and key not in after.provenance
    untouched = {k: v for k, v in app_gold().items() if not k.startswith(("applications.granted.",
                 "applications.partially_granted.")) and not k.endswith("natural_person")}
    assert all(got[k] == v for k, v in untouched.items())


def test_a_cut_answer_is_a_failure_and_nothing_lands(llm_server):
    llm_server.push(APP, Reply(payload=oracle(gold(GOLD_003)), finish="length"))
    _, _, after = run(PROSE, make_filler(llm_server))
    assert llm_server.calls == 1
    assert not llm_cells(after) and after.extraction.tables[APP].status == "unparsed"
    assert after.extraction.llm["calls"][0]["finish_reasons"] == ["length"]
    assert any("cut off" in n for n in after.extraction.notices)


def test_injected_instructions_change_nothing(llm_server):
    llm_server.default = oracle(gold(GOLD_003))
    doc, _, after = run(INJECTION, make_filler(llm_server))
    assert "Ignore all previous instructions" in doc.text
    assert cells(after, APP) == app_gold()  # a reader that ignores it: the same values as without it
    clean_server_system = llm_server.requests[0]["messages"][0]["content"]
    user = llm_server.requests[0]["messages"][1]["content"]
    assert "</report_text>" in doc.text  # it even tries to close the data block
    assert user.count("<report_text>") == 1 and user.count("</report_text>") == 1
    body = user.split("<report_text>")[1].split("</report_text>")[0]
    assert "Ignore all previous instructions" in body  # sent as data, inside the delimiters
    assert "Ignore all previous instructions" not in clean_server_system


def test_a_hijacked_model_lands_nothing(llm_server):
    def obey(request):  # what a model that follows the injected text would answer
        from llm_support.server import fill_schema, schema_of
        return fill_schema(schema_of(request)[1], lambda path: 999)

    llm_server.push(APP, Reply(payload=obey), Reply(payload=obey))
    doc, _, after = run(INJECTION, make_filler(llm_server))
    assert "999" in doc.text  # the injection even prints the number it asks for
    assert llm_server.calls == 2
    assert not llm_cells(after)
    assert all(v is None for v in cells(after, APP).values())


def test_tables_are_asked_concurrently_within_the_bound(llm_server):
    llm_server.default = oracle(gold(GOLD_003))
    for table in (APP, "review_litigation"):
        llm_server.push(table, Reply(payload=oracle(gold(GOLD_003)), delay=0.3))
    _, _, after = run(TWO_TABLES, make_filler(llm_server, max_concurrency=2))
    assert llm_server.calls == 2 and llm_server.max_in_flight == 2
    assert cells(after, "review_litigation") == {k: v for k, v in gold(GOLD_003).items()
                                                 if k.startswith("review_litigation.")}


def test_the_bound_holds(llm_server):
    for table in (APP, "review_litigation"):
        llm_server.push(table, Reply(payload=oracle(gold(GOLD_003)), delay=0.2))
    run(TWO_TABLES, make_filler(llm_server, max_concurrency=1))
    assert llm_server.calls == 2 and llm_server.max_in_flight == 1


def test_rows_that_lost_cells_are_not_asked(llm_server):
    """Seed 001: two rows print 6 and 5 of 7 values; positions are unknowable, nothing to fill."""
    llm_server.default = oracle(gold("001_1ec9b8d8ffb3b045"))
    _, before, after = run(SEED_001, make_filler(llm_server))
    assert before.extraction.tables[APP].incomplete_rows
    assert llm_server.calls == 0
    assert cells(after) == cells(before)
    assert after.extraction.llm["tables"][APP]["outcome"] == "skipped"


def test_rows_the_parser_could_not_place_are_filled(llm_server):
    """Seed 004 with （四）2 and （四）3 merged: only those two rows are asked; parser rows win."""
    llm_server.default = oracle(gold(GOLD_004))
    _, before, after = run(MERGED, make_filler(llm_server))
    asked = before.extraction.tables[APP].incomplete_rows
    assert len(asked) == 2 and llm_server.calls == 1
    schema_rows = str(llm_server.requests[0]["response_format"]["json_schema"]["schema"]["properties"].keys())
    assert "new_received" not in schema_rows  # a parsed row is never asked again
    want = {k: v for k, v in gold(GOLD_004).items() if any(k.startswith(r + ".") for r in asked)}
    assert llm_cells(after) == want and len(want) == 14
    assert after.extraction.tables[APP].status == "complete"
    for k, v in cells(before, APP).items():
        if v is not None:
            assert cells(after, APP)[k] == v and after.provenance[k].method == "parser"
    assert after.extraction.tables[APP].incomplete_rows == []


def test_prose_facts_are_optional_and_grounded(llm_server):
    facts = {"applications_received": 77, "applications_carried_over": None, "applications_completed": None,
             "applications_carried_forward": None, "review_cases": 5, "litigation_cases": None,
             "normative_documents_issued": None, "fee_notices": None, "fee_notice_amount_yuan": None,
             "fees_collected_yuan": None}
    llm_server.default = oracle(gold(GOLD_003))
    llm_server.push("ProseFacts", Reply(payload=facts))
    doc, _, after = run(PROSE, make_filler(llm_server, prose_facts=True))
    assert llm_server.calls == 2 and llm_server.calls_for("ProseFacts") == 1
    sent = llm_server.requests[[r.get("response_format", {}).get("json_schema", {}).get("name") for r in
                                llm_server.requests].index("ProseFacts")]["messages"][1]["content"]
    assert "一、总体情况" in sent and "三、收到和处理政府信息公开申请情况" not in sent
    got = after.extraction.llm["prose_facts"]
    a, b = got["applications_received"]["span"]
    assert got["applications_received"]["value"] == 77 and doc.text[a:b] == "77"
    assert got["review_cases"]["value"] is None and "not printed" in got["review_cases"]["rejected"]
    assert after.extraction.llm["prompts"]["prose_facts"]["sha256"]
    _, _, plain = run(PROSE, make_filler(llm_server))
    assert "prose_facts" not in plain.extraction.llm


def test_an_internal_failure_never_costs_the_parsed_report(llm_server):
    def broken(cfg):  # the client seam: a factory that fails
        raise RuntimeError("no client today")

    from extractor.llm import LLMFiller, load_config
    filler = LLMFiller(load_config(env={}, base_url=llm_server.url, model="m", cache_mode="off"), client_factory=broken)
    _, before, after = run(PROSE, filler)
    assert cells(after) == cells(before)
    assert any("LLM fallback failed" in n for n in after.extraction.notices)
