"""One table: records from `assemble.collect` → layout, cells, missing and incomplete rows."""
from __future__ import annotations

from . import template
from .assemble import collect
from .fit_row import by_sign, fit, glued_run, grid_width, in_value_columns
from .fused_rows import Fused, cut_run
from .fused_split import cell_counts
from .ir import Cell, Row
from .labels import LabelSet
from .labelsets import block_of, row_order
from .models import WITHOUT_ROW_WORDS
from .layouts import block_layouts, table_layout
from .records import EXTRA, LABELLED, UNLABELLED, UNPLACED, BareRow, Reading, Record
from .values import WORD_BLANKS, convert, is_none_phrase, is_zero_change, parse

def _single_row_layout(table: template.Table, records: list[Record]) -> tuple[str | None, bool | None]:
    """What the printed rows say of the table's single-row variant (（六）其他处理): its sub-rows are
    printed (the later layout), or the one row with values (2019, or a 2021 report that kept it)."""
    single = table.single_row_variant
    if single is None:
        return None, None
    if any(r.key and r.key.startswith(single.key + ".") for r in records):
        later = next(n for n in table.layouts if n != table.single_row_home()[0])
        return later, False
    one = next((r for r in records if r.key == single.key), None)
    if one is not None and any(not c.empty for c in one.values):
        return None, True
    return None, None


def _place_unlabelled(records: list[Record], order: list[str]) -> list[Record]:
    """Give label-less value rows the template rows between their anchors, when that is unique.

    Anchors are labelled rows that carry values; a label printed apart from its values (PDF text) is
    no anchor, since such loose labels need not stand where their values do."""
    pos = {k: i for i, k in enumerate(order)}

    def anchored(r: Record) -> bool:
        return r.kind == LABELLED and r.key in pos and r.filled

    out = [r for r in records if r.kind != LABELLED or r.values or (r.key in pos and r.at_eof)]
    loose = [r for r in records if r not in out]
    # numbers after stray text (a page number under a wrapped label) neither take nor break a run
    unplaced = [r for r in out if r.kind == UNPLACED]
    out = [r for r in out if r.kind != UNPLACED]
    filled = {r.key for r in out if anchored(r)}
    i = 0
    while i < len(out):
        if out[i].kind != UNLABELLED:
            i += 1
            continue
        j = i
        while j < len(out) and out[j].kind == UNLABELLED:
            j += 1
        prev = next((pos[r.key] for r in reversed(out[:i]) if anchored(r)), -1)
        nxt = next((pos[r.key] for r in out[j:] if anchored(r)), len(order))
        free = [k for k in order[prev + 1:nxt] if k not in filled]
        if len(free) == j - i:
            for k, rec in zip(free, out[i:j]):
                rec.kind, rec.key, rec.how = LABELLED, k, "order"
                filled.add(k)
        i = j
    # a label whose row got no values anywhere is still evidence that the row is there
    out += [r for r in loose if r.key not in filled]
    return out + unplaced


def read(table_key: str, rows: list[Row], text_len: int, reaches_eof: bool,
         year_hint: int | None = None, layout_hint: str | None = None) -> Reading:
    records, reading = collect(table_key, rows, reaches_eof)
    table = template.TABLES[table_key]
    if table.one_line:
        return _read_single_line(records, rows, reading, text_len, reaches_eof)
    blocks: dict[str, str] = {}
    if table.has_blocks:  # table 二: blocks with headers of their own
        layout, other_single_row = table_layout(table_key, records, reading, year_hint), None
        blocks = block_layouts(table_key, records, reading, layout, text_len)
    else:
        layout, other_single_row = _single_row_layout(table, records)
        layout = layout or layout_hint or template.likely_layout(year_hint)
        if other_single_row is None:
            other_single_row = layout == "2019"
    reading.layout, reading.other_single_row, reading.block_layouts = layout, other_single_row, blocks
    order = row_order(table_key, layout, bool(other_single_row))
    records = _place_unlabelled(records, order)
    width = grid_width(records)
    seen: set[str] = set()
    placed_as: dict[str, list[str]] = {}  # row → the texts of the cells it was read from
    for rec in records:
        if rec.kind == EXTRA or (rec.kind == LABELLED and rec.key not in order and rec.values):
            # a local row, or a row of the other layout: kept visible, and said
            _extra(reading, rec)
            reading.extras_after_last += rec.kind == EXTRA and rec.filled and not rec.at_eof
            continue
        if rec.kind in (UNLABELLED, UNPLACED):
            reading.unplaced.append(rec)
            continue
        if rec.key not in order:
            continue
        single = table.single_row_variant
        if rec.key in seen:
            _printed_again(reading, rec, placed_as.get(rec.key))
            continue
        if not rec.values and single and rec.key == single.key and not other_single_row:
            continue
        block = block_of(table_key, layout, rec.key)
        if block.key in blocks:
            block = block_of(table_key, blocks[block.key], rec.key)
        seen.add(rec.key)
        columns = _printed_columns(reading, block, table.has_blocks)
        if rec.texts_in_values and 0 < sum(not c.empty for c in rec.values) < len(columns):
            # fewer numbers than columns: the words take a column's place (a full row's words are a piece
            # of its wrapped label)
            _words_in_values(reading, rec)
            continue
        how = rec.how
        split = _zero_run(rec.values, len(columns))
        if split is not None:
            rec.values, how = split, "zero_run"
        elif glued_run(rec) is not None:
            split, how = _glued_run(reading, rec, columns)
            if split is None:
                continue
            rec.values = split
        placed, cut = fit(in_value_columns(rec, len(columns), width), len(columns), rec.at_eof, text_len,
                         tuple(c.kind for c in columns))
        if (placed is None or cut) and rec.label is not None and LabelSet.is_cut_tail(rec.label.text, rec.how):
            # a label cut to its tail ('政许可') names its row only where the row's values fit it
            seen.discard(rec.key)
            if rec.values:
                reading.unplaced.append(rec)
            continue
        if placed is None and not rec.values:
            # its label alone: blank or lost is told by the whole copy (bare_rows.settle)
            reading.bare_rows.append(BareRow(f"{table_key}.{rec.key}", rec.label, tuple(c.key for c in columns),
                                             rec.own_slots))
            continue
        if placed is None and not rec.at_eof:
            placed = by_sign(rec.values, tuple(c.kind for c in columns))
            if placed is not None:
                how = "by_sign"
                # the columns after the signed one: blank or lost, the copy does not tell
                reading.blank_or_lost_rows.append(f"{table_key}.{rec.key}")
                reading.notices.append(
                    f"{table_key}: row 「{rec.label.text if rec.label else rec.key}」 prints {len(placed)} values for "
                    f"{len(columns)} columns; the signed {placed[-1].text.strip()} can stand only under "
                    f"「{columns[len(placed) - 1].label}」, so the values are read into the columns up to it and "
                    f"{' / '.join(c.label for c in columns[len(placed):])} is left unread (not printed)")
        if placed is None:
            reading.incomplete_rows.append(f"{table_key}.{rec.key}")
            if rec.slots_after and rec.slots_after + sum(not c.empty for c in rec.values) >= len(columns):
                # its numbers, then a run of empty cells filling the row: some cells were printed blank, but
                # which columns the numbers stand in is not shown — they stay null, the blanks are said
                reading.blank_slot_rows.append(f"{table_key}.{rec.key}")
            continue
        reading.cut_off |= cut
        reading.shows_slots |= any(c.empty for c in placed)
        words = list(dict.fromkeys(c.text for col, c in zip(columns, placed) if is_none_phrase(c.text)
                                   and not (col.kind == "signed" and is_zero_change(c.text))))
        changes = list(dict.fromkeys(c.text for col, c in zip(columns, placed)
                                     if col.kind == "signed" and is_zero_change(c.text)))
        if changes:
            reading.notices.append(f"{table_key}: row 「{rec.label.text if rec.label else rec.key}」 prints its 本年增/减 in "
                                   f"words ({' / '.join(changes)}): read as a change of 0 (match 'words')")
        if words:
            reading.notices.append(f"{table_key}: row 「{rec.label.text if rec.label else rec.key}」 prints words where its "
                                   f"numbers belong ({' / '.join(words)}): read as printed blank (null), like '无'")
        if placed:
            reading.extras_after_last = 0
        placed_as[rec.key] = [c.text for c in placed]
        for col, cell in zip(columns, placed):
            key = f"{table_key}.{rec.key}.{col.key}"
            unit = reading.header_units.get(col.key, col.unit)
            if col.kind == "signed" and is_zero_change(cell.text):
                # '未增未减' under 本年增/减: the change printed in words, 0 — read, and marked as read from words
                reading.values[key], reading.how[key] = (0, cell), "words"
                continue
            reading.values[key] = (_num(cell, col.kind, unit), cell)
            reading.how[key] = how
    all_keys = template.layout_cells(table_key, layout, bool(other_single_row), blocks)
    reading.missing = [k for k in all_keys if k not in reading.values]
    _unplaced_notices(reading)
    return reading


def _printed_columns(reading: Reading, block: template.Block, has_blocks: bool) -> tuple[template.Column, ...]:
    """The block's columns in the order its header prints them. Values are read under the header they stand
    under: a header naming every column once in another order than the template's is followed (and said);
    one that names only some of them, out of order, leaves the template's order and says so. A block read by
    its rows' number of values (layouts._by_values) prints the other layout's header: its columns are its own."""
    if block.key in reading.blocks_by_values:
        return block.columns
    printed = list(dict.fromkeys(reading.header_columns.get(block.key if has_blocks else None, ())))
    declared = [c.key for c in block.columns]
    printed = [k for k in printed if k in declared]
    in_template_order = sorted(printed, key=declared.index)
    # a header row of header words only, naming some of the columns: those are the columns printed, and the
    # row's numbers stand under them — filled by the template's order they would slide left
    header_names_some = (has_blocks and bool(printed) and len(printed) < len(declared)
                         and block.key in reading.whole_headers)
    if printed == in_template_order and not header_names_some:
        return block.columns
    by_key = {c.key: c for c in block.columns}
    names = " / ".join(by_key[k].label for k in printed)
    as_printed = tuple(by_key[k] for k in printed)
    if header_names_some:
        notice = f"「{block.title}」的表头只列出 {names}，按表头读取，其余列未印出"
        columns = as_printed
    elif len(printed) == len(declared):
        notice = f"「{block.title}」的表头顺序与模板不同（{names}），按表头顺序读取"
        columns = as_printed
    else:
        notice = f"「{block.title}」的表头顺序与模板不同且不全（{names}），按模板顺序读取，请核对"
        columns = block.columns
    if notice not in reading.notices:
        reading.notices.append(notice)
    return columns


def _zero_run(values: list[Cell], n: int) -> list[Cell] | None:
    """A row's cells fused into one run of exactly n 0 digits ('0000000' for seven columns): no count opens
    with 0, so each 0 is a cell of its own, and n of them fill the row. Any other run ('1000010', six 0s for
    seven columns) has more than one reading and is left as it is."""
    filled = [c for c in values if not c.empty]
    if n < 2 or len(filled) != 1 or filled[0].text.strip() != "0" * n:
        return None
    cell = filled[0]
    at = cell.start + cell.text.index("0")
    return [Cell("0", at + i, at + i + 1) for i in range(n)]


def _glued_run(reading: Reading, rec: Record, columns: tuple[template.Column, ...]) -> tuple[list[Cell] | None, str]:
    """A row whose values are one run of digits printed right after its label ('行政许可001' under three
    columns): cut into the row's cells (fused_rows.cut_run) only where nothing else can be meant — no count
    opens with 0, and a copy without separators shows no blank cell, so '102' may be 1/0/2, 10/2 or 102 beside
    blanks and is not read, nor is a run the copy's end may have cut; each said (never a guess, never a
    neighbour's column). '000' under three columns is 0/0/0 (_zero_run)."""
    run = glued_run(rec)
    row = f"{reading.table}.{rec.key}"
    name = rec.label.text if rec.label else rec.key
    out = Fused([])
    counts = cell_counts(run.text, tuple(c.kind for c in columns))
    cells = None
    if rec.at_eof:  # the run is the last thing the copy holds
        out.notices.append(f"{reading.table}: row 「{name}」 prints its cells as one run of digits '{run.text}' where "
                           "the copy stops: the run may be cut, so its cells are not read (left null)")
    elif counts[:-1]:
        out.notices.append(f"{reading.table}: row 「{name}」 prints its cells as one run of digits '{run.text}', which "
                           f"may be {' or '.join(map(str, counts))} printed cells of its {len(columns)} (a copy without "
                           "separators shows no blank cell); its cells are not read (left null)")
    else:
        cells = cut_run(out, reading.table, name, run.text, run.start, columns)
    reading.notices += out.notices
    if cells is None:
        reading.incomplete_rows.append(row)
        reading.fused_runs[row] = (run.start, run.end)
        return None, rec.how
    return cells, out.how[(cells[0].start, cells[0].end)]


def _words_in_values(reading: Reading, rec: Record) -> None:
    """Words stand where the row's numbers do (a project's name in 采购项目数量): the row's cells cannot be
    read, and taking its numbers alone would slide them into the columns on their left. Unread, and said."""
    row = f"{reading.table}.{rec.key}"
    if row not in reading.incomplete_rows:
        reading.incomplete_rows.append(row)
    words = " / ".join(c.text for c in rec.texts_in_values)
    shown = ", ".join(c.text or "空" for c in rec.values)
    reading.notices.append(f"{reading.table}: row 「{rec.label.text if rec.label else rec.key}」 prints words among its numbers "
                           f"（{words}; numbers: {shown}）: its cells are not read (left null), none moved")


def _printed_again(reading: Reading, rec: Record, first: list[str] | None) -> None:
    """A template row printed a second time. With the same cells, or none, it is a repeat; with other
    numbers (one line per project under 政府集中采购), which line is the row cannot be told: the row is
    left unread rather than taken from the first and the others dropped unsaid."""
    if not rec.filled:
        return
    texts = [c.text for c in rec.values]
    if first is not None and [t for t in texts if t] == [t for t in first if t]:
        return
    row = f"{reading.table}.{rec.key}"
    for key in [k for k in reading.values if k.rsplit(".", 1)[0] == row]:
        del reading.values[key]
        reading.how.pop(key, None)
    if row not in reading.incomplete_rows:
        reading.incomplete_rows.append(row)
        reading.notices.append(f"{reading.table}: row 「{rec.label.text if rec.label else rec.key}」 is printed more than once with other "
                               "numbers: which line is the row cannot be told; its cells are not read (left null)")


def _extra(reading: Reading, rec: Record) -> None:
    label = rec.label.text if rec.label else rec.key
    values = [_num(c, "count", None) for c in rec.values]
    reading.extra_rows.append({"label": label, "values": values})
    shown = ", ".join("空" if v is None else str(v) for v in values)
    reading.notices.append(f"{reading.table}: row 「{label}」 is no row of the template; its values ({shown}) "
                           "are kept in extra_rows")


def _unplaced_notices(reading: Reading) -> None:
    for rec in reading.unplaced:
        shown = ", ".join(c.text or "空" for c in rec.values)
        where = f"after 「{rec.label.text[:30]}」" if rec.label else "under no row label"
        reading.notices.append(f"{reading.table}: values {where} {WITHOUT_ROW_WORDS}: {shown}")


def _num(cell: Cell, kind: str, unit: str | None):
    v = parse(cell.text)
    return None if v is None else convert(v, kind, unit)


def _read_single_line(records: list[Record], rows: list[Row], reading: Reading, text_len: int,
                      reaches_eof: bool) -> Reading:
    """Table 四: fifteen values in one line (or one per line) after its header."""
    table = reading.table
    block = next(iter(template.TABLES[table].layouts.values())).blocks[0]
    keys = [f"{table}.{r.key}.{c.key}" for r in block.rows for c in block.columns]
    n = len(keys)
    stream: list[Cell] = []
    full_rows: list[list[Cell]] = []
    for row in rows:
        if row.filler:
            continue  # a copy's filler line holds no cell of table 四
        vals = [c for c in row.cells if parse(c.text) is not None]
        if len(vals) != len(row.cells):
            continue  # header or prose
        stream += vals
        if row.grid and sum(1 for c in vals if not c.empty) >= n - 1:
            full_rows.append(vals)
    reading.layout = None
    if _states_nothing(stream):
        return reading  # '无' alone under the heading: the section says it has nothing, no table is printed
    kinds = tuple(c.kind for _ in block.rows for c in block.columns)
    placed, cut = fit(stream, n, reaches_eof, text_len, kinds)
    if placed is None and full_rows:
        placed, cut = fit(full_rows[0], n, False, text_len)
    if placed is None:
        if any(not c.empty for c in stream):
            reading.incomplete_rows.append(table)
        reading.missing = keys
        return reading
    reading.rows_seen = 1 if any(not c.empty for c in placed) or placed else 0
    reading.cut_off = cut
    for key, cell in zip(keys, placed):
        reading.values[key] = (_num(cell, "count", None), cell)
        reading.how[key] = "order"  # the line is read in the template's column order
    reading.missing = [k for k in keys if k not in reading.values]
    return reading


def _states_nothing(stream: list[Cell]) -> bool:
    """One word blank ('无', '空') where the table's fifteen cells belong, and nothing else: the
    section's answer that there was nothing to report, not a table whose first cell is printed blank
    and the rest cut (a table printed one cell per line shows its blanks as one mark per cell)."""
    return len(stream) == 1 and stream[0].text.strip() in WORD_BLANKS
