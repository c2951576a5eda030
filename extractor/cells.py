"""Flat cell maps ⇄ the nested `tables` object of SCHEMA.md.

Parsers, audit rules and the eval harness speak in flat cell keys ("applications.granted.total");
the report stores them nested. These two functions are the only translation between the forms.
"""
from __future__ import annotations

from typing import Any

from . import template


_PATHS: dict[str, tuple[tuple[str, ...], str, str]] = {}  # cell key → (group keys, row key, column key)


def nest(table: str, cells: dict[str, Any], layout: str, other_single_row: bool = False,
         extra_rows: list[dict] | None = None, block_layouts: dict[str, str] | None = None) -> dict[str, Any]:
    """Build one table object holding every template cell of the layout (absent ones null)."""
    out: dict[str, Any] = {}
    for key in template.layout_cells(table, layout, other_single_row, block_layouts):
        path = _PATHS.get(key)
        if path is None:  # template keys only: split once per process, not once per report
            parts = key.split(".")[1:]
            path = _PATHS[key] = (tuple(parts[:-2]), parts[-2], parts[-1])
        groups, row, col = path
        node = out
        for p in groups:
            node = node.setdefault(p, {})
        node.setdefault(row, {})[col] = cells.get(key)
    out["extra_rows"] = list(extra_rows or [])
    return out


_COLUMN_KEYS: dict[str, frozenset[str]] = {
    name: frozenset(c.key for lay in t.layouts.values() for b in lay.blocks for c in b.columns)
    for name, t in template.TABLES.items()}


def flatten(tables: dict[str, Any] | None) -> dict[str, Any]:
    """Every cell of a nested `tables` object as {cell key: value}; extra_rows are left out."""
    out: dict[str, Any] = {}
    for name, table in (tables or {}).items():
        if isinstance(table, dict):
            _walk(out, name, table, name)
        elif table is not None:
            out[name] = table
    return out


def _walk(out: dict[str, Any], prefix: str, node: dict, table: str) -> None:
    for k, v in node.items():
        if k == "extra_rows":
            continue
        key = f"{prefix}.{k}"
        if isinstance(v, dict):
            _walk(out, key, v, table)
        elif v is not None or k in _COLUMN_KEYS[table]:
            out[key] = v
        # else: a null row or sub-row group (a row its layout does not print): it has no cells, and
        # reading it as one would make a key with no column
