"""Where a clause (or item, or sentence) starts: just after the last of some marks before a position."""
from __future__ import annotations

import re
from typing import Callable


def after_last(marks: str) -> Callable[[str, int], int]:
    """`start(s, at)`: the index just after the last of `marks` in s[:at] (0 when none; a negative `at`
    counts from the end, as str.rfind's end does). One match in C (a greedy `.*` that gives characters
    back until one is a mark), not one rfind per mark: the prose readers ask this for every figure."""
    last = re.compile(f".*[{re.escape(marks)}]", re.S)

    def start(s: str, at: int) -> int:
        if at < 0:
            at = max(0, len(s) + at)
        m = last.match(s, 0, at)
        return m.end() if m is not None else 0

    return start
