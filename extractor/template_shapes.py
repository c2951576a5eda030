"""The shapes the national template is declared in (extractor/template.py holds the data): a column, a
row, a block of cells under one header, a table in each layout, a section heading. Kept apart from the
data so that each file has one job; readers reach them through `template`, the one place they ask.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    variants: tuple[str, ...] = ()
    kind: str = "count"  # count | signed | money
    unit: str | None = None  # the header's unit for money columns (万元), None = as printed (元)


@dataclass(frozen=True)
class Row:
    key: str  # dotted path inside the table, e.g. "denied.state_secret"
    label: str
    variants: tuple[str, ...] = ()
    group: str | None = None  # the label of the row group it sits under, e.g. "（三）不予公开"
    note: str | None = None  # an instruction printed inside the label (区分处理的，…): left out of messages

    @property
    def short(self) -> str:
        """The label without its printed note, for messages: （二）部分公开."""
        return self.label.replace(f"（{self.note}）", "") if self.note else self.label


@dataclass(frozen=True)
class Block:
    """A rectangle of cells sharing one header: 第二十条第（一）项, the body of table 三, table 四."""

    key: str
    title: str
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    single_line: bool = False  # table 四: all rows' values printed as one line of 15


@dataclass(frozen=True)
class TableLayout:
    layout: str
    blocks: tuple[Block, ...]

    def cells(self) -> list[tuple[str, Row, Column]]:
        """(cell key without the table prefix, row, column) in reading order."""
        return [(f"{r.key}.{c.key}", r, c) for b in self.blocks for r in b.rows for c in b.columns]

    def block(self, key: str) -> Block | None:
        return next((b for b in self.blocks if b.key == key), None)


@dataclass(frozen=True)
class Table:
    key: str
    section: str
    title: str
    layouts: dict[str, TableLayout]
    header_labels: tuple[str, ...] = ()  # header words that are neither rows nor values
    fingerprints: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # where the heading is lost, the table's region starts at the first of these labels (its own first
    # words, distinctive enough not to occur in prose)
    anchors: tuple[str, ...] = ()
    # a row the later layout's sub-rows may still be printed as (（六）其他处理 kept as one 2019 row in a 2021
    # report): its key is the prefix of those sub-rows, its columns those of the layout that has it
    single_row_variant: Row | None = None

    @property
    def one_line(self) -> bool:
        """Table 四: its rows are column groups of the header and all values are printed as one line."""
        return any(b.single_line for lay in self.layouts.values() for b in lay.blocks)

    @property
    def has_blocks(self) -> bool:
        """Table 二: several blocks, each with headers of its own (so a layout per block)."""
        return any(len(lay.blocks) > 1 for lay in self.layouts.values())

    def single_row_home(self) -> tuple[str, Block] | None:
        """(layout, block) that declares the single-row variant as a row of its own (2019's （六）其他处理)."""
        single = self.single_row_variant
        if single is None:
            return None
        return next((name, b) for name, lay in self.layouts.items() for b in lay.blocks if single in b.rows)

    def single_row_split(self) -> tuple[str, tuple[Row, ...]] | None:
        """(layout, rows) of the layout that splits the single-row variant into sub-rows (2021's three
        rows under （六）其他处理): rows keyed under the variant's key."""
        single = self.single_row_variant
        if single is None:
            return None
        return next((name, rows) for name, lay in self.layouts.items()
                    for rows in [tuple(r for b in lay.blocks for r in b.rows if r.key.startswith(single.key + "."))]
                    if rows)

    def printed_in(self, block_key: str, layout: str, other: str) -> Block | None:
        """The `other` layout's version of a `layout` block, when the block may be printed in it (meta.template
        mixed): table 二 only, and the other version keeps every row this layout gives the block."""
        if other == layout or other not in self.layouts or not self.has_blocks:
            return None
        ours, theirs = self.layouts[layout].block(block_key), self.layouts[other].block(block_key)
        if ours is None or theirs is None or not {r.key for r in ours.rows} <= {r.key for r in theirs.rows}:
            return None
        return theirs

    def layout_columns(self) -> set[str]:
        """Column labels that belong to one layout only: a header printing one votes for that layout."""
        by_layout = {name: {c.label for b in lay.blocks for c in b.columns} for name, lay in self.layouts.items()}
        everywhere = set.intersection(*by_layout.values()) if by_layout else set()
        return {label for labels in by_layout.values() for label in labels} - everywhere


@dataclass(frozen=True)
class Section:
    key: str
    number: str
    heading: str
    # regular expressions over the match key of a heading line (see labels.match_key)
    patterns: tuple[str, ...]
