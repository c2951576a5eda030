"""The dataset of an audit run, written while the run goes (dataset_stream) although the batch rules add
findings to most reports at its end.

Of a report's dataset rows only its row of the sheet of reports reads its findings and notices (counts per
severity, the notices joined); the long rows and the wide table rows read neither. So the tables' rows go
in as each report arrives, and the reports' rows wait in a temporary file (memory keeps where each
lies: a few kilobytes a report held would grow with the batch) until the batch findings are known:
`amend` notes what they add to a report's row, `finish` appends the rows in name order, amended, and
closes the files. The files are those `export` writes from the folder once
the JSON holds the batch findings; whatever the stream cannot vouch for (reports an earlier run wrote,
a report whose rows were not handed over) makes it give up, and the dataset is rebuilt from disk.
"""
from __future__ import annotations

import pickle
import tempfile
from typing import Any, Sequence

from .dataset_stream import StreamedDataset
from .discover import Input
from .engine import Outcome

_SEVERITY_COLUMN = {"error": "errors", "warning": "warnings", "info": "notes"}


class AuditDataset(StreamedDataset):
    def __init__(self, outdir):
        super().__init__(outdir)
        from nianbao.export.workbook import REPORT_COLUMNS

        at = {key: i for i, (key, _) in enumerate(REPORT_COLUMNS)}
        self._counts = {sev: at[col] for sev, col in _SEVERITY_COLUMN.items()}
        self._notices = at["notices"]
        self._file = tempfile.TemporaryFile()  # the rows of the sheet of reports, pickled, notices as a list
        self._rows: dict[str, int] = {}  # name → where its row starts in the file
        self._added: dict[str, tuple[dict[str, int], list[str]]] = {}  # name → batch findings per severity, notices

    def start(self, todo: Sequence[Input]) -> None:
        super().start(todo)
        if self._prior:  # reports an earlier run wrote are audited again after this run: rebuilt from disk
            self._break()

    def take(self, outcome: Outcome) -> None:
        from nianbao.export.workbook import REPORTS

        got = outcome.info.get("dataset")
        notices = outcome.info.pop("notices", None)
        if got is not None and not self.broken:
            segments, wide = got
            row = next((r for title, r in wide if title == REPORTS), None)
            if row is None or notices is None or outcome.name in self._rows:
                self._break()
            else:
                row = list(row)
                row[self._notices] = list(notices)
                self._rows[outcome.name] = self._file.seek(0, 2)
                self._file.write(pickle.dumps(row, pickle.HIGHEST_PROTOCOL))
                outcome.info["dataset"] = (segments, [(t, r) for t, r in wide if t != REPORTS])
        super().take(outcome)

    def _from_disk(self, name, path) -> None:
        raise RuntimeError("a report not handed over")  # its JSON may lack the batch findings: rebuild

    def amend(self, name: str, findings, notices: list[str]) -> None:
        """Batch findings and not-assessable lines added to a report's JSON, added to its row too."""
        if name not in self._rows:
            self._break()
            return
        counts, said = self._added.setdefault(name, ({}, []))
        for f in findings:
            counts[f.severity] = counts.get(f.severity, 0) + 1
        said += notices

    def finish(self, manifest=None):
        from nianbao.export.sheet_rows import encode
        from nianbao.export.workbook import REPORTS

        if self.broken or self._pos != len(self._order) or set(self._rows) != set(self.taken):
            self._break()
            return None
        try:
            book = self._open().book
            for name in self.taken:
                self._file.seek(self._rows[name])
                row = pickle.load(self._file)
                counts, said = self._added.get(name, ({}, []))
                for severity, n in counts.items():
                    row[self._counts[severity]] += n
                row[self._notices] = "; ".join(row[self._notices] + said) or None
                # amended, the row is spelled as the sheet's bytes, as the workers spell every other row
                # (writer.part): XlsxWriter's own row writer only where encode cannot
                book.add_rows([(REPORTS, encode(row) or row)])
            self._file.close()
        except Exception:
            self._break()
            return None
        return super().finish(manifest)

    def _break(self) -> None:
        super()._break()
        self._rows, self._added = {}, {}
        self._file.close()
