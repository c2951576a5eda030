"""A PDF page read with pypdfium2 (PDFium, compiled C++): the glyphs and ruling lines pdf.py reads, in
pdfplumber's coordinates and shapes, for a fraction of the time pdfminer's Python interpreter takes.

Glyph boxes follow pdfminer's definition (x from the origin over the advance width, bottom at the
descent, height = the scaled font size), so the word geometry sees the same boxes. Ruling lines become
pdfplumber's edges (a line segment → one edge, a rectangle → four) and go through pdfplumber's own
table finder, so ruled grids are cut exactly as before. A page this reader could give differently —
rotated or unmapped glyphs, vertical glyphs whose box does not fit pdfminer's, curves or multi-part
paths, form XObjects, a page box off the origin or a rotated page — returns None, and pdf.py reads it
with pdfplumber.
"""
from __future__ import annotations

import ctypes
from itertools import groupby
from operator import itemgetter

_RECT_SHAPES = ("mlllh", "mllll")
_LINE_SHAPES = ("ml", "mlh")


class PdfiumPage:
    """The part of a pdfplumber page that pdf._page_items uses."""

    def __init__(self, height: float, width: float, chars: list[dict], edges: list[dict], images: int):
        self.height = height
        self.bbox = (0, 0, width, height)
        self.chars = chars
        self.edges = edges  # read by pdfplumber's TableFinder
        self.lines = edges  # pdf.py only asks whether the page has rules
        self.rects: list = []
        self.images = [None] * images

    def dedupe_chars(self) -> PdfiumPage:
        return self  # done when the characters were read

    def find_tables(self) -> list:
        from pdfplumber.table import TableFinder

        return TableFinder(self).tables


def read_page(pdf, index: int) -> PdfiumPage | None:
    """Page `index` of a pypdfium2 PdfDocument, or None when pdfplumber must read it."""
    import pypdfium2.raw as C

    page = pdf[index]
    try:
        left, bottom, right, top = page.get_mediabox()
        if (left, bottom) != (0, 0) or page.get_cropbox() != (left, bottom, right, top) or page.get_rotation():
            return None
        height, width = top - bottom, right - left
        edges, images = _edges(page, height, C)
        if edges is None:
            return None
        chars = _chars(page, height, C)
        if chars is None:
            return None
        return PdfiumPage(height, width, chars, edges, images)
    finally:
        page.close()


def _chars(page, height: float, C) -> list[dict] | None:
    textpage = page.get_textpage()
    try:
        raw = textpage.raw
        m, box = C.FS_MATRIX(), C.FS_RECTF()
        ox, oy = ctypes.c_double(), ctypes.c_double()
        name = ctypes.create_string_buffer(256)
        chars = []
        for i in range(C.FPDFText_CountChars(raw)):
            if C.FPDFText_IsGenerated(raw, i):
                continue  # spaces and line breaks PDFium adds: pdfminer has none
            code = C.FPDFText_GetUnicode(raw, i)
            if 0xD800 <= code < 0xE000 or C.FPDFText_HasUnicodeMapError(raw, i):
                return None  # surrogate pairs, glyphs without a Unicode mapping: pdfminer's own text
            text = chr(code)
            if not text.strip():
                continue  # pdf.py drops blank glyphs first
            C.FPDFText_GetMatrix(raw, i, ctypes.byref(m))
            if m.b or m.c or m.a <= 0 or m.d <= 0:
                return None  # rotated or mirrored glyphs
            size = C.FPDFText_GetFontSize(raw, i) * m.d
            C.FPDFText_GetLooseCharBox(raw, i, ctypes.byref(box))
            x0, x1, y0 = box.left, box.right, box.bottom
            if x1 - x0 > 2 * size:  # vertical writing: PDFium's loose box is not pdfminer's …
                C.FPDFText_GetCharOrigin(raw, i, ctypes.byref(ox), ctypes.byref(oy))
                if abs(box.left - ox.value) > 0.01 or abs((x1 - x0) - (box.top - box.bottom)) > 0.01:
                    return None  # not the unscaled em square PDFium gives a vertical glyph: pdfminer decides
                # … but its origin is the pen position less the glyph's vertical displacement, the lower
                # left corner of pdfminer's box, one font size square (a vertical advance of one em)
                x0, x1, y0 = ox.value, ox.value + size, oy.value
            C.FPDFText_GetFontInfo(raw, i, name, 256, None)
            top = height - y0 - size
            chars.append({"text": text, "x0": x0, "x1": x1, "top": top, "bottom": height - y0, "doctop": top,
                          "upright": True, "fontname": name.value, "size": size})
        return _dedupe(chars)
    finally:
        textpage.close()


def _dedupe(chars: list[dict]) -> list[dict]:
    """Fake bold (each glyph drawn twice) removed by pdfplumber's test — same text, font and size, top
    and left within 1 pt by its chained clustering — in document order, without its quadratic list.index."""
    key = itemgetter("upright", "text", "fontname", "size")
    kept = []
    for _, group in groupby(sorted(chars, key=key), key=key):
        for row in _chains(list(group), itemgetter("doctop")):
            if len(row) == 1:
                kept += row
                continue
            for same in _chains(row, itemgetter("x0")):
                kept.append(min(same, key=itemgetter("doctop", "x0")))
    order = {id(c): i for i, c in enumerate(chars)}
    return sorted(kept, key=lambda c: order[id(c)])


def _chains(items: list[dict], value) -> list[list[dict]]:
    """pdfplumber's cluster_objects(items, value, tolerance=1): runs of values each within 1 of the last."""
    out: list[list[dict]] = []
    last = None
    for item in sorted(items, key=value):
        v = value(item)
        if last is None or v > last + 1:
            out.append([])
        out[-1].append(item)
        last = v
    return out


def _edges(page, height: float, C) -> tuple[list[dict] | None, int]:
    """pdfplumber's edges of the page's painted lines and rectangles, and the number of images."""
    edges: list[dict] = []
    images = 0
    m = C.FS_MATRIX()
    x, y = ctypes.c_float(), ctypes.c_float()
    for k in range(C.FPDFPage_CountObjects(page.raw)):
        raw = C.FPDFPage_GetObject(page.raw, k)
        kind = C.FPDFPageObj_GetType(raw)
        if kind == C.FPDF_PAGEOBJ_IMAGE:
            images += 1
        if kind in (C.FPDF_PAGEOBJ_FORM, C.FPDF_PAGEOBJ_SHADING):
            return None, 0
        if kind != C.FPDF_PAGEOBJ_PATH:
            continue
        C.FPDFPageObj_GetMatrix(raw, ctypes.byref(m))
        shape, pts = "", []
        for i in range(C.FPDFPath_CountSegments(raw)):
            seg = C.FPDFPath_GetPathSegment(raw, i)
            op = C.FPDFPathSegment_GetType(seg)
            C.FPDFPathSegment_GetPoint(seg, ctypes.byref(x), ctypes.byref(y))
            p = (m.a * x.value + m.c * y.value + m.e, m.b * x.value + m.d * y.value + m.f)
            if op == C.FPDF_SEGMENT_MOVETO:
                shape += "m"
            elif op == C.FPDF_SEGMENT_LINETO:
                closes = C.FPDFPathSegment_GetClose(seg) and pts and p == pts[0]
                shape += "h" if closes else "l"
            else:
                return None, 0  # curves: pdfminer's curve edges are not reproduced here
            pts.append(p)
        if shape in _LINE_SHAPES:
            (ax, ay), (bx, by) = pts[0], pts[1]
            x0, x1, y0, y1 = min(ax, bx), max(ax, bx), min(ay, by), max(ay, by)
            top, bottom = height - y1, height - y0
            edges.append({"object_type": "line", "x0": x0, "x1": x1, "top": top, "bottom": bottom,
                          "width": x1 - x0, "height": bottom - top, "orientation": "h" if top == bottom else "v"})
        elif shape in _RECT_SHAPES and pts[0] == pts[4] and _square(pts):
            xs, ys = [p[0] for p in pts[:4]], [p[1] for p in pts[:4]]
            x0, x1, top, bottom = min(xs), max(xs), height - max(ys), height - min(ys)
            w, h = x1 - x0, bottom - top
            base = {"object_type": "rect_edge", "x0": x0, "x1": x1, "top": top, "bottom": bottom, "width": w,
                    "height": h}
            edges += [dict(base, height=0, bottom=top, orientation="h"),
                      dict(base, height=0, top=top + h, orientation="h"),
                      dict(base, width=0, x1=x0, orientation="v"),
                      dict(base, width=0, x0=x1, orientation="v")]
        else:
            return None, 0  # multi-part paths, polygons: left to pdfminer
    return edges, images


def _square(pts: list[tuple[float, float]]) -> bool:
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = pts[:4]
    return (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)
