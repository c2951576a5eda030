"""What each printed cell of a table region can be, built once per table from the template."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from . import template
from .ir import Cell
from .labels import KeyedText, LabelSet, match_key


@dataclass(frozen=True, slots=True)
class Role:
    kind: str  # row | header | group | block | col
    key: str = ""  # row key, block key or column key
    layout: str = ""  # for col: the layout whose header this is


@lru_cache(maxsize=None)
def label_set(table_key: str) -> LabelSet:
    table = template.TABLES[table_key]
    entries: list[tuple[str, Role, bool]] = []  # (printed label, role, canonical?)
    rows_in_header = table.one_line  # table 四's "rows" are column groups printed in the header
    voting = table.layout_columns()  # headers that tell a layout; the others are only header words

    def add(labels: tuple[str, ...], role: Role, prefix: str = "") -> None:
        for i, label in enumerate(labels):
            entries.append((label, role, i == 0))
            if prefix:
                entries.append((prefix + label, role, i == 0))

    for name, lay in table.layouts.items():
        for block in lay.blocks:
            add((block.title,), Role("block", block.key))
            for col in block.columns:
                add((col.label,) + col.variants, Role("col", col.key, name) if col.label in voting
                    else Role("header"))
            for row in block.rows:
                role = Role("header") if rows_in_header else Role("row", row.key)
                add((row.label,) + row.variants, role, row.group or "")
    for label in table.header_labels:
        entries.append((label, Role("group") if label.startswith("（") else Role("header"), True))
    # a row label may be printed without its first character (a damaged copy); a header or title may not
    return LabelSet(entries, template.LABEL_SYNONYMS, cut_tails=lambda role: role.kind == "row")


@lru_cache(maxsize=4096)  # the template's answer, asked for each row of each table of every report
def block_of(table_key: str, layout: str, row_key: str) -> template.Block | None:
    for block in template.TABLES[table_key].layouts[layout].blocks:
        if any(r.key == row_key for r in block.rows):
            return block
    table = template.TABLES[table_key]
    if table.single_row_variant is not None and row_key == table.single_row_variant.key:
        return table.single_row_home()[1]  # the one-row form, in the layout that declares it
    return None


def row_order(table_key: str, layout: str, other_single_row: bool) -> list[str]:
    return [row.key for row, _ in template.rows_as_printed(table_key, layout, other_single_row)]


@lru_cache(maxsize=None)
def label_keys(table_key: str) -> tuple[str, ...]:
    """Match keys of every printed label of the table: headers, block titles, columns and rows (each row
    label alone and under its group heading, variants included)."""
    table = template.TABLES[table_key]
    keys = [match_key(label) for label in table.header_labels]
    for lay in table.layouts.values():
        for block in lay.blocks:
            keys.append(match_key(block.title))
            keys += [match_key(c.label) for c in block.columns]
    return tuple(keys) + tuple(k for k, _ in _row_label_keys(table_key))


def is_label_fragment(table_key: str, text: str) -> bool:
    """A piece of a wrapped template label ("府信息", "明确"), not a row of its own."""
    key = match_key(text)
    return bool(key) and any(key in k for k in label_keys(table_key))


@lru_cache(maxsize=None)
def _row_label_keys(table_key: str) -> tuple[tuple[str, str], ...]:
    """(match key, row key) of every row label and variant, alone and with its group."""
    out = []
    for lay in template.TABLES[table_key].layouts.values():
        for block in lay.blocks:
            for r in block.rows:
                for label in (r.label, *r.variants):
                    out.append((match_key(label), r.key))
                    if r.group:
                        out.append((match_key(r.group + label), r.key))
    return tuple(dict.fromkeys(out))


def row_of_fragment(table_key: str, text: str) -> str | None:
    """The one template row whose label contains this wrapped-label piece ("缴纳费用、行政机关不再处理其政"
    → other.overdue_fee); None when no row or several rows contain it."""
    key = match_key(text)
    if len(key) < 4:
        return None
    rows = {row for label, row in _row_label_keys(table_key) if key in label}
    return rows.pop() if len(rows) == 1 else None


@lru_cache(maxsize=None)
def row_widths(table_key: str, row_key: str) -> dict[str, tuple[str, int]]:
    """layout → (block key, number of columns) of the row's block, in each layout that has the row.
    Cached and shared: callers read it, never change it."""
    out = {}
    for name in template.TABLES[table_key].layouts:
        block = block_of(table_key, name, row_key)
        if block is not None:
            out[name] = (block.key, len(block.columns))
    return out


_CUT_LABEL_MIN = 4  # characters of a cut label that can name one row or block ("第二十条第(六")


def role_of_cut_label(table_key: str, text: str) -> Role | None:
    """The one row or block whose label or title starts with this text — a label the copy's end cut
    short ("第二十条第(六" → block item6); None when it is too short or several could go on this way."""
    key = match_key(text)
    if len(key) < _CUT_LABEL_MIN:
        return None
    roles = {role for label, role in _starts(table_key) if label.startswith(key)}
    return roles.pop() if len(roles) == 1 else None


def starts_a_row(table_key: str, text: str) -> bool:
    """Whether the text is the start of some row label, however short ('规' of 规章 or 规范性文件): at the copy's
    end, a row label cut there rather than a header cell."""
    key = match_key(text)
    return bool(key) and any(label.startswith(key) for label, role in _starts(table_key) if role.kind == "row")


@lru_cache(maxsize=None)
def _starts(table_key: str) -> tuple[tuple[str, Role], ...]:
    """(match key, role) of every block title and row label (variants and group prefix included)."""
    out = []
    for lay in template.TABLES[table_key].layouts.values():
        for block in lay.blocks:
            out.append((match_key(block.title), Role("block", block.key)))
    out += [(label, Role("row", row)) for label, row in _row_label_keys(table_key)]
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=None)
def _column_labels(table_key: str) -> LabelSet:
    """Every column header of the table (both layouts, variants too) → its column key."""
    entries = [(label, col.key, i == 0) for lay in template.TABLES[table_key].layouts.values()
               for block in lay.blocks for col in block.columns for i, label in enumerate((col.label,) + col.variants)]
    return LabelSet(entries, template.LABEL_SYNONYMS)


def column_of_header(table_key: str, text: str) -> str | None:
    """The column a printed header cell names ("处理决定数量" → decisions), whether or not it tells a layout."""
    return _column_labels(table_key).lookup(text)


@lru_cache(maxsize=None)
def header_words(table_key: str) -> tuple[str, ...]:
    """The table's printed words other than row labels (headers, block titles, columns, groups), longest
    first, to cut a header printed without separators into its words."""
    table = template.TABLES[table_key]
    words = set(table.header_labels) | set(table.anchors)
    for lay in table.layouts.values():
        for block in lay.blocks:
            words.add(block.title)
            for c in block.columns:
                words |= {c.label, *c.variants}
            words |= {r.group for r in block.rows if r.group}
    return tuple(sorted((w for w in words if match_key(w)), key=lambda w: -len(match_key(w))))


@lru_cache(maxsize=None)
def header_keys(table_key: str) -> tuple[str, ...]:
    """header_words in comparison form (for str.startswith/endswith: a header run together opens and closes
    with one)."""
    return tuple(match_key(w) for w in header_words(table_key))


def header_pieces(text: str, base: int, table_key: str) -> tuple[list[Cell], int]:
    """The header words found in a run of text printed without separators, left to right (the longest word
    at each place), each as a cell with its printed span; and how many characters (in comparison form) no
    word covers."""
    keyed = KeyedText(text, base)
    out: list[Cell] = []
    k = stray = 0
    while k < len(keyed.key):
        word = next((w for w in header_keys(table_key) if keyed.key.startswith(w, k)), None)
        if word is None:
            k += 1
            stray += 1
            continue
        end = k + len(word)
        a, b = keyed.printed(k, end)
        out.append(Cell(text[a - base:b - base], a, b))
        k = end
    return out, stray
