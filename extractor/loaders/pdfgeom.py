"""Word geometry for PDF pages: glyphs → words → physical lines → table rows.

Used for the text outside ruled tables, and for unruled tables. A PDF prints a wrapped row label over
several lines and the row's values on one line beside them, in any order; so rows are rebuilt from
positions. Value words (numbers in runs, or standing well apart from the text around them) define the
rows by their y-extent. Label lines left of a table's values join a row when they form one text block
with its value line, else the nearest row within reach (never a block title such as 第二十条第（六）项,
never a header line that reaches over the values). Values go into the table's columns (clustered x
positions, plus the columns that short headers show where no row has a value), so a blank cell stays an
empty field.
"""
from __future__ import annotations

import statistics
from dataclasses import dataclass, field

from ..values import SYMBOL_BLANKS, parse
from .grid import clean_cell


@dataclass(slots=True)
class Box:
    """A word (or a character) with its box."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float

    @property
    def h(self) -> float:
        return max(self.bottom - self.top, 1.0)

    @property
    def cy(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass
class PageLine:
    """A line of the page's text: plain (or a header row), or an unruled table row kept as cells so a
    row that a page break cut can still be joined (pdf._seams)."""

    top: float
    text: str = ""
    labels: list[str] | None = None  # a table row: its label cells …
    values: list[str] | None = None  # … and its value cells ('' where blank)
    fragment: bool = False  # a loose line in a table's label column: part of a row label cut off?

    def render(self) -> str:
        return self.text if self.labels is None else "| " + " | ".join(self.labels + self.values) + " |"


@dataclass
class UnruledRow:
    """A table row of an unruled table: its value words and the label fragments that join it."""

    values: list[Box]
    labels: list[Box] = field(default_factory=list)

    @property
    def cy(self) -> float:
        return statistics.median(w.cy for w in self.values)

    @property
    def top(self) -> float:
        return min(w.top for w in self.values + self.labels)


# ------------------------------------------------------------------------------------------- text

def join_words(words: list[Box]) -> str:
    """One physical line: words left to right, a space where the gap is wider than a third of a glyph."""
    words = sorted(words, key=lambda w: w.x0)
    out = words[0].text if words else ""
    for a, b in zip(words, words[1:]):
        out += (" " if b.x0 - a.x1 > 0.3 * min(a.h, b.h) else "") + b.text
    return out


def physical_lines(words: list[Box]) -> list[list[Box]]:
    """Words on a common baseline band (vertical centres within half a line of each other)."""
    lines: list[list[Box]] = []
    for w in sorted(words, key=lambda w: w.cy):
        if lines:
            last = lines[-1]
            top, bottom = min(x.top for x in last), max(x.bottom for x in last)
            c = (top + bottom) / 2
            if abs(w.cy - c) <= 0.5 * min(w.h, bottom - top) or (top <= w.cy <= bottom and w.h <= bottom - top):
                last.append(w)
                continue
        lines.append([w])
    return [sorted(ln, key=lambda w: w.x0) for ln in lines]


def block_text(words: list[Box]) -> str:
    """A cell's text: its lines top to bottom, joined without breaks (labels wrap mid-word)."""
    return clean_cell("".join(join_words(ln) for ln in physical_lines(words)))


def segments(line: list[Box], gap: float) -> list[list[Box]]:
    """A line cut where the horizontal gap exceeds `gap` glyph heights."""
    out: list[list[Box]] = []
    for w in line:
        if out and w.x0 - out[-1][-1].x1 <= gap * min(w.h, out[-1][-1].h):
            out[-1].append(w)
        else:
            out.append([w])
    return out


def is_num(text: str) -> bool:
    v = parse(text)
    return v is not None and (v.number is not None or text.strip() in SYMBOL_BLANKS)


def words_of(chars: list[Box]) -> list[Box]:
    """Glyphs merged into words (adjacent glyphs on one line; a gap of a third of a glyph splits)."""
    words: list[Box] = []
    for line in physical_lines(chars):
        for seg in segments(line, 0.3):
            words.append(Box("".join(c.text for c in seg), seg[0].x0, seg[-1].x1,
                           min(c.top for c in seg), max(c.bottom for c in seg)))
    return words


# ------------------------------------------------------------------------------------------- rows and columns

def split_row(line: list[Box]) -> tuple[list[Box], list[Box]]:
    """(value words, other words) of a physical line. Numbers are table values when they come in runs
    of two or more, or stand apart from the text around them (a prose number has a space at most)."""
    values: list[Box] = []
    i = 0
    while i < len(line):
        if not is_num(line[i].text):
            i += 1
            continue
        j = i
        while j + 1 < len(line) and is_num(line[j + 1].text):
            j += 1
        size = line[i].h
        left = line[i].x0 - line[i - 1].x1 if i > 0 else None
        right = line[j + 1].x0 - line[j].x1 if j + 1 < len(line) else None
        apart = (left is None or left > 1.2 * size) and (right is None or right > 1.2 * size)
        if j > i or (apart and (left is not None or right is None)):
            values += line[i:j + 1]
        i = j + 1
    rest = [w for w in line if not any(w is v for v in values)]
    return values, rest


def _columns(rows: list[UnruledRow]) -> list[float]:
    """Column centres of an unruled table. Values are grouped by the alignment (left, centre, right)
    that gives the fewest columns, so right-aligned numbers of different widths stay one column."""
    words = [w for r in rows for w in r.values]
    tol = 0.6 * statistics.median(w.h for w in words)
    best: list[list[Box]] | None = None
    for attr in ("x1", "cx", "x0"):
        clusters: list[list[Box]] = []
        for w in sorted(words, key=lambda w: getattr(w, attr)):
            if clusters and getattr(w, attr) - getattr(clusters[-1][-1], attr) <= tol:
                clusters[-1].append(w)
            else:
                clusters.append([w])
        if best is None or len(clusters) < len(best):
            best = clusters
    return [statistics.mean(w.cx for w in c) for c in best]


def _with_header_columns(cols: list[float], table: list[UnruledRow], texts: list[list[Box]]) -> list[float]:
    """Add the columns no row fills (a column blank all the way down, or blank in the rows of a table's
    part on this page) from the short column headers printed above the table, where they fall in a
    gap of the value columns."""
    first = table[0]
    h = statistics.median(w.h for w in first.values)
    label_end = max((w.x1 for r in table for w in r.labels), default=float("-inf"))
    heads = sorted(w.cx for t in texts for w in t if first.top - 8 * h <= w.top < first.top
                   and w.x0 >= label_end - 0.5 * h and len(w.text) <= 4)
    centres: list[list[float]] = []
    for x in heads:
        if centres and x - centres[-1][-1] <= 0.6 * h:
            centres[-1].append(x)
        else:
            centres.append([x])
    hc = [statistics.mean(c) for c in centres]
    if len(hc) < 2:
        return cols
    pitch = statistics.median(b - a for a, b in zip(hc, hc[1:]))
    extra = [x for x in hc if min(abs(x - c) for c in cols) > 0.6 * pitch]
    return sorted(cols + extra)


def _row_line(row: UnruledRow, cols: list[float] | None) -> PageLine:
    labels: list[list[Box]] = []
    for w in sorted(row.labels, key=lambda w: w.x0):  # fragments overlapping in x are one cell
        if labels and w.x0 <= max(x.x1 for x in labels[-1]):
            labels[-1].append(w)
        else:
            labels.append([w])
    cells = [block_text(ws) for ws in labels]
    values = sorted(row.values, key=lambda w: w.x0)
    if cols is not None:
        slots: list[str | None] = [None] * len(cols)
        for w in values:
            k = min(range(len(cols)), key=lambda i: abs(cols[i] - w.cx))
            if slots[k] is not None:
                slots = None  # two values in one column: keep the printed order instead
                break
            slots[k] = w.text
        if slots is not None:
            return PageLine(row.top, labels=cells, values=[s or "" for s in slots])
    return PageLine(row.top, labels=cells, values=[w.text for w in values])


def unruled(words: list[Box], carry: list[float] | None = None) -> tuple[list[PageLine], list[float] | None]:
    """Lines (with their top) for the words outside ruled tables: prose, headers, and unruled rows;
    and the columns of the page's last table, which a table continued at the top of the next page
    (without its header) takes when its own columns are a subset of them."""
    lines = physical_lines(words)
    rows: list[UnruledRow] = []
    texts: list[list[Box]] = []
    for ln in lines:
        values, rest = split_row(ln)
        if values:
            rows.append(UnruledRow(values, rest))
        else:
            texts.append(ln)
    # tables: runs of value rows not interrupted by text reaching into their value columns
    tables: list[list[UnruledRow]] = []
    for row in rows:
        if tables:
            prev = tables[-1][-1]
            x_lo = min(w.x0 for r in tables[-1] for w in r.values)
            h = statistics.median(w.h for w in prev.values)
            end = _label_end(tables[-1], x_lo)
            between = [t for t in texts if prev.cy < t[0].cy < row.cy and (
                max(w.x1 for w in t) > x_lo - h or max(w.x0 for w in t) > end + 2 * h or _is_block_title(t))]
            if not between and row.cy - prev.cy <= 12 * h:
                tables[-1].append(row)
                continue
        tables.append([row])
    free: list[list[Box]] = []
    # a text line reaching over the values is a header or prose line, whole; a line left of them may
    # hold the wrapped labels of two columns (group and row label), cut apart at the gap
    values_from = min((w.x0 for r in rows for w in r.values), default=float("inf"))
    parts = [p for t in texts for p in (segments(t, 1.0) if max(w.x1 for w in t) <= values_from else [t])]
    parts = _by_blocks(parts, tables)
    for part in parts:  # a text line left of a table's values, within reach of a row, is a label fragment
        host = _host(part, tables)
        if host is None:
            free.append(part)
        else:
            host.labels += part
    out: list[PageLine] = []
    cols = None
    for i, table in enumerate(tables):
        cols = _with_header_columns(_columns(table), table, texts)
        if i == 0 and cols and carry and len(carry) > len(cols) and not any(t[0].cy < table[0].cy for t in free):
            pitch = min(b - a for a, b in zip(carry, carry[1:]))
            if all(min(abs(c - k) for k in carry) <= 0.4 * pitch for c in cols):
                cols = carry
        out += [_row_line(r, cols) for r in table]
    for line in physical_lines([w for part in free for w in part]):
        segs = segments(line, 2.0)  # header lines: cells far apart; prose has no such gaps
        text = join_words(line) if len(segs) == 1 else "| " + " | ".join(join_words(s) for s in segs) + " |"
        loose = len(segs) == 1 and not _is_block_title(line) and any(
            _in_labels(line, t, min(w.x0 for r in t for w in r.values), statistics.median(w.h for w in t[0].values))
            for t in tables)
        out.append(PageLine(min(w.top for w in line), text, fragment=loose))
    return sorted(out, key=lambda o: o.top), cols


# ------------------------------------------------------------------------------------------- row labels

def _label_end(table: list[UnruledRow], x_lo: float) -> float:
    """Right edge of a table's label column: its row labels' right edge, else where values begin."""
    return max((w.x1 for r in table for w in r.labels), default=x_lo)


def _in_labels(part: list[Box], table: list[UnruledRow], x_lo: float, h: float) -> bool:
    """A text part that may be a wrapped row label: left of the values, starting in the label column."""
    return max(w.x1 for w in part) <= x_lo and min(w.x0 for w in part) <= _label_end(table, x_lo) + h


def _by_blocks(parts: list[list[Box]], tables: list[list[UnruledRow]]) -> list[list[Box]]:
    """Give a row the wrapped label lines that form one text block (lines stacked with line spacing,
    overlapping in x) with the value line of that row and of no other row; the other parts are left."""
    out = list(parts)
    for table in tables:
        x_lo = min(w.x0 for r in table for w in r.values)
        h = statistics.median(w.h for r in table for w in r.values)
        lines = [(p, None) for p in out if _in_labels(p, table, x_lo, h) and not _is_block_title(p)]
        lines += [([w], r) for r in table for w in r.labels]
        lines.sort(key=lambda x: min(w.top for w in x[0]))
        block_of = list(range(len(lines)))

        def find(i: int) -> int:
            while block_of[i] != i:
                i = block_of[i]
            return i

        for i, (a, _) in enumerate(lines):
            for j in range(i + 1, len(lines)):
                b = lines[j][0]
                gap = min(w.top for w in b) - max(w.bottom for w in a)
                if gap > 0.6 * h:
                    break
                if min(w.x0 for w in b) < max(w.x1 for w in a) and min(w.x0 for w in a) < max(w.x1 for w in b):
                    block_of[find(j)] = find(i)
        blocks: dict[int, list] = {}
        for i, line in enumerate(lines):
            blocks.setdefault(find(i), []).append(line)
        for members in blocks.values():
            top = min(w.top for p, _ in members for w in p)
            bottom = max(w.bottom for p, _ in members for w in p)
            rows = {id(r): r for r in table if top - 0.3 * h <= r.cy <= bottom + 0.3 * h}
            rows.update({id(r): r for _, r in members if r is not None})
            if len(rows) != 1:
                continue
            (row,) = rows.values()
            for p, r in members:
                if r is None and any(p is q for q in out):
                    row.labels += p
                    out = [q for q in out if q is not p]
    return out


def _host(part: list[Box], tables: list[list[UnruledRow]]) -> UnruledRow | None:
    cy = statistics.mean(w.cy for w in part)
    best, best_d = None, None
    for table in tables:
        x_lo = min(w.x0 for r in table for w in r.values)
        if not _in_labels(part, table, x_lo, statistics.median(w.h for w in table[0].values)):
            continue
        for i, row in enumerate(table):
            d = cy - row.cy
            if best_d is not None and abs(d) >= abs(best_d):
                continue
            h = statistics.median(w.h for w in row.values)
            nb = table[i + 1] if d > 0 and i + 1 < len(table) else table[i - 1] if d < 0 and i > 0 else None
            if nb is not None:
                reach = max(0.6 * abs(nb.cy - row.cy), h)
            else:  # beyond the table's first/last row, where a block title may follow closely
                if _is_block_title(part):
                    continue
                nb = table[i - 1] if d > 0 and i > 0 else table[i + 1] if d < 0 and i + 1 < len(table) else None
                reach = min(0.6 * abs(nb.cy - row.cy), 1.6 * h) if nb is not None else 1.6 * h
            if abs(d) <= reach:
                best, best_d = row, d
    return best


def _is_block_title(part: list[Box]) -> bool:
    """第二十条第（六）项 and the like: a table's own title line, never the rest of a row label."""
    from ..labelsets import label_set

    role = label_set("active_disclosure").lookup(join_words(part))
    return role is not None and role.kind == "block"
