"""The long table: one row per report × cell, its columns declared once.

`COLUMNS` is the single declaration the CSV header, the Parquet schema and docs/SCHEMA.md's dataset
section follow. Labels come from the template (extractor.template), never written here.

`state` says how the cell came to hold what it holds (`match` says how its row label was recognised):
  printed   a value read from the report (method says by whom: parser, llm, or inferred by the audit)
  blank     the cell is in the report and nothing is printed in it (null, not 0)
  not_seen  the template cell was not found (the copy is cut off, or the cell was lost)
  unplaced  the cell's row lost values that cannot be placed without guessing; left null
  blank_or_lost  the row prints its label alone, in a copy that cannot tell a blank row from a lost one
  extra     a row the template does not have (a local addition), kept by position
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterator

from extractor import template
from extractor.cells import flatten


@dataclass(frozen=True)
class Col:
    name: str
    type: str  # string | int | number | bool
    doc: str


COLUMNS: tuple[Col, ...] = (
    Col("report", "string", "the report's output name under OUTDIR (sub-folders mirrored), without .json"),
    Col("source", "string", "`source.path`: the input file"),
    Col("format", "string", "`source.format`: text, html, pdf or docx"),
    Col("organ", "string", "`meta.organ`"),
    Col("year", "int", "`meta.year`: the year the report covers"),
    Col("layout", "string", "the table's layout (`extraction.tables.<table>.layout`, else `meta.template`)"),
    Col("table", "string", "table key: active_disclosure, applications, review_litigation"),
    Col("table_label", "string", "the table's Chinese title (二、主动公开政府信息情况 …)"),
    Col("table_status", "string", "`extraction.tables.<table>.status`: complete, partial, absent, unparsed"),
    Col("row", "string", "row key inside the table (`denied.state_secret`); `extra_rows.N` for an extra row"),
    Col("row_label", "string", "the template's Chinese row label, with its group (（三）不予公开 1.属于国家秘密)"),
    Col("column", "string", "column key (`natural_person`); the position 1, 2 … in an extra row"),
    Col("column_label", "string", "the template's Chinese column label (自然人)"),
    Col("cell", "string", "the full cell key of SCHEMA.md (`applications.denied.state_secret.natural_person`)"),
    Col("value", "number", "the number; empty when the cell holds none"),
    Col("blank", "bool", "true when the cell holds no number (blank is never 0)"),
    Col("state", "string", "printed, blank, not_seen, unplaced, blank_or_lost or extra (how the cell came to be)"),
    Col("method", "string", "`provenance.<cell>.method`: parser, llm or inferred; empty without a value"),
    Col("match", "string", "`provenance.<cell>.match`: how the row label was recognised (exact, variant, core, "
                           "fuzzy, order, llm, zero_run, fused, fused_total, fused_columns, by_sign, words); fuzzy, "
                           "order, fused_total, fused_columns and by_sign are the ones to review"),
    Col("span_start", "int", "`provenance.<cell>.span[0]`: offset in the normalised text <report>.txt"),
    Col("span_end", "int", "`provenance.<cell>.span[1]`"),
    Col("unit", "string", "the unit of a money column's header (万元); empty: as printed (元) or a count"),
)
NAMES = tuple(c.name for c in COLUMNS)


def table_layout(report: dict, table: str) -> str | None:
    st = (report.get("extraction") or {}).get("tables", {}).get(table) or {}
    return st.get("layout") or (report.get("meta") or {}).get("template")


def _row_label(row: template.Row) -> str:
    return f"{row.group}{row.label}" if row.group else row.label


@lru_cache(maxsize=4096)
def _cell_columns(key: str, layout: str | None) -> tuple[str, str | None, str, str | None, str | None]:
    """(row key, row label, column key, column label, unit) of a cell key: the same for every report
    with this layout, so worked out once (a dataset has tens of cells per report)."""
    hit = template.lookup(key, layout)
    row, col = (hit[2], hit[3]) if hit else (None, None)
    row_key, col_key = key.split(".", 1)[1].rsplit(".", 1)
    return (row_key, _row_label(row) if row else None, col_key, col.label if col else None,
            col.unit if col else None)


_NO_SPAN = (None, None)
# per layout, {cell key: ((row key, row label, column key, column label, cell key), unit)}: the part of a
# long row that is the same for every report, as one tuple (rows are built by concatenation)
_KNOWN: dict[str | None, dict[str, tuple[tuple[Any, ...], str | None]]] = {}


def table_cells(report: dict) -> dict[str, dict[str, Any]]:
    """{table: {cell key: value}} of the report's tables that were read: flattened once per report,
    for both the long rows and the workbook's wide rows."""
    return {k: flatten({k: t}) for k, t in (report.get("tables") or {}).items() if t is not None}


Segment = tuple[tuple[Any, ...], list[tuple[Any, ...]]]  # (head values, the other columns' values)


def cell_rows(name: str, report: dict, cells: dict[str, dict[str, Any]] | None = None) -> Iterator[tuple[Any, ...]]:
    """The long rows of one report (a SCHEMA.md JSON object) as tuples in COLUMNS order, in the
    report's own cell order (`cells`: its table_cells, when the caller has them)."""
    for head, columns in cell_columns(name, report, cells):
        for rest in zip(*columns):
            yield head + rest


def cell_columns(name: str, report: dict, cells: dict[str, dict[str, Any]] | None = None) -> list[Segment]:
    """The same rows column by column, one segment per table: the values its rows share (the first
    columns, report … table_status) once, then a tuple of values for each other column. A batch writer extends its
    columns with these as they are, with no row tuples to build, hand over and take apart again."""
    if cells is None:
        cells = table_cells(report)
    meta, source = report.get("meta") or {}, report.get("source") or {}
    statuses = (report.get("extraction") or {}).get("tables", {})
    prov = report.get("provenance") or {}
    base = (name, source.get("path"), source.get("format"), meta.get("organ"), meta.get("year"))
    out: list[Segment] = []
    for table_key, table in (report.get("tables") or {}).items():
        if table is None:
            continue
        st = statuses.get(table_key) or {}
        layout = table_layout(report, table_key)
        lost = {k for k in st.get("missing", [])}
        unplaced = tuple(f"{r}." for r in st.get("incomplete_rows", []))
        blank_or_lost = tuple(f"{r}." for r in st.get("blank_or_lost_rows", []))
        head = base + (layout, table_key, template.TABLES[table_key].title, st.get("status"))
        known = _KNOWN.setdefault(layout, {})
        rows = []
        for key, value in cells[table_key].items():
            hit = known.get(key)
            if hit is None:
                row_key, row_label, col_key, col_label, unit = _cell_columns(key, layout)
                hit = ((row_key, row_label, col_key, col_label, key), unit)
                if len(known) < 10000:  # template cells; a JSON from elsewhere may name any
                    known[key] = hit
            fixed, unit = hit
            p = prov.get(key)
            span = (p.get("span") or _NO_SPAN) if p else _NO_SPAN
            if value is not None:
                rows.append(fixed + (value, False, "printed", p.get("method") if p else None,
                                     p.get("match") if p else None, span[0], span[1], unit))
                continue
            if key.startswith(unplaced):
                state = "unplaced"
            elif key.startswith(blank_or_lost):
                state = "blank_or_lost"
            elif key in lost:
                state = "not_seen"
            else:
                state = "blank"
            rows.append(fixed + (None, True, state, None, None, span[0], span[1], unit))
        for i, extra in enumerate(table.get("extra_rows") or []):
            for j, value in enumerate(extra.get("values") or []):
                rows.append((f"extra_rows.{i}", extra.get("label"), str(j + 1), None,
                             f"{table_key}.extra_rows.{i}.{j + 1}", value, value is None, "extra", None, None,
                             None, None, None))
        if rows:  # a table of no cells adds no rows
            out.append((head, list(zip(*rows))))
    return out
