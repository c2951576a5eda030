"""The LLM fallback as the parser's safety net, measured against scripted endpoints on the eval set.

    python bench/bench_safety_net.py [--endpoints oracle,liar,confuser] [--docs GLOB] [--no-damage] [--json F]
    python bench/bench_safety_net.py --serve oracle [--port 8765]   # then: nianbao eval --config <printed toml>

Endpoints (tests/llm_support/endpoints.py) answer from the gold file of the document whose text holds the
section sent: `oracle` truthfully, `liar` with numbers printed nowhere in the section, `confuser` with
numbers printed elsewhere in the section (never the gold value).

Two passes per endpoint, each compared with the parser alone on the same text:
- **as published**: every document of eval/docs (the four derived ones are LLM-only by construction);
- **damaged labels**: every published document once per template row the parser read, with that row's
  printed label replaced by one no template row has — the row a reader sees and the matcher cannot name.
  A row whose values the parser still places (by order, by width) is counted as "parser kept".
Per pass: visible cells right / wrong / missing, values the endpoint changed from the parser's (the
liar's target is 0), calls and the tables asked, tokens per call. A second run with the cache makes 0
calls. Token counts are the scripted server's estimate (a CJK character ≈ 1 token): sizes, not bills.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from fnmatch import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from extractor import load  # noqa: E402
from extractor.cells import flatten  # noqa: E402
from extractor.ir import Document  # noqa: E402
from extractor.llm import LLMFiller, load_config  # noqa: E402
from extractor.pipeline import extract_document  # noqa: E402
from llm_support.endpoints import ENDPOINTS, Library, relabelled  # noqa: E402
from llm_support.server import ScriptedLLM  # noqa: E402

def filler_for(server: ScriptedLLM, kind: str, cache_dir: str) -> LLMFiller:
    cfg = load_config(env={}, base_url=server.url, endpoint_id=f"scripted-{kind}", model=kind, mode="json_schema",
                      max_tokens_param="max_tokens", cache_dir=cache_dir, cache_mode="use")
    return LLMFiller(cfg)


def visible(gold: dict) -> dict:
    return {k: v for k, v in gold["cells"].items() if k not in set(gold.get("unreadable", []))}


def compare(gold: dict, before: dict, after: dict) -> Counter:
    c = Counter()
    for k, g in visible(gold).items():
        v = after.get(k)
        c["scored"] += 1
        c["right" if v == g else "missing" if v is None else "wrong"] += 1
    c["changed"] = sum(1 for k in after if after[k] != before.get(k) and before.get(k) is not None)
    c["landed"] = sum(1 for k in after if after[k] is not None and before.get(k) is None)
    c["landed_wrong"] = sum(1 for k in after if after[k] is not None and before.get(k) is None
                            and k in gold["cells"] and after[k] != gold["cells"][k])
    return c


def one(doc: Document, gold: dict, filler: LLMFiller, server: ScriptedLLM, stats: dict) -> Counter:
    before = extract_document(doc)
    calls = server.calls
    after = filler.fill(doc, before)
    c = compare(gold, flatten(before.tables.model_dump()), flatten(after.tables.model_dump()))
    c["calls"] = server.calls - calls
    c["parser_right"] = sum(1 for k, g in visible(gold).items() if flatten(before.tables.model_dump()).get(k) == g)
    llm = after.extraction.llm or {}
    for t, info in llm.get("tables", {}).items():
        if info.get("outcome") != "skipped":
            stats["asked"][f"{t} ({info.get('reason')})"] += 1
    for rec in llm.get("calls", []):
        if not rec.get("cached"):
            stats["tokens"].append(rec.get("prompt_tokens", 0) + rec.get("completion_tokens", 0))
    return c


def gold_docs(patterns: list[str] | None) -> list[tuple[str, Path, dict]]:
    out = []
    for g in sorted((ROOT / "eval/gold").glob("*.json")):
        data = json.loads(g.read_text(encoding="utf-8"))
        if patterns and not any(fnmatch(g.stem, p) or fnmatch(data["document"], p) for p in patterns):
            continue
        out.append((g.stem, ROOT / data["document"], data))
    return out


def run_endpoint(kind: str, docs, lib: Library, damage: bool) -> dict:
    server = ScriptedLLM(default=ENDPOINTS[kind](lib)).start()
    stats = {"asked": Counter(), "tokens": []}
    passes: dict[str, Counter] = {"published": Counter(), "derived": Counter(), "damaged": Counter()}
    per_doc, damage_rows = {}, Counter()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            filler = filler_for(server, kind, tmp)
            started = time.perf_counter()
            for stem, path, gold in docs:
                doc = load(path)
                c = one(doc, gold, filler, server, stats)
                passes["derived" if stem.startswith("derived_") else "published"] += c
                per_doc[stem] = dict(c)
                if not damage or stem.startswith("derived_"):
                    continue
                for row, copy in relabelled(doc, extract_document(doc)):
                    lib.add(f"{stem}:{row}", copy.text, gold["cells"])
                    c = one(copy, gold, filler, server, stats)
                    lib.docs.pop(0)
                    passes["damaged"] += c
                    damage_rows["rows"] += 1
                    damage_rows["parser kept" if c["parser_right"] == c["scored"] else
                                "recovered" if c["right"] == c["scored"] else "not recovered"] += 1
            seconds = time.perf_counter() - started
            calls = server.calls
            rerun = filler_for(server, kind, tmp)  # same cache: the published pass again
            for stem, path, gold in docs:
                one(load(path), gold, rerun, server, {"asked": Counter(), "tokens": []})
            rerun_calls = server.calls - calls
    finally:
        server.stop()
    return {"endpoint": kind, "seconds": round(seconds, 1), "passes": {k: dict(v) for k, v in passes.items()},
            "damage": dict(damage_rows), "asked": dict(stats["asked"]), "tokens": stats["tokens"],
            "calls": calls, "rerun_calls": rerun_calls, "unknown_documents": lib.unknown, "per_doc": per_doc}


def show(r: dict) -> None:
    print(f"\n== {r['endpoint']} ({r['seconds']} s; {r['calls']} calls; re-run with the cache: {r['rerun_calls']} calls;"
          f" requests for a text no document holds: {r['unknown_documents']})")
    for name, c in r["passes"].items():
        if not c.get("scored"):
            continue
        pct = 100 * c["right"] / c["scored"]
        parser = 100 * c.get("parser_right", 0) / c["scored"]
        print(f"  {name:9} cells {c['right']}/{c['scored']} right = {pct:.2f}% (parser alone {parser:.2f}%); "
              f"wrong {c.get('wrong', 0)}, missing {c.get('missing', 0)}; landed {c.get('landed', 0)} "
              f"(of which not gold {c.get('landed_wrong', 0)}); parser values changed {c.get('changed', 0)}; "
              f"calls {c.get('calls', 0)}")
    if r["damage"]:
        print(f"  damaged rows: {r['damage']}")
    for what, n in sorted(r["asked"].items()):
        print(f"  asked {what}: {n}")
    t = r["tokens"]
    if t:
        print(f"  tokens per call: mean {sum(t) / len(t):.0f}, min {min(t)}, max {max(t)} ({len(t)} calls)")


def serve(kind: str, port: int) -> None:
    lib = Library.from_eval(ROOT)
    server = ScriptedLLM(default=ENDPOINTS[kind](lib)).start(port)
    cfg = Path(tempfile.gettempdir()) / f"nianbao-{kind}.toml"
    cfg.write_text(f'name = "scripted-{kind}"\nendpoint = "{server.url}"\nmodel = "{kind}"\nmode = "live"\n'
                   f'cache_dir = "{tempfile.mkdtemp(prefix=f"nianbao-{kind}-cache-")}"\n'
                   f'[params]\nendpoint_id = "scripted-{kind}"\nmode = "json_schema"\nmax_tokens_param = "max_tokens"\n',
                   encoding="utf-8")
    print(f"{kind} endpoint at {server.url} ({len(lib.docs)} documents); try:\n"
          f"  OPENAI_API_KEY=x nianbao eval --no-baseline --config {cfg}", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        server.stop()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--endpoints", default="oracle,liar,confuser")
    ap.add_argument("--docs", action="append", metavar="GLOB", help="gold stems or document paths (repeatable)")
    ap.add_argument("--no-damage", action="store_true", help="only the documents as published")
    ap.add_argument("--json", metavar="FILE")
    ap.add_argument("--serve", choices=sorted(ENDPOINTS), help="serve one endpoint until interrupted")
    ap.add_argument("--port", type=int, default=0)
    args = ap.parse_args()
    if args.serve:
        return serve(args.serve, args.port)
    docs = gold_docs(args.docs)
    lib = Library.from_eval(ROOT)
    results = []
    for kind in args.endpoints.split(","):
        lib.unknown = 0
        results.append(run_endpoint(kind, docs, lib, not args.no_damage))
        show(results[-1])
    if args.json:
        Path(args.json).write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
