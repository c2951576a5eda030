"""Rows of cells inside a table's region → records (a label and its value cells), without guessing.

A row label anchors its values: the values after it in the same physical row (pipe, HTML, DOCX, PDF
rows) or on the following lines (one cell per line). Every value cell with content ends up in a record
of one of four kinds (records.py), so none is lost in silence:

- `LABELLED`: a template row's label and its values;
- `UNLABELLED`: values whose label line is empty or lost (PDF conversions, a dropped line) — placed by
  template order later, only where the anchors around them leave exactly that many rows free;
- `EXTRA`: a row the template does not have (其他主动公开文件): kept in `extra_rows`;
- `UNPLACED`: values after text that is no row label (a note, a sentence, an unrecognised long label):
  named in a notice and offered to the LLM fallback, never put in a cell.

`fit` then decides whether a record's values fill its row (`reading.py` does the rest).
"""
from __future__ import annotations

from . import template
from .dates import LEADING_YEAR
from .fused_split import run_at_end, value_text
from .ir import Cell, Row
from .labels import Match, match_key, strip_notes
from .labelsets import (Role, column_of_header, header_keys, header_pieces, is_label_fragment, label_set,
                        role_of_cut_label, row_of_fragment, row_widths)
from .records import EXTRA, LABELLED, UNLABELLED, UNPLACED, Reading, Record
from .values import is_cell_words, parse

_MAX_EXTRA_LABEL = 24
_JOIN = 3  # a label may wrap over up to this many lines


def _classify(table_key: str, cell: Cell) -> tuple[str, Match | None]:
    if cell.empty:
        return "value", None
    if parse(cell.text) is not None:
        return "value", None
    m = label_set(table_key).match(cell.text)
    return ("label", m) if m is not None else ("text", None)


def is_extra_label(table_key: str, text: str) -> bool:
    """Could this text be the label of a local extra row (其他主动公开文件(含…))? Not a sentence, not a
    note with figures ("(其中修订16件)"), not a piece of a wrapped template label. A year in front names
    the row's period, not a figure ("2020年本行政区域…发布总数量")."""
    core = LEADING_YEAR.sub("", strip_notes(text))
    return (2 <= len(core) <= _MAX_EXTRA_LABEL and not any(p in core for p in "。,，;；:：!?")
            and not any(map(str.isdigit, core)) and not core.startswith(("(", "注"))
            and not is_label_fragment(table_key, text))


def split_inline_value(table_key: str, cell: Cell) -> list[Cell]:
    """A local row printed with its value inside the label cell, after a colon ("2020年本行政区域(或本部门)
    政府信息公开发布总数量(非新闻类、消息类):2条"), as its label cell and its value cell; any other cell as
    it is. Only a number is split off (never a blank mark or words), and only from a label that is no
    template label, so a template row's own wording is never cut."""
    if ":" not in cell.text and "：" not in cell.text:  # most cells
        return [cell]
    head, colon, tail = cell.text.rpartition(":") if ":" in cell.text else cell.text.rpartition("：")
    head, value = head.rstrip(), tail.strip()
    if not colon or not head or not value:
        return [cell]
    parsed = parse(value)
    if parsed is None or parsed.number is None:
        return [cell]
    if label_set(table_key).match(head) is not None or not is_extra_label(table_key, head):
        return [cell]
    at = cell.start + len(cell.text) - len(tail) + (len(tail) - len(tail.lstrip()))
    return [Cell(head, cell.start, cell.start + len(head)), Cell(value, at, at + len(value))]


_MAX_HEADER_RUN = 80  # characters of a header run together (a block title and four columns take about 60)


def split_glued(table_key: str, row: Row) -> Row:
    """A line printed without the separators between its cells, as the row of cells it is:
    - a header run together ('信息内容上一年项目数量本年增/减处理决定数量'): every character one of the table's
      header words, at least two, each then a header cell of its own — and its vote for a layout;
    - a row label with its values run together after it ('行政许可000', '行政许可20+1737'): the label (a template
      row's, matched whole, never fuzzily) and the run as one cell, which the row's reader cuts into its cells
      once the layout says how many (reading._glued_run) — the run starts where the label ends.
    Any other line as it is."""
    cell = row.cells[0]
    if row.grid or len(row.cells) != 1 or cell.empty or parse(cell.text) is not None:
        return row
    labels = label_set(table_key)
    at = run_at_end(cell.text)
    if at is not None:
        head = labels.match(cell.text[:at])
        if head is not None and head.target.kind == "row" and head.how != "fuzzy":
            return Row([Cell(cell.text[:at], cell.start, cell.start + at),
                        Cell(cell.text[at:], cell.start + at, cell.start + len(cell.text))], True, row.line)
        return row
    key, words = match_key(cell.text), header_keys(table_key)
    if len(cell.text) > _MAX_HEADER_RUN or not (key.startswith(words) and key.endswith(words)) \
            or labels.match(cell.text) is not None:
        return row  # prose; or a label as printed (a fuzzy match of a run stands: its one vote is as before)
    pieces, stray = header_pieces(cell.text, cell.start, table_key)
    roles = [labels.match(p.text) for p in pieces]
    if stray or len(pieces) < 2 or any(r is None or r.target.kind == "row" for r in roles) \
            or not any(r.target.kind == "col" for r in roles):
        return row
    return Row(pieces, True, row.line)


class _Walk:
    """One pass over a region's rows; `grid` reads a physical table row, `line` one cell on its line."""

    def __init__(self, table_key: str):
        self.table = table_key
        self.labels = label_set(table_key)
        self.reading = Reading(table_key)
        self.records: list[Record] = []
        self.pending: Record | None = None  # the record whose values may still follow
        self.buffer: list[Cell] = []  # text lines that may be the first pieces of a wrapped label
        self.last_owner: Record | None = None  # the record that took the last row with content
        self.block: str | None = None  # the block whose title was seen last (table 二)

    # ------------------------------------------------------------------ shared steps

    def open(self, rec: Record, pending: bool = True) -> Record:
        self.close()
        self.records.append(rec)
        self.last_owner = rec
        if pending and not rec.closed:
            self.pending = rec
        return rec

    def close(self) -> None:
        if self.pending is not None:
            self.pending.closed = True
            self.pending = None

    def header(self, role: Role, cell: Cell) -> None:
        """A header cell: a vote for the layout it belongs to (overall and for its block), a unit."""
        if role.kind == "block":
            self.block = role.key
            self.reading.blocks_titled.add(role.key)
        if role.kind in ("col", "header"):
            col = column_of_header(self.table, cell.text)
            if col is not None:
                self.reading.headers_seen.setdefault(self.block, set()).add(col)
        if role.kind != "col":
            return
        self.reading.header_columns.setdefault(self.block, []).append(role.key)
        votes = self.reading.layout_votes
        votes[role.layout] = votes.get(role.layout, 0) + 1
        if self.block is not None:
            bv = self.reading.block_votes.setdefault(self.block, {})
            bv[role.layout] = bv.get(role.layout, 0) + 1
        if "万元" in cell.text:
            self.reading.header_units[role.key] = "万元"

    def _whole_header(self, row: Row, kinds: list[tuple[str, Match | None]]) -> None:
        """A block's header printed whole on one row — its corner cell (信息内容) and after it only header words
        naming columns: the columns it names are the block's printed columns, all of them. (A row holding
        only the last pieces of a header wrapped over lines is no whole header.)"""
        cells = [(c, k) for c, k in zip(row.cells, kinds) if not c.empty]
        if self.block is None or len(cells) < 2 or any(k != "label" for _, (k, _) in cells):
            return
        roles = [m.target.kind for _, (_, m) in cells]
        if roles[0] == "header" and all(r == "col" for r in roles[1:]):
            self.reading.whole_headers.add(self.block)

    # ------------------------------------------------------------------ one physical row

    def grid(self, row: Row, kinds: list[tuple[str, Match | None]], glued: bool = False) -> None:
        self.buffer.clear()
        label_at = None
        for i, (kind, m) in enumerate(kinds):
            if kind == "value" and not row.cells[i].empty:
                break
            if kind == "label" and m.target.kind == "row":
                label_at = i
            elif kind == "label":
                self.header(m.target, row.cells[i])
        if label_at is not None:
            self._labelled_row(row, kinds, label_at, glued)
            return
        self._whole_header(row, kinds)
        values = [c for c, (k, _) in zip(row.cells, kinds) if k == "value"]
        texts = [c for c, (k, _) in zip(row.cells, kinds) if k == "text"]
        if not any(not c.empty for c in values):
            self.close()
            if any(not c.empty for c in row.cells):
                self.last_owner = None
            return
        pending = self.pending
        if len(texts) == 1 and kinds[0][0] != "value" and is_extra_label(self.table, texts[0].text):
            self.open(Record(EXTRA, None, texts[0], values, closed=True))
        elif not texts and pending is not None and (not pending.values or pending.provisional) \
                and pending.kind == LABELLED:
            # values on the row under a label printed alone (or with blank cells) on its own row
            pending.values, pending.provisional = values, False
            self.last_owner = pending
            self.close()
        elif not texts or (all(is_label_fragment(self.table, c.text) for c in texts)
                           and all(k != "value" for k, _ in kinds[:len(texts)])):
            # values under no label, or under the tail of a label wrapped onto other lines (PDF):
            # the row is known if the pieces belong to one template row, else placed by order later
            key = row_of_fragment(self.table, "".join(c.text for c in texts)) if texts else None
            if key:
                self.open(Record(LABELLED, key, texts[0], values, closed=True, how="core"))
            else:
                self.open(Record(UNLABELLED, None, None, values, closed=True, how="order"))
        else:
            self.open(Record(UNPLACED, None, texts[0], values, closed=True))

    def _labelled_row(self, row: Row, kinds: list[tuple[str, Match | None]], at: int, glued: bool = False) -> None:
        # words saying "nothing" or "no change" in a cell ('| 0 | 未增未减 | 0 |') hold their column, as a number does
        cols = [i for i in range(at + 1, len(row.cells)) if kinds[i][0] == "value"
                or kinds[i][0] == "text" and is_cell_words(row.cells[i].text)
                and not is_label_fragment(self.table, row.cells[i].text)]
        values = [row.cells[i] for i in cols]
        last = max((i for i in cols if not row.cells[i].empty), default=at)
        texts = [row.cells[i] for i in range(at + 1, last)
                 if kinds[i][0] == "text" and i not in cols and not is_label_fragment(self.table, row.cells[i].text)]
        m = kinds[at][1]
        rec = self.open(Record(LABELLED, m.target.key, row.cells[at], values, how=m.how, width=len(row.cells), glued=glued,
                               cols=cols, texts_in_values=texts), pending=False)
        if any(not c.empty for c in values):
            rec.closed = True
        else:
            # a row of blank cells (blank template, HTML/DOCX) — unless its values follow below
            rec.provisional = bool(values)
            self.pending = rec

    # ------------------------------------------------------------------ one cell on its own line

    def line(self, cell: Cell, kind: str, m: Match | None) -> None:
        if kind == "text" and self._words_for_none(cell):
            self._value(cell)
            return
        if kind == "text":
            joined = self._join(cell)
            if joined is None:
                self._text(cell)
                return
            m, cell = joined
            kind = "label"
            if self.records and self.records[-1].kind in (EXTRA, UNPLACED) \
                    and self.records[-1].label.start >= cell.start:
                self.records.pop()  # the first piece of the label was taken for a row of its own
        if kind != "value":
            self.buffer.clear()
        if kind == "label" and m.target.kind == "row":
            self.open(Record(LABELLED, m.target.key, cell, how=m.how))
        elif kind == "label":
            self.header(m.target, cell)
            self.close()
            self.last_owner = None
        else:
            self._value(cell)

    def _words_for_none(self, cell: Cell) -> bool:
        """'规章' then '本单位未制作规章' on the lines under it, once per column: the row's cells, printed in
        words instead of numbers (read blank, as '无'), not an extra row's label nor prose. Among numbers too
        ('行政许可', '0', '未增未减', '0'): the phrase stands in a column while the row still has one free —
        taken for a new row's label it would leave the row one value for three columns."""
        pending = self.pending
        if (pending is None or pending.kind != LABELLED or not is_cell_words(cell.text)
                or is_label_fragment(self.table, cell.text)):  # '未经复议直接起诉' is 表四's label
            return False
        if all(is_cell_words(c.text) for c in pending.values):
            return True
        widths = [w for _, w in row_widths(self.table, pending.key).values()]
        return not pending.closed and bool(widths) and len(pending.values) < max(widths)

    def _join(self, cell: Cell) -> tuple[Match, Cell] | None:
        """A row label wrapped over this line and up to two before it."""
        for k in range(1, min(_JOIN, len(self.buffer)) + 1):
            parts = self.buffer[-k:] + [cell]
            m = self.labels.match("".join(c.text for c in parts))
            if m is not None and m.target.kind == "row":
                return m, Cell("".join(c.text for c in parts), parts[0].start, cell.end)
        return None

    def _text(self, cell: Cell) -> None:
        """Text that is no label: a local extra row's label, or a note/sentence whose numbers (if any
        follow) nobody can place."""
        self.buffer.append(cell)
        kind = EXTRA if is_extra_label(self.table, cell.text) else UNPLACED
        self.open(Record(kind, None, cell))

    def _value(self, cell: Cell) -> None:
        pending = self.pending
        if pending is None:
            if cell.empty:
                return
            # numbers with no label line before them (it is empty or lost): placed by order, if at all
            pending = self.open(Record(UNLABELLED, None, None, how="order"))
        if pending.provisional:
            pending.values, pending.provisional = [], False
        pending.values.append(cell)
        self.last_owner = pending

    def filler(self, row: Row) -> None:
        """`规章 |` then one line `|||`: the pipes are the row's blank cells when there are as many as its columns
        (in a layout that has the row) and nothing came after the label yet; otherwise the copy's filler."""
        pending = self.pending
        if pending is not None and pending.kind == LABELLED and pending.filled and not pending.slots_after:
            pending.slots_after = row.filler
        if pending is None or pending.kind != LABELLED or pending.values:
            return
        widths = {w for _, w in row_widths(self.table, pending.key).values()}
        if row.filler not in widths:
            # more pipes than columns: not taken as the cells (values may still follow), but if none do, the
            # row printed its empty slots
            pending.own_slots = bool(widths) and row.filler > max(widths)
            return
        at = row.cells[0].start
        pending.values = [Cell("", at, at) for _ in range(row.filler)]
        self.last_owner = pending
        self.close()

    # ------------------------------------------------------------------ the end

    def finish(self, reaches_eof: bool) -> list[Record]:
        records = self.records
        if records and reaches_eof and self.last_owner is records[-1]:
            records[-1].at_eof = True
        # a label-less record is only its values; a text with no numbers after it is prose
        return [r for r in records if r.kind == LABELLED or r.filled]


def collect(table_key: str, rows: list[Row], reaches_eof: bool) -> tuple[list[Record], Reading]:
    """Walk the region's rows into records (label + value cells) and header evidence."""
    walk = _Walk(table_key)
    for row in rows:
        if row.filler:
            walk.filler(row)
            continue
        row = split_glued(table_key, row)
        cells = [piece for c in row.cells for piece in split_inline_value(table_key, c)]
        kinds = [_classify(table_key, c) for c in cells]
        # a run printed on its label's own line right after it ('规章000', '行政许可20+1737'): the row's cells, cut by
        # its reader (reading._glued_run); a fused line's rows (line -1) were cut, or left, by fused_rows already
        glued = row.line >= 0 and len(cells) == 2 and cells[0].end == cells[1].start and kinds[0][0] == "label" \
            and value_text(cells[1].text) == cells[1].text
        if glued:
            kinds[1] = ("value", None)
        if row.grid:
            walk.grid(Row(cells, True, row.line) if len(cells) != len(row.cells) else row, kinds, glued)
        else:
            for cell, kind in zip(cells, kinds):  # a label with its value inline: the label line, then the value
                walk.line(cell, *kind)
    records = walk.finish(reaches_eof)
    walk.reading.rows_seen = sum(1 for r in records if r.kind == LABELLED)
    # a label is evidence of where the copy runs only when it is sure (never a fuzzy match)
    walk.reading.rows_labelled = {r.key for r in records if r.kind == LABELLED and r.key and r.how != "fuzzy"}
    last = next((c for row in reversed(rows) for c in reversed(row.cells) if not c.empty), None)
    if reaches_eof and last is not None and not template.TABLES[table_key].one_line and _classify(table_key, last)[0] == "text":
        role = role_of_cut_label(table_key, last.text)  # "第二十条第(六": the copy stops inside a title
        if role is not None:
            (walk.reading.blocks_titled if role.kind == "block" else walk.reading.rows_labelled).add(role.key)
    return records, walk.reading
