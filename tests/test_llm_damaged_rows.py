"""The safety net on real eval documents whose row labels are damaged in the test, as
bench/bench_safety_net.py does (llm_support.endpoints.relabelled: the printed label replaced by one no
template row has), against the gold-file endpoints (oracle: truthful; confuser: numbers printed
elsewhere in the section, never the gold value).

- 013 is a copy cut inside table 三 (its last bytes are row 一's first two values, the second one
  perhaps cut short). With row 一's label damaged the table is `unparsed`: only the row the copy shows
  is asked, and nothing lands in a cell after the cut.
- 110 prints 采购总金额 `976.81万元` under a header without unit: kept in 元 (SCHEMA.md), as the parser does.
"""
from __future__ import annotations

import json

from extractor import load
from extractor.cells import flatten
from extractor.pipeline import extract_document
from llm_support.endpoints import ENDPOINTS, Library, relabelled
from llm_support.helpers import ROOT, make_filler
from llm_support.server import ScriptedLLM


def _damaged(stem: str, row: str):
    gold = json.loads((ROOT / "eval/gold" / f"{stem}.json").read_text(encoding="utf-8"))
    doc = load(ROOT / gold["document"])
    [(_, copy)] = relabelled(doc, extract_document(doc), only=row)
    return copy, extract_document(copy), gold["cells"]


def _fill(kind: str, stem: str, copy, before, cells):
    lib = Library()
    lib.add(stem, copy.text, cells)
    server = ScriptedLLM(default=ENDPOINTS[kind](lib)).start()
    try:
        after = make_filler(server).fill(copy, before)
        return after, server.requests
    finally:
        server.stop()


def _landed(before, after) -> dict:
    b, a = flatten(before.tables.model_dump()), flatten(after.tables.model_dump())
    return {k: v for k, v in a.items() if v is not None and b.get(k) is None}


CUT = "013_pjmajestic_mirror_trad_pinyin_2021"


def test_a_cut_copy_asks_only_the_rows_it_shows_and_a_confuser_lands_nothing_after_the_cut():
    copy, before, cells = _damaged(CUT, "applications.new_received")
    assert before.extraction.tables["applications"].status == "unparsed"
    after, requests = _fill("confuser", CUT, copy, before, cells)
    assert len(requests) == 1
    asked = requests[0]["response_format"]["json_schema"]["schema"]["properties"]
    assert list(asked) == ["new_received"]  # the rows after the cut are not in the text: not asked
    assert _landed(before, after) == {}  # commercial … total are printed nowhere: the confuser's 0s stay out
    st = after.extraction.tables["applications"]
    assert "applications.new_received.research" in st.missing and "applications.granted.total" in st.missing


def test_a_cut_copy_still_recovers_the_visible_cells_from_a_truthful_reader():
    copy, before, cells = _damaged(CUT, "applications.new_received")
    after, _ = _fill("oracle", CUT, copy, before, cells)
    assert _landed(before, after) == {"applications.new_received.natural_person": 0}
    assert after.provenance["applications.new_received.natural_person"].method == "llm"
    st = after.extraction.tables["applications"]
    assert st.status == "partial" and st.cut == ["end"] and "cut-off cells are left out" in st.reason


def test_money_printed_in_wan_under_a_header_without_unit_lands_in_yuan():
    stem = "110_yangling_jiaoyuju_2019"
    copy, before, cells = _damaged(stem, "active_disclosure.procurement")
    assert before.tables.active_disclosure.procurement.amount is None
    after, _ = _fill("oracle", stem, copy, before, cells)
    assert after.tables.active_disclosure.procurement.amount == 9768100 == cells["active_disclosure.procurement.amount"]
    assert after.provenance["active_disclosure.procurement.amount"].method == "llm"
