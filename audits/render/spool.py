"""A batch's summaries on disk: one pickle each, appended as reports are audited, read back worst
first for the pages (the file is this run's scratch, removed at its end: pickling the objects costs less
than a JSON text each way). Memory holds only an offset, a sort key and the counts per report. A report's batch
findings are a pickle of their own, applied as its summary is read (a batch of copied reports gives most
reports one: reading and writing each summary again would cost more than the finding itself)."""
from __future__ import annotations

import pickle
from pathlib import Path
from typing import Iterator

from ..engine import SEVERITY_ORDER
from .summary import Summary, batch_items, totals, with_batch


_COUNTS = ("error", "warning", "info", "not_assessable")


class Spool:
    def __init__(self, path: Path):
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._fh = open(path, "w+b")
        # per report: sort key, offset, counts, fragment, its index
        self._at: list[tuple[tuple, int, tuple, bool, int]] = []
        self._layout: list[str | None] = []  # per report: its template (the batch findings' cell labels)
        self._batch: dict[int, list[int]] = {}  # index → offsets of its batch findings' pickles

    def append(self, s: Summary) -> int:
        self._at.append(self._entry(s, len(self._at)))
        self._layout.append(s.template)
        return len(self._at) - 1

    def replace(self, index: int, s: Summary) -> None:
        self._batch.pop(index, None)
        self._at[index] = self._entry(s, index)
        self._layout[index] = s.template

    def amend(self, index: int, findings, na: list, text: str | None) -> None:
        """Add batch findings and not-assessables to a report's summary (as summary.amend does, `text`
        read only for evidence): its sort key and counts now, the findings when it is read."""
        items = batch_items(findings, text, self._layout[index])
        key, offset, counts, fragment, _ = self._at[index]
        c = dict(zip(_COUNTS, counts))
        for f in items:
            c[f.severity] += 1
        c["not_assessable"] += len(na)
        self._fh.seek(0, 2)
        self._batch.setdefault(index, []).append(self._fh.tell())
        pickle.dump((items, list(na)), self._fh, pickle.HIGHEST_PROTOCOL)
        self._at[index] = (_sort_key(c, key[2]), offset, tuple(c[k] for k in _COUNTS), fragment, index)

    def get(self, index: int) -> Summary:
        return self._read(self._at[index][1], index)

    def __len__(self) -> int:
        return len(self._at)

    def sorted(self) -> Iterator[Summary]:
        """Every summary, worst first."""
        for entry in sorted(self._at, key=lambda e: e[0]):
            yield self._read(entry[1], entry[4])

    def totals(self) -> dict:
        return totals((dict(zip(_COUNTS, counts)), fragment) for _, _, counts, fragment, _ in self._at)

    def _entry(self, s: Summary, index: int) -> tuple[tuple, int, tuple, bool, int]:
        self._fh.seek(0, 2)
        offset = self._fh.tell()
        pickle.dump(s, self._fh, pickle.HIGHEST_PROTOCOL)
        return s.sort_key(), offset, tuple(s.counts[k] for k in _COUNTS), s.fragment, index

    def _read(self, offset: int, index: int) -> Summary:
        self._fh.seek(offset)
        s: Summary = pickle.load(self._fh)
        for at in self._batch.get(index, ()):
            self._fh.seek(at)
            items, na = pickle.load(self._fh)
            s = with_batch(s, items, na)
        return s

    def close(self) -> None:
        self._fh.close()
        self.path.unlink(missing_ok=True)


def _sort_key(counts: dict, name: str) -> tuple:
    """Summary.sort_key from the counts alone: the worst severity present decides."""
    worst = next((s for s in ("error", "warning", "info") if counts[s]), None)
    rank = SEVERITY_ORDER[worst] if worst else len(SEVERITY_ORDER)
    return (rank, -(counts[worst] if worst else 0), name)
