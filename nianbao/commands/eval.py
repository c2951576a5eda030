"""`nianbao eval`: validate the gold files, run a configuration over the eval set, score it, gate it
against eval/baseline.json, or compare two configurations side by side.

Exit status: 0 pass, 1 the gate failed (or --validate found errors), 2 usage, configuration or gold
problems. Imports are deferred so `nianbao --help` stays fast.
"""
from __future__ import annotations

import sys
from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser("eval", help="score the pipeline on the hand-labelled eval set and gate it",
                       description="Run a configuration over eval/docs, score it against eval/gold, compare "
                                   "it with eval/baseline.json (exit 1 on any regression).")
    p.add_argument("--config", metavar="NAME", default="default",
                   help="configuration: default (parser only), llm, llm-replay, eval/configs/NAME.toml or a file")
    p.add_argument("--replay", action="store_true",
                   help="LLM answers from the response cache only (no network), whatever the configuration says")
    p.add_argument("--docs", metavar="PATTERN", action="append",
                   help="only documents whose gold stem or path matches (glob; repeatable)")
    p.add_argument("--report-dir", metavar="DIR", default="out/eval",
                   help="where eval-report.md and eval-run.json go (default: out/eval)")
    p.add_argument("--baseline", metavar="FILE", help="baseline file (default: eval/baseline.json)")
    p.add_argument("--no-baseline", action="store_true", help="score only, do not gate")
    p.add_argument("--update-baseline", action="store_true",
                   help="write this run as the new baseline (with --docs: update those documents only)")
    p.add_argument("--validate", action="store_true", help="only check the gold files and exit")
    p.add_argument("--compare", nargs=2, metavar=("CONFIG_A", "CONFIG_B"),
                   help="run two configurations on the same documents and list the cells where they differ")
    p.add_argument("--root", metavar="DIR", help="repository root (default: found from the current directory)")
    p.set_defaults(func=run)


def _say(msg: str) -> None:
    print(f"nianbao eval: {msg}", file=sys.stderr)


def run(args) -> int:
    from ..evaluation.baseline import BASELINE, UPDATE_COMMAND, build_baseline, compare, load_baseline, write_baseline
    from ..evaluation.config import ConfigError, load_config
    from ..evaluation.gold import GoldError, find_root, load_all
    from ..evaluation.report import console, write_reports
    from ..evaluation.validate import validate

    try:
        root = Path(args.root).resolve() if args.root else find_root()
        golds = load_all(root, args.docs)
    except GoldError as exc:
        _say(str(exc))
        return 2
    if not golds:
        _say(f"no gold file matches {', '.join(args.docs or ['*'])}")
        return 2
    problems = validate(golds, root)
    errors = [p for p in problems if p.level == "error"]
    if args.validate:
        for p in problems:
            print(p)
        print(f"{len(golds)} gold file(s): {len(errors)} error(s), {len(problems) - len(errors)} warning(s)")
        return 1 if errors else 0
    if errors:
        for p in errors:
            _say(str(p))
        _say(f"{len(errors)} gold error(s): the figures would be meaningless (see nianbao eval --validate)")
        return 2
    if problems:
        _say(f"{len(problems)} gold warning(s); see nianbao eval --validate")

    try:
        if args.compare:
            return _compare(args, root, golds)
        config = load_config(args.config, root)
        if args.replay:
            config = config.replaying()
        from ..evaluation.runner import evaluate

        result = evaluate(golds, root, config)
    except ConfigError as exc:
        _say(str(exc))
        return 2
    metrics = result.metrics()
    records = result.records()
    path = Path(args.baseline) if args.baseline else root / BASELINE
    shown = str(path.relative_to(root)) if path.is_relative_to(root) else str(path)
    cmp = None
    status = 0
    if args.update_baseline:
        try:
            previous = load_baseline(path)
        except ValueError:
            previous = None
        if args.docs and previous and previous.get("config", {}).get("name") != config.name:
            _say(f"{shown} holds configuration {previous['config'].get('name')!r}; a partial update with "
                 f"{config.name!r} would mix them (run without --docs)")
            return 2
        write_baseline(path, build_baseline(records, config.to_dict(), previous, partial=bool(args.docs)))
    elif not args.no_baseline:
        try:
            baseline = load_baseline(path)
        except ValueError as exc:
            _say(str(exc))
            return 2
        if baseline is None:
            _say(f"no baseline at {shown}; create it with `{UPDATE_COMMAND}` (or pass --no-baseline)")
            status = 1
        else:
            cmp = compare(baseline, records, config.to_dict())
            status = 0 if cmp.ok else 1
    print(console(result, metrics, cmp, shown))
    md, js = write_reports(Path(args.report_dir), result, metrics, cmp, shown)
    if args.update_baseline:
        print(f"baseline written: {shown}")
    print(f"wrote {md} and {js}")
    return status


def _compare(args, root: Path, golds) -> int:
    from extractor.output import write_json
    from ..evaluation.sidebyside import diff_runs, render
    from ..evaluation.config import load_config
    from ..evaluation.runner import evaluate

    configs = [load_config(name, root) for name in args.compare]
    if args.replay:
        configs = [c.replaying() if c.uses_llm else c for c in configs]
    runs = [evaluate(golds, root, c) for c in configs]
    ms = [r.metrics() for r in runs]
    diffs = diff_runs(*runs)
    print(render(runs[0], runs[1], ms[0], ms[1], diffs))
    out = Path(args.report_dir) / "eval-compare.json"
    write_json(out, {"a": {"config": runs[0].config.to_dict(), "metrics": ms[0]},
                     "b": {"config": runs[1].config.to_dict(), "metrics": ms[1]},
                     "cells": [d.__dict__ for d in diffs]})
    print(f"wrote {out}")
    return 0
