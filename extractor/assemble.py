"""Rows of cells inside a table's region → the template's cells, without ever guessing a position.

A row label anchors its values: the values after it in the same physical row (pipe, HTML, DOCX, PDF
rows) or on the following lines (one cell per line). A row that has as many values as the template has
columns is read; a row with fewer is kept only when the copy ends inside it (a cut page head: the
visible prefix is read, the rest is missing); otherwise all its cells stay null and the row is reported
incomplete. Value rows that lost their labels (PDF conversions) are placed by template order only when
the anchors around them leave exactly as many template rows as there are unlabelled rows.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .ir import Cell, Row
from .labels import Match
from .labelsets import Role, is_label_fragment, label_set, row_of_fragment
from .values import Value, parse

_MAX_EXTRA_LABEL = 24
_JOIN = 3  # a label may wrap over up to this many lines


@dataclass
class Record:
    key: str | None  # template row key; None for an unlabelled value row; "+" for a local extra row
    label: Cell | None
    values: list[Cell] = field(default_factory=list)
    closed: bool = False
    at_eof: bool = False
    provisional: bool = False  # only blank cells so far, from the label's own row: values may follow
    how: str = "exact"  # how the label was matched (labels.Match.how); "order" once placed by position


@dataclass
class Reading:
    table: str
    layout: str | None = None
    other_single_row: bool | None = None
    values: dict[str, tuple[int | float | None, Cell | None]] = field(default_factory=dict)
    how: dict[str, str] = field(default_factory=dict)  # cell key → how its row was matched
    missing: list[str] = field(default_factory=list)
    incomplete_rows: list[str] = field(default_factory=list)
    extra_rows: list[dict] = field(default_factory=list)
    rows_seen: int = 0
    cut_off: bool = False
    header_units: dict[str, str] = field(default_factory=dict)
    layout_votes: dict[str, int] = field(default_factory=dict)


def _classify(table_key: str, cell: Cell) -> tuple[str, Match | None, Value | None]:
    if cell.empty:
        return "value", None, Value(None)
    v = parse(cell.text)
    if v is not None:
        return "value", None, v
    m = label_set(table_key).match(cell.text)
    return ("label", m, None) if m is not None else ("text", None, None)


def _is_extra_label(table_key: str, text: str) -> bool:
    """Could this text be the label of a local extra row (其他主动公开文件)? Not a sentence, not a note
    with figures ("(其中修订16件)"), not a piece of a wrapped template label."""
    return (2 <= len(text) <= _MAX_EXTRA_LABEL and not any(p in text for p in "。,，;；:：!?")
            and not any(ch.isdigit() for ch in text) and not text.startswith(("(", "注"))
            and not is_label_fragment(table_key, text))


def collect(table_key: str, rows: list[Row], reaches_eof: bool) -> tuple[list[Record], Reading]:
    """Walk the region's rows into records (label + value cells) and header evidence."""
    reading = Reading(table_key)
    records: list[Record] = []
    pending: Record | None = None
    buffer: list[Cell] = []
    last_owner: Record | None = None  # the record that took the last row with content

    def close() -> None:
        nonlocal pending
        if pending is not None:
            pending.closed = True
            pending = None

    def note_header(role: Role, cell: Cell) -> None:
        if role.kind == "col":
            reading.layout_votes[role.layout] = reading.layout_votes.get(role.layout, 0) + 1
            if "万元" in cell.text:
                reading.header_units[role.key] = "万元"

    for row in rows:
        matches = [_classify(table_key, c) for c in row.cells]
        kinds = [(k, m.target if m else None, v) for k, m, v in matches]
        if row.grid:
            buffer.clear()
            label_at = None
            for i, (kind, role, _) in enumerate(kinds):
                if kind == "value" and not row.cells[i].empty:
                    break
                if kind == "label" and role.kind == "row":
                    label_at = i
                elif kind == "label":
                    note_header(role, row.cells[i])
            if label_at is not None:
                close()
                vals = [c for c, (k, _, _) in zip(row.cells[label_at + 1:], kinds[label_at + 1:]) if k == "value"]
                rec = Record(kinds[label_at][1].key, row.cells[label_at], vals, how=matches[label_at][1].how)
                records.append(rec)
                last_owner = rec
                if any(not c.empty for c in vals):
                    rec.closed = True
                else:
                    # a row of blank cells (blank template, HTML/DOCX) — unless its values follow below
                    rec.provisional = bool(vals)
                    pending = rec
                continue
            value_cells = [c for c, (k, _, _) in zip(row.cells, kinds) if k == "value"]
            texts = [c for c, (k, _, _) in zip(row.cells, kinds) if k == "text"]
            if value_cells and any(not c.empty for c in value_cells):
                if texts and not kinds[0][0] == "value" and _is_extra_label(table_key, texts[0].text) and len(texts) == 1:
                    close()
                    records.append(Record("+", texts[0], value_cells, closed=True))
                    last_owner = records[-1]
                elif not texts and pending is not None and (not pending.values or pending.provisional) \
                        and pending.key != "+":
                    pending.values, pending.provisional = value_cells, False
                    last_owner = pending
                    close()
                elif not texts or (all(is_label_fragment(table_key, c.text) for c in texts)
                                   and all(k != "value" for k, _, _ in kinds[:len(texts)])):
                    # values under no label, or under the tail of a label wrapped onto other lines (PDF):
                    # the row is known if the pieces belong to one template row, else placed by order
                    close()
                    key = row_of_fragment(table_key, "".join(c.text for c in texts)) if texts else None
                    records.append(Record(key, texts[0] if key else None, value_cells, closed=True,
                                          how="core" if key else "order"))
                    last_owner = records[-1]
            else:
                close()
                if any(not c.empty for c in row.cells):
                    last_owner = None
            continue
        cell = row.cells[0]
        kind, role, _ = kinds[0]
        how = matches[0][1].how if matches[0][1] else "exact"
        if kind == "text":
            joined = None
            for k in range(1, min(_JOIN, len(buffer)) + 1):
                parts = buffer[-k:] + [cell]
                m2 = label_set(table_key).match("".join(c.text for c in parts))
                if m2 is not None and m2.target.kind == "row":
                    joined = (m2.target, Cell("".join(c.text for c in parts), parts[0].start, cell.end))
                    how = m2.how
                    break
            if joined is None:
                buffer.append(cell)
                close()
                last_owner = None
                if _is_extra_label(table_key, cell.text):
                    pending = Record("+", cell)
                    records.append(pending)
                    last_owner = pending
                continue
            role, cell = joined
            kind = "label"
            if records and records[-1].key == "+" and records[-1].label.start >= cell.start:
                records.pop()
        buffer.clear() if kind != "value" else None
        if kind == "label" and role.kind == "row":
            close()
            pending = Record(role.key, cell, how=how)
            records.append(pending)
            last_owner = pending
        elif kind == "label":
            note_header(role, cell)
            close()
            last_owner = None
        elif pending is not None:
            if pending.provisional:
                pending.values, pending.provisional = [], False
            pending.values.append(cell)
            last_owner = pending
    if records and reaches_eof and last_owner is records[-1]:
        records[-1].at_eof = True
    records = [r for r in records if r.key != "+" or any(not c.empty for c in r.values)]
    reading.rows_seen = sum(1 for r in records if r.key not in (None, "+"))
    return records, reading


def fit(values: list[Cell], n: int, at_eof: bool, text_len: int) -> tuple[list[Cell] | None, bool]:
    """The row's n cells in order, or None when they cannot be placed; and whether the row is cut."""
    vals = list(values)
    while len(vals) > n and vals[-1].empty:
        vals.pop()
    while len(vals) > n and vals[0].empty:
        vals.pop(0)
    if len(vals) == n and not (at_eof and vals and vals[-1].end >= text_len and not vals[-1].empty):
        return vals, False
    if at_eof and len(vals) <= n:
        if vals and not vals[-1].empty and vals[-1].end >= text_len:
            vals = vals[:-1]  # the copy stops right after it: the number itself may be cut
        while vals and vals[-1].empty:
            vals.pop()  # blanks at a cut point may be the cut, not the report
        return vals, True
    return None, False
