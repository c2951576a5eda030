"""One report as the rules see it: every template cell with its value and its state.

A cell is in exactly one state:
- `value`     printed number (parser or LLM)
- `inferred`  filled by the audit from the identities (method `inferred`)
- `blank`     printed, but blank / "-" / "/" / "无" (null in the report)
- `lost`      the copy lost it (a row whose values could not be placed, or a row missing inside an
              otherwise complete table) — the only cells inference may fill
- `cut`       the copy stops before it (page heads): a fragment, never inferred, never judged
- `absent`    its table is absent or unreadable (image, prose)
- `fused`     a row printed as one run of digits without separators that has several readings (or none):
              printed, not lost, so never filled by inference
- `blank_or_lost`  a row printed as its label alone, in a copy that cannot tell a blank row from a lost
              one (`blank_or_lost_rows`): neither judged as blank nor filled
Rules ask for values; anything but `value`/`inferred` (and `blank`, read as 0 only by H1–H4 with a
warning) makes them answer "not assessable" instead of passing or failing.
"""
from __future__ import annotations

from functools import cached_property, lru_cache
from typing import Any, Iterable

from extractor import template
from extractor.cells import flatten
from extractor.models import READ_STATUSES, Finding, Report

from .organ import Organ, classify, from_prose
from .registry import RULES, NotAssessable

KNOWN = ("value", "inferred")
# table 三's applications carried in from the year before: the prose's carry-in words are checked against it
CARRIED_IN_TOTAL = "applications.carried_over.total"


class Context:
    def __init__(self, report: Report, text: str | None = None):
        self.report = report
        self.text = text
        self.meta = report.meta
        self.status = report.extraction.tables
        # the tables as plain data, dumped once: the cells' values, and the extra rows two rules walk
        self.tables_data: dict[str, Any] = report.tables.model_dump()
        self.values: dict[str, Any] = flatten(self.tables_data)
        self.state: dict[str, str] = {}
        self.layout_keys: dict[str, list[str]] = {}
        self.cache: dict[str, Any] = {}  # per-report results shared by several rules (identities, fee statements)
        for table in template.TABLES:
            self._classify(table)

    # ------------------------------------------------------------------------------------- cells

    def table_layout(self, table: str) -> str | None:
        st = self.status.get(table)
        if table == "review_litigation":
            return "2021"  # same in both layouts
        if st is not None and st.layout:
            return st.layout
        m = self.meta.template
        return m if m in template.LAYOUTS else None

    def other_single_row(self) -> bool:
        st = self.status.get("applications")
        if st is not None and st.other_single_row is not None:
            return bool(st.other_single_row)
        return any(k.startswith("applications.other.") and k.count(".") == 2 for k in self.values)

    def _blocks_in_other_layout(self, table: str, layout: str, keys: list[str]) -> dict[str, str]:
        """block key → layout, for blocks the report nests in another layout's columns (meta.template mixed):
        their cells are the printed ones, never blanks of the table's own layout."""
        if all(k in self.values for k in keys):
            return {}
        out = {}
        for name, key, theirs in _other_blocks(table, layout):
            if theirs and all(k in self.values for k in theirs):
                out[key] = name
        return out

    def _classify(self, table: str) -> None:
        st = self.status.get(table)
        layout = self.table_layout(table) or "2021"
        single = self.other_single_row() if table == "applications" else False
        keys = template.layout_cells(table, layout, single)
        blocks = self._blocks_in_other_layout(table, layout, keys)
        if blocks:
            keys = template.layout_cells(table, layout, single, blocks)
        self.layout_keys[table] = keys
        present = getattr(self.report.tables, table, None) is not None
        if st is None or not present or st.status in ("absent", "unparsed"):
            for k in keys:
                self.state[k] = "absent"
            return
        missing = set(st.missing)
        lost_rows = tuple(r + "." for r in st.incomplete_rows)
        blank_or_lost_rows = tuple(r + "." for r in st.blank_or_lost_rows)
        fused_rows = tuple(r + "." for r in st.fused_rows)
        not_found = set(st.missing_rows)
        seen = [i for i, k in enumerate(keys) if k not in missing]
        last_seen = seen[-1] if seen else -1
        first_seen = seen[0] if seen else len(keys)
        cut = "end" in st.cut
        head_cut = "top" in st.cut
        # ~200 cells a report: what does not change from cell to cell is read once
        whole_fused = table == "review_litigation" and "review_litigation" in st.fused_rows
        whole_lost = table == "review_litigation" and "review_litigation" in st.incomplete_rows
        provenance, values, state = self.report.provenance, self.values, self.state
        for i, k in enumerate(keys):
            v = values.get(k)
            if v is not None:
                prov = provenance.get(k)
                state[k] = "inferred" if prov is not None and prov.method == "inferred" else "value"
            elif k.startswith(blank_or_lost_rows):
                state[k] = "blank_or_lost"
            elif whole_fused or k.startswith(fused_rows):
                state[k] = "fused"
            elif whole_lost or k.startswith(lost_rows):
                state[k] = "lost"
            elif k in missing and k.rsplit(".", 1)[0] in not_found:
                state[k] = "lost"  # the extraction decides which unread rows the copy still shows
            elif k in missing:
                state[k] = "cut" if cut and i > last_seen or head_cut and i < first_seen else "lost"
            else:
                state[k] = "blank"

    def value(self, key: str) -> Any:
        return self.values.get(key) if self.state.get(key) in KNOWN else None

    def known(self, key: str) -> bool:
        return self.state.get(key) in KNOWN

    def cells_of(self, table: str) -> list[str]:
        return self.layout_keys.get(table, [])

    def table_usable(self, table: str) -> bool:
        st = self.status.get(table)
        return st is not None and st.status in READ_STATUSES and any(
            self.known(k) or self.state.get(k) == "blank" for k in self.cells_of(table))

    def table_cut(self, table: str) -> bool:
        st = self.status.get(table)
        return st is not None and "end" in st.cut

    def span(self, key: str) -> tuple[int, int] | None:
        p = self.report.provenance.get(key)
        return tuple(p.span) if p is not None and p.span is not None else None

    def printed(self, key: str) -> str:
        """The cell's text as the copy prints it ("" when its place in the text is not known)."""
        span = self.span(key)
        return self.text[span[0]:span[1]] if span and self.text else ""

    def spans(self, keys: Iterable[str]) -> list[tuple[int, int]]:
        out = []
        for k in keys:
            s = self.span(k)
            if s is not None and s not in out:
                out.append(s)
        return out

    @staticmethod
    def label(key: str) -> str:
        return template.cell_label(key)

    @staticmethod
    def table_name(table: str) -> str:
        """表二 / 表三 / 表四, from the numeral of the table's section title in the template."""
        t = template.TABLES.get(table)
        return f"表{t.title.split('、')[0]}" if t is not None else table

    @staticmethod
    def row_name(key: str) -> str:
        """A cell's row as messages name it: "（二）部分公开"; sub-rows keep their group ("（三）不予公开1.属于国家秘密")."""
        return template.cell_label(key).rsplit(" / ", 1)[0].split("·")[0]

    def show(self, key: str) -> str:
        """A cell's value for a message: the number, 空 (blank), or 缺 (not in the copy)."""
        if self.known(key):
            return shown(self.values[key])
        return "空" if self.state.get(key) == "blank" else "缺"

    # ------------------------------------------------------------------------------------- report

    @cached_property
    def year(self) -> int | None:
        """meta.year, else the year the 统计期限 sentence or the opening prose states (`汇报我镇2023年…工作`):
        a page without a title still has a year for the rules that depend on it."""
        if self.meta.year is not None:
            return self.meta.year
        from .years import report_year

        return report_year(self)[0]

    @cached_property
    def organ(self) -> Organ:
        return from_prose(classify(self.meta.organ, self.meta.title), self.text)

    def section(self, key: str):
        return next((s for s in self.report.sections if s.key == key), None)

    def section_text(self, key: str) -> tuple[str, int] | None:
        s = self.section(key)
        if s is None or self.text is None:
            return None
        return self.text[s.start:s.end], s.start

    @cached_property
    def prose(self):
        """Paragraphs of prose (tables left out) with offsets into the text; None without text."""
        if self.text is None:
            return None
        from .prose.text import paragraphs

        return paragraphs(self.text)

    @cached_property
    def outline(self):
        """The outline the preamble announces (extractor.outline), or None: read once for every rule that asks
        (structure.sections twice, prose.outline_count)."""
        if self.text is None:
            return None
        from extractor.outline import announced_outline

        return announced_outline(self.text)

    @cached_property
    def own_tables(self):
        """The organ's own statistics tables of the 2008 条例's years (prose.own_table), read once."""
        if self.text is None or "指" not in self.text:  # (指标名称, 统计指标: the head cell's first words)
            return []
        from .prose.own_table import read_own_tables

        return read_own_tables(self.text)

    @cached_property
    def claims(self):
        from .prose.claims import extract_claims

        return extract_claims(self) if self.prose is not None else []

    # ------------------------------------------------------------------------------------- results

    def finding(self, rule: str, message: str, cells: Iterable[str] = (), expected: Any = None,
                actual: Any = None, evidence: Iterable[tuple[int, int]] = ()) -> Finding:
        cells = list(dict.fromkeys(cells))
        spans = [tuple(e) for e in evidence]
        spans += [s for s in self.spans(cells) if s not in spans]
        return Finding(rule=rule, severity=RULES[rule].severity, message=message, cells=cells,
                       expected=expected, actual=actual, evidence=spans)

    @staticmethod
    def na(rule: str, reason: str, cells: Iterable[str] = ()) -> NotAssessable:
        return NotAssessable(rule, reason, tuple(cells))

    def why_unknown(self, keys: Iterable[str]) -> str:
        """Why some of these cells cannot be judged, in words."""
        states = {self.state.get(k, "absent") for k in keys} - set(KNOWN) - {"blank"}
        words = {"absent": "表格缺失或无法读取", "cut": "副本在此之前截断", "lost": "副本中丢失",
                 "blank_or_lost": "副本无法区分空白与丢失", "fused": "该行数字连写，拆分不唯一"}
        return "；".join(w for s, w in words.items() if s in states) or "单元格未知"


def shown(v) -> str:
    """A number for a message: 3, 45.82 (a float's needless .0 left out)."""
    return f"{v:g}" if isinstance(v, float) else str(v)


def clipped(text: str, limit: int) -> str:
    """A quote of the report's words for a message, at most `limit` characters; one cut short ends with … (a reader
    must not take the cut for the report's own last words)."""
    return text if len(text) <= limit else text[:limit] + "…"


@lru_cache(maxsize=None)  # template data: built once, not for every table of every report
def _other_blocks(table: str, layout: str) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(layout, block key, the block's cell keys) of each block of the table's other layouts."""
    return tuple((name, block.key, tuple(f"{table}.{r.key}.{c.key}" for r in block.rows for c in block.columns))
                 for name, lay in template.TABLES[table].layouts.items() if name != layout for block in lay.blocks)


class RuleView:
    """The report as one rule sees it: everything a Context offers, with `finding` and `na` already
    carrying the rule's id and severity — the registry binds the id once, rule bodies never retype it."""

    def __init__(self, ctx: Context, rule: str):
        # the context's fields and the readings made so far, on the view from the start (one C-level copy): a rule
        # then reads them as its own attributes, and only methods and readings not made yet pass by __getattr__
        self.__dict__.update(ctx.__dict__)
        self.context = ctx
        self.rule = rule

    def __getattr__(self, name: str) -> Any:
        # kept on the view: rules read the same few attributes thousands of times, and a Context never
        # rebinds one while its rules run
        value = getattr(self.context, name)
        self.__dict__[name] = value
        return value

    def finding(self, message: str, cells: Iterable[str] = (), expected: Any = None, actual: Any = None,
                evidence: Iterable[tuple[int, int]] = ()) -> Finding:
        return self.context.finding(self.rule, message, cells, expected, actual, evidence)

    def na(self, reason: str, cells: Iterable[str] = ()) -> NotAssessable:
        return NotAssessable(self.rule, reason, tuple(cells))
