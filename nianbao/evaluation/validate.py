"""The gold validator: is every gold file consistent with the template, its document and itself?

Errors make the eval figures meaningless (a key the template does not have, a failing identity no
expected finding explains, a document that is not the shared original) and fail `nianbao eval`;
warnings are things a labeller should look at (a cut-off table that is not a prefix of the template).
"""
from __future__ import annotations

import itertools

import datetime as _dt
import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from extractor import template
from .gold import Gold, shared_dir

FORMATS = {".txt": "text", ".md": "markdown", ".html": "html", ".htm": "html", ".pdf": "pdf", ".docx": "docx"}
ARITHMETIC_RULES = {"applications.column_balance", "applications.results_total", "applications.row_total",
                    "review_litigation.group_total"}
BLANK_RULE = "applications.blank_cells"
TOP_KEYS = {"document", "format", "complete", "meta", "tables_present", "cells", "unreadable", "extra_rows",
            "expected_findings", "notes"}
META_KEYS = {"organ", "year", "published", "template"}


@dataclass(frozen=True)
class Problem:
    stem: str
    level: str  # error | warning
    message: str

    def __str__(self) -> str:
        return f"{self.level}: {self.stem}: {self.message}"


@lru_cache(maxsize=4)
def rule_ids(root: Path) -> frozenset[str]:
    """Rule ids of the labelling guide's table (eval/README.md is what labellers follow)."""
    try:
        text = (root / "eval" / "README.md").read_text(encoding="utf-8")
    except OSError:
        return frozenset()
    return frozenset(re.findall(r"(?m)^\| `([a-z_]+\.[a-z_]+)` \|", text))


@lru_cache(maxsize=4)
def listed_sources(root: Path) -> frozenset[str]:
    """Documents eval/docs/SOURCES.md lists with their address (paths relative to eval/docs)."""
    try:
        text = (root / "eval" / "docs" / "SOURCES.md").read_text(encoding="utf-8")
    except OSError:
        return frozenset()
    return frozenset(re.findall(r"(?m)^\| ([^|\s]+\.[a-z]+) \| \S", text))


def validate(golds: list[Gold], root: Path) -> list[Problem]:
    shared = shared_dir(root)
    out: list[Problem] = []
    for g in golds:
        out += validate_one(g, root, shared)
    return out


def validate_one(g: Gold, root: Path, shared: Path | None) -> list[Problem]:
    problems: list[Problem] = []

    def err(msg: str) -> None:
        problems.append(Problem(g.stem, "error", msg))

    def warn(msg: str) -> None:
        problems.append(Problem(g.stem, "warning", msg))

    _check_format(g, err, warn)
    _check_document(g, root, shared, err, warn)
    layouts = _check_cells(g, err, warn)
    if layouts is not None:
        _check_coverage(g, layouts, err, warn)
        _check_identities(g, layouts, err)
    _check_findings(g, rule_ids(root), err, warn)
    return problems


# ---------------------------------------------------------------------------------------------- format

def _check_format(g: Gold, err, warn) -> None:
    raw = g.raw
    for k in sorted(set(raw) - TOP_KEYS):
        warn(f"unknown top-level key {k!r}")
    for k in sorted(TOP_KEYS - set(raw) - {"notes"}):
        err(f"missing top-level key {k!r}")
    if not isinstance(raw.get("complete"), bool):
        err("complete must be true or false")
    meta = raw.get("meta") if isinstance(raw.get("meta"), dict) else {}
    for k in sorted(set(meta) - META_KEYS):
        warn(f"unknown meta key {k!r}")
    year, published, gold_layout = meta.get("year"), meta.get("published"), meta.get("template")
    if year is not None and (not isinstance(year, int) or isinstance(year, bool) or not 2000 <= year <= 2100):
        err(f"meta.year {year!r} is not a plausible year")
    if published is not None:
        try:
            _dt.date.fromisoformat(published)
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
                raise ValueError
        except (TypeError, ValueError):
            err(f"meta.published {published!r} is not YYYY-MM-DD")
    if gold_layout not in (None, "2019", "2021", "mixed"):
        err(f"meta.template {gold_layout!r} is not 2019, 2021, mixed or null")
    organ = meta.get("organ")
    if organ is not None and (not isinstance(organ, str) or not organ.strip()):
        err("meta.organ must be a non-empty string or null")
    for t in g.tables_present:
        if t not in template.TABLES:
            err(f"tables_present names unknown table {t!r}")
    if len(set(g.tables_present)) != len(g.tables_present):
        err("tables_present lists a table twice")
    for key, value in g.cells.items():
        if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))):
            err(f"{key}: value {value!r} is not a number or null")
    for table, rows in g.extra_rows.items():
        if table not in g.tables_present:
            err(f"extra_rows for {table}, which is not in tables_present")
        for row in rows if isinstance(rows, list) else [rows]:
            if not isinstance(row, dict) or not str(row.get("label") or "").strip() \
                    or not isinstance(row.get("values"), list):
                err(f"extra_rows.{table}: each row needs a label and a list of values")


# ---------------------------------------------------------------------------------------------- document

def _check_document(g: Gold, root: Path, shared: Path | None, err, warn) -> None:
    if not g.document:
        return
    path = root / g.document
    if not path.is_file():
        err(f"document {g.document} does not exist")
        return
    kind = FORMATS.get(path.suffix.lower())
    if kind != g.format:
        err(f"format {g.format!r} but the document is a {kind or path.suffix!r} file")
    if shared is None:
        return  # a fresh clone has no ../shared: nothing to compare with
    if path.parent.name == "derived":
        return  # made from a shared report by a committed script (eval/README.md): no copy to compare with
    sources = [p for p in [shared / "seeds" / path.name, *(shared / "corpus").rglob(path.name)] if p.is_file()]
    if not sources:
        # pages taken from the stored public web pages have no shared copy: their row in
        # eval/docs/SOURCES.md (with the address) is their provenance
        try:
            listed = path.relative_to(root / "eval" / "docs").as_posix() in listed_sources(root)
        except ValueError:
            listed = False
        if not listed:
            warn(f"no copy of {path.name} under {shared} and no row in eval/docs/SOURCES.md: where does it come from?")
        return
    digest = _sha256(path)
    if all(_sha256(s) != digest for s in sources):
        err(f"document is not byte-identical to {sources[0]}")


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ---------------------------------------------------------------------------------------------- cells

def _fits(table: str, keys: set[str], mixed: bool = False) -> list[tuple]:
    """(layout, other_single_row[, block layouts]) combinations whose template cells hold every key; a
    mixed gold also tries each block of the table in either layout (a 2021 table whose 第（一）项 keeps
    the 2019 columns), as the audit reads such a table block by block."""
    out: list[tuple] = []
    for layout in template.LAYOUTS:
        choices = (False, True) if table == "applications" and layout == "2021" else (layout == "2019",)
        for other_single_row in choices:
            if keys <= set(template.layout_cells(table, layout, other_single_row)):
                out.append((layout, other_single_row))
    if mixed:
        base = template.LAYOUTS[-1]
        blocks = [b.key for b in template.TABLES[table].layouts[base].blocks]
        for own in itertools.product(template.LAYOUTS, repeat=len(blocks)):
            by_block = {b: lay for b, lay in zip(blocks, own) if lay != base}
            if by_block and keys <= set(template.layout_cells(table, base, False, by_block)):
                out.append((base, False, by_block))
        # the reading that leaves the fewest of its cells unlabelled: the blocks as the copy prints them
        out.sort(key=lambda f: len(template.layout_cells(table, *f)) - len(keys))
    return out


def _check_cells(g: Gold, err, warn) -> dict[str, tuple] | None:
    """Check keys and layouts; return the layout each present table is labelled in (None if unusable)."""
    index = template.cell_index()
    ok = True
    for key in [*g.cells, *g.unreadable]:
        if key not in index:
            err(f"{key} is not a template cell key")
            ok = False
    both = set(g.cells) & set(g.unreadable)
    if both:
        err(f"cells also listed as unreadable: {', '.join(sorted(both))}")
    if len(set(g.unreadable)) != len(g.unreadable):
        err("unreadable lists a cell twice")
    for key, value in g.cells.items():
        if key in index and isinstance(value, (int, float)):
            col = index[key][3]
            if col.kind != "money" and value != int(value):
                err(f"{key}: count {value!r} is not an integer")
            if col.kind == "count" and value < 0:
                warn(f"{key}: negative count {value} (cells.type)")
    if not ok:
        return None
    gold_layout = g.meta.get("template")
    layouts: dict[str, tuple[str, bool]] = {}
    for table in template.TABLES:
        keys = {k for k in [*g.cells, *g.unreadable] if k.split(".", 1)[0] == table}
        if keys and table not in g.tables_present:
            err(f"{len(keys)} cell(s) of {table}, which is not in tables_present")
        if table not in g.tables_present:
            continue
        fits = _fits(table, keys, mixed=gold_layout == "mixed")
        if gold_layout in template.LAYOUTS:
            fits = [f for f in fits if f[0] == gold_layout]
        if not fits:
            err(f"the cells of {table} do not fit the {gold_layout or 'any'} layout")
            return None
        if gold_layout is None and keys and table != "review_litigation" and len({f[0] for f in fits}) == 1:
            warn(f"meta.template is null but the cells of {table} are in the {fits[0][0]} layout")
        # the stated layout when there is one; （六） one row or three as the keys say (three when open)
        layouts[table] = fits[0]
    return layouts


def _check_coverage(g: Gold, layouts: dict[str, tuple[str, bool]], err, warn) -> None:
    order = [t for t in template.TABLES if t in layouts]
    for i, table in enumerate(order):
        layout, other_single_row, *by_block = layouts[table]
        expected = template.layout_cells(table, layout, other_single_row, *by_block)
        covered = {k for k in [*g.cells, *g.unreadable] if k.split(".", 1)[0] == table}
        lacking = [k for k in expected if k not in covered]
        if g.complete:
            if lacking:
                err(f"complete report, but {len(lacking)} {layout}-layout cell(s) of {table} are in neither "
                    f"cells nor unreadable (first: {lacking[0]})")
            continue
        if not lacking or not covered:
            continue
        if i < len(order) - 1:
            warn(f"{table} is cut ({len(lacking)} cell(s) not labelled, first {lacking[0]}) "
                 f"although a later table is visible")
        first_gap = expected.index(lacking[0])
        after = [k for k in expected[first_gap:] if k in covered]
        if after:
            warn(f"{table}: labelled cells after a gap (cut-off copies label a prefix): {lacking[0]} is "
                 f"omitted but {after[0]} is labelled")
    year = g.meta.get("year")
    if g.complete and not (isinstance(year, int) and year < template.FIRST_YEAR):
        # (a report on 2018 or before had no national tables to leave out: the 2008 条例's own outline)
        for table in template.TABLES:
            if table not in g.tables_present and not any(f.get("rule") == "structure.tables"
                                                         for f in g.expected_findings):
                warn(f"complete report without {table} and no structure.tables finding")


# ---------------------------------------------------------------------------------------------- identities

def failing_identities(g: Gold, layouts: dict[str, tuple[str, bool]]) -> list[tuple[template.Identity, float, float]]:
    """Identities of the template whose cells are all labelled (none cut off or unreadable), not all
    blank, and that fail with blank read as 0: what a careful auditor raises (README: expected_findings)."""
    other_single_row = layouts.get("applications", ("2021", False))[1]
    out = []
    for ident in template.identities("2021", other_single_row=other_single_row):
        if ident.table not in layouts:
            continue
        keys = ident.lhs + ident.rhs
        if any(k not in g.cells for k in keys) or all(g.cells[k] is None for k in keys):
            continue
        lhs = sum(g.cells[k] or 0 for k in ident.lhs)
        rhs = sum(g.cells[k] or 0 for k in ident.rhs)
        if abs(lhs - rhs) > 1e-9:
            out.append((ident, lhs, rhs))
    return out


def _check_identities(g: Gold, layouts: dict[str, tuple[str, bool]], err) -> None:
    failing = failing_identities(g, layouts)
    findings = [f for f in g.expected_findings if isinstance(f, dict)]
    for ident, lhs, rhs in failing:
        keys = set(ident.lhs + ident.rhs)
        blanks = {k for k in keys if g.cells[k] is None}
        named = any(f.get("rule") == ident.rule and keys & set(f.get("cells") or ()) for f in findings)
        # a sum that fails only because a cell is printed blank may be raised as blank_cells instead
        blank_named = blanks and any(f.get("rule") == BLANK_RULE and blanks & set(f.get("cells") or ())
                                     for f in findings)
        if not (named or blank_named):
            err(f"identity {ident.rule} ({ident.where}) fails ({lhs:g} ≠ {rhs:g}, blank as 0) but no "
                f"expected finding names its cells")
    for f in findings:
        if f.get("rule") not in ARITHMETIC_RULES:
            continue
        cells = set(f.get("cells") or ())
        if not any(ident.rule == f["rule"] and cells & set(ident.lhs + ident.rhs) for ident, _, _ in failing):
            err(f"expected finding {f['rule']} on {', '.join(sorted(cells)) or 'no cells'} matches no failing "
                f"identity of the gold cells")


# ---------------------------------------------------------------------------------------------- findings

def _check_findings(g: Gold, rules: frozenset[str], err, warn) -> None:
    index = template.cell_index()
    blank_named: set[str] = set()
    for f in g.expected_findings:
        if not isinstance(f, dict) or not isinstance(f.get("rule"), str):
            err(f"expected finding without a rule: {f!r}")
            continue
        rule, cells = f["rule"], f.get("cells") or []
        if rules and rule not in rules:
            err(f"expected finding has unknown rule id {rule!r} (eval/README.md lists the rule ids)")
        if not isinstance(cells, list):
            err(f"{rule}: cells must be a list")
            continue
        for key in cells:
            if key not in index:
                err(f"{rule}: {key} is not a template cell key")
            elif key not in g.cells and key not in g.unreadable:
                warn(f"{rule}: names {key}, which is not labelled (cut off?)")
        if rule == BLANK_RULE:
            blank_named |= set(cells)
            printed = [k for k in cells if g.cells.get(k) is not None]
            if printed:
                err(f"{rule} names cells that hold a printed value: {', '.join(printed[:3])}")
    blanks = [k for k, v in g.cells.items() if v is None]  # S11 covers every table
    unnamed = [k for k in blanks if k not in blank_named]
    if unnamed:
        warn(f"{len(unnamed)} blank cell(s) not named by a {BLANK_RULE} finding "
             f"(first: {unnamed[0]})")
    if any(g.extra_rows.values()) and not any(f.get("rule") == "structure.extra_rows" for f in g.expected_findings
                                              if isinstance(f, dict)):
        warn("extra_rows without a structure.extra_rows expected finding")
    year, gold_layout = g.meta.get("year"), g.meta.get("template")
    if isinstance(year, int) and gold_layout in template.LAYOUTS:
        wrong = gold_layout != template.layout_for_year(year)
        flagged = any(isinstance(f, dict) and f.get("rule") == "meta.template_year" for f in g.expected_findings)
        if wrong != flagged:
            warn(f"year {year} with the {gold_layout} layout, but meta.template_year is "
                 f"{'not ' if wrong else ''}expected")
