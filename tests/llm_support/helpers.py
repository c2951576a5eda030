"""Shared pieces of the LLM-fallback tests: the server fixture, gold answer keys, a filler factory."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor import load
from extractor.cells import flatten
from extractor.llm import LLMFiller, ResponseStore, load_config
from extractor.pipeline import extract_document

from .server import ScriptedLLM

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "eval" / "docs" / "derived"  # made by eval/make_derived.py
PROSE = DATA / "003_applications_prose.txt"  # seed 003 with table 三 as sentences (unparsed)
TWO_TABLES = DATA / "003_tables_prose.txt"  # tables 三 and 四 as sentences
INJECTION = DATA / "003_injection.txt"
SEED_001 = ROOT / "eval/docs/seeds/001_1ec9b8d8ffb3b045.txt"  # two rows that lost cells
MERGED = DATA / "004_merged_rows.txt"  # seed 004 with two rows merged on one line: the parser cannot place them


def gold(stem: str) -> dict:
    return json.loads((ROOT / "eval/gold" / f"{stem}.json").read_text(encoding="utf-8"))["cells"]


GOLD_003 = "003_236049bc670541bf"
GOLD_004 = "004_0611940f34059ea7"


@pytest.fixture
def llm_server():
    server = ScriptedLLM().start()
    try:
        yield server
    finally:
        server.stop()


def make_filler(server: ScriptedLLM | None, tmp_path: Path | None = None, store: ResponseStore | None = None,
                **settings) -> LLMFiller:
    """A filler pointed at the scripted server (the endpoint seam: a real URL, no patching)."""
    defaults = dict(model="scripted-model", cache_mode="off", timeout=5.0, backoff_base=0.01, backoff_cap=0.05)
    if server is not None:
        defaults["base_url"] = server.url
    if tmp_path is not None:
        defaults["cache_dir"] = str(tmp_path / "cache")
    defaults.update(settings)
    sleep = defaults.pop("sleep", None)
    prompts_dir = defaults.pop("prompts_dir", None)
    cfg = load_config(env={}, **defaults)
    kw = {"store": store} if store is not None else {}
    if prompts_dir is not None:
        kw["prompts_dir"] = str(prompts_dir)
    if sleep is not None:
        kw["sleep"] = sleep
    return LLMFiller(cfg, **kw)


def run(path: Path, filler: LLMFiller):
    doc = load(path)
    before = extract_document(doc)
    return doc, before, filler.fill(doc, before)


def cells(report, table: str | None = None) -> dict:
    flat = flatten(report.tables.model_dump())
    return {k: v for k, v in flat.items() if table is None or k.startswith(table + ".")}


def llm_cells(report) -> dict:
    flat = flatten(report.tables.model_dump())
    return {k: flat[k] for k, p in report.provenance.items() if p.method == "llm"}
