"""A compact fingerprint of a report's prose, and near-duplicate grouping over many fingerprints.

The sketch is one-permutation MinHash: every character 5-gram of the prose (numbers masked) is hashed
once (crc32, stable across processes, so sketches made in worker processes compare) and the smallest
hash in each of BINS bins is kept. The share of equal bins estimates the Jaccard similarity of the two
5-gram sets. One hash per 5-gram keeps a sketch far cheaper than extracting the report, and a sketch is
BINS integers whatever the report's length.

Grouping is locality-sensitive: the sketch is cut into BANDS bands; two reports whose prose is ~90 %
alike share at least one band almost surely, reports ~50 % alike (common boilerplate) rarely. Each band
bucket holds only group leaders, and a report is compared with at most MAX_LEADERS leaders, so the work
grows with the number of reports, never with its square.
"""
from __future__ import annotations

import re
import struct
import zlib
from array import array
from operator import itemgetter
from typing import Callable, Iterable, Sequence

SHINGLE = 5
BINS = 128
BANDS = 16
ROWS = BINS // BANDS
MIN_SHINGLES = 200  # below this the prose is too short to call two reports alike
MAX_LEADERS = 64
_EMPTY = 0xFFFFFFFF  # a bin no 5-gram fell into (kept values are below 2**25)
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_SHINGLE_BYTES = struct.Struct(f"{4 * SHINGLE}s")  # one 5-gram of the UTF-32 data
_FIRST = itemgetter(0)


def sketch(prose: str) -> bytes | None:
    """The MinHash sketch of a text (BINS unsigned 32-bit values, as bytes: a sketch per report of a
    large batch is kept until the end, and bytes are 8 times smaller than a tuple of ints), or None
    when it has fewer than MIN_SHINGLES distinct 5-grams."""
    # white space out by str.split (exactly the characters \s matches, str.isspace), a C loop over the text, not a scan
    # of the engine (the prose of a report's paragraphs holds none, and the scan still reads every character)
    text = "".join(_NUMBER.sub("#", prose).split())
    data = text.encode("utf-32-le")  # 4 bytes a character: a 5-gram is a fixed 20-byte slice
    width, n = 4 * SHINGLE, len(text) - SHINGLE + 1
    # the 5-grams cut out and hashed in C: the ones starting at character r, r + 5, r + 10 … are the consecutive
    # 20-byte records of the data from character r on (struct.iter_unpack), so five runs give every 5-gram — the
    # same set as a slice and a call per 5-gram in Python, ~25 % fewer instructions
    hashes: set[int] = set()
    for r in range(min(SHINGLE, max(0, n))):
        count = (n - r + SHINGLE - 1) // SHINGLE  # 5-grams starting at r, r + 5, … before n
        hashes.update(map(zlib.crc32, map(_FIRST, _SHINGLE_BYTES.iter_unpack(data[4 * r:4 * r + width * count]))))
    if len(hashes) < MIN_SHINGLES:
        return None
    mins = [_EMPTY] * BINS
    for h in hashes:
        b, v = h % BINS, h // BINS
        if v < mins[b]:
            mins[b] = v
    return array("I", mins).tobytes()


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of the two 5-gram sets (bins empty in both are left out)."""
    # whole sketches as integers, compared bin by bin in C (a batch compares thousands of pairs): a bin is
    # equal where the XOR is 0, empty in both where the AND keeps _EMPTY (a kept value is below 2**25)
    x, y = int.from_bytes(a, "little"), int.from_bytes(b, "little")
    same = array("I", (x ^ y).to_bytes(len(a), "little")).count(0)
    empty = array("I", (x & y).to_bytes(len(a), "little")).count(_EMPTY)
    kept = len(a) // 4 - empty
    return (same - empty) / kept if kept else 0.0


def _bands(s: bytes) -> Iterable[tuple[int, bytes]]:
    width = 4 * ROWS
    for i in range(BANDS):
        yield i, s[i * width:(i + 1) * width]


def group(sketches: Sequence[bytes | None], threshold: float,
          compare: Callable[[bytes, bytes], float] = similarity) -> list[int]:
    """For each sketch, the index of its group's leader (itself when it leads); -1 for no sketch.
    A report joins the first leader sharing a band with it whose similarity reaches `threshold`."""
    buckets: dict[tuple[int, bytes], list[int]] = {}
    leader_of: list[int] = []
    for i, s in enumerate(sketches):
        if s is None:
            leader_of.append(-1)
            continue
        keys = list(_bands(s))
        seen: set[int] = set()
        found = -1
        for key in keys:
            for lead in buckets.get(key, ()):
                if lead in seen:
                    continue
                seen.add(lead)
                if compare(s, sketches[lead]) >= threshold:
                    found = lead
                    break
                if len(seen) >= MAX_LEADERS:
                    break
            if found >= 0 or len(seen) >= MAX_LEADERS:
                break
        if found >= 0:
            leader_of.append(found)
            continue
        leader_of.append(i)
        for key in keys:
            buckets.setdefault(key, []).append(i)
    return leader_of
