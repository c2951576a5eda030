"""Landing judged values in the report: cells, provenance "llm", and the table's status.

Parser values win: a cell the parser read is never overwritten (the asked rows are the ones it could
not place, so this is a guard, not a policy decision taken here).
"""
from __future__ import annotations

from typing import Any

from .. import template
from ..cells import flatten, nest
from ..models import CUT_WORDS, Provenance, Report, TableStatus, Tables
from .plan import Job
from .schema import ask_cells, template_rows

CUT_OFF = "the copy stops inside the table before this cell: not in the text"


def _row_of(table: str, key: str) -> str:
    return key.rsplit(".", 1)[0]


def land(report: Report, job: Job, values: dict[str, Any], spans: dict[str, tuple[int, int] | None],
         rejected: dict[str, str]) -> int:
    """Write the accepted values; returns how many non-null values landed."""
    table, ask = job.table, job.ask
    dumped = report.tables.model_dump()
    current = dumped.get(table) or {}
    flat = flatten({table: current})
    landed = 0
    for key, v in values.items():
        if v is None or key in rejected:
            continue
        if key in job.cut_off:  # the copy stops before this cell: whatever was answered is not in the text
            rejected[key] = CUT_OFF
            continue
        prov = report.provenance.get(key)
        if flat.get(key) is not None and prov is not None and prov.method == "parser":
            continue
        flat[key] = v
        report.provenance[key] = Provenance(method="llm", span=spans.get(key), match="llm")
        landed += 1
    dumped[table] = nest(table, flat, ask.layout, ask.other_single_row, current.get("extra_rows"))
    report.tables = Tables.model_validate(dumped)
    _status(report, job, rejected, landed)
    return landed


def _cut_cells(job: Job) -> list[str]:
    """The cells a cut copy does not show: the ones cut in the rows asked, and every row not asked."""
    every = [(row.key, f"{job.table}.{row.key}.{c.key}")
             for row, block in template_rows(job.table, job.ask.layout, job.ask.other_single_row)
             for c in block.columns]
    return [k for row, k in every if row not in job.ask.rows or k in job.cut_off]


def _status(report: Report, job: Job, rejected: dict[str, str], landed: int) -> None:
    st = report.extraction.tables[job.table]
    asked = ask_cells(job.ask)
    bad_rows = sorted({_row_of(job.table, k) for k in rejected})
    table = template.TABLES[job.table]
    layout = job.ask.layout if not table.one_line else None
    other_single_row = job.ask.other_single_row if table.single_row_variant else st.other_single_row
    if st.status == "unparsed":
        if not landed:
            report.extraction.tables[job.table] = st.model_copy(update={
                "reason": st.reason + "; the LLM fallback found no printed value to land"})
            return
        cut = _cut_cells(job)
        missing = [k for k in asked if k in rejected and rejected[k] != CUT_OFF]
        bad_rows = sorted({_row_of(job.table, k) for k in missing})
        report.extraction.tables[job.table] = TableStatus(
            status="partial" if missing or cut else "complete",
            reason="read by the LLM fallback from text the parser could not read (provenance llm)"
                   + (f"; {len(missing)} value(s) rejected and left null" if missing else "")
                   + (f"; {CUT_WORDS['end']}" if cut else ""),
            layout=layout, other_single_row=other_single_row, missing=missing + cut, incomplete_rows=bad_rows,
            cut=["end"] if cut else [], values_without_row=st.values_without_row)
        return
    asked_rows = {_row_of(job.table, k) for k in asked}
    if table.one_line:  # table 四: one line of values, asked and settled as a whole
        asked_rows = {job.table} if not rejected else set()
        bad_rows = [job.table] if rejected else []
    resolved = asked_rows - set(bad_rows)
    incomplete = [r for r in st.incomplete_rows if r not in resolved]
    settled = {k for k in asked if _row_of(job.table, k) in resolved or table.one_line and not rejected}
    # a row not found by the parser is found once the model read a value for it (a null answer is the
    # model saying it is not printed: the row stays named)
    found = {_row_of(job.table, k) for k, p in report.provenance.items() if p.method == "llm"}
    missing_rows = [r for r in st.missing_rows if r not in found]
    missing = [k for k in st.missing if k not in settled or _row_of(job.table, k) in missing_rows]
    reason = st.reason + f"; {len(resolved)} row(s) read by the LLM fallback (provenance llm)"
    report.extraction.tables[job.table] = st.model_copy(update={
        "status": "complete" if not incomplete and not missing and not missing_rows else "partial",
        "reason": reason, "incomplete_rows": incomplete, "missing": missing, "missing_rows": missing_rows})
