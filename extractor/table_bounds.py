"""Where one table's rows give way to another's when no heading says so (a fragment without '三、收到和处理…',
a heading lost in the copy): a run of rows the label matcher knows as another table's, and none of its own,
ends the table it stands in and begins that one. Regions never overlap, so no row is read twice."""
from __future__ import annotations

from . import template
from .ir import Row
from .labelsets import label_set
from .values import parse

RUN = 2  # consecutive row labels of another table: one label alone may be a shared word, two are its rows

Region = tuple[int, int, bool, bool]  # start, end, heading_found, head_cut


def _owner(table_key: str, text: str) -> str | None:
    """`table_key` if the label is one of its own (any role), the other table whose row it is, or None."""
    if label_set(table_key).match(text) is not None:
        return table_key
    others = {t for t in template.TABLES if t != table_key and _is_row(t, text)}
    return others.pop() if len(others) == 1 else None


def _is_row(table_key: str, text: str) -> bool:
    m = label_set(table_key).match(text)
    return m is not None and m.target.kind == "row" and m.how != "fuzzy"


def foreign_run(table_key: str, rows: list[Row]) -> tuple[int, str] | None:
    """(offset, other table) of the first run of RUN row labels of one other table among `rows`."""
    start, other, count = None, None, 0
    for row in rows:
        text = row.cells[0].text
        if not text or parse(text) is not None:
            continue  # values and blanks neither make nor break a run
        owner = _owner(table_key, text)
        if owner is None:
            continue  # a word no table knows (a header cell, a note)
        if owner == table_key:
            start, other, count = None, None, 0
            continue
        if owner != other:
            start, other, count = row.cells[0].start, owner, 0
        count += 1
        if count >= RUN:
            return start, other
    return None


def separate(regions: dict[str, Region], rows: list[Row], text_len: int) -> dict[str, Region]:
    """`regions` with each table ended where another table's run of rows begins (that table starting there
    when nothing else placed it), then each ended where another region starts inside it."""
    out = dict(regions)
    for key in [t for t in template.TABLES if t in regions]:
        start, end, heading, head_cut = out[key]
        inside = [r for r in rows if r.cells and start <= r.cells[0].start < end]
        hit = foreign_run(key, inside)
        if hit is None:
            continue
        at, other = hit
        out[key] = (start, at, heading, head_cut)
        if other not in out:
            out[other] = (at, end, False, True)
    starts = sorted(r[0] for r in out.values())
    for key, (start, end, heading, head_cut) in out.items():
        later = [s for s in starts if start < s < end]
        if later:
            out[key] = (start, min(later), heading, head_cut)
    return out
