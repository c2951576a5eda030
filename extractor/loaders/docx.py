"""Word (.docx) reports → the normalised text: paragraphs as lines, tables as pipe rows, in body order.

The body XML is walked directly (python-docx opens and validates the package): paragraphs and tables
keep their order, and merged cells are read from the markup itself — gridBefore/gridAfter for ragged
rows, gridSpan for horizontal and vMerge for vertical merges — then expanded like HTML spans (grid.py).
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

from ..errors import InputError
from ..ir import Document
from ..normalize import normalize
from .grid import LAYOUT_CELL_CJK, Span, clean_cell, cjk_count, drop_slivers, render

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_EXPANDED = 200 * 1024 * 1024  # the uncompressed size of all members; real reports stay under 20 MB


def _line(x: object) -> str:
    """An exception's text on one short line (InputError messages are printed as one line)."""
    return " ".join(str(x).split())[:200]

def _val(el, path: str) -> str | None:
    found = el.find(path)
    return None if found is None else found.get(f"{_W}val", "")


def _int(v: str | None, default: int) -> int:
    try:
        return max(0, int(v)) if v is not None else default
    except ValueError:
        return default


def paragraph_text(p) -> str:
    """Run text of a paragraph: w:t, tabs and breaks; deleted text and fallback copies left out."""
    out: list[str] = []

    def walk(el) -> None:
        for c in el:
            tag = c.tag
            if tag in (_MC_FALLBACK, f"{_W}delText", f"{_W}instrText", f"{_W}moveFrom", f"{_W}del"):
                continue
            if tag == f"{_W}t":
                out.append(c.text or "")
            elif tag == f"{_W}tab":
                out.append("\t")
            elif tag in (f"{_W}br", f"{_W}cr"):
                out.append("\n")
            elif tag == f"{_W}p" and out:  # a paragraph inside a text box
                out.append("\n")
                walk(c)
            else:
                walk(c)

    walk(p)
    return "".join(out)


def cell_text(tc) -> str:
    """All paragraphs of a cell (and of any table nested in it) on one line."""
    parts = [paragraph_text(p) for p in tc.iter(f"{_W}p")]
    return clean_cell("".join(parts))


def table_grid(tbl) -> list[list[Span | None]]:
    grid: list[list[Span | None]] = []
    for tr in tbl.findall(f"{_W}tr"):
        row: list[Span | None] = [None] * _int(_val(tr, f"{_W}trPr/{_W}gridBefore"), 0)
        for tc in _cells(tr):
            span = _int(_val(tc, f"{_W}tcPr/{_W}gridSpan"), 1) or 1
            merge = _val(tc, f"{_W}tcPr/{_W}vMerge")
            col = len(row)
            above = grid[-1][col] if grid and col < len(grid[-1]) else None
            if merge is not None and merge != "restart" and above is not None:
                cell = above  # a vertical continuation: the same printed cell as the one above
            else:
                cell = Span(cell_text(tc))
            row.extend([cell] * span)
        grid.append(row)
    return grid


def _cells(tr):
    """A row's cells, including those wrapped in content controls (w:sdt) or custom XML."""
    for c in tr:
        if c.tag == f"{_W}tc":
            yield c
        elif c.tag in (f"{_W}sdt", f"{_W}customXml"):
            content = c.find(f"{_W}sdtContent") if c.tag == f"{_W}sdt" else c
            if content is not None:
                yield from _cells(content)


def _is_layout(tbl) -> bool:
    """A table used as a frame: a nested table, or a cell holding paragraphs of prose."""
    for tc in tbl.iter(f"{_W}tc"):
        if tc.find(f".//{_W}tbl") is not None:
            return True
        if cjk_count(cell_text(tc)) > LAYOUT_CELL_CJK:
            return True
    return False


def body_lines(body) -> list[str]:
    lines: list[str] = []
    for el in body:
        if el.tag == f"{_W}p":
            lines += [ln.strip() for ln in paragraph_text(el).split("\n") if ln.strip()]
        elif el.tag == f"{_W}tbl" and _is_layout(el):  # a frame around prose: its cells are body text
            for tc in el.iter(f"{_W}tc"):
                if tc.getparent().getparent() is el:
                    lines += body_lines(tc)
        elif el.tag == f"{_W}tbl":
            lines += render(drop_slivers(table_grid(el)))
        elif el.tag in (f"{_W}sdt", f"{_W}customXml"):
            content = el.find(f"{_W}sdtContent") if el.tag == f"{_W}sdt" else el
            if content is not None:
                lines += body_lines(content)
    return lines


def load_docx(path: Path, data: bytes, sha: str) -> Document:
    where = str(path)
    if data.startswith(_OLE):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise InputError(where, "encrypted (password-protected) DOCX: remove the password first")
        raise InputError(where, "an old binary Word (.doc) file, not DOCX: save it as .docx first")
    try:
        import docx  # python-docx

        with zipfile.ZipFile(io.BytesIO(data)) as z:
            expanded = sum(i.file_size for i in z.infolist())
            if expanded > MAX_EXPANDED:
                # checked before anything is decompressed: a small file can expand a thousandfold
                raise InputError(where, f"the DOCX expands to {expanded / 1e6:.0f} MB, over the "
                                        f"{MAX_EXPANDED / 1e6:.0f} MB limit for a report (a ZIP bomb or not a report)")
            bad = z.testzip()
        if bad is not None:
            raise InputError(where, f"corrupt DOCX: damaged member {_line(bad)}")
        body = docx.Document(io.BytesIO(data)).element.body
    except InputError:
        raise
    except (zipfile.BadZipFile, EOFError) as exc:
        raise InputError(where, f"corrupt or truncated DOCX ({_line(exc)})") from None
    except KeyError as exc:
        raise InputError(where, f"not a Word document (a ZIP without {_line(exc)})") from None
    except Exception as exc:  # python-docx raises many types for broken packages
        raise InputError(where, f"corrupt DOCX ({type(exc).__name__}: {_line(exc)})") from None
    lines = body_lines(body)
    if not lines:
        raise InputError(where, "the DOCX holds no text")
    return Document(where, "docx", normalize("\n".join(lines)), sha)
