"""Where the CPU of one `nianbao audit -j1 --no-llm -o OUT DIR` (or `extract`) goes, in process: every stage
timed by a wrapper, each stage's time its own (the stages it calls taken off), in CPU seconds.

    python bench/audit_breakdown.py DIR [--extract] [--json FILE]

Stages: extraction (read_report), the shared readings of the prose (Context, paragraphs, claims, organ, year, outline,
infer.fill), each rule (summed per rule module, the families), the batch signature, the summary kept for the
pages, the report's JSON and its files, the dataset (rows, stream, workbook), the manifest and run log, the
batch rules (add_batch_findings: S1, S3, S12 and the JSON they rewrite), the pages (findings.csv, reports.csv,
audit-summary.md/.html). What no stage holds is start-up (imports), the batch engine and the command's own
code. The wrappers cost ~1 µs a call: a few percent of the whole. Compare `--extract` on the same DIR for the
audit/extract ratio; one core, so run it on an idle machine or compare stages of one run only.
"""
from __future__ import annotations

import argparse
import collections
import contextlib
import dataclasses
import functools
import importlib
import io
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
clock = time.process_time
own: collections.Counter = collections.Counter()  # stage → its own CPU seconds
calls: collections.Counter = collections.Counter()
_stack: list[float] = []


def timed(stage: str, fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        started = clock()
        _stack.append(0.0)
        try:
            return fn(*a, **k)
        finally:
            took, inner = clock() - started, _stack.pop()
            own[stage] += took - inner
            calls[stage] += 1
            if _stack:
                _stack[-1] += took
    return wrapper


def everywhere(module: str, name: str, stage: str) -> None:
    """Wrap a function in its module and in every loaded module that imported it by name."""
    original = getattr(importlib.import_module(module), name)
    wrapped = timed(stage, original)
    for m in list(sys.modules.values()):
        if getattr(m, name, None) is original:
            setattr(m, name, wrapped)


def method(module: str, cls: str, name: str, stage: str) -> None:
    klass = getattr(importlib.import_module(module), cls)
    attr = klass.__dict__[name]
    if hasattr(attr, "func"):  # functools.cached_property
        attr.func = timed(stage, attr.func)
    else:
        setattr(klass, name, timed(stage, attr))


def instrument(audit: bool) -> None:
    for m in ("nianbao.batch.extract_task", "nianbao.batch.audit_task", "nianbao.batch.command",
              "nianbao.batch.audit_dataset", "audits.render.pages", "audits.rules"):
        importlib.import_module(m)
    everywhere("nianbao.batch.extract_task", "read_report", "extraction")
    everywhere("extractor.output", "report_text", "report JSON (dump)")
    everywhere("extractor.output", "write_text", "report files (write)")
    everywhere("nianbao.export.writer", "part_or_none", "dataset")
    method("nianbao.batch.dataset_stream", "StreamedDataset", "take", "dataset")
    method("nianbao.batch.audit_dataset", "AuditDataset", "take", "dataset")
    everywhere("nianbao.batch.command", "write_dataset", "dataset")
    everywhere("nianbao.batch.extract_task", "extract_file_with_rows", "the per-report task's own code")
    everywhere("nianbao.batch.audit_task", "audit_file", "the per-report task's own code")
    run = importlib.import_module("nianbao.batch.run")
    engine = run._engine
    run._engine = lambda spec, items, record: engine(spec, items, timed("manifest and run log", record))
    if not audit:
        return
    from audits import registry

    for rid, r in list(registry.RULES.items()):
        if r.check is not None:  # a check that yields runs as it is iterated: made a list inside the timer
            family = r.check.__module__.rsplit(".", 1)[-1]
            check = functools.partial(lambda fn, view: list(fn(view) or ()), r.check)
            registry.RULES[rid] = dataclasses.replace(r, check=timed(f"rules: {family}", check))
    everywhere("audits.engine", "audit", "rules: the engine (which apply, findings written in)")
    method("audits.context", "Context", "__init__", "shared: Context (cell states)")
    for prop in ("prose", "claims", "organ", "year", "outline"):
        method("audits.context", "Context", prop, f"shared: {prop}")
    everywhere("audits.infer", "fill", "shared: infer.fill")
    method("audits.engine", "AuditResult", "signature", "batch signature")
    everywhere("audits.render.summary", "summarize", "summary for the pages")
    method("audits.render.spool", "Spool", "append", "summary for the pages")
    everywhere("nianbao.batch.audit_task", "load_json", "read extracted JSON")
    everywhere("nianbao.batch.audit_task", "add_batch_findings", "batch rules (S1, S3, S12) and rewrites")
    everywhere("nianbao.batch.audit_task", "write_outputs", "pages (csv, md, html)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("inputs", help="a folder of reports (bench/corpus.py copies)")
    ap.add_argument("--extract", action="store_true", help="break down `nianbao extract` instead")
    ap.add_argument("-o", "--out", help="output folder (default: a new one beside the inputs' parent)")
    ap.add_argument("--json", help="write the stages' seconds here")
    args = ap.parse_args()
    command = "extract" if args.extract else "audit"
    out = Path(args.out or f"{Path(args.inputs).resolve()}-{command}-breakdown-{int(time.time())}")
    started = clock()
    instrument(not args.extract)
    from nianbao import cli

    sys.argv = ["nianbao", command, args.inputs, "-o", str(out), "--no-llm", "-j1", "-q"]
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        try:
            cli.main()
        except SystemExit:
            pass
    total = clock() - started
    rest = total - sum(own.values())
    print(f"nianbao {command} {args.inputs}: {total:.2f} s CPU in process")
    for stage, s in sorted(own.items(), key=lambda x: -x[1]):
        print(f"{s:8.2f} s {100 * s / total:5.1f} %  {stage} ({calls[stage]} calls)")
    print(f"{rest:8.2f} s {100 * rest / total:5.1f} %  start-up, batch engine, the command's own code")
    if args.json:
        Path(args.json).write_text(json.dumps({"command": command, "inputs": args.inputs, "cpu_s": round(total, 3),
                                               "stages": {k: round(v, 3) for k, v in own.items()},
                                               "rest": round(rest, 3)}, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
