"""The pypdfium2 page reader gives pdf.py what pdfplumber gives, on the real PDFs of eval/docs/pdf.

Every page it reads must hold the same glyphs (text, order, boxes within a fifth of a point), the same
ruling edges and the same table grids, vertical writing included; the whole document must come out as the
same normalised text; and a page it does not read as pdfminer does (curves) goes to pdfplumber.
"""
from __future__ import annotations

import hashlib
import io

import pdfplumber
import pypdfium2
import pytest

from extractor.loaders.pdf import load_pdf
from extractor.loaders.pdfium_page import read_page

from conftest import ROOT

PDFS = sorted((ROOT / "eval/docs/pdf").glob("*.pdf"))


def _pages(path):
    data = path.read_bytes()
    plumber, pdfium = pdfplumber.open(io.BytesIO(data)), pypdfium2.PdfDocument(data)
    return [(plumber.pages[i], read_page(pdfium, i)) for i in range(len(pdfium))]


def _edge(e: dict) -> tuple:
    return e["orientation"], round(e["x0"], 2), round(e["x1"], 2), round(e["top"], 2), round(e["bottom"], 2)


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.stem)
def test_same_glyphs_edges_and_grids_as_pdfplumber(path):
    pages = _pages(path)
    read = [(p, q) for p, q in pages if q is not None]
    assert len(read) == len(pages), "pypdfium2 should read every page of these PDFs"
    for plumber, fast in read:
        want = [c for c in plumber.dedupe_chars().chars if c["text"].strip()]
        assert [c["text"] for c in fast.chars] == [c["text"] for c in want]
        worst = max(abs(a[k] - b[k]) for a, b in zip(fast.chars, want) for k in ("x0", "x1", "top", "bottom"))
        assert worst < 0.2
        assert sorted(map(_edge, fast.edges)) == sorted(map(_edge, plumber.edges))
        got, want = _grids(fast), _grids(plumber)
        assert len(got) == len(want) and max((abs(a - b) for a, b in zip(got, want)), default=0) < 0.01


def _grids(page) -> list[float]:
    """Every table's bounding box and cells, flattened (the grid pdf.ruled_table reads)."""
    return [v for t in page.find_tables() for box in [t.bbox, *t.cells] for v in box]


def test_vertical_writing_read_as_pdfminer_reads_it():
    """hongze's table 三 prints 三、本年度办理结果 in vertical writing: PDFium's loose box of such a glyph is
    not pdfminer's, its origin is; every glyph of the page lands where pdfplumber puts it."""
    plumber, fast = _pages(ROOT / "eval/docs/pdf/hongze-2023.pdf")[2]
    assert fast is not None
    column = [c for c in plumber.dedupe_chars().chars if 85 < c["x0"] < 86 and c["text"].strip()]  # vertical
    assert "".join(c["text"] for c in column) == "三、本年度办理结果"

    def found(want: dict) -> bool:
        return any(c["text"] == want["text"] and all(abs(c[k] - want[k]) < 0.01 for k in ("x0", "x1", "top", "bottom"))
                   for c in fast.chars)

    assert all(found(c) for c in column)


def test_a_page_with_curves_goes_to_pdfplumber(tmp_path):
    from test_formats import _pdf, _stream

    content = b"BT /F1 12 Tf 100 700 Td (Table 2 34) Tj ET 100 100 m 150 150 200 150 250 100 c S"
    data = _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                 b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                 b" /Resources << /Font << /F1 5 0 R >> >> >>", _stream(b"", content),
                 b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"])
    assert read_page(pypdfium2.PdfDocument(data), 0) is None
    path = tmp_path / "curve.pdf"
    assert "Table" in load_pdf(path, data, "sha").text == load_pdf(path, data, "sha", pdfium=False).text


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.stem)
def test_same_document_with_either_reader(path):
    data = path.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    fast, slow = load_pdf(path, data, sha), load_pdf(path, data, sha, pdfium=False)
    assert fast.text == slow.text
    assert (fast.pages, fast.notices) == (slow.pages, slow.notices)


def test_fake_bold_removed_as_pdfplumber_removes_it():
    """Glyphs drawn twice (fake bold), near misses and chains of near positions: the same glyphs kept."""
    import random

    from pdfplumber.utils import dedupe_chars

    from extractor.loaders.pdfium_page import _dedupe

    rng = random.Random(7)
    for _ in range(200):
        chars = [{"text": rng.choice("的一0"), "upright": True, "fontname": rng.choice([b"A", b"B"]), "size": 10.0,
                  "doctop": rng.choice([0, 0.5, 0.9, 1.8, 3.0, 10]) + rng.choice([0, 0.01]),
                  "x0": rng.choice([0, 0.6, 1.2, 5, 5.5, 7]), "n": n} for n in range(rng.randrange(1, 40))]
        assert [c["n"] for c in _dedupe(chars)] == [c["n"] for c in dedupe_chars(chars)]
