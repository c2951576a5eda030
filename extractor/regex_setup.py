"""re.compile spared its slowest step for the class every reader's patterns spell a name with: CJK, [\\u4e00-\\u9fff].

To compile a character class the standard library marks each of its characters in a 65,536-entry map, one step of
a Python loop a character, then looks whether a bitmap would be smaller than the class as written; for a class that
is one range it never is, and the class is kept as given. CJK's range is 20,992 characters: ~1 ms a class, and the
extractor's patterns hold 55 of them — 28 % of the instructions of `import extractor` (1.875 G → 1.352 G). For exactly
that case (one range, no case folding) the class is returned as given without the loop:
the library's own answer there (re/_compiler.py `_optimize_charset`, the same in Python 3.10 to 3.13; 3.10 names the
module sre_compile). Every other class goes to the library as before. Imported first by the package, so that every
pattern compiled after it (the extractor's, the audit's) takes the short way — installed only where this Python's
step answers a one-range class as the short way does (checked once at import), never where its name is missing.

A class holding a character past U+00FF (a CJK numeral, a full-width colon, the ideographic space) costs the library
~0.5 ms more: it marks the class in a 65,536-entry map (a range character by character), then cuts the map into its
256 blocks of 256 in a Python loop, hashing each block to number the distinct ones (BIGCHARSET). The extractor's
patterns hold ~130 such classes (~20 % of their compiling). For a class without case folding whose characters are all
in the BMP, `_marked_classes` builds the same map by slices and numbers only the blocks that hold a character (and
the first empty one) in the library's order of first appearance: the same code, word for word, as the library's.
"""
from __future__ import annotations

try:
    from re import _compiler as _sre_compiler  # Python 3.11+
except ImportError:  # pragma: no cover - Python 3.10
    import sre_compile as _sre_compiler  # type: ignore[no-redef]

# (a Python whose compiler lacks these private names compiles every class the library's way: the short way is only
# taken where the library's own step is there to stand in for)
_library = getattr(_sre_compiler, "_optimize_charset", None)
_RANGE = getattr(_sre_compiler, "RANGE", None)


_LITERAL = getattr(_sre_compiler, "LITERAL", None)
_NEGATE = getattr(_sre_compiler, "NEGATE", None)
_BIGCHARSET = getattr(_sre_compiler, "BIGCHARSET", None)
_mk_bitmap = getattr(_sre_compiler, "_mk_bitmap", None)
_bytes_to_codes = getattr(_sre_compiler, "_bytes_to_codes", None)


def _optimize_charset(charset, *args, **kwargs):
    fixup = args[1] if len(args) > 1 else kwargs.get("fixup")
    if fixup is None and len(charset) == 1 and charset[0][0] is _RANGE:
        return charset, False  # (what the library returns for one range, after its loop over the range)
    if fixup is None and _marked_ok:
        answer = _marked_classes(charset)
        if answer is not None:
            return answer
    return _library(charset, *args, **kwargs)


def _marked_classes(charset):
    """The library's answer for a class without case folding that holds a character past U+00FF, all of them in
    the BMP (None for any other class: the library answers). Its steps in its order; only the marking (slices) and
    the numbering of the 256-character blocks (the blocks holding no character share the first empty one's number)
    are done without a Python loop over every character or block."""
    out, tail, marked = [], [], []
    top = -1
    for op, av in charset:
        if op is _LITERAL:
            marked.append((av, av))
            top = max(top, av)
        elif op is _RANGE:
            marked.append(av)
            top = max(top, av[1])
        elif op is _NEGATE:
            out.append((op, av))
        else:
            tail.append((op, av))
    if not 0xFF < top <= 0xFFFF:
        return None  # (a map of 256 is cheap; a character past the BMP goes to the tail: the library's way)
    charmap = bytearray(0x10000)
    for lo, hi in marked:
        charmap[lo:hi + 1] = b"\1" * (hi + 1 - lo)
    # compress character map (the library's step as it is)
    runs = []
    q = 0
    while True:
        p = charmap.find(1, q)
        if p < 0:
            break
        if len(runs) >= 2:
            runs = None
            break
        q = charmap.find(0, p)
        if q < 0:
            runs.append((p, len(charmap)))
            break
        runs.append((p, q))
    if runs is not None:
        for p, q in runs:
            out.append((_LITERAL, p) if q - p == 1 else (_RANGE, (p, q - 1)))
        out += tail
        return (out, False) if len(out) < len(charset) else (charset, False)
    # BIGCHARSET: the blocks holding a character, and the first one holding none, numbered in the order the library
    # meets them (ascending); every other empty block takes the first empty one's number
    charmap = bytes(charmap)
    full, q = [], 0
    while (p := charmap.find(1, q)) >= 0:
        full.append(p >> 8)
        q = ((p >> 8) + 1) << 8
    first_empty = next((k for k in range(256) if k >= len(full) or full[k] != k), None)
    numbered = sorted(full + [first_empty]) if first_empty is not None else full
    comps, number, data = {}, {}, bytearray()
    for k in numbered:
        chunk = charmap[k << 8:(k + 1) << 8]
        if chunk not in comps:
            comps[chunk] = len(comps)
            data += chunk
        number[k] = comps[chunk]
    mapping = bytearray([number[first_empty]]) * 256 if first_empty is not None else bytearray(256)
    for k, n in number.items():
        mapping[k] = n
    data = _mk_bitmap(data)
    data[0:0] = [len(comps)] + _bytes_to_codes(mapping)
    out.append((_BIGCHARSET, data))
    out += tail
    return out, False


def _library_agrees() -> bool:
    """Whether this Python's step answers a one-range class as the short way does (checked once, on a short range)."""
    try:
        one = [(_RANGE, (0x100, 0x1FF))]
        return _library(list(one)) == (one, False)
    except Exception:  # noqa: BLE001 - any other signature or answer: leave the library alone
        return False


def _marked_agrees() -> bool:
    """Whether this Python's step answers classes past U+00FF as `_marked_classes` does (checked once: two runs, a
    block map, a negated block map with a category)."""
    if None in (_LITERAL, _NEGATE, _BIGCHARSET, _mk_bitmap, _bytes_to_codes):
        return False
    try:
        category = _sre_compiler.CATEGORY, _sre_compiler.CATEGORY_DIGIT
        for charset in ([(_LITERAL, 0x3A), (_LITERAL, 0xFF1A)],
                        [(_NEGATE, None), (_LITERAL, 0x3002), (_RANGE, (0x31, 0x39)), category, (_LITERAL, 0x4E00),
                         (_RANGE, (0x2460, 0x2473)), (_LITERAL, 0xFF1F)]):
            if _marked_classes(list(charset)) != _library(list(charset)):
                return False
        return True
    except Exception:  # noqa: BLE001 - any other signature or answer: leave the library alone
        return False


_marked_ok = False
if _library is not None and _RANGE is not None and getattr(_library, "__module__", None) != __name__ \
        and _library_agrees():
    _marked_ok = _marked_agrees()
    _sre_compiler._optimize_charset = _optimize_charset  # (not twice, should this module be loaded again)
