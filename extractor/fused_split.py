"""The readings of one table row printed as a run of digits with no separator between its cells.

A crawl that flattens a page's table writes a row's cells one after the other ('规章007', '6000017',
'20+1737', '1个246900元'). Where the cells of such a run begin is told only by what a count cannot be:
- no count opens with 0 unless it is 0 ('007' is 0/0/7: the only reading);
- a space, a sign (+/-, which opens a cell of 本年增/减) and a unit (个, 元, which closes a cell) are cell
  boundaries the copy kept;
- a decimal point belongs to one cell (万元 fees, 采购总金额), its digits after it too.
`readings` lists every way of cutting the run into the row's cells under those rules. One reading: read as
printed. More than one: which is meant the run cannot tell; only the row's own total may pick one
(`by_total`), and then the total no longer checks anything.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import combinations

# a piece of the run: an optional sign, digits with at most one decimal part, an optional unit; spaces and
# signs and units end a piece
_UNITS = "个笔元万"  # 政府集中采购1个246900元, 2笔984361元, 2 45.82万元 (万元: values.py reads it in the header's unit)
_UNIT = rf"(?:万元|[{_UNITS}])"
_PIECE = re.compile(rf"(?P<sign>[+\-－—])?(?P<int>\d+)(?P<dec>[.．]\d+)?(?P<unit>{_UNIT})?")
_VALUE_TEXT = re.compile(rf"(?:[+\-－—]?\d+(?:[.．]\d+)?{_UNIT}?|[ \t\u3000\u00a0]+)+")
_DIGITS, _SIGNS = "0123456789", "+-－—"
_RUN_CHARS = _DIGITS + _SIGNS + ".． \t\u3000\u00a0"  # what a run is made of: no label ends in one
MAX_DIGITS = 32  # longer runs are not a table row's cells (a phone number, an index): not split
MAX_READINGS = 5000  # more than this: the run is not split (and never picked from by a total: see readings)


class _TooMany(Exception):
    pass


@dataclass(frozen=True, slots=True)
class Cut:
    """One cell of a reading: its printed text and its span in the text."""
    text: str
    start: int
    end: int


def value_text(text: str) -> str:
    """The run of values at the start of `text` ('' if it does not open with one)."""
    m = _VALUE_TEXT.match(text)
    return m.group(0) if m else ""


def _pieces(run: str, base: int) -> list[re.Match] | None:
    out = []
    pos = 0
    for m in _PIECE.finditer(run):
        if run[pos:m.start()].strip():
            return None  # something that is no value between two pieces
        out.append(m)
        pos = m.end()
    return out if out and not run[pos:].strip() else None


def _cuts_of(m: re.Match, k: int, base: int) -> list[list[Cut]]:
    """Every way to cut one piece into k cells, each a count without a leading 0 (or 0 itself); raises
    _TooMany past MAX_READINGS (a long run cut into many cells has millions of ways). `readings` asks only
    for a k the other pieces can complete, so that many cuts mean that many readings."""
    digits = m.group("int")
    lead = m.start("int")
    tail_end = m.end()  # the decimal part and the unit stay with the last cell
    if k > len(digits):
        return []
    out: list[list[Cut]] = []
    string, n = m.string, len(digits)
    made: dict[tuple[int, int], Cut] = {}  # one Cut per span of digits: the same cell recurs in many cuts

    def cell(a: int, b: int) -> Cut:
        got = made.get((a, b))
        if got is None:
            start = m.start() if a == 0 else lead + a  # the sign opens the first cell
            end = tail_end if b == n else lead + b
            got = made[a, b] = Cut(string[start:end], base + start, base + end)
        return got

    _walk_cuts(digits, 0, k, [], out, cell)
    return out


def _walk_cuts(digits: str, at: int, left: int, acc: list[Cut], out: list[list[Cut]], cell) -> None:
    """The cuts of digits[at:] into `left` cells after those in acc, into out. (A function of the module, not
    one nested in _cuts_of: a nested function that calls itself is a reference cycle, which keeps every list
    and Cut it reached alive until the collector runs, and makes it run.)"""
    n = len(digits)
    if left == 1:
        part = digits[at:]
        if part and (part == "0" or part[0] != "0"):
            out.append(acc + [cell(at, n)])
            if len(out) > MAX_READINGS:
                raise _TooMany
        return
    # a cell opening with 0 is that 0 alone
    for end in range(at + 1, at + 2 if digits[at] == "0" else n - left + 2):
        _walk_cuts(digits, end, left - 1, acc + [cell(at, end)], out, cell)


def _fits(cell: Cut, kind: str) -> bool:
    """A signed cell stands only under 本年增/减, a decimal or 元 only under an amount of money."""
    t = cell.text
    if t[0] in "+-－—" and kind != "signed":
        return False
    return kind == "money" or not ("." in t or "．" in t or t.endswith("元"))


def _fitting(m: re.Match, cuts: list[list[Cut]], kinds: tuple[str, ...]) -> list[list[Cut]]:
    """The cuts of one piece whose cells fit the kinds of the columns they fall in (_fits). Only a piece's first
    cell can open with its sign and only its last holds its decimal part and unit: the cells between are bare
    digits, which fit every kind, and a piece printing none of the three fits whatever its columns."""
    first, last = m.group("sign") is not None, m.group("dec") is not None or m.group("unit") is not None
    if not (first or last):
        return cuts
    return [c for c in cuts if (not first or _fits(c[0], kinds[0])) and (not last or _fits(c[-1], kinds[-1]))]


def readings(run: str, n: int, base: int = 0, kinds: tuple[str, ...] = ()) -> list[list[Cut]] | None:
    """Every reading of `run` (the printed values of one row, at offset `base`) as exactly n cells, each
    fit for its column's kind (`kinds`: template.Column.kind per column; none given: counts). None when
    there are more than MAX_READINGS: a list cut short could leave a total a single reading it does not have."""
    kinds = kinds or ("count",) * n
    if len(kinds) != n:  # (the walks index the kinds by cell: one kind per cell, or none)
        raise ValueError(f"{len(kinds)} kinds for {n} cells")
    pieces = _pieces(run, base)
    if pieces is None or sum(len(p.group("int")) for p in pieces) > MAX_DIGITS or len(pieces) > n:
        return []
    room = [sum(len(p.group("int")) for p in pieces[j:]) for j in range(len(pieces) + 1)]
    cuts: dict[tuple[int, int], list[list[Cut]]] = {}  # (piece, cells): the same cuts on every path
    out: list[list[Cut]] = []
    try:
        # first every piece's cuts into each count of cells that some path of cuts reaches, fitting their
        # columns or not: a piece with more than MAX_READINGS of them is too many readings, whatever they fit
        states = {n}
        for i in range(len(pieces)):
            reached = set()
            for left in sorted(states, reverse=True):
                for k in _cells_of(room, len(pieces), i, left):
                    if (i, k) not in cuts:
                        cuts[i, k] = _cuts_of(pieces[i], k, base)
                    if cuts[i, k]:
                        reached.add(left - k)
            states = reached
        # then the readings, each piece's cuts taken only where they fit the columns they fall in
        _walk_readings(pieces, room, kinds, cuts, {}, 0, n, [], out)
    except _TooMany:
        return None
    return out


def _cells_of(room: list[int], pieces: int, i: int, left: int) -> range:
    """How many cells piece i may take, `left` cells to fill: each later piece takes one at least, and each
    piece one per digit at most."""
    return range(max(1, left - room[i + 1]), left - (pieces - i - 1) + 1)


def _walk_readings(pieces: list[re.Match], room: list[int], kinds: tuple[str, ...],
                   cuts: dict[tuple[int, int], list[list[Cut]]], fitting: dict[tuple[int, int, int], list[list[Cut]]],
                   i: int, left: int, acc: list[Cut], out: list[list[Cut]]) -> None:
    """The readings of pieces[i:] as `left` cells after those in acc, into out (of the module: see _walk_cuts).
    `fitting`: (piece, cells, cells left) → the piece's cuts that fit their columns."""
    if i == len(pieces):
        if left == 0:
            out.append(acc)
            if len(out) > MAX_READINGS:
                raise _TooMany
        return
    at = len(kinds) - left
    for k in _cells_of(room, len(pieces), i, left):
        got = fitting.get((i, k, left))
        if got is None:
            got = fitting[i, k, left] = _fitting(pieces[i], cuts[i, k], kinds[at:at + k])
        for cells in got:
            _walk_readings(pieces, room, kinds, cuts, fitting, i + 1, left - k, acc + cells, out)


def cell_counts(run: str, kinds: tuple[str, ...]) -> list[int]:
    """How many cells, up to the row's columns (their `kinds`), the run can be cut into: a copy with no separators
    shows no blank cell, so a run may be fewer printed cells beside blanks, in any of the columns but in their
    order ('102': 102, 10/2 or 1/0/2; '000' only 0/0/0; '20+1737' 20/+1737 or 20/+17/37…)."""
    n = len(kinds)
    out = []
    for m in range(1, n + 1):
        if any(readings(run, m, 0, k) for k in {tuple(kinds[i] for i in at) for at in combinations(range(n), m)}):
            out.append(m)
    return out


def run_at_end(text: str) -> int | None:
    """Where the run of values that ends `text` starts, right after the last character of what stands before it
    ('行政许可20+1737' → 4, '政府集中采购1个246900元' → 6); None when the text ends in no such run."""
    for i in range(1, len(text)):
        if (text[i] in _DIGITS or text[i] in _SIGNS) and text[i - 1] not in _RUN_CHARS:
            rest = text[i:]
            if value_text(rest) == rest and any(c in _DIGITS for c in rest) and not rest[-1].isspace():
                return i
    return None


def number(text: str) -> float:
    t = text.rstrip(_UNITS).replace("．", ".").replace("－", "-").replace("—", "-")
    return float(t)


def by_total(options: list[list[Cut]], groups: list[tuple[list[int], int]]) -> list[list[Cut]]:
    """The readings under which each group's total (the cell at its index) is the sum of its parts."""
    values: dict[str, float] = {}  # each cell's text is read once: the readings share most of their cells

    def value(text: str) -> float:
        got = values.get(text)
        if got is None:
            got = values[text] = number(text)
        return got

    def holds(cells: list[Cut]) -> bool:
        return all(abs(sum(value(cells[i].text) for i in parts) - value(cells[total].text)) < 1e-9
                   for parts, total in groups)
    return [r for r in options if holds(r)]
