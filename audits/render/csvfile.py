"""findings.csv: one row per finding of the batch (UTF-8 with BOM, so spreadsheet programs read the Chinese)."""
from __future__ import annotations

import csv
import io

from ..engine import AuditResult
from .common import cell_labels, value

COLUMNS = ("report", "organ", "year", "severity", "rule", "message", "cells", "cell_labels", "expected", "actual",
           "evidence")


def render(named: list[tuple[str, AuditResult]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(COLUMNS)
    for name, res in named:
        m = res.report.meta
        for f in res.findings:
            w.writerow([name, m.organ or "", m.year or "", f.severity, f.rule, f.message, ";".join(f.cells),
                        cell_labels(f.cells, len(f.cells), m.template), value(f.expected), value(f.actual),
                        ";".join(f"{a}-{b}" for a, b in f.evidence)])
    return "\ufeff" + buf.getvalue()
