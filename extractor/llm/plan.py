"""Which tables to ask about, which rows, and which text to send — decided from the parser's status.

- `unparsed` (a section heading with no readable table rows: prose, an image caption, an unknown
  layout): every template row, if the section prints any number at all — except in a copy that stops
  inside the table: then only the rows it can still show, and the cells after the cut are marked cut
  off on the job, never landed (llm/visible.py).
- `partial` with `incomplete_rows`: those rows only, and only when the region holds values the
  parser could not place (label-less value rows, or a row with more values than columns). A row that
  prints fewer values than columns, with nothing unplaced around it, has lost cells: what is not in
  the text cannot be filled, so no call is made (guessing which cells were lost would invent them).
- `partial` with `missing_rows` (template rows expected in the text of which nothing was read): those
  rows, when the region holds a row under a label that is no template row or values nobody placed — a
  label the matcher did not know may be one of them. Nothing unrecognised near them: no call.
- cut-off fragments (rows after the cut are not `missing_rows`) and complete tables: never.
The money units are the ones the parser reads from the region's header cells (a column whose header
prints none keeps the template's, 元 where it has none): `976.81万元` under such a header is 9768100.
Only the table's section text is sent (or, without a heading, the region from its anchor label).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .. import template
from ..enumerators import ITEM
from ..ir import Document
from ..models import Report, TableStatus
from ..segment import spans as section_spans
from ..tokenize import rows as tokenize
from .grounding import tokens
from .schema import Ask, template_rows
from .visible import visible_part



@dataclass
class Job:
    table: str
    ask: Ask
    start: int  # the text sent is doc.text[start:end]
    end: int
    reason: str
    header_units: dict[str, str]
    # rows not found, asked because rows under unknown labels are printed (nothing unplaced): their
    # printed values, one of which an answer for such a row must repeat (llm/evidence.py); None: no bound
    printed_rows: tuple[tuple, ...] | None = None
    # cells of the asked rows the copy cuts off (it stops inside the table): never landed (llm/apply.py)
    cut_off: frozenset[str] = frozenset()


def _region(doc: Document, report: Report, table: str) -> tuple[int, int] | None:
    sec = next((s for s in report.sections if s.key == template.TABLES[table].section), None)
    if sec is not None:
        return sec.start, sec.end
    try:  # no heading: the pipeline's anchor rule (first anchor label to the next heading)
        from ..pipeline import regions
    except ImportError:
        return None
    found = regions(doc.text, section_spans(doc.text), tokenize(doc.text)).get(table)
    return (found[0], found[1]) if found else None


def _has_values(text: str) -> bool:
    """Any number that is not a label's enumerator, a year or a date part."""
    for m in re.finditer(r"\d+(?:\.\d+)?", text):
        tail = text[m.end(): m.end() + 1]
        if ITEM.match(text, m.start()) or tail in ("年", "月", "日", "号", "条", "项"):
            continue
        return True
    return bool(tokens(re.sub(r"\d", "", text)))  # Chinese numerals before a measure word


def _layout(report: Report, st: TableStatus, table: str, text: str) -> tuple[str, bool]:
    if template.TABLES[table].one_line:
        return "2021", False
    layout = st.layout or template.likely_layout(report.meta.year)
    if template.TABLES[table].single_row_variant is None:
        return layout, False
    if st.other_single_row is not None and st.status != "unparsed":
        return layout, st.other_single_row
    if layout == "2019":
        return layout, True
    subrows = any(w in text for w in ("逾期不补正", "逾期未按", "收费通知"))
    return layout, not subrows and "其他处理" in text


def _walk(doc: Document, table: str, start: int, end: int):
    """The parser's own record walk over the region, read-only: (its rows, records, header reading)."""
    from ..assemble import collect

    rows = [r for r in tokenize(doc.text) if r.cells and start <= r.cells[0].start < end]
    records, reading = collect(table, rows, _reaches_end(doc, end))
    return rows, records, reading


def _reaches_end(doc: Document, end: int) -> bool:
    return end >= len(doc.text.rstrip())


def _leftovers(records, table: str, layout: str, other_single_row: bool,
               incomplete: list[str]) -> tuple[bool, bool]:
    """What the parser left in the region for a reader: (values it could not place — label-less rows,
    numbers after an unrecognised label, a row with more values than columns; rows under a label that
    is no template row)."""
    from ..records import EXTRA, UNLABELLED, UNPLACED

    width = {row.key: len(block.columns) for row, block in template_rows(table, layout, other_single_row)}
    wanted = {k.split(".", 1)[1] for k in incomplete}
    unplaced = any(r.kind in (UNLABELLED, UNPLACED) and r.filled for r in records) or any(
        r.key in wanted and len([c for c in r.values if not c.empty]) > width.get(r.key, 99) for r in records)
    unrecognised = any(r.kind == EXTRA and r.filled for r in records)
    return unplaced, unrecognised


def _rows_to_ask(records, st: TableStatus, table: str, layout: str,
                 other_single_row: bool) -> tuple[set[str], str | None, bool]:
    """The rows of a partial table a reader could still find in its text, or why there are none; and
    whether values lie unplaced in the region."""
    unplaced, unrecognised = _leftovers(records, table, layout, other_single_row, st.incomplete_rows)
    wanted: set[str] = set()
    if st.incomplete_rows and unplaced:
        wanted |= {k.split(".", 1)[1] for k in st.incomplete_rows}
    if st.missing_rows and (unplaced or unrecognised):
        wanted |= {k.split(".", 1)[1] for k in st.missing_rows}
    if wanted:
        return wanted, None, unplaced
    if st.missing_rows:
        return wanted, ("the rows not found have no unrecognised label or unplaced value near them: "
                        "they are not in the text"), unplaced
    return wanted, ("the incomplete rows print fewer values than columns and nothing unplaced is near them: "
                    "the lost cells are not in the text"), unplaced


def plan(doc: Document, report: Report, max_chars: int) -> tuple[list[Job], dict[str, str]]:
    jobs: list[Job] = []
    skipped: dict[str, str] = {}
    for table, st in report.extraction.tables.items():
        if st.status == "unparsed":
            why = "unparsed"
        elif st.status == "partial" and st.incomplete_rows:
            why = "incomplete rows"
        elif st.status == "partial" and st.missing_rows and not template.TABLES[table].one_line:
            why = "rows not found"
        else:
            continue
        region = _region(doc, report, table)
        if region is None:
            skipped[table] = "no section text to send"
            continue
        start, end = region
        text = doc.text[start:end]
        if len(text) > max_chars:
            skipped[table] = f"section text of {len(text)} characters exceeds max_section_chars"
            continue
        if not _has_values(text):
            skipped[table] = "the section prints no numbers (cut off, or the table is an image)"
            continue
        layout, other_single_row = _layout(report, st, table, text)
        all_rows = tuple(r.key for r, _ in template_rows(table, layout, other_single_row))
        printed_rows, cut_off = None, frozenset()
        region_rows, records, reading = _walk(doc, table, start, end)
        if why == "unparsed" and _reaches_end(doc, end) and not template.TABLES[table].one_line:
            # a copy cut inside the table: only what it can still show (no call for what is not in the text)
            rows, cut_off = visible_part(table, layout, other_single_row, records,
                                         [c for r in region_rows for c in r.cells], len(doc.text))
            if not rows:
                skipped[table] = "the copy stops inside the table before any of its rows: they are not in the text"
                continue
        elif why == "unparsed" or template.TABLES[table].one_line:
            rows = all_rows  # table 四 is one line of 15 values: the parser's failure is the whole line
        else:
            wanted, refusal, unplaced = _rows_to_ask(records, st, table, layout, other_single_row)
            if not unplaced:  # only rows not found are asked, for the rows printed under unknown labels
                printed_rows = tuple(tuple(e.values) for e in getattr(report.tables, table).extra_rows)
            if refusal:
                skipped[table] = refusal
                continue
            rows = tuple(r for r in all_rows if r in wanted)
            if not rows:
                skipped[table] = "the rows to ask are not rows of the layout"
                continue
        # the units the parser reads from the region's header cells (a column without one: the template's)
        units = dict(reading.header_units)
        jobs.append(Job(table, Ask(table, layout, other_single_row, rows), start, end, why, units, printed_rows,
                        cut_off))
    return jobs, skipped
