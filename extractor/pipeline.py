"""The deterministic pipeline: a Document → the canonical Report (without LLM, without audit)."""
from __future__ import annotations

from functools import lru_cache

from . import template
from .bare_rows import settle
from .cells import nest
from .fused_rows import BY_COLUMNS, BY_TOTAL, expand
from .header_layout import first_header, told_layout
from .ir import Document, Row
from .labels import match_key
from .labelsets import block_of, label_set, row_widths
from .meta import read_meta
from .pipe_line import split as split_pipe_line
from .models import CUT_WORDS, READ_STATUSES, Report, TableStatus
from .reading import read
from .segment import spans
from .table_bounds import separate
from .tokenize import rows as tokenize
from .values import is_value

_ORPHAN_MIN_WIDTH = 3  # a lone row starts a region only if it prints this many values or more


def regions(text: str, sections: list[dict], rows: list[Row]) -> dict[str, tuple[int, int, bool, bool]]:
    """table → (start, end, heading_found, head_cut). A table lives in its section; without a heading,
    from its first anchor label (template.Table.anchors) to the next heading; without either, from a
    row of its own printed with all its values (a page that opens inside the table: head_cut, the rows
    before it are not visible). A run of another table's rows ends a table (table_bounds.separate)."""
    bounds = sorted(s["start"] for s in sections) + [len(text)]
    out: dict[str, tuple[int, int, bool, bool]] = {}
    by_key = {s["key"]: s for s in sections}
    for table in template.TABLES.values():
        sec = by_key.get(table.section)
        if sec is not None:
            out[table.key] = _printed_elsewhere(table, sec, sections, rows) or (sec["start"], sec["end"], True, False)
            continue
        anchors = {match_key(a) for a in table.anchors}
        start = next((row.cells[0].start for row in rows
                      if row.cells and anchors and match_key(row.cells[0].text) in anchors), None)
        head_cut = False
        if start is None:
            start = next((row.cells[0].start for row in rows if _full_row_of(table, row)), None)
            head_cut = start is not None
        if start is not None:
            end = next((b for b in bounds if b > start), len(text))
            out[table.key] = (start, end, False, head_cut)
    return separate(out, rows, len(text))


# sections that hold no table of their own: a table printed inside one of them is out of place, not theirs
_NO_TABLE = frozenset(s.key for s in template.SECTIONS) - {t.section for t in template.TABLES.values()}


def _printed_elsewhere(table: template.Table, sec: dict, sections: list[dict], rows: list[Row]):
    """A table whose section prints nothing of it under its heading, while a section that has no table of its
    own (总体情况) prints the table's rows from its anchor label on ('第二十条第(一)项 | 信息内容 | … 规 章 | 0'
    under 一、总体情况, before 二's heading): the table stands where it is printed, known by its own labels.
    None where the section holds the table's labels or any value, or where no such run is printed."""
    labels = label_set(table.key)

    def of_table(row: Row) -> bool:
        return any(is_value(c.text) or (labels.match(c.text) is not None) for c in row.cells if not c.empty)

    heading_end = sec["start"] + len(sec["heading"])
    if any(of_table(r) for r in rows if r.cells and heading_end <= r.cells[0].start < sec["end"]):
        return None
    anchors = {match_key(a) for a in table.anchors}
    for other in sections:
        if other["key"] not in _NO_TABLE:
            continue
        start = next((r.cells[0].start for r in rows if r.cells and other["start"] <= r.cells[0].start < other["end"]
                      and match_key(r.cells[0].text) in anchors), None)
        if start is not None:
            return (start, other["end"], True, False)
    return None


def _full_row_of(table: template.Table, row: Row) -> bool:
    """A physical row holding one of the table's row labels and exactly its values."""
    if not row.grid or len(row.cells) < 1 + _ORPHAN_MIN_WIDTH:
        return False
    m = label_set(table.key).match(row.cells[0].text)
    if m is None or m.target.kind != "row" or m.how == "fuzzy":
        return False
    n = len(row.cells) - 1
    if any(is_value(c.text) is False or c.empty for c in row.cells[1:]):
        return False
    return any(w == n for _, w in row_widths(table.key, m.target.key).values())


def _layout(reading) -> str:
    """The layout the table was read in; table 四 (one layout) and an unread table take the fallback."""
    return reading.layout or template.likely_layout(None)


def _status(reading, heading: bool, cut: bool, head_cut: bool = False, runs: dict | None = None,
            unread: set | None = None) -> TableStatus:
    """The table's status; `runs`: where each row left unread as one run of digits stands (`unread`: such rows
    whose run has no span, table 三's whose readings the column totals did not settle)."""
    layout = reading.layout if not template.TABLES[reading.table].one_line else None
    runs = runs or {}
    fused = [r for r in reading.incomplete_rows if r in runs or r in (unread or ())]
    cut_here = reading.cut_off or (cut and bool(reading.missing))
    base = dict(layout=layout, other_single_row=reading.other_single_row,
                missing=[k for k in reading.missing], incomplete_rows=list(reading.incomplete_rows),
                missing_rows=_rows_not_found(reading, cut_here, head_cut),
                blank_or_lost_rows=list(reading.blank_or_lost_rows), blank_slot_rows=list(reading.blank_slot_rows),
                fused_rows=fused, fused_runs={r: runs[r] for r in fused if r in runs},
                values_without_row=len(reading.unplaced), blocks_by_values=list(reading.blocks_by_values))
    if reading.rows_seen == 0 and not reading.values:
        if heading:
            return TableStatus(status="unparsed", reason="the section is there but no table rows could be read "
                               "from its text (table as image, prose, or an unknown layout)", **base)
        return TableStatus(status="absent", reason="no such table in the document", **base)
    if reading.incomplete_rows or reading.missing:
        cut_at = [at for at, there in (("top", head_cut), ("end", cut_here)) if there]
        why = [CUT_WORDS[at] for at in cut_at]
        if reading.incomplete_rows:
            why.append(f"{len(reading.incomplete_rows)} row(s) lost cells and cannot be placed; left null")
        if reading.blank_or_lost_rows:
            why.append(f"{len(reading.blank_or_lost_rows)} row(s) printed as a label alone or short of "
                       "their last cells: left blank or lost in the copy cannot be told; left null")
        rows = base["missing_rows"]
        if rows:
            shown = ", ".join(rows[:8]) + (f" and {len(rows) - 8} more" if len(rows) > 8 else "")
            why.append(f"template row(s) not found: {shown}")
        if not why:
            why.append(f"{len(reading.missing)} template cell(s) not found")
        return TableStatus(status="partial", reason="; ".join(why), cut=cut_at, **base)
    return TableStatus(status="complete", **base)


def _rows_not_found(reading, cut: bool, head_cut: bool = False) -> list[str]:
    """Rows none of whose cells was read, in template order (a row lost, or printed under a label
    nothing recognised). This is where cut off and missing part: in a copy cut inside the table, a row
    is cut off only if the copy stops before the point where it would be printed — a row before the
    last one read, or before a later row's label or a later block's title the copy prints, is missing. A copy
    cut before any row is read still shows where it runs when it prints a later block's title (the page stops
    under '第二十条第(五)项 / 信息内容'), and so does one that stops at a later row's label printed straight after
    the header ('对外公开总数量 / 规范性文件(…', the 规章 row not printed): the rows before it are missing."""
    if not reading.values and not (cut and (reading.rows_labelled or not reading.rows_seen and reading.blocks_titled)):
        return []
    read = {k.rsplit(".", 1)[0] for k in reading.values}
    order = list(_row_order(reading.table, _layout(reading), bool(reading.other_single_row)))
    if cut:
        last = max((i for i, r in enumerate(order) if r in read), default=-1)
        order = list(dict.fromkeys(order[:max(last, _shown_until(reading, order))]
                                   + _printed_after(reading, order, last)))
    if head_cut:
        first = min((i for i, r in enumerate(order) if r in read), default=len(order))
        order = order[first:]
    told = set(reading.incomplete_rows) | set(reading.blank_or_lost_rows)  # printed rows, values not read
    return [r for r in order if r not in read and r not in told]


@lru_cache(maxsize=None)  # a handful of shapes, asked for by every table of every report
def _row_order(table: str, layout: str, other_single_row: bool) -> tuple[str, ...]:
    """The template's rows ("table.row") of a table in a layout, in order."""
    order: list[str] = []
    for k in template.layout_cells(table, layout, other_single_row):
        row = k.rsplit(".", 1)[0]
        if not order or order[-1] != row:
            order.append(row)
    return tuple(order)


def _shown_until(reading, order: list[str]) -> int:
    """Index in `order` of the furthest row whose label, or the first row of the furthest block whose
    title, the copy prints: the rows before it stand in the visible text."""
    layout = _layout(reading)
    at = [order.index(f"{reading.table}.{r}") for r in reading.rows_labelled if f"{reading.table}.{r}" in order]
    firsts: dict[str, int] = {}
    for i, row in enumerate(order):
        block = block_of(reading.table, layout, row.split(".", 1)[1])
        if block is not None and block.key in reading.blocks_titled:
            firsts.setdefault(block.key, i)
    return max(at + list(firsts.values()), default=-1)


def _printed_after(reading, order: list[str], last: int) -> list[str]:
    """In a cut copy, the template rows right after the last one read that unrecognised rows printed
    whole after it stand for — only within the same block: a local extra row (其他主动公开文件) ends a
    block, and a block that follows has its own header."""
    if last < 0 or not reading.extras_after_last:
        return []
    layout = _layout(reading)

    def block(row: str):  # rows here are "table.row"
        return block_of(reading.table, layout, row.split(".", 1)[1])

    after = order[last + 1: last + 1 + reading.extras_after_last]
    return [r for r in after if block(order[last]) is not None and block(r) is block(order[last])]


def extract_document(doc: Document) -> Report:
    text = doc.text
    rows = split_pipe_line(tokenize(text))  # a page printed as one line with ' | ' between its cells
    sections = spans(text)
    first = sections[0]["start"] if sections else None
    meta = read_meta(text, first)
    found = regions(text, sections, rows)
    fused = expand(text, rows, found, meta["year"])  # tables printed as one line of labels and digit runs
    rows = fused.rows
    readings, regions_read = {}, {}
    layout_hint = None
    for table in template.TABLES.values():
        region = found.get(table.key)
        if region is None:
            continue
        start, end, heading, head_cut = region
        region_rows = [r for r in rows if r.cells and start <= r.cells[0].start < end]
        reaches_eof = end >= len(text.rstrip())
        reading = read(table.key, region_rows, len(text), reaches_eof, meta["year"], layout_hint)
        for k, (_, cell) in reading.values.items() if fused.how else ():  # (most copies fuse no row)
            if cell is not None and (cell.start, cell.end) in fused.how:
                reading.how[k] = fused.how[(cell.start, cell.end)]
        if table.has_blocks and reading.values:  # table 二's layout hints table 三's where it is unclear
            layout_hint = reading.layout
        readings[table.key] = reading
        regions_read[table.key] = (heading, reaches_eof, head_cut)
    settle(list(readings.values()), fused.unread)  # rows printed as a label alone: blank or lost, told by the whole copy
    statuses = {key: _status(readings[key], *regions_read[key], fused.runs | readings[key].fused_runs, fused.unread)
                if key in readings
                else TableStatus(status="absent", reason="no such table in the document") for key in template.TABLES}
    # SCHEMA.md knows four source formats; markdown (PDF converters' output) is text
    fmt = "text" if doc.format == "markdown" else doc.format
    tables: dict = {}
    provenance: dict = {}
    for key, reading in readings.items():
        st = statuses[key]
        if st.status in ("absent", "unparsed"):
            tables[key] = None
            continue
        flat = {k: v for k, (v, _) in reading.values.items()}
        layout = _layout(reading)
        tables[key] = nest(key, flat, layout, bool(reading.other_single_row), reading.extra_rows,
                           reading.block_layouts)
        for k, (v, cell) in reading.values.items():
            if v is not None and cell is not None:
                how = reading.how.get(k)  # a cell cut from a fused run by its row's total is inferred
                provenance[k] = {"method": "inferred" if how in (BY_TOTAL, BY_COLUMNS) else "parser",
                                 "span": (cell.start, cell.end), "match": how}
    # the report's parts as plain values, validated in one call: a model made per cell (Provenance) or per
    # section cost more in its Python-level construction than in its validation
    report = Report.model_validate({
        "source": {"path": doc.path, "sha256": doc.sha256, "format": fmt}, "sections": sections,
        "tables": tables, "provenance": provenance,
        "meta": {**meta, "template": _template(readings, statuses) or _by_header(text, found)}})
    report.extraction.tables = statuses
    report.extraction.notices = list(doc.notices) + fused.notices + [n for r in readings.values() for n in r.notices]
    several = _copies_of_table3(text)
    if several > 1:
        report.extraction.notices.append(f"the file seems to hold {several} reports (table 三's first rows are "
                                         f"printed {several} times); one report was read from it")
    return report


def _copies_of_table3(text: str) -> int:
    """On how many lines table 三's first two row labels are printed (prose rarely repeats both; a grid
    row repeats a merged label within its one line)."""
    def lines_with(label: str) -> int:
        lines, at = set(), text.find(label)
        while at >= 0:
            lines.add(text.rfind("\n", 0, at))
            at = text.find(label, at + len(label))
        return len(lines)

    rows = template.APPLICATIONS.layouts["2021"].blocks[0].rows
    return min(lines_with(rows[0].label), lines_with(rows[1].label))


def _by_header(text: str, found: dict) -> str | None:
    """The layout table 二's printed column header tells where no row does (a copy cut inside its header,
    '第二十条第(一)项 / 信息内容 / 本年制发件数 / 本年废止件'): its words are one template's."""
    region = found.get(template.ACTIVE_DISCLOSURE.key)
    header = first_header(text[region[0]:region[1]], region[0]) if region is not None else None
    return told_layout(header) if header is not None else None


@lru_cache(maxsize=None)  # the template's answer, asked for by every report
def _single_row_split(table_key: str) -> tuple[str, tuple]:
    return template.TABLES[table_key].single_row_split()


def _template(readings: dict, statuses: dict) -> str | None:
    def usable(k: str) -> bool:
        return k in readings and statuses[k].status in READ_STATUSES

    table = template.APPLICATIONS
    ad = readings["active_disclosure"].layout if usable("active_disclosure") else None
    app = readings.get(table.key) if usable(table.key) else None
    split_layout, subrows = _single_row_split(table.key)
    app_layout = None
    sub_keys = tuple(f"{table.key}.{r.key}." for r in subrows)
    if app is not None and any(k.startswith(sub_keys) for k in app.values):
        app_layout = split_layout  # the three （六） sub-rows are printed
    if (ad and app_layout and ad != app_layout) or any(r.block_layouts for r in readings.values()):
        return "mixed"  # tables in different layouts, or a block of one printed in the other's columns
    # （六） printed as one row tells the 2019 layout only when that row was read, not from the year alone
    single = app is not None and app.other_single_row and any(
        k.startswith(f"{table.key}.{table.single_row_variant.key}.") for k in app.values)
    return ad or app_layout or (app.layout if single else None)
