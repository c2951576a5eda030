"""Deterministic extraction speed: the five seeds repeated N times (default 1,000) on one core.

    python bench/bench_extract.py [--repeat 1000]

Reads each file from disk every time (decode, normalise, segment, parse tables, build the model), as a
batch run does; prints reports/second and the time per report.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor import load  # noqa: E402
from extractor.pipeline import extract_document  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=1000)
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    seeds = sorted((ROOT / "eval/docs/seeds").glob("*.txt"))
    extract_document(load(seeds[0]))  # warm caches (OpenCC, label sets)
    started = time.perf_counter()
    n = 0
    for _ in range(args.repeat):
        for p in seeds:
            extract_document(load(p))
            n += 1
    took = time.perf_counter() - started
    print(f"{n} reports in {took:.2f} s on one core: {n / took:.1f} reports/s, {1000 * took / n:.2f} ms/report")


if __name__ == "__main__":
    main()
