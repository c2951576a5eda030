"""Normalised text → rows of cells (the IR of `ir.py`), whatever form the copy gave the tables.

Forms read (SOURCES.md): pipe rows (`label | v | v |`, markdown tables), one cell per line (with trailing
pipes, `||` filler lines, or blank lines between cells), space-separated rows from PDF text
(`0 0 0 0 0`, `行政许可 97`). Empty cells are kept where the copy encodes them:
- separator style "blank": one blank line between cells, so a run of k blank lines holds k-1 empty cells;
- separator style "pipe": a lone `|` line between cells, so a run of k lone pipes holds k-1 empty cells;
- separator style "none" (nothing between cells): k blank lines between two values are k empty cells;
- otherwise a lone `|` line is one empty cell and `||`, `|||` lines are filler;
- a field of spaces between two pipes (`| ||`) is an empty cell in every style;
- a lone line of filler pipes (`|||`) is kept as a `filler` row: right after a row label, with as many pipes as
  the row has columns, it is that row's blank cells (`assemble`); anywhere else it is nothing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .ir import Cell, Row, line_spans
from .values import WORD_BLANKS, is_value

_PIPES_ONLY = re.compile(r"^[|\s]+$")
_EMPTY_ROW = re.compile(r"^\|(?:[ \t]+\|){2,}$")  # `|  |  |`: a table row of empty cells (HTML/DOCX/PDF)
_MAX_CELL_LINE = 80  # longer single lines are prose, not table cells
_DIGIT = re.compile(r"\d")
_TOKEN = re.compile(r"\S+")
_CONTENT = re.compile(r"[^|\s](?:.*[^|\s])?")  # a line's content without its border pipes


@dataclass(slots=True)
class _Line:
    start: int
    end: int
    raw: str
    kind: str  # blank | pipes | spaced | grid | tabs | cell
    pipes: int = 0  # pipes: how many `|`; spaced: how many empty fields


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    add = out.append
    for start, end, raw in line_spans(text):
        s = raw.strip()
        if not s:
            add(_Line(start, end, raw, "blank"))
        elif "|" not in s and "\t" not in s:  # most lines: one cell or prose
            add(_Line(start, end, raw, "cell"))
        else:
            add(_marked_line(start, end, raw, s))
    return out


def reads_as_cell(line: str) -> bool:
    """Whether the tokenizer takes the line as one cell or prose, not as a row of pipe- or tab-separated cells."""
    s = line.strip()
    return ("|" not in s and "\t" not in s) or _marked_line(0, len(line), line, s).kind == "cell"


def _marked_line(start: int, end: int, raw: str, s: str) -> _Line:
    """A line holding a pipe or a tab (`s`: stripped)."""
    if _EMPTY_ROW.match(s):
        return _Line(start, end, raw, "grid")
    if _PIPES_ONLY.match(s):
        spaced = _spaced_fields(s)
        return _Line(start, end, raw, "spaced", spaced) if spaced else _Line(start, end, raw, "pipes", s.count("|"))
    if "|" in s and _is_grid(s):
        return _Line(start, end, raw, "grid")
    if "\t" in s and sum(1 for p in s.split("\t") if p.strip()) >= 2:
        return _Line(start, end, raw, "tabs")  # copied web tables: one tab between cells
    return _Line(start, end, raw, "cell")


def _spaced_fields(s: str) -> int:
    """Fields of spaces between two pipes: empty cells, as loaders and copies write them (`| ||` is one empty
    cell followed by the copy's filler, where a cell with content is written `3 | ||`)."""
    return sum(1 for p in s.split("|")[1:-1] if p and not p.strip())


def _is_grid(s: str) -> bool:
    """A table row: two cells with content, or a label followed by blank cells written `|  |  |`
    (loaders keep blanks as spaced fields; `X | ||||` filler in web copies has no spaced fields)."""
    parts = s.split("|")
    if all(len(p) > 120 and "。" in p for p in parts if p.strip()):
        # a pipe inside prose ('…《我为群众办实事|食用农产品…》系列文章，…。'): every piece runs on for sentences, as no
        # table's cells do (a body flattened into one line with a pipe table in it keeps its short cells: a row)
        return False
    filled = sum(1 for p in parts if p.strip())
    spaced_blanks = sum(1 for p in parts[1:-1] if p and not p.strip())
    if filled >= 2 or (filled == 1 and spaced_blanks >= 2):
        return True
    # `行政强制 | |||` among rows written `行政许可 | 0 | ||`: a label, one blank cell, then the copy's filler
    # (a label is text in the first field; `8 | |||` after a value is filler only)
    return filled == 1 and spaced_blanks == 1 and bool(parts[0].strip()) and not is_value(parts[0])


def _cell(text: str, base: int, a: int, b: int) -> Cell:
    """The stripped content of text[a:b] as a Cell with absolute offsets."""
    seg = text[a:b]
    rest = seg.lstrip()
    content = rest.rstrip()
    start = base + a + len(seg) - len(rest)
    return Cell(content, start, start + len(content))


def _grid_cells(line: _Line, sep: str = "|") -> list[Cell]:
    raw, base = line.raw, line.start
    cells: list[Cell] = []
    a = 0
    for piece in raw.split(sep):  # each piece stripped as _cell does, inline
        rest = piece.lstrip()
        content = rest.rstrip()
        start = base + a + len(piece) - len(rest)
        cells.append(Cell(content, start, start + len(content)))
        a += len(piece) + 1
    if cells and cells[0].empty:  # the table's left border
        cells.pop(0)
    if cells and cells[-1].empty:  # the right border
        cells.pop()
    return cells


def _cell_line(line: _Line) -> Cell:
    raw = line.raw
    if "|" not in raw:  # most lines: the stripped line
        return _cell(raw, line.start, 0, len(raw))
    # "X |" / "X | ||" / "| X": the content without its pipes
    m = _CONTENT.search(raw)
    assert m is not None
    return _cell(raw, line.start, m.start(), m.end())


# a label with its row's zeros fused on, no separator at all ('规章000'): no count opens with 0, so the
# run is cells of 0 (how many the row's reader decides: exactly one per column, or not read). Any other digit
# run fused to a label ('规章102') has more than one reading and is left as text
_FUSED_ZEROS = re.compile(r"^\s*(?P<label>[^\d\s|.,，．、()（）%]{2,30}?)(?P<zeros>0{2,7})\s*$")


def _space_split(line: _Line) -> list[Cell] | None:
    """`0 0 0 0 0` or `行政许可 97` as a row of cells, when every token after an optional label is a value;
    `规章000` as its label and its run of zeros."""
    if not _DIGIT.search(line.raw):
        return None
    # (cheap tests first: most lines with a digit are sentences, neither ending in zeros nor split by spaces)
    fused = _FUSED_ZEROS.match(line.raw) if line.raw.rstrip().endswith("00") else None
    if fused is not None:
        return [_cell(line.raw, line.start, 0, fused.end("label")),
                _cell(line.raw, line.start, fused.start("zeros"), fused.end("zeros"))]
    if len(line.raw.split(None, 1)) < 2:  # one token (str.split and \s share Unicode's whitespace)
        return None
    tokens = [m.span() for m in _TOKEN.finditer(line.raw)]
    if len(tokens) < 2:
        return None
    first_value = None
    for i, (a, b) in enumerate(tokens):
        if is_value(line.raw[a:b]) and line.raw[a:b] not in WORD_BLANKS:
            first_value = i
            break
    if first_value is None:
        return None
    if not all(is_value(line.raw[a:b]) for a, b in tokens[first_value:]):
        return None
    if first_value == 0 and len(tokens) < 2:
        return None
    cells = []
    if first_value > 0:
        cells.append(_cell(line.raw, line.start, tokens[0][0], tokens[first_value - 1][1]))
    cells += [_cell(line.raw, line.start, a, b) for a, b in tokens[first_value:]]
    return cells


def separator_style(lines: list[_Line]) -> str:
    """How this copy separates one-cell-per-line cells: 'blank', 'pipe' or 'none'."""
    after = {"blank": 0, "pipe": 0, "other": 0}
    for i, ln in enumerate(lines[:-1]):
        if ln.kind != "cell" or len(ln.raw.strip()) > _MAX_CELL_LINE or ln.raw.rstrip().endswith("|"):
            continue
        nxt = lines[i + 1]
        if nxt.kind == "blank":
            after["blank"] += 1
        elif nxt.kind == "pipes" and nxt.pipes == 1:
            after["pipe"] += 1
        else:
            after["other"] += 1
    total = sum(after.values()) or 1
    if after["blank"] / total > 0.6:
        return "blank"
    if after["pipe"] / total > 0.6:
        return "pipe"
    return "none"


def _broken_row(classified: list[_Line], i: int) -> tuple[Row, int] | None:
    """One pipe row broken at its pipes onto several lines (`label | 25 |`, then a lone `|` per blank cell,
    then `| 25 |`): the row's cells and the index after it. Only when the run closes with a line that
    starts with a pipe and holds a value, which a one-cell-per-line copy (`5 |`, lone `|` for a blank)
    never writes."""
    first = classified[i]
    if not first.raw.rstrip().endswith("|"):
        return None
    j = i + 1
    while j < len(classified) and classified[j].kind == "pipes" and classified[j].pipes == 1:
        j += 1
    if j == i + 1 or j >= len(classified):
        return None
    last = classified[j]
    body = last.raw.strip()
    # closed by its pipe, or the copy stops after the value (the last line with content)
    closed = body.endswith("|") or all(ln.kind == "blank" for ln in classified[j + 1:])
    if not (body.startswith("|") and closed and body.count("|") <= 2 and is_value(body.strip("| "))):
        return None
    cells = _grid_cells(first)
    cells += [Cell("", ln.start, ln.start) for ln in classified[i + 1:j + 1]]  # the blank before each pipe
    cells += _grid_cells(last)
    return Row(cells, True, i), j + 1


def _value_line(classified: list[_Line], k: int) -> bool:
    """Line k is a bare cell line holding one printed value (a number or a blank mark); a value closed by its
    pipe ('0  |', then a blank line) has its separator already, and the blank line after it is spacing."""
    return 0 <= k < len(classified) and classified[k].kind == "cell" and "|" not in classified[k].raw \
        and is_value(classified[k].raw)


def rows(text: str) -> list[Row]:
    """Every line of the text as a Row; blank/separator runs become empty cells per the copy's style."""
    classified = _lines(text)
    style = separator_style(classified)
    out: list[Row] = []
    i = 0
    n = len(classified)
    while i < n:
        ln = classified[i]
        raw = ln.raw
        if ln.kind == "cell" and "|" not in raw:  # most lines: one cell or prose, no pipe to break a row at
            split = _space_split(ln) if _DIGIT.search(raw) else None
            if split:
                out.append(Row(split, True, i))
            else:  # the stripped line (_cell_line)
                rest = raw.lstrip()
                content = rest.rstrip()
                start = ln.start + len(raw) - len(rest)
                out.append(Row([Cell(content, start, start + len(content))], False, i))
            i += 1
            continue
        broken = _broken_row(classified, i) if ln.kind in ("grid", "cell") and raw.endswith("|") else None
        if broken is not None:
            out.append(broken[0])
            i = broken[1]
            continue
        if ln.kind == "grid":
            out.append(Row(_grid_cells(ln), True, i))
        elif ln.kind == "tabs":
            out.append(Row(_grid_cells(ln, "\t"), True, i))
        elif ln.kind == "spaced":  # one cell per line: the line's empty cells, each its own row
            out += [Row([Cell("", ln.start + ln.raw.index("|") + 1, ln.start + ln.raw.index("|") + 1)], False, i)
                    for _ in range(ln.pipes)]
        elif ln.kind == "cell":
            split = _space_split(ln)
            out.append(Row(split, True, i) if split else Row([_cell_line(ln)], False, i))
        else:
            sep = "blank" if ln.kind == "blank" else "pipe" if ln.pipes == 1 else "filler"
            j = i
            while j < len(classified) and classified[j].kind == ln.kind and (ln.kind == "blank" or classified[j].pipes == ln.pipes):
                j += 1
            run = j - i
            if style == sep and sep in ("blank", "pipe"):
                empties = run - 1
            elif style in ("none", "blank") and sep == "pipe":
                empties = run  # a lone '|' is an empty cell where pipes are not the separator
            elif style == "none" and sep == "blank" and _value_line(classified, i - 1) and _value_line(classified, j):
                # cells one per line with nothing between them: blank lines between two of a row's values are
                # its empty cells, one each ('1', five blank lines, '1' under seven columns); the row's reader
                # still takes them only when the row then has exactly its columns
                empties = run
            else:
                empties = 0
            for k in range(empties):
                pos = classified[i + k + 1].start if sep == "blank" else classified[i + k].start
                out.append(Row([Cell("", pos, pos)], False, i + k))
            if sep == "filler" and run == 1 and not empties:
                out.append(Row([Cell("", ln.start, ln.start)], False, i, filler=ln.pipes))
            i = j
            continue
        i += 1
    return out
