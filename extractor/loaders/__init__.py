"""Loaders: a report file → `ir.Document` (normalised text). One per format, chosen by content."""
from __future__ import annotations

import hashlib
from pathlib import Path

from ..errors import InputError
from ..ir import Document
from ..normalize import normalize
from .text import decode, looks_binary

SUFFIXES = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html",
            ".htm": "html", ".shtml": "html", ".xhtml": "html", ".pdf": "pdf", ".docx": "docx"}


def sniff(path: Path, data: bytes) -> str:
    head = data[:2048].lstrip()
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    low = head[:1024].lower()
    if low.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in low or b"<body" in low:
        return "html"
    return SUFFIXES.get(path.suffix.lower(), "text")


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except IsADirectoryError:
        raise InputError(str(path), "is a directory") from None
    except OSError as exc:
        raise InputError(str(path), f"cannot read ({exc.strerror or exc})") from None


def load(path: str | Path) -> Document:
    path = Path(path)
    data = read_bytes(path)
    if not data.strip():
        raise InputError(str(path), "empty file")
    kind = sniff(path, data)
    sha = hashlib.sha256(data).hexdigest()
    if kind in ("text", "markdown"):
        if SUFFIXES.get(path.suffix.lower()) in ("pdf", "docx") and looks_binary(data):
            raise InputError(str(path), f"corrupt {SUFFIXES[path.suffix.lower()]} file")
        text = normalize(decode(data, str(path)))
        return Document(str(path), kind, text, sha)
    if kind == "html":
        from .html import load_html

        return load_html(path, data, sha)
    if kind == "pdf":
        from .pdf import load_pdf

        return load_pdf(path, data, sha)
    from .docx import load_docx

    return load_docx(path, data, sha)
