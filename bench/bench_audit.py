"""Audit at batch scale against extraction: time, CPU and peak memory of `nianbao audit` and
`nianbao extract` on the same N distinct reports, at two batch sizes (default 1,000 and 5,000), on one core.

    python bench/bench_audit.py [--sizes 1000 5000] [--rounds 3] [--keep DIR] [--label NAME] [--code A B] [--full]

The reports are bench/corpus.py's distinct copies of the eval set's text documents (every number that is
not a date redrawn, the organ renamed, prose sentences shuffled), so no two are the same file. Copies of
one source stay near-identical in prose, so S12 groups them (different organs): the batch rules have
real work, as in a batch of copied reports. Most sources are page heads (~760 characters); --full draws
only on the eval set's whole reports (corpus.FULL_CHARS), whose tables and long prose weigh differently on
both sides. Both commands end by writing the run's dataset (the same step), so the comparison is like for
like. Three commands per size, each its own process:
`extract DIR -o E`, `audit DIR -o A` (raw inputs: extraction included) and `audit E -o J` (the extracted
JSON). Peak RSS and CPU time come from wait4. The machine is shared, so the three run back to back in
rounds, the order swapped every other round (paired.py), after an untimed warm-up that writes the .pyc
files and makes the JSON the third audits; each ratio is taken within a round and printed as the median
(lowest–highest) over the rounds. CPU ratios are the steadier ones; never compare seconds across runs. With --code, each checkout runs its three commands
in turn on the same copies at each size (a before/after in one run, under the same load). Writes
bench/results/audit[-LABEL].json.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import corpus  # noqa: E402
from paired import child_env, per_round, rounds, run_child, show, spread  # noqa: E402
from results import commit_of, save  # noqa: E402


def run(cmd: list[str], code: Path, env: dict) -> dict:
    """One command as a cold child (paired.run_child): wall and CPU seconds, peak RSS."""
    r = run_child(cmd, env=env, cwd=code)
    if r["exit"] not in (0, 1, 3):  # 1: a report with no table at all (corpus has one)
        raise SystemExit(f"{' '.join(cmd[:4])} … failed with status {r['exit']}: {r['last_line']}")
    return r


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    ap.add_argument("--rounds", type=int, default=3, help="rounds of the three commands (order swapped every "
                    "other round); each ratio is taken within a round, the median and spread printed")
    ap.add_argument("--keep", metavar="DIR", help="work in DIR and keep the copies and outputs")
    ap.add_argument("--label", default="", help="results file suffix: bench/results/audit-LABEL.json")
    ap.add_argument("--code", nargs="+", metavar="CHECKOUT",
                    help="source trees to run side by side (default: this one), e.g. an export of the commit before")
    ap.add_argument("--full", action="store_true", help="copies of the whole reports only (at least "
                    f"{corpus.FULL_CHARS} characters), not the page heads")
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, inherited by the commands
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-audit-"))
    codes = [Path(c).resolve() for c in args.code] if args.code else [ROOT]
    cli = [sys.executable, "-m", "nianbao.cli"]
    results, load_before = [], os.getloadavg()
    try:
        min_chars = corpus.FULL_CHARS if args.full else 0
        copies = corpus.make(max(args.sizes), work / ("all-full" if args.full else "all"), min_chars)
        for n in sorted(args.sizes):
            inputs = work / (f"in{n}-full" if args.full else f"in{n}")
            inputs.mkdir(exist_ok=True)
            for p in copies[:n]:
                if not (inputs / p.name).exists():
                    os.link(p, inputs / p.name)
            for c, code in enumerate(codes):
                out, env = work / f"code{c}", child_env(code)
                # untimed: the .pyc files written, the inputs in the page cache, and the extracted JSON the
                # third command audits
                extracted = out / f"extract{n}"
                run(cli + ["extract", str(inputs), "-o", str(extracted), "--no-llm"], code, env)
                run(cli + ["audit", str(extracted), "-o", str(out / "warm"), "--no-llm"], code, env)
                shutil.rmtree(out / "warm", ignore_errors=True)

                def timed(argv, tag):
                    def go(i):
                        dest = out / f"{tag}{n}-{i}"
                        try:
                            return run(cli + [*argv, "-o", str(dest), "--no-llm"], code, env)
                        finally:  # a fresh folder each round (an existing one would be resumed)
                            shutil.rmtree(dest, ignore_errors=True)
                    return go
                runs = rounds({"extract": timed(["extract", str(inputs)], "e"),
                               "audit_raw": timed(["audit", str(inputs)], "a"),
                               "audit_json": timed(["audit", str(extracted)], "j")}, args.rounds)
                e, a, j = runs["extract"], runs["audit_raw"], runs["audit_json"]
                row = {"reports": n, "code": str(code), "commit": commit_of(code), "rounds": args.rounds,
                       **{k: {"wall_s": spread([r["seconds"] for r in v]), "cpu_s": spread([r["cpu_seconds"] for r in v]),
                              "peak_rss_mb": max(r["peak_rss_mb"] for r in v)} for k, v in runs.items()},
                       "wall_ratio_raw": per_round(a, e), "cpu_ratio_raw": per_round(a, e, "cpu_seconds"),
                       "wall_ratio_json": per_round(j, e), "cpu_ratio_json": per_round(j, e, "cpu_seconds")}
                results.append(row)
                med = {k: row[k]["wall_s"]["median"] for k in runs}
                print(f"{n} reports, {commit_of(code)}, {args.rounds} rounds (medians): extract {med['extract']:.1f} s, "
                      f"audit raw {med['audit_raw']:.1f} s, audit JSON {med['audit_json']:.1f} s | audit raw / extract: "
                      f"wall {show(row['wall_ratio_raw'])}, CPU {show(row['cpu_ratio_raw'])} | audit JSON / extract: "
                      f"wall {show(row['wall_ratio_json'])}, CPU {show(row['cpu_ratio_json'])} | peak RSS extract "
                      f"{row['extract']['peak_rss_mb']:.0f} MB, audit {row['audit_raw']['peak_rss_mb']:.0f} MB", flush=True)
        for code in codes:
            mine = [r for r in results if r["code"] == str(code)]
            if len(mine) > 1:
                r0, r1 = mine[0], mine[-1]
                print(f"{commit_of(code)}: peak RSS {r1['reports']} vs {r0['reports']} reports: audit raw "
                      f"{r1['audit_raw']['peak_rss_mb'] / r0['audit_raw']['peak_rss_mb']:.2f}×, audit JSON "
                      f"{r1['audit_json']['peak_rss_mb'] / r0['audit_json']['peak_rss_mb']:.2f}×, extract "
                      f"{r1['extract']['peak_rss_mb'] / r0['extract']['peak_rss_mb']:.2f}× (flat = 1.0)")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    save("audit", args.label, {"one_core": True, "load_before": load_before,
                               "min_chars": corpus.FULL_CHARS if args.full else 0, "results": results})


if __name__ == "__main__":
    main()
