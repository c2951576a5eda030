"""Word geometry for PDF pages: glyphs → words → physical lines → table rows.

Used for the text outside ruled tables, and for unruled tables. A PDF prints a wrapped row label over
several lines and the row's values on one line beside them, in any order; so rows are rebuilt from
positions. Value words (numbers in runs, or standing well apart from the text around them) define the
rows by their y-extent; label fragments to the left of a table's values join the nearest row within
reach; values go into the table's columns (clustered x positions), so a blank cell stays an empty field.
"""
from __future__ import annotations

import statistics
from dataclasses import dataclass, field

from ..values import parse
from .grid import clean_cell

_BLANK_MARKS = {"/", "-", "—", "——", "--", "－", "\\"}


@dataclass(slots=True)
class W:
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
class VRow:
    """A table row of an unruled table: its value words and the label fragments that join it."""

    values: list[W]
    labels: list[W] = field(default_factory=list)

    @property
    def cy(self) -> float:
        return statistics.median(w.cy for w in self.values)

    @property
    def top(self) -> float:
        return min(w.top for w in self.values + self.labels)


# ------------------------------------------------------------------------------------------- text

def join_words(words: list[W]) -> str:
    """One physical line: words left to right, a space where the gap is wider than a third of a glyph."""
    words = sorted(words, key=lambda w: w.x0)
    out = words[0].text if words else ""
    for a, b in zip(words, words[1:]):
        out += (" " if b.x0 - a.x1 > 0.3 * min(a.h, b.h) else "") + b.text
    return out


def physical_lines(words: list[W]) -> list[list[W]]:
    """Words on a common baseline band (vertical centres within half a line of each other)."""
    lines: list[list[W]] = []
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


def block_text(words: list[W]) -> str:
    """A cell's text: its lines top to bottom, joined without breaks (labels wrap mid-word)."""
    return clean_cell("".join(join_words(ln) for ln in physical_lines(words)))


def segments(line: list[W], gap: float) -> list[list[W]]:
    """A line cut where the horizontal gap exceeds `gap` glyph heights."""
    out: list[list[W]] = []
    for w in line:
        if out and w.x0 - out[-1][-1].x1 <= gap * min(w.h, out[-1][-1].h):
            out[-1].append(w)
        else:
            out.append([w])
    return out


def is_num(text: str) -> bool:
    v = parse(text)
    return v is not None and (v.number is not None or text.strip() in _BLANK_MARKS)


# ------------------------------------------------------------------------------------------- ruled tables

def words_of(chars: list[W]) -> list[W]:
    """Characters of one cell merged into words (adjacent glyphs on one line)."""
    words: list[W] = []
    for line in physical_lines(chars):
        for seg in segments(line, 0.3):
            words.append(W("".join(c.text for c in seg), seg[0].x0, seg[-1].x1,
                           min(c.top for c in seg), max(c.bottom for c in seg)))
    return words


# ------------------------------------------------------------------------------------------- unruled text

def _split_row(line: list[W]) -> tuple[list[W], list[W]]:
    """(value words, other words) of a physical line. Numbers are table values when they come in runs
    of two or more, or stand apart from the text around them (a prose number has a space at most)."""
    values: list[W] = []
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


def _columns(rows: list[VRow]) -> tuple[str, list[float]] | None:
    """Column positions of an unruled table, by the alignment (left, centre, right) that clusters best."""
    best = None
    for attr in ("x1", "cx", "x0"):
        pos = sorted(getattr(w, attr) for r in rows for w in r.values)
        tol = 0.6 * statistics.median(w.h for r in rows for w in r.values)
        clusters: list[list[float]] = []
        for p in pos:
            if clusters and p - clusters[-1][-1] <= tol:
                clusters[-1].append(p)
            else:
                clusters.append([p])
        if best is None or len(clusters) < len(best[1]):
            best = (attr, [statistics.mean(c) for c in clusters])
    return best


def _row_line(row: VRow, cols: tuple[str, list[float]] | None) -> str:
    labels: list[list[W]] = []
    for w in sorted(row.labels, key=lambda w: w.x0):  # fragments overlapping in x are one cell
        if labels and w.x0 <= max(x.x1 for x in labels[-1]):
            labels[-1].append(w)
        else:
            labels.append([w])
    cells = [block_text(ws) for ws in labels]
    values = sorted(row.values, key=lambda w: w.x0)
    if cols is not None:
        attr, centres = cols
        slots: list[str | None] = [None] * len(centres)
        for w in values:
            k = min(range(len(centres)), key=lambda i: abs(centres[i] - getattr(w, attr)))
            if slots[k] is not None:
                slots = None  # two values in one column: keep the printed order instead
                break
            slots[k] = w.text
        if slots is not None:
            return "| " + " | ".join(cells + [s or "" for s in slots]) + " |"
    return "| " + " | ".join(cells + [w.text for w in values]) + " |"


def unruled(words: list[W]) -> list[tuple[float, str]]:
    """Lines (with their top) for the words outside ruled tables: prose, headers, and unruled rows."""
    lines = physical_lines(words)
    rows: list[VRow] = []
    texts: list[list[W]] = []
    for ln in lines:
        values, rest = _split_row(ln)
        if values:
            rows.append(VRow(values, rest))
        else:
            texts.append(ln)
    # tables: runs of value rows not interrupted by text reaching into their value columns
    tables: list[list[VRow]] = []
    for row in rows:
        if tables:
            prev = tables[-1][-1]
            x_lo = min(w.x0 for r in tables[-1] for w in r.values)
            h = statistics.median(w.h for w in prev.values)
            between = [t for t in texts if prev.cy < t[0].cy < row.cy and max(w.x1 for w in t) > x_lo - h]
            if not between and row.cy - prev.cy <= 12 * h:
                tables[-1].append(row)
                continue
        tables.append([row])
    free: list[list[W]] = []
    for t in texts:  # a text line left of a table's values, within reach of a row, is a label fragment
        parts = segments(t, 1.0)
        for part in parts:
            host = _host(part, tables)
            if host is None:
                free.append(part)
            else:
                host.labels += part
    out: list[tuple[float, str]] = []
    for table in tables:
        cols = _columns(table) if len(table) > 1 or len(table[0].values) > 1 else None
        out += [(r.top, _row_line(r, cols)) for r in table]
    for line in physical_lines([w for part in free for w in part]):
        segs = segments(line, 2.0)  # header lines: cells far apart; prose has no such gaps
        text = join_words(line) if len(segs) == 1 else "| " + " | ".join(join_words(s) for s in segs) + " |"
        out.append((min(w.top for w in line), text))
    return sorted(out, key=lambda x: x[0])


def _host(part: list[W], tables: list[list[VRow]]) -> VRow | None:
    cy = statistics.mean(w.cy for w in part)
    x1 = max(w.x1 for w in part)
    best, best_d = None, None
    for table in tables:
        x_lo = min(w.x0 for r in table for w in r.values)
        if x1 > x_lo:
            continue
        for i, row in enumerate(table):
            d = cy - row.cy
            if best_d is not None and abs(d) >= abs(best_d):
                continue
            nb = table[i + 1] if d > 0 and i + 1 < len(table) else table[i - 1] if d < 0 and i > 0 else None
            if nb is None:  # beyond the table's first/last row: the other neighbour gives the pitch
                nb = table[i - 1] if d > 0 and i > 0 else table[i + 1] if d < 0 and i + 1 < len(table) else None
            h = statistics.median(w.h for w in row.values)
            reach = max(0.6 * abs(nb.cy - row.cy), h) if nb is not None else 1.6 * h
            if abs(d) <= reach:
                best, best_d = row, d
    return best


# ------------------------------------------------------------------------------------------- pages
