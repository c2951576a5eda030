"""PDF pages/second per text backend, on the same pages, beside a floor measured in the same run.

    python bench/bench_pdf.py [--quick] [--repeat 5] [--label after]

Documents: eval/docs/pdf/*.pdf and /work/shared/corpus/pdf/*.pdf (each distinct file once). One core,
in process, after one warm-up pass (imports); the best of --repeat passes is kept. Rows:
- `pdfplumber`: load_pdf(pdfium=False) + extract_document — every page through pdfminer (before);
- `pypdfium2`: load_pdf() + extract_document — pages read by pypdfium2, pages it cannot read as pdfminer
  does (vertical writing, curves…) by pdfplumber (after); the share of pages pypdfium2 read is printed;
- `glyphs only`: each backend's glyphs and rules alone (pdfplumber page.chars + edges; pdfium_page);
- `floor`: pypdfium2's own plain text of every page (FPDFText_GetText), no geometry at all.
Each document's normalised text must be identical with either backend (checked, printed).
Writes bench/results/pdf[-LABEL].json.
"""
from __future__ import annotations

import argparse
import hashlib
import io
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor.loaders.pdf import load_pdf  # noqa: E402
from results import save  # noqa: E402
from extractor.loaders.pdfium_page import read_page  # noqa: E402
from extractor.pipeline import extract_document  # noqa: E402


def documents() -> list[tuple[Path, bytes]]:
    seen, out = set(), []
    for folder in (ROOT / "eval/docs/pdf", Path("/work/shared/corpus/pdf")):
        for p in sorted(folder.glob("*.pdf")):
            data = p.read_bytes()
            sha = hashlib.sha256(data).hexdigest()
            if sha not in seen:
                seen.add(sha)
                out.append((p, data))
    return out


def end_to_end(docs, pdfium: bool) -> float:
    t0 = time.perf_counter()
    for p, data in docs:
        extract_document(load_pdf(p, data, hashlib.sha256(data).hexdigest(), pdfium=pdfium))
    return time.perf_counter() - t0


def glyphs_plumber(docs) -> float:
    import pdfplumber

    t0 = time.perf_counter()
    for _, data in docs:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                page.dedupe_chars().chars, page.edges
    return time.perf_counter() - t0


def glyphs_pdfium(docs) -> float:
    import pypdfium2

    t0 = time.perf_counter()
    for _, data in docs:
        pdf = pypdfium2.PdfDocument(data)
        for i in range(len(pdf)):
            read_page(pdf, i)
        pdf.close()
    return time.perf_counter() - t0


def floor(docs) -> float:
    import pypdfium2

    t0 = time.perf_counter()
    for _, data in docs:
        pdf = pypdfium2.PdfDocument(data)
        for i in range(len(pdf)):
            page = pdf[i]
            page.get_textpage().get_text_range()
            page.close()
        pdf.close()
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="best of 2 passes")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--label", default="")
    args = ap.parse_args()
    repeat = 2 if args.quick else args.repeat
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {max(os.sched_getaffinity(0))})  # one core
    import pypdfium2

    docs = documents()
    pages = sum(len(pypdfium2.PdfDocument(d)) for _, d in docs)
    fast_pages = 0
    identical = {}
    for p, data in docs:
        pdf = pypdfium2.PdfDocument(data)
        fast_pages += sum(read_page(pdf, i) is not None for i in range(len(pdf)))
        sha = hashlib.sha256(data).hexdigest()
        identical[p.name] = load_pdf(p, data, sha).text == load_pdf(p, data, sha, pdfium=False).text
    rows = {"pdfplumber": lambda: end_to_end(docs, False), "pypdfium2": lambda: end_to_end(docs, True),
            "glyphs only: pdfplumber": lambda: glyphs_plumber(docs),
            "glyphs only: pypdfium2": lambda: glyphs_pdfium(docs), "floor: pdfium plain text": lambda: floor(docs)}
    times: dict[str, list[float]] = {k: [] for k in rows}
    for _ in range(repeat):  # interleaved, so load changes hit every row alike
        for name, run in rows.items():
            times[name].append(run())
    best = {k: min(v) for k, v in times.items()}
    print(f"{len(docs)} PDF(s), {pages} pages; pypdfium2 read {fast_pages} of them, pdfplumber the rest; "
          f"same text with either backend: {all(identical.values())}")
    print(f"{'':26s} {'pages/s':>8} {'ms/page':>8} {'x floor':>8}")
    for name, t in best.items():
        print(f"{name:26s} {pages / t:8.1f} {1000 * t / pages:8.1f} {t / best['floor: pdfium plain text']:8.1f}")
    print(f"speed-up end to end: {best['pdfplumber'] / best['pypdfium2']:.2f}x")
    save("pdf", args.label, {"documents": len(docs), "pages": pages, "pages_read_by_pypdfium2": fast_pages,
                             "identical_text": identical, "repeat": repeat, "seconds": best,
                             "pages_per_s": {k: pages / t for k, t in best.items()},
                             "speedup_end_to_end": best["pdfplumber"] / best["pypdfium2"]})


if __name__ == "__main__":
    main()
