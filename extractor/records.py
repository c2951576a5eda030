"""What the table reader (assemble.collect) hands on: records (a row label and its value cells, of one of
four kinds) and a table's Reading, which reading.py, layouts, fit_row and bare_rows fill in."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from .ir import Cell

LABELLED, UNLABELLED, EXTRA, UNPLACED = "labelled", "unlabelled", "extra", "unplaced"


@dataclass
class Record:
    kind: str
    key: str | None  # the template row (LABELLED; UNLABELLED once placed by order)
    label: Cell | None
    values: list[Cell] = field(default_factory=list)
    closed: bool = False
    at_eof: bool = False
    provisional: bool = False  # only blank cells so far, from the label's own row: values may follow
    how: str = "exact"  # how the label was matched (labels.Match.how); "order" once placed by position
    # a physical row's width and the column of each value cell (labelled grid rows; empty otherwise)
    width: int = 0
    cols: list[int] = field(default_factory=list)
    # words printed where the row's numbers stand (a project's name in a count column): cells, not gaps —
    # dropping them would slide the numbers after them into the columns on their left
    texts_in_values: list[Cell] = field(default_factory=list)
    # a line of more pipes than the row has columns right after its label alone: the row's own empty slots
    # (and the grid's padding), whatever other rows of the copy do — kept apart from filler (`bare_rows`)
    own_slots: bool = False
    # a line of pipes right after the row's numbers: as many as the columns its numbers leave, they are the
    # row's other cells printed empty (which columns they are the copy does not show)
    slots_after: int = 0
    # its one value is a run of values printed right after its label on the label's own line ('行政许可000'): as
    # many cells as the row's columns can be cut from it (fit_row.glued_run)
    glued: bool = False

    @property
    def filled(self) -> bool:
        return any(not c.empty for c in self.values)


class BareRow(NamedTuple):
    """A row printed as its label alone, waiting for the whole copy to tell blank from lost."""
    row: str  # "table.row"
    label: Cell
    columns: tuple[str, ...]  # the column keys its cells would fill
    own_slots: bool  # the row printed its own empty slots (Record.own_slots)


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
    unplaced: list[Record] = field(default_factory=list)  # values no template row took (see notices)
    notices: list[str] = field(default_factory=list)
    rows_seen: int = 0
    cut_off: bool = False
    header_units: dict[str, str] = field(default_factory=dict)
    layout_votes: dict[str, int] = field(default_factory=dict)
    block_votes: dict[str, dict[str, int]] = field(default_factory=dict)  # block key → layout → votes
    # column keys of the header cells in printed order, per block title seen last (None before any)
    header_columns: dict[str | None, list[str]] = field(default_factory=dict)
    block_layouts: dict[str, str] = field(default_factory=dict)  # blocks printed in another layout
    # of those, the blocks told by their rows' number of values under headers of the table's own layout
    blocks_by_values: list[str] = field(default_factory=list)
    # unrecognised labelled rows printed whole after the last template row read: in a cut copy they stand
    # where the next template rows would, so those rows are in the text (under a label), not cut off
    extras_after_last: int = 0
    # column keys named by a printed header cell, per block title seen last (None before any): a header
    # is never blank, so a block whose header the copy lacks shows that the copy drops printed cells
    headers_seen: dict[str | None, set[str]] = field(default_factory=dict)
    whole_headers: set[str] = field(default_factory=set)  # blocks whose header row is all header words
    # rows printed with their label and not one cell (not even an empty one) after it: blank or lost is
    # settled for the whole document (`bare_rows.settle`)
    bare_rows: list[BareRow] = field(default_factory=list)
    # bare rows, or rows short of their last cells (fit_row.by_sign), that the copy cannot tell blank or lost
    blank_or_lost_rows: list[str] = field(default_factory=list)
    blank_slot_rows: list[str] = field(default_factory=list)  # incomplete rows that print empty cells too
    # of the incomplete rows, those printed as one run of digits not cut: where each run stands
    fused_runs: dict[str, tuple[int, int]] = field(default_factory=dict)
    shows_slots: bool = False  # some row holds an empty cell: this copy keeps the slots of blank cells
    # template rows whose label and blocks whose title the copy prints (a title cut by the copy's end
    # included): a row before one of them stands where the copy still runs, so it is missing, not cut off
    rows_labelled: set[str] = field(default_factory=set)
    blocks_titled: set[str] = field(default_factory=set)
