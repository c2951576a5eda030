"""The response store: a re-run makes no calls, a changed key is a miss, recordings replay offline."""
from __future__ import annotations

import json
import shutil

from extractor.llm import ResponseStore
from llm_support.helpers import (GOLD_003, GOLD_004, MERGED, PROSE, ROOT, TWO_TABLES, cells, gold, llm_cells,
                                 llm_server, make_filler, run)
from llm_support.server import Reply, Status, oracle

APP = "applications"
RECORDINGS = ROOT / "eval" / "recordings"
# the settings the recordings were made with (bench/bench_llm.py --record eval/recordings)
REPLAY = dict(endpoint_id="scripted-oracle", model="oracle-gold", mode="json_schema", max_tokens_param="max_tokens",
              base_url="http://replay.invalid/v1")


def test_a_rerun_with_the_cache_makes_zero_calls(llm_server, tmp_path):
    llm_server.default = oracle(gold(GOLD_003))
    _, _, first = run(TWO_TABLES, make_filler(llm_server, tmp_path, cache_mode="use"))
    assert llm_server.calls == 2
    again = make_filler(llm_server, tmp_path, cache_mode="use")  # a new run: new filler, same directory
    _, _, second = run(TWO_TABLES, again)
    assert llm_server.calls == 2
    assert cells(second) == cells(first) and second.provenance == first.provenance
    assert all(c["cached"] and c["requests"] == 0 for c in second.extraction.llm["calls"])
    assert again.usage.requests == 0 and again.usage.cached == 2
    assert "0 request(s), 2 cached" in again.summary()


def test_no_cache_bypasses_reads_but_records(llm_server, tmp_path):
    llm_server.default = oracle(gold(GOLD_003))
    run(PROSE, make_filler(llm_server, tmp_path, cache_mode="use"))
    run(PROSE, make_filler(llm_server, tmp_path, cache_mode="record"))  # what --no-cache sets
    assert llm_server.calls == 2
    run(PROSE, make_filler(llm_server, tmp_path, cache_mode="use"))
    assert llm_server.calls == 2


def test_a_changed_key_is_a_miss(llm_server, tmp_path):
    llm_server.default = oracle(gold(GOLD_003))
    run(PROSE, make_filler(llm_server, tmp_path, cache_mode="use"))
    run(PROSE, make_filler(llm_server, tmp_path, cache_mode="use", model="another-model"))
    assert llm_server.calls == 2
    run(PROSE, make_filler(llm_server, tmp_path, cache_mode="use", max_tokens=5000))
    assert llm_server.calls == 3
    prompts = tmp_path / "prompts"
    shutil.copytree(ROOT / "prompts", prompts)
    p = prompts / "fill_table.v1.md"
    p.write_text(p.read_text(encoding="utf-8").replace("exactly as they are printed", "as printed"), encoding="utf-8")
    run(PROSE, make_filler(llm_server, tmp_path, cache_mode="use", prompts_dir=prompts))
    assert llm_server.calls == 4
    edited = tmp_path / "edited.txt"  # same table, one number changed in the text
    edited.write_text(PROSE.read_text(encoding="utf-8").replace("予以公开111件", "予以公开112件"), encoding="utf-8")
    run(edited, make_filler(llm_server, tmp_path, cache_mode="use"))
    assert llm_server.calls == 5


def test_cut_answers_are_cached_transport_failures_are_not(llm_server, tmp_path):
    llm_server.push(APP, Reply(payload=oracle(gold(GOLD_003)), finish="length"))
    run(PROSE, make_filler(llm_server, tmp_path, cache_mode="use"))
    _, _, again = run(PROSE, make_filler(llm_server, tmp_path, cache_mode="use"))
    assert llm_server.calls == 1 and again.extraction.tables[APP].status == "unparsed"
    assert "cut off" in again.extraction.llm["tables"][APP]["error"]

    llm_server.push("review_litigation", *[Status(500)] * 2)
    llm_server.default = oracle(gold(GOLD_003))
    filler = make_filler(llm_server, tmp_path / "b", cache_mode="use", retries=1)
    _, _, failed = run(TWO_TABLES, filler)
    assert failed.extraction.tables["review_litigation"].status == "unparsed"
    _, _, retried = run(TWO_TABLES, make_filler(llm_server, tmp_path / "b", cache_mode="use"))
    assert retried.extraction.tables["review_litigation"].status == "complete"


def test_recordings_replay_offline():
    store = ResponseStore(RECORDINGS, "replay")
    filler = make_filler(None, store=store, **REPLAY)
    for path, stem in ((PROSE, GOLD_003), (TWO_TABLES, GOLD_003), (MERGED, GOLD_004)):
        _, before, after = run(path, filler)
        want = gold(stem)
        landed = llm_cells(after)
        assert landed and all(want[k] == v for k, v in landed.items())
        assert all(c["cached"] for c in after.extraction.llm["calls"])
    assert filler.usage.requests == 0 and store.hits >= 4


def test_a_replay_miss_never_calls_and_changes_nothing():
    store = ResponseStore(RECORDINGS, "replay")
    filler = make_filler(None, store=store, **{**REPLAY, "model": "a-model-never-recorded"})
    _, before, after = run(PROSE, filler)
    assert cells(after) == cells(before) and not llm_cells(after)
    assert after.extraction.llm["tables"][APP]["error"].startswith("replay: no recorded answer")
    assert filler.usage.requests == 0


def test_an_entry_whose_fields_do_not_match_is_a_miss(tmp_path):
    store = ResponseStore(tmp_path, "use")
    fields = {"endpoint": "e", "model": "m", "input": "abc"}
    store.put(fields, {"payload": {"x": 1}})
    assert store.get(fields) == {"payload": {"x": 1}}
    path = next(tmp_path.rglob("*.json"))
    entry = json.loads(path.read_text(encoding="utf-8"))
    entry["fields"]["input"] = "tampered"
    path.write_text(json.dumps(entry), encoding="utf-8")
    assert store.get(fields) is None
    assert ResponseStore(tmp_path, "record").get(fields) is None  # record mode never reads


def test_the_store_holds_no_key(llm_server, tmp_path):
    llm_server.default = oracle(gold(GOLD_003))
    run(PROSE, make_filler(llm_server, tmp_path, cache_mode="use", api_key="sk-test-secret-123"))
    written = list((tmp_path / "cache").rglob("*.json"))
    assert written, "the run wrote no cache entry, so there was nothing to check"
    assert not [f for f in written if "sk-test-secret-123" in f.read_text(encoding="utf-8")]
