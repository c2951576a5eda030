"""Table 二's blocks (第二十条第（一）（五）（六）（八）（九）项) as printed: which layout each was read in."""
from __future__ import annotations

from extractor import template

from .context import Context

AD = "active_disclosure"


def by_values(ctx: Context) -> tuple[str, ...]:
    """Cell-key prefixes of the blocks the parser read in the other layout's columns by their rows' number of
    values, under headers of the table's own layout (TableStatus.blocks_by_values): their headers are not the
    other layout's."""
    st = ctx.status.get(AD)
    blocks = st.blocks_by_values if st is not None else []
    table = template.TABLES[AD]
    return tuple(f"{AD}.{r.key}." for k in blocks for lay in table.layouts.values() if lay.block(k) is not None
                 for r in lay.block(k).rows)


def block_layouts(ctx: Context) -> list[tuple[str, str, list[str]]]:
    """(block name as messages give it, 第（一）项, layout, its printed cell keys) for each block of table 二,
    in template order: a block's layout is the one whose columns its rows were read in (the parser nests each
    block as printed). When both layouts' versions of a block are in the printed keys (2021's （五） 行政许可 /
    本年处理决定数量 is one of the 2019 block's cells), the one that takes the most of them is the block as
    printed."""
    table = template.TABLES[AD]
    printed = ctx.values  # the report's cells, flattened once by Context
    best: dict[str, tuple[str, str, list[str]]] = {}
    for name, lay in table.layouts.items():
        for block in lay.blocks:
            keys = [f"{AD}.{r.key}.{c.key}" for r in block.rows for c in block.columns]
            if not keys or not all(k in printed for k in keys):
                continue
            # a block whose rows and columns both layouts share tells nothing
            if any(b.key == block.key and [c.key for c in b.columns] == [c.key for c in block.columns]
                   for other, ol in table.layouts.items() if other != name for b in ol.blocks):
                continue
            if block.key not in best or len(keys) > len(best[block.key][2]):
                best[block.key] = (block.title, name, keys)
    order = [b.key for b in table.layouts[ctx.table_layout(AD) or "2021"].blocks]
    ranked = sorted(best.items(), key=lambda b: order.index(b[0]) if b[0] in order else len(order))
    return [(title.replace("第二十条", ""), name, [k for k in keys if printed[k] is not None])
            for _, (title, name, keys) in ranked]
