"""A batch's summaries on disk: one JSON line each, appended as reports are audited, read back worst
first for the pages. Memory holds only an offset and a sort key per report."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

from .summary import Summary


class Spool:
    def __init__(self, path: Path):
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._fh = open(path, "w+b")
        self._at: list[tuple[tuple, int]] = []  # per report: (sort key, offset of its latest line)

    def append(self, s: Summary) -> int:
        self._at.append((s.sort_key(), self._write(s)))
        return len(self._at) - 1

    def replace(self, index: int, s: Summary) -> None:
        self._at[index] = (s.sort_key(), self._write(s))

    def get(self, index: int) -> Summary:
        return self._read(self._at[index][1])

    def __len__(self) -> int:
        return len(self._at)

    def sorted(self) -> Iterator[Summary]:
        """Every summary, worst first."""
        for _, offset in sorted(self._at):
            yield self._read(offset)

    def _write(self, s: Summary) -> int:
        self._fh.seek(0, 2)
        offset = self._fh.tell()
        self._fh.write(json.dumps(s.as_dict(), ensure_ascii=False).encode("utf-8") + b"\n")
        return offset

    def _read(self, offset: int) -> Summary:
        self._fh.seek(offset)
        return Summary.from_dict(json.loads(self._fh.readline()))

    def close(self) -> None:
        self._fh.close()
        self.path.unlink(missing_ok=True)
