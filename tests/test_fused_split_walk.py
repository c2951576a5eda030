"""fused_split.readings against its definition (every cut of each piece into cells without a leading 0, in
order, each cell fit for its column's kind), and its walks leaving nothing to the cyclic collector."""
from __future__ import annotations

import gc
import random
from itertools import combinations

from extractor import fused_split
from extractor.fused_split import readings


def _by_definition(run: str, n: int, kinds: tuple[str, ...]) -> list[list[tuple[str, int, int]]] | None:
    """Every reading, each piece's cell counts in increasing order and its cuts in the order of their ends."""
    kinds = kinds or ("count",) * n
    pieces = fused_split._pieces(run, 0)
    if pieces is None or sum(len(p.group("int")) for p in pieces) > fused_split.MAX_DIGITS or len(pieces) > n:
        return []

    def cuts(m, k):
        digits, lead = m.group("int"), m.start("int")
        for ends in combinations(range(1, len(digits)), k - 1):
            bounds = (0, *ends, len(digits))
            parts = [digits[a:b] for a, b in zip(bounds, bounds[1:])]
            if all(p == "0" or p[0] != "0" for p in parts):
                yield [(run[(m.start() if a == 0 else lead + a):(m.end() if b == len(digits) else lead + b)],
                        m.start() if a == 0 else lead + a, m.end() if b == len(digits) else lead + b)
                       for a, b in zip(bounds, bounds[1:])]

    def walk(i, left, acc):
        if i == len(pieces):
            if left == 0:
                yield acc
            return
        for k in range(1, left - (len(pieces) - i - 1) + 1):
            for c in cuts(pieces[i], k):
                yield from walk(i + 1, left - k, acc + c)

    out = [r for r in walk(0, n, []) if all(fused_split._fits(fused_split.Cut(*c), k) for c, k in zip(r, kinds))]
    return None if len(out) > fused_split.MAX_READINGS else out


def test_readings_are_those_of_the_definition():
    rng = random.Random(35)
    for _ in range(3000):
        parts = []
        for _ in range(rng.randint(1, 3)):
            p = rng.choice(["", "", "+", "-", "－"]) + "".join(rng.choice("00123456789") for _ in range(rng.randint(1, 6)))
            p += rng.choice(["", "", "", ".5", "．25"]) + rng.choice(["", "", "", "个", "元"])
            parts.append(p)
        run = rng.choice([" ", "", "\u3000"]).join(parts)
        n = rng.randint(1, 8)
        kinds = tuple(rng.choice(("count", "signed", "money")) for _ in range(n)) if rng.random() < 0.7 else ()
        got = readings(run, n, 0, kinds)
        assert (None if got is None else [[(c.text, c.start, c.end) for c in r] for r in got]) == \
            _by_definition(run, n, kinds), (run, n, kinds)


def test_a_run_of_more_readings_than_the_limit_is_none():
    assert readings("1234567890123456789", 8) is None  # C(18, 7) = 31,824 cuts of one piece
    assert readings("12345678901 1", 3, 0, ("count", "signed", "signed")) is not None


def test_readings_leave_no_cyclic_garbage():
    """A nested function calling itself is a reference cycle: each call left its lists and Cuts to the collector."""
    gc.collect()
    gc.disable()
    try:
        readings("20+1737", 2, 0, ("count", "signed"))
        readings("4000121", 7)
        assert gc.collect() == 0
    finally:
        gc.enable()
