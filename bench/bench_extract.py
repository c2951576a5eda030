"""Where the time of a text extraction goes, per stage, on N distinct reports, in one process on one core.

    python bench/bench_extract.py [--reports 1000]

CPU time of this process (time.process_time: steadier than wall time on a shared machine). Reports from bench/corpus.py (distinct, so caches start cold as in a real batch). Stages, each timed
over the whole batch, in the order the CLI runs them: load (read, decode, normalise), tokenize,
segment, meta, the rest of the pipeline (table reading, model), the JSON text (extractor.output), and
writing both outputs (temp file + rename, extractor.output). The first pass is the cold one that counts;
a second, warm pass shows what caches hide.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import corpus  # noqa: E402
from extractor import load  # noqa: E402
from extractor import output  # noqa: E402
from extractor.meta import read_meta  # noqa: E402
from extractor.pipeline import extract_document  # noqa: E402
from extractor.segment import spans  # noqa: E402
from extractor.tokenize import rows  # noqa: E402


def one_pass(paths: list[Path], out: Path) -> dict[str, float]:
    t = dict.fromkeys(("load", "tokenize", "segment", "meta", "pipeline rest", "json", "write"), 0.0)
    for p in paths:
        t0 = time.process_time()
        doc = load(p)
        t1 = time.process_time()
        rows(doc.text)
        t2 = time.process_time()
        sec = spans(doc.text)
        t3 = time.process_time()
        read_meta(doc.text, sec[0]["start"] if sec else None)
        t4 = time.process_time()
        report = extract_document(doc)
        t5 = time.process_time()
        text = output.report_text(report)
        t6 = time.process_time()
        output.write_text(out / f"{p.stem}.txt", doc.text)
        output.write_text(out / f"{p.stem}.json", text)
        t7 = time.process_time()
        # extract_document repeats tokenize, segment and meta: count only what it adds
        rest = (t5 - t4) - ((t2 - t1) + (t3 - t2) + (t4 - t3))
        for k, v in zip(t, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, max(rest, 0.0), t6 - t5, t7 - t6)):
            t[k] += v
    return t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--reports", type=int, default=1000)
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {max(os.sched_getaffinity(0))})  # one core
    work = Path(tempfile.gettempdir()) / "nianbao-bench"
    paths = corpus.make(args.reports, work / f"reports-{args.reports}")
    with tempfile.TemporaryDirectory() as out:
        cold = one_pass(paths, Path(out))
        warm = one_pass(paths, Path(out))
    total = sum(cold.values())
    print(f"{len(paths)} distinct reports, one core: {len(paths) / total:.0f} reports/s in process "
          f"({1000 * total / len(paths):.2f} ms/report, cold caches)")
    print(f"{'stage':14s} {'cold ms/rep':>11} {'share':>6} {'warm ms/rep':>11}")
    for k, v in cold.items():
        print(f"{k:14s} {1000 * v / len(paths):11.3f} {100 * v / total:5.1f}% {1000 * warm[k] / len(paths):11.3f}")


if __name__ == "__main__":
    main()
