"""The organ's own statistics table of the 2008 条例's years (2009–2018), printed beside the prose in place of the
national tables of 2019: `指标名称 | 单位 | 2016年 | 历年累计`, one indicator a row, a row's parts after 其中 numbered
1., 2., … (主动公开信息数 条 94 765 其中：1.政府网站公开数 条 94 765 2.政府公报公开数 条 0 0 受理政府信息公开申请总数 条 0 2 …).

It is no template table (no cell keys exist for it, SCHEMA.md), so the extraction leaves it as prose; the audit reads
it here as the report's own statement of its figures — a row against its parts, the year's column against the
cumulative, and the prose against the table (rules/prose_own_table.py).

Copies print it flattened into one line, one cell a line, as pipes or with every space lost (条2071223: the year's
207 and the cumulative 1223 glued). Whitespace of any kind separates cells; in a table printed with every space lost
(its header's columns glued: 2016年度历年累计) cells glued together are split only where exactly one reading holds (no
leading 0), else the row's figures stay unread — never guessed; in a spaced table a run of too few cells (a cell lost
in the copy) is unread too.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractor.sign_off import STATS_TABLE_HEAD
from extractor.dates import YEAR
from extractor.numerals import COUNT_UNIT
from extractor.values import SYMBOL_BLANKS

# the head of the table: its first header cell (spaced out in many copies: 指 标 名 称)
_HEAD = re.compile(STATS_TABLE_HEAD)
_UNIT_HEAD = re.compile(r"^(?:计\s*量\s*)?单\s*位")
# a column of figures: the year's (2016年, 2016年度, 本年, 年末统计, 本年度数) or the cumulative (历年累计, 累计)
# (or a column named only for what it holds, 数量 or 统计数, in a table of the one year: 指标名称 | 单位 | 数量)
_YEAR_COLUMN = re.compile(rf"^(?:{YEAR}\s*年\s*度?(?:数|数量)?|本\s*年\s*度?(?:数|数量)?|年\s*末\s*统\s*计|当\s*年"
                          r"|数\s*量|统\s*计\s*数)")
_SUM_COLUMN = re.compile(r"^(?:历\s*年\s*累\s*计|累\s*计(?:数|数量)?|合\s*计)")
# a row's unit: the counts' (条, 件, 个…, numerals.COUNT_UNIT) and money's
_UNIT = rf"万元|元|{COUNT_UNIT}"
# an indicator's name: it counts something (…数, 总数, 金额) or names a kind of what it counts
_INDICATOR = re.compile(r"数$|数量$|金额$|费用?$|公开$|申请$|答复$|复议$|诉讼$|申诉$|举报$")
_BLANK = "|".join(re.escape(b) for b in sorted(SYMBOL_BLANKS, key=len, reverse=True))
_CELL = re.compile(rf"\d+(?:\.\d+)?|{_BLANK}")
_SEP = r"[\s|｜]"  # between cells: any space, a line's end, a pipe table's bar
# a part's number: 1. 1、 — or glued to its label with no mark at all ('其中：1同意公开答复数', which enumerators.ITEM,
# made for text, never takes for an enumerator)
_ORDINAL = re.compile(r"^(?P<n>\d{1,2})\s*[.．、,，]?\s*(?=\D)")
_AMONG = re.compile(rf"^其\s*中\s*[：:，,]?{_SEP}*")
# the figures after a label: numbers or blank marks, up to the next part's number (2.政府公报…: an enumerator, no figure)
_FIGURES = re.compile(rf"^(?:{_SEP}*(?:\d+(?:\.\d+)?|{_BLANK})(?![.．、]\s*[^\d\s]))+")
_LABEL = re.compile(rf"^(?P<label>[^\d\s|｜]+?){_SEP}*(?P<unit>{_UNIT})?{_SEP}*(?=\d|{_BLANK})")


@dataclass
class OwnRow:
    label: str  # as printed, spaces dropped
    unit: str | None
    values: tuple[int | float | None, ...] | None  # one a column; None: the figures could not be read for sure
    ordinal: int | None  # 1, 2, … of a part after 其中
    parent: int | None  # index of the row it is a part of
    span: tuple[int, int]  # in the text
    readings: tuple[tuple[int, ...], ...] = ()  # a glued run's every split (values None): what it may say


@dataclass
class OwnTable:
    columns: list[str]  # as printed: 2016年, 历年累计, 年末统计…
    years: list[int | None]  # the year a column names (None: 本年 / 年末统计, or the cumulative)
    cumulative: list[bool]
    rows: list[OwnRow] = field(default_factory=list)
    span: tuple[int, int] = (0, 0)

    def parts(self, i: int) -> list[OwnRow]:
        return [r for r in self.rows if r.parent == i]

    def column_of_year(self) -> int | None:
        """The column of the report's year (the first that is not cumulative)."""
        return next((j for j, c in enumerate(self.cumulative) if not c), None)


def glued_readings(digits: str, n: int) -> list[tuple[int, ...]]:
    """`13` as two columns: every split with no leading 0 (`740`: 7 | 40 and 74 | 0). The year's figure at most the
    cumulative rules out no reading: that is what the audit checks (4348 prints 74 | 0)."""
    if n == 1:
        return [(int(digits),)] if not (len(digits) > 1 and digits[0] == "0") else []
    if n != 2:
        return []
    return [(int(digits[:k]), int(digits[k:])) for k in range(1, len(digits))
            if not any(len(x) > 1 and x[0] == "0" for x in (digits[:k], digits[k:]))]


def _figures(run: str, n: int, glued: bool) -> tuple[int | float | None, ...] | None:
    """One value a column (None for a blank mark), or None: a cell that is no number (3/), too few or too many
    cells — save a run glued in a table printed with no spaces at all, split where one reading holds."""
    cells = re.sub(_SEP, " ", run).split()
    if not all(_CELL.fullmatch(c) for c in cells):
        return None
    if len(cells) == n:
        return tuple(None if c in SYMBOL_BLANKS else (float(c) if "." in c else int(c)) for c in cells)
    if glued and len(cells) == 1 and cells[0].isdigit():
        readings = glued_readings(cells[0], n)
        return readings[0] if len(readings) == 1 else None
    return None


def _header(text: str, at: int) -> tuple[list[str], list[int | None], list[bool], bool, int] | None:
    """The columns after the head cell at `at`: (names, years, cumulative flags, whether the columns are glued with
    no space between them, where the first row starts)."""
    pos = at
    m = _HEAD.match(text, pos)
    pos = m.end()
    rest = text[pos:pos + 80]
    skip = len(rest) - len(rest.lstrip(" \t\n|｜"))
    rest = rest.lstrip(" \t\n|｜")
    u = _UNIT_HEAD.match(rest)
    if u:
        skip += u.end()
        rest = rest[u.end():]
    names, years, cum, spaced = [], [], [], False
    while True:
        stripped = rest.lstrip(" \t\n|｜")
        skip += len(rest) - len(stripped)
        spaced = spaced or (bool(names) and len(stripped) < len(rest))
        rest = stripped
        y, s = _YEAR_COLUMN.match(rest), _SUM_COLUMN.match(rest)
        if not (y or s):
            break
        m2 = y or s
        names.append(re.sub(r"\s", "", m2.group(0)))
        years.append(int(y.group(1)) if y and y.group(1) else None)
        cum.append(s is not None)
        skip += m2.end()
        rest = rest[m2.end():]
    if not names or len(names) > 3:
        return None
    return names, years, cum, len(names) > 1 and not spaced, pos + skip


def read_own_tables(text: str) -> list[OwnTable]:
    """Every own statistics table of the text, with the rows read in order until the first run that is no
    indicator row (the signature, 附件下载, the next section)."""
    out = []
    for head in _HEAD.finditer(text):
        got = _header(text, head.start())
        if got is None:
            continue
        names, years, cum, glued, pos = got
        table = OwnTable(names, years, cum, span=(head.start(), pos))
        n = len(names)
        # the lists open: (the row they are parts of, the number their next part takes), innermost last — a part may
        # have parts of its own (3.不予公开答复数 … 其中：1.涉及国家秘密…), after which the outer list goes on (4.其他…)
        levels: list[tuple[int, int]] = []
        while True:
            start = pos + len(text[pos:pos + 200]) - len(text[pos:pos + 200].lstrip(" \t\n|｜"))
            rest = text[start:start + 120]
            among = _AMONG.match(rest)
            skip = among.end() if among else 0
            o = _ORDINAL.match(rest[skip:])
            parent = ordinal = None
            if o and among and table.rows:
                levels.append((len(table.rows) - 1, 1))
            if o:
                at = next((i for i in range(len(levels) - 1, -1, -1) if levels[i][1] == int(o.group("n"))), None)
                if at is not None:
                    del levels[at + 1:]
                    parent, ordinal = levels[at][0], int(o.group("n"))
                    levels[at] = (parent, ordinal + 1)
                    skip += o.end()
            if ordinal is None:
                levels = []
            lab = _LABEL.match(rest[skip:])
            if lab is None:
                break
            label = re.sub(_SEP, "", lab.group("label")).strip("：:")
            # (a numbered part names a kind of its row's count, 1．在办, 2．办结, 5．第三方不同意: no indicator word needed)
            if (ordinal is None and not _INDICATOR.search(label)) or len(label) > 30:
                break
            fig_at = skip + lab.end()
            figs = _FIGURES.match(rest[fig_at:])
            if figs is None:
                break
            run = figs.group(0)
            values = _figures(run, n, glued)
            cells = re.sub(_SEP, " ", run).split()
            several = tuple(glued_readings(cells[0], n)) if values is None and glued and len(cells) == 1 \
                and cells[0].isdigit() else ()
            table.rows.append(OwnRow(label, lab.group("unit"), values, ordinal, parent,
                                     (start, start + fig_at + len(run)), several))
            pos = start + fig_at + len(run)
        if len(table.rows) >= 2:
            table.span = (table.span[0], table.rows[-1].span[1])
            out.append(table)
    return out
