"""Audit at batch scale against extraction: time, CPU and peak memory of `nianbao audit` and
`nianbao extract` on the same N distinct reports, at two batch sizes (default 1,000 and 5,000), on one core.

    python bench/bench_audit.py [--sizes 1000 5000] [--keep DIR] [--label NAME] [--code A B] [--full]

The reports are bench/corpus.py's distinct copies of the eval set's text documents (every number that is
not a date redrawn, the organ renamed, prose sentences shuffled), so no two are the same file. Copies of
one source stay near-identical in prose, so S12 groups them (different organs): the batch rules have
real work, as in a batch of copied reports. Most sources are page heads (~760 characters); --full draws
only on the eval set's whole reports (corpus.FULL_CHARS), whose tables and long prose weigh differently on
both sides. Both commands end by writing the run's dataset (the same step), so the comparison is like for
like. Three commands per size, each its own process:
`extract DIR -o E`, `audit DIR -o A` (raw inputs: extraction included) and `audit E -o J` (the extracted
JSON). Peak RSS and CPU time come from wait4. The machine is shared: compare the ratios of one run (CPU
ratios are the steadier ones), not seconds across runs. With --code, each checkout runs its three commands
in turn on the same copies at each size (a before/after in one run, under the same load). Writes
bench/results/audit[-LABEL].json.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import corpus  # noqa: E402
from results import commit_of, save  # noqa: E402


def run(cmd: list[str], code: Path = ROOT) -> tuple[float, float, float]:
    """Wall seconds, peak RSS (MB) and CPU seconds of one command in its own process."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=code,
                            env={**os.environ, "PYTHONPATH": str(code)})
    _, status, usage = os.wait4(proc.pid, 0)
    took = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) not in (0, 1, 3):  # 1: a report with no table at all (corpus has one)
        raise SystemExit(f"{' '.join(cmd[:4])} … failed with status {status}")
    return took, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
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
    rows, load_before = [], os.getloadavg()
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
                out = work / f"code{c}"
                ext = run(cli + ["extract", str(inputs), "-o", str(out / f"extract{n}"), "--no-llm"], code)
                aud = run(cli + ["audit", str(inputs), "-o", str(out / f"audit{n}"), "--no-llm"], code)
                from_json = run(cli + ["audit", str(out / f"extract{n}"), "-o", str(out / f"auditjson{n}")], code)
                rows.append((n, code, ext, aud, from_json))
                print(f"{n} reports, {commit_of(code)}: extract {ext[0]:.1f} s wall, {ext[2]:.1f} s CPU, {ext[1]:.0f} MB | "
                      f"audit raw {aud[0]:.1f} s wall, {aud[2]:.1f} s CPU, {aud[1]:.0f} MB: {aud[0] / ext[0]:.2f}× extract "
                      f"(CPU {aud[2] / ext[2]:.2f}×) | audit of the extracted JSON {from_json[0]:.1f} s wall, "
                      f"{from_json[2]:.1f} s CPU, {from_json[1]:.0f} MB: {from_json[0] / ext[0]:.2f}× extract "
                      f"(CPU {from_json[2] / ext[2]:.2f}×)", flush=True)
        for code in codes:
            mine = [r for r in rows if r[1] == code]
            if len(mine) > 1:
                (n0, _, e0, a0, j0), (n1, _, e1, a1, j1) = mine[0], mine[-1]
                print(f"{commit_of(code)}: peak RSS {n1} vs {n0} reports: audit raw {a1[1] / a0[1]:.2f}×, audit JSON "
                      f"{j1[1] / j0[1]:.2f}×, extract {e1[1] / e0[1]:.2f}× (flat = 1.0); CPU per report audit raw "
                      f"{(a1[2] / n1) / (a0[2] / n0):.2f}× ({n1} vs {n0})")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)

    def figures(t):
        return {"wall_s": round(t[0], 2), "cpu_s": round(t[2], 2), "peak_rss_mb": round(t[1], 1)}

    save("audit", args.label, {
        "one_core": True, "load_before": load_before, "min_chars": corpus.FULL_CHARS if args.full else 0,
        "results": [{"reports": n, "code": str(code), "commit": commit_of(code), "extract": figures(e),
                     "audit_raw": figures(a), "audit_json": figures(j),
                     "cpu_ratio_raw": round(a[2] / e[2], 3), "cpu_ratio_json": round(j[2] / e[2], 3),
                     "wall_ratio_raw": round(a[0] / e[0], 3)} for n, code, e, a, j in rows]})


if __name__ == "__main__":
    main()
