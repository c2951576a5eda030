"""PDF reports (text layer) → the normalised text, one line per paragraph line and per table row.

PDF text has no reading order for tables: a wrapped row label prints over several lines while its values
sit on one line beside them, so plain text extraction scatters a row over up to four lines. Rows are
rebuilt from geometry instead:
- ruled tables (the usual Word/WPS export): the rules give the cell grid, merged cells included; each
  glyph goes to the cell its centre lies in, and the grid is expanded like an HTML table (grid.py);
- everything else, unruled tables included, from word positions (pdfgeom.py).
A row that Word split over a page break is joined again; page numbers and running headers/footers are
dropped; Document.pages holds each page's span in the text. Glyphs and rules come from pypdfium2 (compiled,
several times faster) for every page it gives as pdfminer would (pdfium_page.py), else from pdfplumber.
"""
from __future__ import annotations

import io
import logging
import re
import traceback
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ..enumerators import LEADING
from ..errors import InputError
from ..ir import Document
from ..normalize import normalize
from ..segment import candidates
from .grid import Span, render
from .pdfium_page import read_page
from .pdfgeom import PageLine, Box, split_row, block_text, is_num, join_words, physical_lines, unruled, words_of

_PAGE_NO = re.compile(r"^[-—–_·\s]*(第\s*)?\d{1,4}(\s*页)?(\s*[/,，]?\s*共\s*\d{1,4}\s*页)?[-—–_·\s]*$"
                      r"|^\d{1,4}\s*/\s*\d{1,4}$")
_MARGIN = 0.09  # header/footer zone: this fraction of the page height at the top and at the bottom
_SNAP = 1.5  # pt: grid rules closer than this are one rule


@dataclass
class Item:
    """A page's content in reading order: a text line, or a ruled table's grid."""

    top: float
    bottom: float
    text: str = ""
    grid: list | None = None
    xs: list[float] | None = None
    line: PageLine | None = None  # an unruled row or loose line, rendered at the end

    def render(self) -> str:
        return "\n".join(render(self.grid)) if self.grid is not None else self.line.render() if self.line else self.text


# ------------------------------------------------------------------------------------------- ruled tables

def _line(x: object) -> str:
    """An exception's text on one short line (InputError messages are printed as one line)."""
    return " ".join(str(x).split())[:200]

def _snap(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > _SNAP:
            out.append(v)
    return out


def ruled_table(table, chars: list[Box]) -> tuple[list[list[Span | None]], list[float], list[Box]] | None:
    """The grid of a table found from the page's rules, its column edges and the glyphs it holds;
    None when it is not a data table (one column, or values run together for lack of inner rules)."""
    xs = _snap([c[0] for c in table.cells] + [c[2] for c in table.cells])
    ys = _snap([c[1] for c in table.cells] + [c[3] for c in table.cells])
    if len(xs) < 3 or len(ys) < 2:
        return None

    def idx(edges: list[float], v: float) -> int:
        return max(0, min(len(edges) - 1, bisect_right(edges, v + _SNAP) - 1))

    grid: list[list[Span | None]] = [[None] * (len(xs) - 1) for _ in range(len(ys) - 1)]
    for x0, top, x1, bottom in table.cells:
        span = Span("")
        for r in range(idx(ys, top), max(idx(ys, top) + 1, idx(ys, bottom))):
            for c in range(idx(xs, x0), max(idx(xs, x0) + 1, idx(xs, x1))):
                grid[r][c] = span
    held: dict[int, tuple[Span, list[Box]]] = {}
    inside: list[Box] = []
    x_lo, top_lo, x_hi, bottom_hi = table.bbox
    for ch in chars:
        if not (x_lo <= ch.cx <= x_hi and top_lo <= ch.cy <= bottom_hi):
            continue
        inside.append(ch)
        r = max(0, min(bisect_right(ys, ch.cy) - 1, len(grid) - 1))
        c = max(0, min(bisect_right(xs, ch.cx) - 1, len(xs) - 2))
        if grid[r][c] is None:  # text where a rule is missing (e.g. at a page break): its own cell
            grid[r][c] = Span("")
        held.setdefault(id(grid[r][c]), (grid[r][c], []))[1].append(ch)
    for span, glyphs in held.values():
        span.text = block_text(words_of(glyphs))
        if sum(1 for t in span.text.split() if is_num(t)) >= 2 or len(span.text) > 150:
            return None  # "0 0 0" in one cell (inner rules missing), or prose in a page frame
    if max((len({id(s) for s in row if s is not None and s.text}) for row in grid), default=0) < 2:
        return None
    return grid, xs, inside


def _page_items(page, ruled: bool, carry: list | None) -> tuple[list[Item], list | None]:
    glyphs = [c for c in page.chars if c["text"].strip()]
    if sum(1 for c in glyphs if not c.get("upright", True)) < 0.3 * len(glyphs):
        glyphs = [c for c in glyphs if c.get("upright", True)]  # a rotated watermark, not the page's text
    chars = [Box(c["text"], c["x0"], c["x1"], c["top"], c["bottom"]) for c in glyphs]
    found = []
    if ruled and (page.lines or page.rects):
        for table in page.find_tables():
            got = ruled_table(table, chars)
            x_lo, top, x_hi, bottom = table.bbox
            if got is not None and not any(top <= c.cy <= bottom and not (x_lo - 2 <= c.cx <= x_hi + 2) for c in chars):
                found.append((table.bbox, got))  # (text beside the rules: an open-sided table, read by geometry)
    taken = {id(c) for _, (_, _, inside) in found for c in inside}
    rest = words_of([c for c in chars if id(c) not in taken])
    furniture = {id(w) for ln in physical_lines(rest) if _page_number(ln, page.height) for w in ln}
    rest = [w for w in rest if id(w) not in furniture]
    loose = [ln for ln in physical_lines(rest) if split_row(ln)[0]]
    items: list[Item] = []
    for (x_lo, top, x_hi, bottom), (grid, xs, inside) in found:
        reach = 2 * (bottom - top) / max(1, len(grid))
        if any(top - reach < w.cy < bottom + reach and x_lo <= w.cx <= x_hi for ln in loose for w in ln):
            rest += words_of(inside)  # a value row just outside the rules: a row the rules miss
            continue
        items.append(Item(top, bottom, grid=grid, xs=xs))
    lines, carry = unruled(rest, carry)
    items += [Item(o.top, o.top, text=o.render(), line=o) for o in lines]
    return sorted(items, key=lambda it: it.top), carry


def _page_number(line: list[Box], height: float) -> bool:
    """`- 3 -`, `第3页`: dropped before rows are built (its digits would pass for table values)."""
    text = join_words(line)
    return all(w.top < _MARGIN * height or w.top > (1 - _MARGIN) * height for w in line) \
        and bool(_PAGE_NO.match(text)) and bool(re.search(r"\d", text))


# ------------------------------------------------------------------------------------------- page seams

def _drop_margins(pages: list[list[Item]], heights: list[float]) -> list[list[Item]]:
    """Page numbers, and lines repeated in the same margin on most pages (running headers/footers)."""
    def in_margin(it: Item, h: float) -> bool:
        return it.grid is None and (it.top < _MARGIN * h or it.top > (1 - _MARGIN) * h)

    def shape(t: str) -> str:
        return re.sub(r"\d+", "#", t)

    repeated = Counter()
    for items, h in zip(pages, heights):
        repeated.update({shape(it.text) for it in items if in_margin(it, h)})
    limit = max(2, (len(pages) + 1) // 2)
    return [[it for it in items if not (in_margin(it, h) and (
        _PAGE_NO.match(it.text.strip("| ")) or (len(pages) > 2 and repeated[shape(it.text)] >= limit)))]
        for items, h in zip(pages, heights)]


def _is_label_start(text: str) -> bool:
    """Text that begins a row label of its own: numbered (1. （三） 四、) or a template label."""
    from ..labelsets import label_set

    return bool(LEADING.match(text)) or any(label_set(t).lookup(text) is not None
                                               for t in ("active_disclosure", "applications", "review_litigation"))


def _join_split_row(a: Item, b: Item) -> None:
    """Word lets a table row break across pages: the last row of `a` (end of one page) and the first
    row of `b` (top of the next) are then one row, its label text and values divided between them.
    Joined when exactly one half has values and the second half's text is not a label of its own."""
    if len(a.xs) != len(b.xs) or any(abs(x - y) > 3 for x, y in zip(a.xs, b.xs)):
        return
    last, first = a.grid[-1], b.grid[0]
    values = {c for g in (a.grid, b.grid) for row in g for c, s in enumerate(row) if s is not None and is_num(s.text)}
    texts = {c: s.text for c, s in enumerate(first) if s is not None and s.text and c not in values}
    filled = [{c for c in values if row[c] is not None and row[c].text} for row in (last, first)]
    if bool(filled[0]) == bool(filled[1]) or any(_is_label_start(t) for t in texts.values()):
        return
    if any(last[c] is None or not last[c].text for c in texts) or (not texts and not filled[1]):
        return  # the text continues nothing above it, or the second half is empty
    if not texts and not any(s is not None and s.text and c not in values for c, s in enumerate(last)):
        return  # values under a header row, not the rest of a labelled row
    done: set[int] = set()
    for c, t in texts.items():
        if first[c] is not last[c] and id(last[c]) not in done:
            done.add(id(last[c]))
            last[c].text += t
    for c in filled[1]:
        last[c] = first[c]
    b.grid = b.grid[1:]


def _join_split_line(a_items: list[Item], b_items: list[Item]) -> None:
    """The same for unruled rows: label lines left loose at the foot of a page belong to the first row of
    the next page (whose label does not start one of its own), or loose label lines at the head of a page
    end the label of the last row before the break."""
    def row(it: Item) -> bool:
        return it.line is not None and it.line.labels is not None

    def loose(it: Item) -> bool:  # a label line of a table, or a short line that may be one
        o = it.line
        return o is not None and o.labels is None and not candidates(o.text) and (o.fragment or (
            len(o.text) <= 24 and not o.text.startswith("|") and not re.search(r"[。；;，,：:]", o.text)))

    tail = []
    while len(tail) < min(3, len(a_items)) and loose(a_items[-1 - len(tail)]):
        tail.insert(0, a_items[-1 - len(tail)])
    head = []
    while len(head) < len(b_items) and b_items[len(head)].line and b_items[len(head)].line.fragment \
            and not candidates(b_items[len(head)].text):
        head.append(b_items[len(head)])
    tail = tail[next((i for i, t in enumerate(tail) if _is_label_start(t.text)), len(tail)):]
    if tail and b_items and row(b_items[0]):
        first = b_items[0].line
        if not (first.labels and _is_label_start(first.labels[-1])):
            text = "".join(t.text for t in tail)
            first.labels = first.labels[:-1] + [text + first.labels[-1]] if first.labels else [text]
            del a_items[-len(tail):]
    elif head and a_items and row(a_items[-1]) and not _is_label_start(head[0].text):
        last = a_items[-1].line
        text = "".join(t.text for t in head)
        last.labels = last.labels[:-1] + [last.labels[-1] + text] if last.labels else [text]
        del b_items[:len(head)]


def _seams(pages: list[list[Item]]) -> None:
    for a_items, b_items in zip(pages, pages[1:]):
        if a_items and b_items and a_items[-1].grid is not None and b_items[0].grid is not None \
                and a_items[-1].grid and b_items[0].grid:
            _join_split_row(a_items[-1], b_items[0])
        elif a_items and b_items:
            _join_split_line(a_items, b_items)


# ------------------------------------------------------------------------------------------- loading

def _ours(exc: BaseException) -> bool:
    """An exception raised in this package's own code (a bug to surface), not inside the PDF parser."""
    frames = traceback.extract_tb(exc.__traceback__)
    return bool(frames) and "/extractor/" in frames[-1].filename.replace("\\", "/")


def _why(exc: BaseException) -> BaseException:
    return exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else exc


def _pdfium(data: bytes):
    """The document opened with pypdfium2 for the pages it can read (pdfium_page.py), or None."""
    try:
        import pypdfium2

        return pypdfium2.PdfDocument(data)
    except Exception:  # not installed, or a file PDFium refuses: pdfplumber reads every page
        return None


def load_pdf(path: Path, data: bytes, sha: str, ruled: bool = True, pdfium: bool = True) -> Document:
    """`pdfium=False` reads every page with pdfplumber (the benchmark compares the two)."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    where = str(path)
    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # a damaged file: one error, not pages of warnings
    pages, heights, notices, carry = [], [], [], None
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        n_pages = len(pdf.pages)
    except Exception as exc:
        cause = _why(exc)
        if isinstance(cause, PDFPasswordIncorrect) or "password" in repr(cause).lower():
            raise InputError(where, "encrypted PDF: a password is needed to open it") from None
        raise InputError(where, f"corrupt or truncated PDF: {type(cause).__name__}: {_line(cause)}") from None
    fast = _pdfium(data) if pdfium else None
    with pdf:
        for i, page in enumerate(pdf.pages, 1):
            try:
                height = float(page.height)
                quick = read_page(fast, i - 1) if fast is not None and i <= len(fast) else None
                page = quick or page.dedupe_chars()  # fake bold: each glyph drawn twice
                items, carry = _page_items(page, ruled, carry)
                if not items and page.images:
                    notices.append(f"page {i} has no text layer (an image): its content is not read")
            except Exception as exc:
                if _ours(exc):
                    raise
                notices.append(f"page {i} could not be read ({type(_why(exc)).__name__}); it is left out")
                items, height = [], 842.0
            pages.append(items)
            heights.append(height)
    if fast is not None:
        fast.close()
    if not n_pages or len(notices) == n_pages and all("could not be read" in n for n in notices):
        raise InputError(where, "corrupt or truncated PDF: " + (notices[0] if notices else "no pages"))
    pages = _drop_margins(pages, heights)
    _seams(pages)
    texts = [normalize("\n".join(it.render() for it in items)) for items in pages]
    if not any(t.strip() for t in texts):
        raise InputError(where, "PDF has no text layer (scanned images): OCR is needed")
    spans, pos = [], 0
    for t in texts:
        spans.append((pos, pos + len(t)))
        pos += len(t) + 1
    return Document(where, "pdf", "\n".join(texts), sha, pages=spans, notices=notices)
