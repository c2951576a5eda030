"""Loader speed for the binary formats, on one core: PDF pages/second, HTML and DOCX reports/second.

    python bench/bench_formats.py [--repeat 5]

Each document of eval/docs/{pdf,html,docx} is read from disk and extracted end to end (load + pipeline),
`--repeat` times after one warm-up run; the best repetition is reported (the others include noise
from the machine), together with the share of the time spent in the loader.
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


def _run(paths: list[Path]) -> tuple[float, float, int]:
    """(total seconds, loader seconds, pages) for one pass over the documents."""
    total = loading = 0.0
    pages = 0
    for p in paths:
        t0 = time.perf_counter()
        doc = load(p)
        t1 = time.perf_counter()
        extract_document(doc)
        t2 = time.perf_counter()
        total += t2 - t0
        loading += t1 - t0
        pages += max(1, len(doc.pages))
    return total, loading, pages


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    for fmt, unit in (("pdf", "pages"), ("html", "reports"), ("docx", "reports")):
        paths = sorted((ROOT / "eval/docs" / fmt).glob(f"*.{fmt}"))
        if not paths:
            continue
        _run(paths)  # warm-up: imports, OpenCC, label sets
        runs = [_run(paths) for _ in range(args.repeat)]
        total, loading, pages = min(runs)
        count = pages if unit == "pages" else len(paths)
        print(f"{fmt:5s} {len(paths)} file(s), {count} {unit} per pass, best of {args.repeat}: "
              f"{count / total:7.1f} {unit}/s end to end ({1000 * total / count:6.1f} ms per {unit[:-1]}), "
              f"loader {100 * loading / total:.0f}% of the time")


if __name__ == "__main__":
    main()
