"""A batch's summaries on disk: one JSON line each, appended as reports are audited, read back worst
first for the pages. Memory holds only an offset, a sort key and the counts per report."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

from .summary import Summary, totals


_COUNTS = ("error", "warning", "info", "not_assessable")


class Spool:
    def __init__(self, path: Path):
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._fh = open(path, "w+b")
        self._at: list[tuple[tuple, int, tuple, bool]] = []  # per report: sort key, offset, counts, fragment

    def append(self, s: Summary) -> int:
        self._at.append(self._entry(s))
        return len(self._at) - 1

    def replace(self, index: int, s: Summary) -> None:
        self._at[index] = self._entry(s)

    def get(self, index: int) -> Summary:
        return self._read(self._at[index][1])

    def __len__(self) -> int:
        return len(self._at)

    def sorted(self) -> Iterator[Summary]:
        """Every summary, worst first."""
        for entry in sorted(self._at, key=lambda e: e[0]):
            yield self._read(entry[1])

    def totals(self) -> dict:
        return totals((dict(zip(_COUNTS, counts)), fragment) for _, _, counts, fragment in self._at)

    def _entry(self, s: Summary) -> tuple[tuple, int, tuple, bool]:
        self._fh.seek(0, 2)
        offset = self._fh.tell()
        self._fh.write(json.dumps(s.as_dict(), ensure_ascii=False).encode("utf-8") + b"\n")
        return s.sort_key(), offset, tuple(s.counts[k] for k in _COUNTS), s.fragment

    def _read(self, offset: int) -> Summary:
        self._fh.seek(offset)
        return Summary.from_dict(json.loads(self._fh.readline()))

    def close(self) -> None:
        self._fh.close()
        self.path.unlink(missing_ok=True)
