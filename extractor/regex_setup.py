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


def _optimize_charset(charset, *args, **kwargs):
    fixup = args[1] if len(args) > 1 else kwargs.get("fixup")
    if fixup is None and len(charset) == 1 and charset[0][0] is _RANGE:
        return charset, False  # (what the library returns for one range, after its loop over the range)
    return _library(charset, *args, **kwargs)


def _library_agrees() -> bool:
    """Whether this Python's step answers a one-range class as the short way does (checked once, on a short range)."""
    try:
        one = [(_RANGE, (0x100, 0x1FF))]
        return _library(list(one)) == (one, False)
    except Exception:  # noqa: BLE001 - any other signature or answer: leave the library alone
        return False


if _library is not None and _RANGE is not None and getattr(_library, "__module__", None) != __name__ \
        and _library_agrees():
    _sre_compiler._optimize_charset = _optimize_charset  # (not twice, should this module be loaded again)
