"""Response models generated from the template declaration, in the canonical keys of SCHEMA.md.

One model per (table, layout, （六） form, rows asked): an unparsed table asks for every row, a partial
table only for the rows the parser could not place, so the answer never restates what the parser
already read. Every cell is required and nullable: "not printed" is an explicit null, never an omitted
key, and strict JSON-schema decoders (OpenAI strict tools, vLLM guided decoding) accept the schema.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Optional

from pydantic import BaseModel, ConfigDict, create_model

from .. import template
from ..cells import flatten as flatten_tables
from ..models import nested_fields, row_model


class _Answer(BaseModel):
    model_config = ConfigDict(extra="forbid")


@dataclass(frozen=True)
class Ask:
    """One question: these rows of this table, in this layout."""

    table: str
    layout: str
    other_single_row: bool
    rows: tuple[str, ...]  # row keys inside the table ("denied.state_secret"); "" for table 四's line

    @property
    def title(self) -> str:
        return template.TABLES[self.table].title


def template_rows(table: str, layout: str, other_single_row: bool) -> list[tuple[template.Row, template.Block]]:
    """(row, block) in template order, with （六） as printed."""
    return template.rows_as_printed(table, layout, other_single_row)


def row_label(table: str, row: template.Row) -> str:
    return f"{row.group or ''}{row.label}" if not template.TABLES[table].one_line else row.label


def _column_type(col: template.Column) -> Any:
    return Optional[float] if col.kind == "money" else Optional[int]


def _describe(col: template.Column) -> str:
    return col.label + (f"（单位：{col.unit}）" if col.unit and col.unit not in col.label else "")


@lru_cache(maxsize=None)
def _row_model(name: str, columns: tuple[template.Column, ...]) -> type[BaseModel]:
    return row_model(name, columns, base=_Answer, required=True, column_type=_column_type, describe=_describe)


@lru_cache(maxsize=None)
def response_model(ask: Ask) -> type[BaseModel]:
    """The pydantic model the endpoint must answer with."""
    wanted = set(ask.rows)
    name = f"{ask.table}_{ask.layout}"
    rows = []
    for row, block in template_rows(ask.table, ask.layout, ask.other_single_row):
        if row.key in wanted:
            rows.append((row.key, _row_model(f"{ask.table}_{block.key}_cells", block.columns),
                         row_label(ask.table, row)))
    if not rows:
        raise ValueError(f"nothing to ask in {ask}")
    doc = f"{ask.title}: the values printed in the report, null where nothing is printed."
    return create_model(name, __base__=_Answer, __doc__=doc, **nested_fields(name, rows, base=_Answer, required=True))


def schema_hash(model: type[BaseModel]) -> str:
    blob = json.dumps(model.model_json_schema(), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def flatten(table: str, answer: dict[str, Any]) -> dict[str, Any]:
    """A nested answer → {canonical cell key: value}."""
    return flatten_tables({table: answer})


def ask_cells(ask: Ask) -> list[str]:
    """Canonical cell keys of the rows asked, in template order."""
    keys = []
    for row, block in template_rows(ask.table, ask.layout, ask.other_single_row):
        if row.key in ask.rows:
            keys += [f"{ask.table}.{row.key}.{c.key}" for c in block.columns]
    return keys


def labels_text(ask: Ask) -> tuple[str, str]:
    """The rows and columns asked, as lines for the prompt (template labels, canonical keys)."""
    rows, cols, seen = [], [], set()
    for row, block in template_rows(ask.table, ask.layout, ask.other_single_row):
        if row.key not in ask.rows:
            continue
        rows.append(f"- {row.key} = {row_label(ask.table, row)}")
        if block.key not in seen:
            seen.add(block.key)
            head = f"{block.title}: " if len(template.TABLES[ask.table].layouts[ask.layout].blocks) > 1 else ""
            cols.append("- " + head + " | ".join(f"{c.key} = {c.label}" for c in block.columns))
    return "\n".join(rows), "\n".join(cols)
