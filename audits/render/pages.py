"""The batch outputs of `nianbao audit -o`, written side by side in one pass over the summaries, each
file atomically: audit-summary.html (the review page),
audit-summary.md, reports.csv (every report) and findings.csv (every finding)."""
from __future__ import annotations

import shutil
import tempfile
from contextlib import ExitStack
from pathlib import Path
from typing import Callable, Iterable

from extractor.output import atomic_writer

from . import csvfile, html, markdown
from .items import spelled
from .summary import Summary

OUTPUTS = ("audit-summary.html", "audit-summary.md", "reports.csv", "findings.csv")


def write_pages(outdir: Path, summaries: Callable[[], Iterable[Summary]], totals: dict, failed: list[str]) -> None:
    """`summaries()` gives every report's summary, worst first (read once: the details sections, which
    follow the whole overview, wait in temporary files meanwhile); `totals` are the batch's counts
    (summary.totals)."""
    with ExitStack() as stack:
        page, md, reports, findings = (stack.enter_context(atomic_writer(outdir / name)) for name in OUTPUTS)
        # the details wait as the bytes they will be (most of a page: ~60 KB a whole report), copied as they are
        page_details, md_details = (stack.enter_context(tempfile.TemporaryFile()) for _ in range(2))
        page.write(html.head(totals, failed))
        md.write(markdown.head(totals, failed))
        reports.write(csvfile.head(csvfile.REPORT_COLUMNS))
        findings.buffer.write(spelled(csvfile.head(csvfile.FINDING_COLUMNS)))  # all bytes (items.Shown)
        for i, s in enumerate(summaries()):
            page.write(html.overview_row(i, s))
            md.write(markdown.overview_row(s))
            reports.write(csvfile.report_row(s))
            page_details.write(html.details(i, s))
            md_details.write(markdown.details(s))
            findings.buffer.write(csvfile.finding_rows(s))
        page.write(html.OVERVIEW_END)
        for spill, out in ((page_details, page), (md_details, md)):
            spill.seek(0)
            out.flush()  # the text before them first
            shutil.copyfileobj(spill, out.buffer)
        page.write(html.TAIL)
