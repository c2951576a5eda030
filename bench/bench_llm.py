"""LLM fallback on the corpus, against the scripted local server answering from the gold files.

    python bench/bench_llm.py [--record eval/recordings] [--json out.json]

For every document of eval/docs (including the derived documents in eval/docs/derived, whose tables the
parser cannot read) it runs the deterministic pipeline, then the fallback, and reports per report:
the tables asked, HTTP calls, tokens per filled table, and how the landed values compare with gold.
Then it runs everything again with the cache and checks that the re-run makes zero calls.

Token counts come from the scripted server, which estimates them (a CJK character ≈ 1 token, other
text ≈ 4 characters per token) — real endpoints' tokenizers differ, so read them as sizes, not bills.
`--record DIR` writes the answers as a replay store (endpoint id "scripted-oracle", model
"oracle-gold"), which is how eval/recordings is made.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from extractor import load  # noqa: E402
from extractor.cells import flatten  # noqa: E402
from extractor.llm import LLMFiller, ResponseStore, load_config  # noqa: E402
from extractor.pipeline import extract_document  # noqa: E402
from llm_support.server import ScriptedLLM, oracle  # noqa: E402

def corpus() -> list[tuple[Path, Path]]:
    out = []
    for p in sorted((ROOT / "eval/docs").rglob("*")):
        g = ROOT / "eval/gold" / (f"derived_{p.stem}.json" if p.parent.name == "derived" else f"{p.stem}.json")
        if p.is_file() and g.exists():
            out.append((p, g))
    return out


def one_pass(docs, filler: LLMFiller, server: ScriptedLLM) -> list[dict]:
    rows = []
    for path, gold_path in docs:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))["cells"]
        server.default = oracle(gold)
        try:
            doc = load(path)
        except Exception as exc:  # a loader this checkout lacks
            rows.append({"doc": path.name, "error": f"{type(exc).__name__}: {exc}"})
            continue
        report = extract_document(doc)
        before = server.calls
        out = filler.fill(doc, report)
        llm = out.extraction.llm or {}
        flat = flatten(out.tables.model_dump())
        landed = {k: flat[k] for k, p in out.provenance.items() if p.method == "llm"}
        rows.append({
            "doc": path.name, "calls": server.calls - before,
            "tables": {t: {k: info.get(k) for k in ("outcome", "tokens", "landed", "reread", "reason", "error")
                           if info.get(k) is not None}
                       | {"cached": any(c["cached"] for c in llm.get("calls", []) if c["table"] == t)}
                       for t, info in llm.get("tables", {}).items()},
            "landed": len(landed), "wrong": sorted(k for k, v in landed.items() if gold.get(k) != v),
            "tokens": llm.get("usage", {}).get("prompt_tokens", 0) + llm.get("usage", {}).get("completion_tokens", 0),
        })
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--record", metavar="DIR", help="also write the answers as a replay store in DIR")
    ap.add_argument("--json", metavar="FILE", help="write the per-report figures as JSON")
    args = ap.parse_args()
    docs = corpus()
    server = ScriptedLLM().start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            settings = dict(base_url=server.url, endpoint_id="scripted-oracle", model="oracle-gold",
                            mode="json_schema", max_tokens_param="max_tokens", cache_dir=tmp, cache_mode="use")
            cfg = load_config(env={}, **settings)
            store = ResponseStore(args.record, "record") if args.record else None
            first = LLMFiller(cfg, store=store) if store else LLMFiller(cfg)
            started = time.perf_counter()
            rows = one_pass(docs, first, server)
            took = time.perf_counter() - started
            if store is not None:  # the re-run check reads the temp cache the first pass did not write
                rerun_cfg = load_config(env={}, **{**settings, "cache_dir": args.record})
                second = LLMFiller(rerun_cfg)
            else:
                second = LLMFiller(cfg)
            calls_before = server.calls
            rerun = one_pass(docs, second, server)
            rerun_calls = server.calls - calls_before
    finally:
        server.stop()
    print(f"{'document':44} {'calls':>5} {'tokens':>7}  tables asked → outcome (tokens)")
    filled_tokens, n_filled, reports_called = [], 0, 0
    for r in rows:
        if "error" in r:
            print(f"{r['doc'][:44]:44} skipped: {r['error'][:60]}")
            continue
        asked = "; ".join(f"{t}: {i['outcome']}" + (f" ({i['tokens']})" if i.get("tokens") else "")
                          + (" re-read" if i.get("reread") else "") + (" cached" if i.get("cached") else "")
                          for t, i in r["tables"].items()) or "-"
        print(f"{r['doc'][:44]:44} {r['calls']:>5} {r['tokens']:>7}  {asked}")
        reports_called += r["calls"] > 0
        for i in r["tables"].values():
            if i["outcome"] in ("filled", "partial") and not i["cached"]:
                n_filled += 1
                filled_tokens.append(i["tokens"])
    ok = [r for r in rows if "error" not in r]
    total_calls = sum(r["calls"] for r in ok)
    wrong = sum(len(r["wrong"]) for r in ok)
    print()
    print(f"{len(ok)} reports in {took:.2f} s; {reports_called} needed the fallback; {total_calls} calls "
          f"({total_calls / max(1, reports_called):.2f} per report that needed it, {total_calls / max(1, len(ok)):.2f} per report)")
    if filled_tokens:
        print(f"{n_filled} tables filled by a request (cached ones not counted); tokens per filled table: mean {sum(filled_tokens) / n_filled:.0f}, "
              f"min {min(filled_tokens)}, max {max(filled_tokens)}")
    print(f"values landed {sum(r['landed'] for r in ok)}, of which differ from gold: {wrong}")
    print(f"re-run with the cache: {rerun_calls} calls; same values: "
          f"{all(a.get('landed') == b.get('landed') for a, b in zip(rows, rerun))}")
    if args.json:
        Path(args.json).write_text(json.dumps({"first": rows, "rerun_calls": rerun_calls}, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
