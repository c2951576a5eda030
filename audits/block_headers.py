"""Blocks of table 二 whose column header is not printed where values stand in its place: '第二十条第(八)项',
'信息内容', '0 | 0 | 0', then '行政事业性收费 | 0' — the header (本年收费金额(单位:万元)) and with it the unit are
missing, and the stray values belong to no row. Read from the text between a block's title and its first row
label, the only place a header stands: a cell naming one of the block's columns there is its header; one naming
it anywhere else in the copy means the copy moved it, and nothing is said."""
from __future__ import annotations

from dataclasses import dataclass

from extractor import template
from extractor.header_layout import CELL
from extractor.labelsets import column_of_header, label_set
from extractor.values import parse

from .context import Context


@dataclass(frozen=True)
class UnheadedBlock:
    block: template.Block
    title: tuple[int, int]  # the block title's span
    values: tuple[str, ...]  # the values printed where the header belongs


def unheaded_blocks(ctx: Context, table: str) -> list[UnheadedBlock]:
    """The blocks of a table with blocks (table 二) that print values, and no header naming one of their
    columns, between their title and their first row label."""
    t = template.TABLES[table]
    st = ctx.status.get(table)
    if ctx.text is None or not t.has_blocks or st is None or not st.values_without_row or st.layout is None:
        return []
    layout = t.layouts[st.layout]
    labels = label_set(table)
    out, block, title, headed, values = [], None, None, False, []
    named = set()  # columns some cell of the text names, wherever it stands

    def close():
        if block is not None and values and not headed:
            out.append(UnheadedBlock(block, title, tuple(values)))

    for m in CELL.finditer(ctx.text):
        text = m.group(0).strip()
        if not text:
            continue
        column = column_of_header(table, text)
        named.add(column)
        hit = labels.match(text)
        role = hit.target if hit is not None else None
        if role is not None and role.kind == "block":
            close()
            block, title, headed, values = layout.block(role.key), m.span(), False, []
            continue
        if block is None:
            continue
        if role is not None and role.kind == "row":
            close()
            block = None  # past the header: the block's rows follow
            continue
        keys = {c.key for c in block.columns}
        if column in keys:
            headed = True
        elif (v := parse(text)) is not None and v.number is not None:
            values.append(text)
        elif len(text) > 24:  # prose: the table is over
            block = None
    close()
    # a header printed elsewhere (a conversion that moved the header row below the block: 上海市政府办公厅 2025's
    # PDF) is the copy's scramble, not a header the report left out
    return [u for u in out if not named & {c.key for c in u.block.columns}]
