"""Which template rows and cells of an unparsed table a copy cut inside it can still show.

A copy that stops inside a table (a page head, a truncated download) shows the table's first rows
only. A reader — or a model — asked for every template row would be asked about rows that are not in
the text, and a careless one answers them with numbers printed elsewhere. So, in template order:
the rows up to the last one whose label the one matcher finds in the region, or as many rows as the
region prints rows of values (labels the matcher does not know, values without a label), whichever
is more. In the last printed row, the cells after its last complete value are cut off as well (the
parser's own rule, `fit_row.fit`: the number the copy stops on may be cut short).
"""
from __future__ import annotations

from ..fit_row import fit
from ..labelsets import label_set
from .schema import template_rows


def visible_part(table: str, layout: str, other_single_row: bool, records, region_cells,
                 text_len: int) -> tuple[tuple[str, ...], frozenset[str]]:
    """(rows that can be in the text, in template order; cells of those rows cut off by the copy's end)."""
    order = template_rows(table, layout, other_single_row)
    keys = [row.key for row, _ in order]
    labels = label_set(table)
    last_named = -1
    for cell in region_cells:
        m = labels.match(cell.text) if cell.text else None
        if m is not None and m.target.kind == "row" and m.how != "fuzzy" and m.target.key in keys:
            last_named = max(last_named, keys.index(m.target.key))
    printed = [r for r in records if r.filled]
    n = max(last_named + 1, len(printed))
    rows = tuple(keys[:n])
    cut: set[str] = set()
    if printed and len(printed) == n and printed[-1].at_eof:
        row, block = order[n - 1]
        placed, was_cut = fit(printed[-1].values, len(block.columns), True, text_len)
        if placed is not None and was_cut:
            cut = {f"{table}.{row.key}.{c.key}" for c in block.columns[len(placed):]}
    return rows, frozenset(cut)
