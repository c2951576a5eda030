"""Which layout a table is printed in, and each of its blocks — from evidence the template declares.

Evidence, each a vote for a layout:
- a header cell that is one layout's column (本年制发件数 → 2021), counted for the table and for the block
  whose title was seen last;
- a row the template's fingerprints give to one layout (其他对外管理服务事项, 政府集中采购 → 2019), two votes;
- a row's number of values, where the layouts' blocks differ in width (行政许可 with 3 values → 2019's
  上一年项目数量/本年增减/处理决定数量; with exactly 1, its row closed → 2021); a run of digits printed right after
  its label ('行政许可000') votes for the one width that can hold its cells (no count opens with 0: '000' is three
  cells, never one), and for none when several can ('102': 102, or 1/0/2, or 10/2 and a blank).
A block takes another layout than its table only when its own headers say so and its rows' values fit
that layout's columns: 第二十条第（一）项 printed with 2019 headers in a 2021 table (meta.template `mixed`).
"""
from __future__ import annotations

from functools import lru_cache

from . import template
from .fit_row import fit, glued_run
from .fused_split import cell_counts
from .labelsets import label_set, row_widths
from .records import LABELLED, Reading, Record


@lru_cache(maxsize=None)
def _fingerprint_rows(table_key: str) -> dict[str, str]:
    """row key → the layout whose fingerprint names it."""
    out: dict[str, str] = {}
    for layout, labels in template.TABLES[table_key].fingerprints.items():
        for label in labels:
            m = label_set(table_key).match(label)
            # a row both layouts have (行政规范性文件 / 规范性文件) tells nothing by being there
            if m is not None and m.target.kind == "row" and len(row_widths(table_key, m.target.key)) == 1:
                out[m.target.key] = layout
    return out


def _row_vote(table_key: str, rec: Record) -> tuple[str | None, str | None, int]:
    """(layout, block key, weight) of one record's evidence, or (None, None, 0)."""
    widths = row_widths(table_key, rec.key)
    fingerprint = _fingerprint_rows(table_key).get(rec.key)
    if fingerprint is not None:
        return fingerprint, widths.get(fingerprint, (None, 0))[0], 2
    if len({w for _, w in widths.values()}) < 2:
        return None, None, 0
    run = glued_run(rec)
    if run is not None and (not rec.at_eof or run.text.startswith("0")):  # a cut run may have lost digits
        cut = [name for name, (block, _) in widths.items() if cell_counts(run.text, _kinds(table_key, name, block))]
        return (cut[0], widths[cut[0]][0], 1) if len(cut) == 1 else (None, None, 0)
    n = sum(1 for c in rec.values if not c.empty)
    exact = [name for name, (_, w) in widths.items() if w == n]
    if n >= 1 and len(exact) == 1 and (n > 1 or rec.closed):
        return exact[0], widths[exact[0]][0], 1
    wider = [name for name, (_, w) in widths.items() if w >= n]
    if n >= 2 and len(wider) == 1:
        return wider[0], widths[wider[0]][0], 1
    return None, None, 0


def _kinds(table_key: str, layout: str, block_key: str) -> tuple[str, ...]:
    return tuple(c.kind for c in template.TABLES[table_key].layouts[layout].block(block_key).columns)


def table_layout(table_key: str, records: list[Record], reading: Reading, year_hint: int | None) -> str:
    votes = dict(reading.layout_votes)
    for rec in records:
        if rec.kind == LABELLED and rec.key:
            layout, _, weight = _row_vote(table_key, rec)
            if layout is not None:
                votes[layout] = votes.get(layout, 0) + weight
    a, b = votes.get("2019", 0), votes.get("2021", 0)
    if a != b:
        return "2019" if a > b else "2021"
    return template.likely_layout(year_hint)


def block_layouts(table_key: str, records: list[Record], reading: Reading, layout: str,
                  text_len: int) -> dict[str, str]:
    """block key → layout, for the blocks printed in another layout than the table's."""
    out: dict[str, str] = {}
    table = template.TABLES[table_key]
    for block_key, votes in reading.block_votes.items():
        ours = table.layouts[layout].block(block_key)
        if ours is not None and _header_names_exactly(reading, block_key, ours):
            continue  # '处理决定数量' alone is the 2021 block's one column, though 2019 words it so
        other = max(votes, key=votes.get)
        if votes[other] <= votes.get(layout, 0):
            continue
        theirs = table.printed_in(block_key, layout, other)
        if theirs is None:
            continue
        rows = [r for r in records if r.kind == LABELLED and r.filled and any(x.key == r.key for x in theirs.rows)]
        if rows and all(fit(r.values, len(theirs.columns), r.at_eof, text_len)[0] is not None for r in rows):
            out[block_key] = other
    for block in table.layouts[layout].blocks:
        other = None if block.key in out else _by_values(table_key, records, block, layout)
        if other is not None:
            out[block.key] = other
            reading.blocks_by_values.append(block.key)
    return out


def _by_values(table_key: str, records: list[Record], block: template.Block, layout: str) -> str | None:
    """The other layout of a block whose every row prints more values than this layout's version has columns,
    exactly as many as the other's (第二十条第（六）项 under the 2021 header 本年处理决定数量, each row '行政处罚 | 2 | 0 | 0':
    the 2019 block's 上一年项目数量 / 本年增/减 / 处理决定数量), whatever its header says. More values than columns are
    never lost cells; a row repeating one value over its cells (a merged cell copied into each) tells nothing."""
    keys = {r.key for r in block.rows}
    rows = [r for r in records if r.kind == LABELLED and r.filled and r.key in keys]
    if not rows:
        return None
    others = set()
    for r in rows:
        n = sum(1 for c in r.values if not c.empty)
        widths = row_widths(table_key, r.key)
        wider = [name for name, (_, w) in widths.items() if name != layout and w == n > len(block.columns)]
        if len(wider) != 1:
            return None
        others.add(wider[0])
    if len(others) != 1 or not any(len({c.text.strip() for c in r.values if not c.empty}) > 1 for r in rows):
        return None
    other = others.pop()
    return other if template.TABLES[table_key].printed_in(block.key, layout, other) is not None else None


def _header_names_exactly(reading: Reading, block_key: str, block: template.Block) -> bool:
    """The block's header, printed whole on one row, names exactly this version's columns: whatever layout
    its words lean to, its columns are this block's."""
    named = set(reading.header_columns.get(block_key, ()))
    return block_key in reading.whole_headers and named == {c.key for c in block.columns}
