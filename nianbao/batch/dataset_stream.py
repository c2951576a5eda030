"""The dataset of an extract run, written while the run goes instead of read back from disk after it.

Each worker hands over the dataset rows of the report it just wrote (extract_task.extract_file_with_rows);
the parent appends them to the dataset in name order as they arrive, with the reports earlier runs
finished (read from their JSON) merged in at their place. Inputs are handed out in name order, so an
outcome seldom waits: only those that overtake an earlier one in another worker are held, a few at
most, and memory stays flat for any batch size.

The result must be exactly what `export.dataset.export` makes from the folder once the run is over.
`finish` checks that the reports taken are those the folder's manifest lists, in the same order; if
anything differs (an earlier output gone, a writer error, a report of another shape) it discards what
it wrote and the dataset is rebuilt from disk as before, so this is only ever a faster way to the same
files.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

from .discover import Input
from .engine import Outcome

_NO_OUTPUT = object()  # the input was not read: its earlier output, if any, stays listed


class StreamedDataset:
    def __init__(self, outdir: Path):
        self.outdir = Path(outdir)
        self.writer: Any = None
        self.broken = False
        self.taken: list[str] = []  # report names in the order they went into the dataset
        self._order: list[str] = []
        self._pos = 0
        self._prior: dict[str, Path] = {}
        self._pending: set[str] = set()
        self._arrived: dict[str, Any] = {}

    def start(self, todo: Sequence[Input]) -> None:
        """Called with the inputs the run will process, before the first is handed out."""
        from nianbao.export.dataset import reports_in

        try:
            self._prior = dict(reports_in(self.outdir)) if self.outdir.is_dir() else {}
            self._pending = {i.name for i in todo}
            self._order = sorted(set(self._prior) | self._pending)
        except Exception:  # the rebuild after the run meets the same problem and says it
            self._break()

    def _open(self):
        """The writer, made when the first report goes in: by then the workers have started, so its
        imports (pyarrow, xlsxwriter: a few tenths of a second) run beside them, not before them."""
        if self.writer is None:
            from nianbao.export.writer import DatasetWriter

            self.writer = DatasetWriter(self.outdir)
        return self.writer

    def take(self, outcome: Outcome) -> None:
        """An outcome of the run, in any order (the rows it carries are removed from it)."""
        rows = outcome.info.pop("dataset", None)
        if self.broken:
            return
        self._arrived[outcome.name] = rows if outcome.outputs and not outcome.write_error else _NO_OUTPUT
        try:
            self._advance()
        except Exception:
            self._break()

    def _advance(self) -> None:
        while self._pos < len(self._order):
            name = self._order[self._pos]
            if name in self._pending:
                if name not in self._arrived:
                    return
                rows = self._arrived.pop(name)
                if rows is _NO_OUTPUT:
                    if name in self._prior:
                        self._from_disk(name, self._prior[name])
                elif rows is None:  # no rows handed over: read the JSON, as the rebuild would
                    self._from_disk(name, self.outdir / f"{name}.json")
                else:
                    self._open().add(rows)
                    self.taken.append(name)
            else:
                self._from_disk(name, self._prior[name])
            self._pos += 1

    def _from_disk(self, name: str, path: Path) -> None:
        from nianbao.export.dataset import _read

        _, data, problem = _read((name, path))
        writer = self._open()
        if data is None:
            writer.res.unreadable.append(problem)
        else:
            writer.add_report(name, data)
        self.taken.append(name)

    def _break(self) -> None:
        self.broken = True
        self._arrived.clear()
        if self.writer is not None:
            self.writer.abort()
            self.writer = None

    def finish(self, manifest=None):
        """The Exported of the dataset written, or None when it must be rebuilt from disk. `manifest`: the
        run's, as it was written to the folder (else it is read from there)."""
        if self.broken:
            return None
        from nianbao.export.dataset import listed as listed_in, reports_in

        if manifest is not None:
            listed = [name for name, _ in listed_in(self.outdir, manifest)]
        else:
            listed = [name for name, _ in reports_in(self.outdir)]
        if self._pos != len(self._order) or listed != self.taken:
            self._break()
            return None
        try:
            return self._open().close()  # opened here when no report went in
        except Exception:
            self._break()
            return None

    def discard(self) -> None:
        """The run stopped (interrupted, or an output could not be written): no dataset this time."""
        self._break()
