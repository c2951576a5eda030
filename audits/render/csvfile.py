"""findings.csv (one row per finding, with its evidence text and source path) and reports.csv (one row
per report, clean ones too). UTF-8 with BOM, so spreadsheet programs read the Chinese."""
from __future__ import annotations

import csv
import io
from typing import Iterable, Iterator

from .summary import Summary

FINDING_COLUMNS = ("report", "source", "organ", "year", "severity", "rule", "message", "cells", "cell_labels",
                   "expected", "actual", "evidence_text", "evidence")
REPORT_COLUMNS = ("report", "source", "organ", "year", "template", "copy", "errors", "warnings", "notes",
                  "not_assessable", "worst_rule", "worst_message")


def _rows(header: tuple[str, ...], rows: Iterable[list]) -> Iterator[str]:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    yield "\ufeff" + buf.getvalue()
    for row in rows:
        buf.seek(0)
        buf.truncate()
        w.writerow(row)
        yield buf.getvalue()


def findings(summaries: Iterable[Summary]) -> Iterator[str]:
    def rows():
        for s in summaries:
            for f in s.findings:
                evidence = " | ".join(("□" if m.blank and not m.marked.strip() else m.marked) for m in f.marks)
                spans = ";".join(f"{m.span[0]}-{m.span[1]}" for m in f.marks)
                yield [s.name, s.path, s.organ, s.year or "", f.severity, f.rule, f.message, ";".join(f.cells),
                       f.labels, f.expected, f.actual, evidence, spans]
    return _rows(FINDING_COLUMNS, rows())


def reports(summaries: Iterable[Summary]) -> Iterator[str]:
    def rows():
        for s in summaries:
            c, w = s.counts, s.worst
            yield [s.name, s.path, s.organ, s.year or "", s.template or "", s.copy, c["error"], c["warning"],
                   c["info"], c["not_assessable"], w.rule if w else "", w.message if w else ""]
    return _rows(REPORT_COLUMNS, rows())
