"""Rows printed with their label and not one cell after it: left blank by the report, or lost in the copy?

A copy that drops empty cells (one cell per line, no slot for a blank) prints a blank row as its label alone,
and so does a copy that lost the row's values. The rest of the copy tells which, and the decision is taken
once per document, since one copy was made by one conversion:
- the table shows the slots of blank cells elsewhere (an empty pipe field, a run of blank lines), or holds
  values that could not be placed (a row with too many or too few, values under no label): this row lost
  its cells, or they stand where the parser cannot take them → lost (`incomplete_rows`);
- a block of table 二 printed without any of its header cells while another block prints its header (a header
  is never blank, so the copy drops printed cells): every bare row of the document → lost;
- the table prints the whole header of every block it has rows in, and nothing says the copy drops printed
  cells: its bare rows were printed blank → null cells, read as blanks (S11 reports them);
- no header to judge by: it cannot be told → `blank_or_lost_rows` and a notice; neither is claimed.
"""
from __future__ import annotations

from . import template
from .ir import Cell
from .labelsets import block_of
from .records import Reading

WHOLE, INCOMPLETE, HEADLESS = "whole", "incomplete", "headless"


def _printed_rows(reading: Reading) -> set[str]:
    rows = {k.rsplit(".", 1)[0] for k in reading.values}
    return rows | set(reading.incomplete_rows) | {b.row for b in reading.bare_rows}


def _block_headers(reading: Reading) -> list[str]:
    """Per block with a printed row: whether its header is printed whole, in part, or not at all."""
    table = template.TABLES[reading.table]
    layout = reading.layout or template.likely_layout(None)
    seen_all = set().union(*reading.headers_seen.values()) if reading.headers_seen else set()
    out = []
    blocks: dict[str, template.Block] = {}
    for row in _printed_rows(reading):
        key = row.split(".", 1)[1]
        block = block_of(reading.table, layout, key)
        if block is not None and block.key in reading.block_layouts:
            block = block_of(reading.table, reading.block_layouts[block.key], key)
        if block is not None:
            blocks[block.key] = block
    for block in blocks.values():
        # table 三 is one block: its header may stand before or after its title
        seen = reading.headers_seen.get(block.key, set()) if table.has_blocks else seen_all
        wanted = {c.key for c in block.columns}
        out.append(WHOLE if wanted <= seen else HEADLESS if not wanted & seen else INCOMPLETE)
    return out


def _drops_printed_cells(readings: list[Reading]) -> bool:
    """A block printed headless beside blocks that print a header: the copy lost header cells."""
    for reading in readings:
        if template.TABLES[reading.table].has_blocks:
            states = _block_headers(reading)
            if HEADLESS in states and (WHOLE in states or INCOMPLETE in states):
                return True
    return False


def settle(readings: list[Reading], unread: set[str] = frozenset()) -> None:
    """Decide every bare row of the document's tables, in place (values, incomplete rows, notices). `unread`: rows
    whose fused run of digits has several readings (fused_rows) — printed, not bare: incomplete, never blank."""
    for reading in readings:
        fused = [b.row for b in reading.bare_rows if b.row in unread]
        reading.incomplete_rows += fused
        reading.bare_rows = [b for b in reading.bare_rows if b.row not in unread]
    if not any(r.bare_rows for r in readings):
        return
    drops = _drops_printed_cells(readings)
    for reading in readings:
        if not reading.bare_rows:
            continue
        if not drops:
            _own_slots_blank(reading)
            if not reading.bare_rows:
                continue
        rows = [b.row for b in reading.bare_rows]
        if reading.shows_slots or reading.unplaced or reading.incomplete_rows or drops:
            reading.incomplete_rows += rows
        elif all(s == WHOLE for s in _block_headers(reading)):
            for b in reading.bare_rows:
                _blank(reading, b.row, b.label, b.columns)
            reading.notices.append(
                f"{reading.table}: {len(rows)} row(s) print their label and no cell, in a copy that drops blank "
                "cells and prints every header: read as printed blank (null)")
        else:
            reading.blank_or_lost_rows += rows
            reading.notices.append(
                f"{reading.table}: {len(rows)} row(s) print their label and no cell, in a copy that does not show "
                "blank cells and prints no whole header to judge by: left blank or lost in the copy cannot be "
                "told; left null, neither claimed")
        reading.bare_rows = []
        reading.missing = [k for k in reading.missing if k not in reading.values]


def _blank(reading: Reading, row: str, label: Cell, columns: tuple[str, ...]) -> None:
    slot = Cell("", label.end, label.end)  # the blank stands right after its label
    for col in columns:
        reading.values[f"{row}.{col}"] = (None, slot)


def _own_slots_blank(reading: Reading) -> None:
    """Bare rows followed by their own empty slots (a line of as many pipes as the grid is wide, more than
    the row has columns) print blank cells: the row's own line decides, not another row's trouble."""
    own = [b for b in reading.bare_rows if b.own_slots]
    if not own:
        return
    for b in own:
        _blank(reading, b.row, b.label, b.columns)
    reading.bare_rows = [b for b in reading.bare_rows if not b.own_slots]
    reading.missing = [k for k in reading.missing if k not in reading.values]
    reading.notices.append(
        f"{reading.table}: {len(own)} row(s) print their label and then only empty slots: read as printed "
        "blank (null)")
