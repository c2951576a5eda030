"""Audit at batch scale against extraction: time and peak memory of `nianbao audit` and `nianbao extract`
on the same N distinct report copies, at two batch sizes (default 1,000 and 5,000), on one core.

    python bench/bench_audit.py [--sizes 1000 5000] [--keep DIR]

The copies are made from the eval documents that are text (eval/docs/seeds, eval/docs/text), through
their normalised text, so no two are identical files and the batch rules have real work:
- copy k and k+1 are one organ on two consecutive years (the organ name gets a place-name prefix that is
  unique to the pair; the later copy's "YYYY年" become "YYYY+1年"), so S1/S3 find consecutive years;
- three numbers of each copy, at places drawn from a seed per copy, are changed, so tables differ;
- copies of one source document stay near-identical in prose: S12 groups them (different organs), which
  is what a real batch of copied reports looks like.
Each command runs as its own process; its peak RSS comes from wait4. The machine is shared: compare the
ratios printed for one run, not the seconds across runs.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor import load  # noqa: E402
from extractor.pipeline import extract_document  # noqa: E402

_PLACE = "东西南北中新和安平康宁泰华兴永长清丰源"
_NUMBER = re.compile(r"\d+")


def _place(i: int) -> str:
    """A distinct three-character place name for every i < 8,000."""
    n = len(_PLACE)
    return _PLACE[i % n] + _PLACE[i // n % n] + _PLACE[i // (n * n) % n] + "区"


def sources() -> list[tuple[str, str, str | None, int | None]]:
    """(stem, normalised text, organ, year) of every text eval document."""
    out = []
    for p in sorted((ROOT / "eval/docs/seeds").glob("*.txt")) + sorted((ROOT / "eval/docs/text").glob("*")):
        doc = load(p)
        meta = extract_document(doc).meta
        out.append((p.stem, doc.text, meta.organ, meta.year))
    return out


def make_copies(n: int, into: Path) -> None:
    into.mkdir(parents=True, exist_ok=True)
    docs = sources()
    for k in range(n):
        stem, text, organ, year = docs[(k // 2) % len(docs)]
        if organ and len(organ) >= 3:
            text = text.replace(organ, _place(k // 2) + organ)
        if year and k % 2:
            text = text.replace(f"{year}年", f"{year + 1}年")
        rng = random.Random(k)
        numbers = list(_NUMBER.finditer(text))
        for m in sorted(rng.sample(numbers, min(3, len(numbers))), key=lambda m: -m.start()):
            text = text[:m.start()] + str(int(m.group()) + 1 + rng.randrange(9)) + text[m.end():]
        (into / f"{k:05d}_{stem}.txt").write_text(text, encoding="utf-8")


def run(cmd: list[str]) -> tuple[float, float, float]:
    """Wall seconds, peak RSS (MB) and CPU seconds of one command in its own process."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    _, status, usage = os.wait4(proc.pid, 0)
    took = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) not in (0, 3):
        raise SystemExit(f"{' '.join(cmd[:4])} … failed with status {status}")
    return took, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    ap.add_argument("--keep", metavar="DIR", help="work in DIR and keep the copies and outputs")
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, inherited by the commands
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-audit-"))
    cli = [sys.executable, "-m", "nianbao.cli"]
    rows = []
    try:
        biggest = max(args.sizes)
        make_copies(biggest, work / "all")
        copies = sorted((work / "all").iterdir())
        for n in sorted(args.sizes):
            inputs = work / f"in{n}"
            inputs.mkdir(exist_ok=True)
            for p in copies[:n]:
                if not (inputs / p.name).exists():
                    os.link(p, inputs / p.name)
            ext = run(cli + ["extract", str(inputs), "-o", str(work / f"extract{n}"), "--no-llm"])
            aud = run(cli + ["audit", str(inputs), "-o", str(work / f"audit{n}"), "--no-llm"])
            from_json = run(cli + ["audit", str(work / f"extract{n}"), "-o", str(work / f"auditjson{n}")])
            rows.append((n, ext, aud, from_json))
            print(f"{n} reports: extract {ext[0]:.1f} s wall, {ext[2]:.1f} s CPU, {ext[1]:.0f} MB | audit raw {aud[0]:.1f} s "
                  f"wall, {aud[2]:.1f} s CPU, {aud[1]:.0f} MB: {aud[0] / ext[0]:.2f}× extract (CPU {aud[2] / ext[2]:.2f}×) | "
                  f"audit of the extracted JSON {from_json[0]:.1f} s wall, {from_json[2]:.1f} s CPU, {from_json[1]:.0f} MB: "
                  f"{from_json[0] / ext[0]:.2f}× extract (CPU {from_json[2] / ext[2]:.2f}×)", flush=True)
        if len(rows) > 1:
            (n0, e0, a0, j0), (n1, e1, a1, j1) = rows[0], rows[-1]
            print(f"peak RSS {n1} vs {n0} reports: audit raw {a1[1] / a0[1]:.2f}×, audit JSON {j1[1] / j0[1]:.2f}×, "
                  f"extract {e1[1] / e0[1]:.2f}× (flat = 1.0); time per report audit raw "
                  f"{(a1[0] / n1) / (a0[0] / n0):.2f}× ({n1} vs {n0})")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
