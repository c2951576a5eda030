"""A table printed as one line of labels and digit runs, without separators, turned into rows of cells.

Some crawls print a report's body as one line: '…规章007规范性文件7777166第二十条第（五）项信息内容…行政许可
396442278…一、本年新收政府信息公开申请数量200 000121二、上年结转…0000000…'. No line or cell boundary is
left, so the ordinary readers see prose. Here the template's row labels (and, for table 四, its header)
are looked up in the line in template order (labels.KeyedText); the values between one label and the next
are that row's run, cut into the row's cells by `fused_split`:
- one reading (as many digits as cells, or boundaries the copy kept): read as printed;
- several, of which exactly one makes the row's own total the sum of its parts (table 三's 总计 column,
  table 四's groups): read by that total, the cells marked inferred (`BY_TOTAL`), and that total then
  checks nothing for the row;
- several that keep it (table 三): read only if exactly one choice of them across the line's rows makes
  each column's （七）总计 the sum of its outcome rows (H2), with every other term of those sums read — the
  cells marked inferred (`BY_COLUMNS`), and those column totals then check nothing;
- several otherwise, or none: the row's cells are not read, and a notice names the readings.
The rows made here are ordinary `ir.Row`s whose cells point at the digits they were cut from, so the table
readers place them like any other copy's rows. H1 (new + carried over = （七）总计 + carried forward) never
picks a reading: it keeps its cells free of any outcome row, so it stays free to fail.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import product

from . import template
from .dates import YEAR_AT_RUN_END
from .fused_split import MAX_READINGS, Cut, by_total, number, readings, value_text
from .ir import Cell, Row
from .labels import KeyedText, core_key, match_key
from .labelsets import Role, header_pieces, label_set
from .tokenize import reads_as_cell

FUSED, BY_TOTAL = "fused", "fused_total"  # provenance `match` of a cell cut from a fused run
BY_COLUMNS = "fused_columns"  # …by the one choice of readings under which table 三's column totals hold
_MAX_CHOICES = 64  # choices of readings across a line's rows tried against the column totals
_MIN_ROWS = 3  # a line is a fused table when this many row labels are each followed by a run of values
_MIN_LINE = 120
_CUT_MIN_ROWS = 2  # …in a line the copy ends in, right after the table's column header
_ENUMERATOR_AFTER = re.compile(r"^\s*[.．、]")


@dataclass
class Fused:
    rows: list[Row]
    how: dict[tuple[int, int], str] = field(default_factory=dict)  # (start, end) of a cell → FUSED | BY_TOTAL
    notices: list[str] = field(default_factory=list)
    unread: set[str] = field(default_factory=set)  # "table.row" whose run has several readings or none
    runs: dict[str, tuple[int, int]] = field(default_factory=dict)  # of those, where each one's digits stand
    # rows whose several readings each keep the row's total: (row key, label, readings, the row made for the run)
    open_rows: list[tuple[str, str, list[list[Cut]], Row | None]] = field(default_factory=list)

    def leave(self, key: str, run: str, at: int) -> None:
        """A run not cut (`key` its row, or its table for table 四's one run): unread, its printed span kept — a
        rule true of every reading (a 规章 row printing a digit other than 0 is non-zero) may still judge it."""
        self.unread.add(key)
        self.runs[key] = (at + len(run) - len(run.lstrip()), at + len(run.rstrip()))


def _row_labels(row: template.Row) -> tuple[str, ...]:
    return (row.label,) + tuple(row.variants)


def _layout(table_key: str, keyed: KeyedText, year: int | None) -> tuple[str, bool]:
    """The layout the line's own words show (fingerprints; （六）'s sub-rows), else the year's."""
    table = template.TABLES[table_key]
    if table.single_row_variant is not None:
        # any of its sub-rows by its own words ('3.其他' too: a copy may word the first two its own way, 不再受理)
        split = any(keyed.find(label) for sub in template.OTHER_SUBROWS for label in _row_labels(sub))
        return ("2021", False) if split else (template.likely_layout(year), True)
    hits = {name: sum(1 for f in fp if keyed.find(f)) for name, fp in table.fingerprints.items()}
    best = max(hits.values())
    named = [n for n, h in hits.items() if h == best]
    return (named[0] if len(named) == 1 else template.likely_layout(year)), False


def _first_hit(keyed: KeyedText, row: template.Row, at: int) -> int:
    return min((h[0] for h in (keyed.find(label, at) for label in _row_labels(row)) if h is not None), default=1 << 30)


def _find_rows(keyed: KeyedText, order: list[tuple[template.Row, template.Block]], text: str, base: int,
               table_key: str) -> list[tuple]:
    """(row, block, key start, key end) of each row label found, in template order, each after the last: by its
    printed words first; then a row whose neighbours were found and that stands alone between them, by the words
    between their runs as the table's labels are matched anywhere (labelsets: core, variant, fuzzy) — '其他' for
    '3.其他', '2.其他法律和行政法规禁止公开', '…行政机关不再受理其…' are the rows a cell-per-line copy would name."""
    found = []
    at = 0
    for i, (row, block) in enumerate(order):
        hits = [h for h in (keyed.find(label, at) for label in _row_labels(row)) if h is not None]
        if not hits:
            continue
        a, b = min(hits, key=lambda h: (h[0], -h[1]))
        # (a row the table does not print whose words stand later in the text, '…相关规章、规范性文件' in the prose after a
        # one-line table 二 without its 规章 row (4484): the next two rows' labels both found before it, it is not this table's)
        if i + 2 < len(order) and all(_first_hit(keyed, order[j][0], at) < a for j in (i + 1, i + 2)):
            continue
        found.append((i, row, block, a, b))
        at = b
    filled = []
    for n, (i, row, block, a, b) in enumerate(found):
        filled.append((row, block, a, b))
        nxt = found[n + 1] if n + 1 < len(found) else None
        if nxt is not None and nxt[0] > i + 1:
            missing = order[i + 1:nxt[0]]
            spans = _gap_labels(keyed, text, base, table_key, [r for r, _ in missing], b, nxt[3])
            filled += [(r, blk, *span) for (r, blk), span in zip(missing, spans or ())]
    return filled


_LABEL_PIECE = re.compile(r"[^\d\s]+(?:[ \t\u3000]+[^\d\s]+)*")


def _gap_labels(keyed: KeyedText, text: str, base: int, table_key: str, rows: list[template.Row], after: int,
                before: int) -> list[tuple[int, int]] | None:
    """(key start, key end) of each of `rows`' labels between the run after key position `after` and the label at
    `before`, in order: for each, the piece of words that names it (any other piece only header words: '（六）其他
    处理' before its sub-rows), each with digits before it (the last row's run) and after it (its own); None unless
    every row is so found."""
    start, end = keyed.at(after), keyed.at(before)
    gap = text[start - base:end - base]
    pieces = list(_LABEL_PIECE.finditer(gap))
    spans, k = [], 0
    for row in rows:
        while k < len(pieces) and not _names_row(pieces[k].group(), table_key, row):
            if not _header_only(pieces[k].group(), table_key):
                return None
            k += 1
        if k == len(pieces):
            return None
        s, e = pieces[k].span()
        if s and gap[s] in ".．、" and gap[s - 1].isdigit():
            s -= 1  # the row's enumerator ('…00000002.其他法律…'): its digit is no value of the run before
        if not re.search(r"\d", gap[spans[-1][1] if spans else 0:s]):
            return None
        spans.append((s, e))
        k += 1
    if not all(_header_only(m.group(), table_key) for m in pieces[k:]) or not re.search(r"\d", gap[spans[-1][1]:]):
        return None
    return [(bisect_left(keyed.starts, start + s), bisect_left(keyed.starts, start + e)) for s, e in spans]


def _names_row(piece: str, table_key: str, row: template.Row) -> bool:
    core = core_key(piece, template.LABEL_SYNONYMS)
    if core and core in {core_key(label, template.LABEL_SYNONYMS) for label in _row_labels(row)}:
        return True  # its words without the enumerator ('其他' between 2.… and （七）总计: a column's name elsewhere)
    m = label_set(table_key).match(piece)
    return m is not None and m.target == Role("row", row.key)


def _header_before(keyed: KeyedText, at: int, table_key: str) -> bool:
    """Whether the first row label follows the table's column header words ('…信息内容本年新制作数量本年新公开数量
    对外公开总数量规章555'): the table opens there, whatever the copy keeps of it."""
    head = keyed.key[:at]
    columns = {match_key(c.label) for lay in template.TABLES[table_key].layouts.values() for b in lay.blocks[:1]
               for c in b.columns}
    return any(w and head.endswith(w) for w in columns)


_MAX_STRAY = 3  # characters of a gap no header word covers ('本年增/减量': a word the template lacks)


def _header_only(gap: str, table_key: str) -> bool:
    """Whether the text between a run and the next row label is nothing but the table's header words."""
    if re.search(r"\d", gap):
        return False
    return header_pieces(gap, 0, table_key)[1] <= _MAX_STRAY


def _header_cells(text: str, base: int, table_key: str) -> list[Row]:
    """The header words printed between two rows, each as a cell of its own line (as a web copy prints them)."""
    return [Row([cell], False, -1) for cell in header_pieces(text, base, table_key)[0]]


def _cells(cuts: list[Cut]) -> list[Cell]:
    return [Cell(c.text, c.start, c.end) for c in cuts]


def _shown(options: list[list[Cut]], limit: int = 3) -> str:
    shown = "; ".join("/".join(c.text for c in r) for r in options[:limit])
    return shown + (f"; … ({len(options)} in all)" if len(options) > limit else "")


def _groups(table_key: str, n: int) -> list[tuple[list[int], int]]:
    """The row's own totals as (parts, total) column indexes: 三's 总计 column, each of 四's groups."""
    if table_key == "applications":
        return [(list(range(n - 1)), n - 1)]
    if table_key == "review_litigation":
        w = len(template.OUTCOME_COLUMNS)
        return [(list(range(g * w, g * w + w - 1)), g * w + w - 1) for g in range(n // w)]
    return []


def cut_run(out: Fused, table_key: str, name: str, run: str, at: int, columns: tuple,
            row_key: str | None = None) -> list[Cell] | None:
    """The run's cells (one reading, or the one its own total leaves), or None with a notice."""
    kinds = tuple(c.kind for c in columns)
    options = readings(run, len(columns), at, kinds)
    if options is None:
        out.notices.append(f"{table_key}: row 「{name}」 prints its cells as one run of digits '{run.strip()}': more "
                           f"than {MAX_READINGS} readings; its cells are not read (left null)")
        out.leave(f"{table_key}.{row_key}" if row_key else table_key, run, at)
        return None
    if len(options) == 1:
        for c in options[0]:
            out.how[(c.start, c.end)] = FUSED
        return _cells(options[0])
    groups = _groups(table_key, len(columns))
    held = by_total(options, groups) if groups and len(options) > 1 else []
    if len(held) == 1:
        for c in held[0]:
            out.how[(c.start, c.end)] = BY_TOTAL
        out.notices.append(f"{table_key}: row 「{name}」 prints its cells as one run of digits '{run.strip()}' "
                           f"({len(options)} readings); read as {_shown(held)}, the only one under which its "
                           "总计 is the sum of its parts: the cells are inferred, and that total is not checked")
        return _cells(held[0])
    if len(held) > 1 and table_key == "applications" and row_key is not None:
        out.open_rows.append((row_key, name, held, None))  # the column totals may still decide (_by_columns)
        return None
    why = f"{len(options)} readings ({_shown(options)})" if options else "no reading fills its columns"
    out.notices.append(f"{table_key}: row 「{name}」 prints its cells as one run of digits '{run.strip()}': {why}; "
                       "its cells are not read (left null)")
    out.leave(f"{table_key}.{row_key}" if row_key else table_key, run, at)
    return None


def _table_rows(out: Fused, table_key: str, text: str, base: int, year: int | None, at_end: bool = False) -> bool:
    """Rows of table 二 or 三 found in one fused line (text at offset base); False if it is no such line. A line
    the copy ends in may show fewer rows (_CUT_MIN_ROWS) when the table's column header stands right before them."""
    keyed = KeyedText(text, base)
    layout, single = _layout(table_key, keyed, year)
    found = _find_rows(keyed, template.rows_as_printed(table_key, layout, single), text, base, table_key)
    runs = []
    for i, (row, block, a, b) in enumerate(found):
        stop = found[i + 1][2] if i + 1 < len(found) else len(keyed.key)
        start, end = keyed.at(b), keyed.at(stop)
        gap = text[start - base:end - base]
        run = value_text(gap)
        rest = gap[len(run):]
        year = YEAR_AT_RUN_END.search(run.rstrip()) if rest.startswith("年") else None
        if year is not None and year.start() > 0:
            run, rest = run.rstrip()[:year.start()], gap[year.start():]  # (the next sentence's year: no cell of the row)
        if run and _ENUMERATOR_AFTER.match(rest) and run.rstrip()[-1:].isdigit():
            run = run.rstrip()[:-1]  # '…00000002.其他法律': the 2 numbers the next row
        runs.append((row, block, keyed.printed(a, b), start, run, rest))
    # a table, not prose that names rows ('上年度行政许可1026项,本年增加138项,…'): between one row's run and the
    # next label only the table's own header words stand (the last row's may run on into the text after it)
    least = _CUT_MIN_ROWS if at_end and found and _header_before(keyed, found[0][2], table_key) else _MIN_ROWS
    if sum(1 for r in runs if r[4].strip()) < least or not all(_header_only(r[5], table_key) for r in runs[:-1]):
        return False
    read: dict[str, list[Cell]] = {}
    pending = len(out.open_rows)
    # the first block's header, printed before the first row (…第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章…):
    # recorded as the later blocks' are, or the copy reads as one that drops header cells (bare_rows), 4483
    first = keyed.at(found[0][2]) - base
    lead = text[:first]
    lead = lead[max((m.end() for m in re.finditer(r"\d", lead)), default=0):]
    out.rows += _header_cells(lead, base + first - len(lead), table_key)
    for row, block, (la, lb), start, run, rest in runs:
        label = Cell(text[la - base:lb - base], la, lb)
        cells: list[Cell] = []
        if run.strip():
            got = cut_run(out, table_key, row.short, run, start, block.columns, row.key)
            if got is not None:
                read[row.key] = got
            cells = got or [Cell(run.strip(), start + len(run) - len(run.lstrip()), start + len(run.rstrip()))]
            if got is None and least < _MIN_ROWS and row is runs[-1][0]:
                cells = []  # the copy ends in this row's digits: a run it may have cut stands for no cell
        out.rows.append(Row([label] + cells, True, -1))
        if len(out.open_rows) > pending and out.open_rows[-1][3] is None:
            out.open_rows[-1] = (*out.open_rows[-1][:3], out.rows[-1])
        out.rows += _header_cells(rest[len(rest) - len(rest.lstrip()):], start + len(run) + len(rest) - len(rest.lstrip()),
                                  table_key) if re.search(r"\d", rest) is None else []
    _by_columns(out, out.open_rows[pending:], read, layout, single)
    return True


def _by_columns(out: Fused, open_rows: list, read: dict[str, list[Cell]], layout: str, single: bool) -> None:
    """Table 三's rows with several readings that each keep the row's total: the one choice of readings across
    them under which every column's （七）总计 is the sum of its outcome rows, all other terms read in the line,
    is taken (inferred); any other outcome leaves them unread with a notice naming the readings."""
    sums = [i for i in template.identities(layout, single) if i.rule == "applications.results_total"]
    keys = {r for r, *_ in open_rows}
    choices = 1
    for _, _, held, _ in open_rows:
        choices *= len(held)
    known = all(_row(k) in read or _row(k) in keys for i in sums for k in i.lhs + i.rhs)
    fits = []
    if open_rows and known and choices <= _MAX_CHOICES:
        for choice in product(*(held for _, _, held, _ in open_rows)):
            cells = dict(read) | {r: _cells(c) for (r, *_), c in zip(open_rows, choice)}
            if all(_number(cells, i.lhs[0], layout) == sum(_number(cells, k, layout) for k in i.rhs) for i in sums):
                fits.append(choice)
    for n, (row_key, name, held, stand_in) in enumerate(open_rows):
        run = stand_in.cells[1].text if len(stand_in.cells) > 1 else ""
        if len(fits) == 1:
            for c in fits[0][n]:
                out.how[(c.start, c.end)] = BY_COLUMNS
            stand_in.cells[1:] = _cells(fits[0][n])
            out.notices.append(f"applications: row 「{name}」 prints its cells as one run of digits '{run}' ({len(held)} "
                               f"readings that keep its 总计); read as {_shown([fits[0][n]])}, the only one under which "
                               "each column's （七）总计 is the sum of its outcome rows: the cells are inferred, and those "
                               "column totals are not checked")
            continue
        out.notices.append(f"applications: row 「{name}」 prints its cells as one run of digits '{run}': {len(held)} "
                           f"readings keep its 总计 ({_shown(held)}); its cells are not read (left null)")
        cell = stand_in.cells[1] if stand_in is not None and len(stand_in.cells) > 1 else None
        if cell is None:
            out.unread.add(f"applications.{row_key}")
        else:
            out.leave(f"applications.{row_key}", cell.text, cell.start)


def _row(key: str) -> str:
    """The row of a cell key of table 三: 'applications.denied.state_secret.total' → 'denied.state_secret'."""
    return key.split(".", 1)[1].rsplit(".", 1)[0]


def _number(cells: dict[str, list[Cell]], key: str, layout: str) -> float:
    """The value of a cell of table 三 ('applications.granted.natural_person') among the rows cut from the line."""
    row, col = _row(key), key.rsplit(".", 1)[1]
    block = template.APPLICATIONS.layouts[layout].blocks[0]
    at = [c.key for c in block.columns].index(col)
    return number(cells[row][at].text)


def _review_rows(out: Fused, text: str, base: int) -> bool:
    """Table 四 in one line: its header, then one run of its fifteen cells right after the last 总计."""
    block = template.REVIEW_LITIGATION.layouts["2021"].blocks[0]
    last, row = match_key(block.columns[-1].label), match_key(block.rows[0].label)
    # the run starts at the first figure after the header ('2021年我局未有…行政诉讼…情况。' may stand between the
    # heading and the header: its year is no cell)
    for first in re.finditer(r"\d+", text):
        head = match_key(text[:first.start()])
        if head.endswith(last) and row in head:
            break
    else:
        return False
    run = value_text(text[first.start():])
    columns = tuple(c for _ in block.rows for c in block.columns)
    cells = cut_run(out, "review_litigation", template.REVIEW_LITIGATION.title, run, base + first.start(), columns)
    if cells is not None:
        out.rows.append(Row(cells, True, -1))
    return True


def expand(text: str, rows: list[Row], regions: dict[str, tuple], year: int | None) -> Fused:
    """The rows with every fused one-line table in a table's region replaced by the rows it prints."""
    out = Fused([])
    replaced: list[tuple[int, int]] = []
    for key, (start, end, *_rest) in regions.items():
        for line in _long_lines(text, start, end):
            if any(r.grid for r in rows if r.cells and r.cells[0].start < line[1] and r.cells[-1].end > line[0]):
                continue  # the tokenizer already reads rows in this line: its reading stands
            a, b = line
            before = len(out.rows)
            ok = _review_rows(out, text[a:b], a) if template.TABLES[key].one_line else \
                _table_rows(out, key, text[a:b], a, year, b >= len(text.rstrip()))
            if ok:
                replaced.append(line)
            else:
                del out.rows[before:]
    if not replaced:
        return Fused(rows)
    kept = [r for r in rows if not any(c.start < b and c.end > a for c in r.cells for a, b in replaced)]
    out.rows = sorted(kept + out.rows, key=lambda r: r.cells[0].start if r.cells else -1)
    return out


def _long_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The pieces of long single lines (prose to the other readers: no row of pipes or tabs) inside [start, end)."""
    out = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        line_start = text.rfind("\n", 0, pos) + 1
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        whole = text[line_start:line_end]
        if line_end - line_start >= _MIN_LINE and reads_as_cell(whole):
            out.append((pos, stop))
        pos = stop + 1
    return out
