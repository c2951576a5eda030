"""Plain text and markdown copies: bytes → str with the encoding found, or an InputError."""
from __future__ import annotations

from ..errors import InputError

_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


# control bytes that text does not contain (tab, newlines, form feed and escape it may)
_CONTROLS = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROLS))  # counted in C
    return controls > len(head) * 0.05


def decode(data: bytes, path: str) -> str:
    """Decode a report's bytes. UTF-8 (with or without BOM) first, then GB18030 (a superset of GBK
    and GB2312, the usual legacy encodings of Chinese government sites), then a detector."""
    if not data.strip():
        raise InputError(path, "empty file")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(enc, errors="replace")
    if looks_binary(data):
        raise InputError(path, "binary file, not a text report (unknown format)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        # a page head cut mid-character: only the last 1–3 bytes are an incomplete sequence
        if exc.start >= len(data) - 3 and exc.reason == "unexpected end of data":
            return data[: exc.start].decode("utf-8")
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError(path, "cannot decode the text (not UTF-8, GBK/GB18030 or another known encoding)")
    return str(best)
