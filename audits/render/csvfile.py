"""findings.csv (one row per finding, with its evidence text and source path) and reports.csv (one row
per report, clean ones too). UTF-8 with BOM, so spreadsheet programs read the Chinese."""
from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING

from .items import Item

if TYPE_CHECKING:
    from .summary import Summary

FINDING_COLUMNS = ("report", "source", "organ", "year", "severity", "rule", "message", "cells", "cell_labels",
                   "expected", "actual", "evidence_text", "evidence")
REPORT_COLUMNS = ("report", "source", "organ", "year", "template", "copy", "errors", "warnings", "notes",
                  "not_assessable", "worst_rule", "worst_message")


def _line(rows: list[list]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue()


def head(columns: tuple[str, ...]) -> str:
    return "\ufeff" + _line([list(columns)])


def finding_row(name: str, path: str, organ: str, year: int | None, f: Item) -> str:
    """A finding's line, its report named (rendered once, when the report is summarised)."""
    evidence = " | ".join(("□" if m.blank and not m.marked.strip() else m.marked) for m in f.marks)
    spans = ";".join(f"{m.span[0]}-{m.span[1]}" for m in f.marks)
    return _line([[name, path, organ, year or "", f.severity, f.rule, f.message, ";".join(f.cells), f.labels,
                   f.expected, f.actual, evidence, spans]])


def finding_rows(s: Summary) -> bytes:
    return b"".join(f.csv for f in s.findings)


def report_row(s: Summary) -> str:
    c, w = s.counts, s.worst
    return _line([[s.name, s.path, s.organ, s.year or "", s.template or "", s.copy, c["error"], c["warning"],
                   c["info"], c["not_assessable"], w.rule if w else "", w.message if w else ""]])
