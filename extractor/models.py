"""Pydantic models of the canonical report (../shared/spec/SCHEMA.md), generated from the template.

The table models are built from `template.TABLES`, so a row or column exists in exactly one place.
Beyond SCHEMA.md's keys the report carries one more top-level object, `extraction`: per-table status
(complete / partial / absent / unparsed, with the reason) and run notices — what the LLM fallback and
the audit act on. Tables never hold anything but cells and `extra_rows`, so cell keys stay clean paths.
"""
from __future__ import annotations

from typing import Any, Callable, Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, create_model, model_validator

from . import template

SCHEMA_VERSION = "1"
Number = Union[int, float]
Method = Literal["parser", "llm", "inferred"]
# How the row of a value was recognised (labels.py): a reviewer filters the uncertain ones (fuzzy, order)
# how a cell's row was matched; `zero_run`: its label matched, and its cells were read from one run of as many
# 0 digits as the row has columns ('0000000'), one 0 per cell — the only reading, since no count opens with 0;
# `fused`: cut from a row printed as one run of digits whose only reading it is (fused_rows.py); `fused_total`:
# cut from such a run by the one reading under which the row's total is the sum of its parts (method inferred);
# `fused_columns`: by the one choice of such readings under which table 三's column totals hold (method inferred);
# `by_sign`: a row short of values placed by its signed value, which only 本年增/减 takes (fit_row.by_sign);
# `words`: a 本年增/减 cell printing in words that the count did not change ('未增未减'), read 0
MatchHow = Literal["exact", "variant", "core", "fuzzy", "order", "llm", "zero_run", "fused", "fused_total",
                  "fused_columns", "by_sign", "words"]
TableStatusName = Literal["complete", "partial", "absent", "unparsed"]
READ_STATUSES = ("complete", "partial")  # the statuses of a table whose cells were read from the report
# Where the copy cuts a table: `top` it opens inside the table, `end` it stops inside it. The audit reads
# these codes; a status's `reason` says the same in words, for people only.
CutAt = Literal["top", "end"]
CUT_WORDS: dict[str, str] = {
    "top": "the copy stops at its top: it opens inside the table (no heading, no header), so the rows before "
           "the first one read are not visible",
    "end": "the copy stops inside the table; cut-off cells are left out",
}
# how a report written before `cut` existed says it, in its reason: kept apart from CUT_WORDS because those
# reports' words are fixed, whatever CUT_WORDS comes to say
_OLD_CUT_WORDS = {"top": "opens inside the table", "end": "copy stops inside the table"}
# the notice naming one run of printed values that no template row could take (TableStatus.values_without_row)
WITHOUT_ROW_WORDS = "could not be given a template row"


def _new_list() -> list:
    """A list field's default. (Not `list` itself: pydantic asks each factory's signature, and `list`'s is parsed
    from its text signature with `ast`, ~0.3 ms a field: 18 fields, ~5 % of building these models.)"""
    return []


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ExtraRow(_Strict):
    label: str
    values: list[Optional[Number]]


def row_model(name: str, columns: tuple[template.Column, ...], *, base: type[BaseModel] | None = None,
              required: bool = False, column_type: Callable[[template.Column], Any] | None = None,
              describe: Callable[[template.Column], str] | None = None) -> type[BaseModel]:
    """A model with one field per template column. The report's models make every cell optional;
    the LLM's answer models (extractor.llm.schema) make them required-and-nullable instead."""
    fields: dict[str, Any] = {}
    for c in columns:
        # counts are integers; a printed non-integer count is kept as printed for the audit (H0) to flag
        typ = column_type(c) if column_type else (
            Optional[Union[int, float]] if c.kind in ("count", "signed") else Optional[Number])
        fields[c.key] = (typ, Field(... if required else None, description=describe(c) if describe else c.label))
    return create_model(name, __base__=base or _Strict, **fields)


def nested_fields(name: str, rows: list[tuple[str, type[BaseModel], str]], *,
                  base: type[BaseModel] | None = None, required: bool = False) -> dict[str, Any]:
    """Fields for rows keyed by dotted paths ("denied.state_secret" → denied: {state_secret: …})."""
    fields: dict[str, Any] = {}
    groups: dict[str, list[tuple[str, type[BaseModel], str]]] = {}
    for key, model, label in rows:
        head, _, rest = key.partition(".")
        if rest:
            groups.setdefault(head, []).append((rest, model, label))
        elif required:
            fields[head] = (model, Field(..., description=label))
        else:
            fields[head] = (Optional[model], Field(None, description=label))
    for head, sub in groups.items():
        group_model = create_model(f"{name}_{head}", __base__=base or _Strict,
                                   **nested_fields(f"{name}_{head}", sub, base=base, required=required))
        fields[head] = (group_model, ...) if required else (Optional[group_model], None)
    return fields


def _table_model(table: template.Table, layout: str) -> type[BaseModel]:
    name = f"{table.key.title().replace('_', '')}{layout}"
    rows = []
    for block in table.layouts[layout].blocks:
        block_model: Any = row_model(f"{name}_{block.key}", block.columns)
        for other_name, other in table.layouts.items():
            # a block may be printed in the other layout's columns (meta.template mixed)
            twin = table.printed_in(block.key, layout, other_name)
            if twin is not None:
                block_model = Union[block_model, row_model(f"{name}_{block.key}_as_{other_name}", twin.columns)]
        rows += [(r.key, block_model, f"{r.group or ''}{r.label}") for r in block.rows]
    fields = nested_fields(name, rows)
    single, home = table.single_row_variant, table.single_row_home()
    if home is not None and home[0] != layout:
        # a 2021-layout report may keep （六）其他处理 as one row (SCHEMA.md)
        as_one_row = row_model(f"{name}_{single.key}_single", home[1].columns)
        subrows = fields[single.key][0].__args__[0]  # Optional[Model] → Model
        fields[single.key] = (Optional[Union[subrows, as_one_row]], None)
    fields["extra_rows"] = (list[ExtraRow], Field(default_factory=_new_list))
    return create_model(name, __base__=_Strict, __doc__=table.title, **fields)


ActiveDisclosure2021 = _table_model(template.ACTIVE_DISCLOSURE, "2021")
ActiveDisclosure2019 = _table_model(template.ACTIVE_DISCLOSURE, "2019")
Applications2021 = _table_model(template.APPLICATIONS, "2021")
Applications2019 = _table_model(template.APPLICATIONS, "2019")
ReviewLitigation = _table_model(template.REVIEW_LITIGATION, "2021")

TABLE_MODELS: dict[str, dict[str, type[BaseModel]]] = {
    "active_disclosure": {"2021": ActiveDisclosure2021, "2019": ActiveDisclosure2019},
    "applications": {"2021": Applications2021, "2019": Applications2019},
    "review_litigation": {"2021": ReviewLitigation, "2019": ReviewLitigation},
}


class Tables(_Strict):
    active_disclosure: Optional[Union[ActiveDisclosure2021, ActiveDisclosure2019]] = None  # type: ignore[valid-type]
    applications: Optional[Union[Applications2021, Applications2019]] = None  # type: ignore[valid-type]
    review_litigation: Optional[ReviewLitigation] = None  # type: ignore[valid-type]


class Source(_Strict):
    path: str
    sha256: str
    format: Literal["text", "html", "pdf", "docx"]


class Meta(_Strict):
    title: Optional[str] = None
    organ: Optional[str] = None
    year: Optional[int] = None
    published: Optional[str] = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    template: Optional[Literal["2019", "2021", "mixed"]] = None


class SectionSpan(_Strict):
    key: Literal["overview", "active_disclosure", "applications", "review_litigation", "problems",
                 "other_matters"]
    heading: str
    start: int
    end: int


class Provenance(_Strict):
    method: Method
    span: Optional[tuple[int, int]] = None
    # beyond SCHEMA.md's two keys, optional: how the value's row label was matched (`order`: placed by
    # template order, its label lost; table 四's line is read in the template's column order)
    match: Optional[MatchHow] = None


class Finding(_Strict):
    rule: str
    severity: Literal["error", "warning", "info"]
    message: str
    cells: list[str] = Field(default_factory=_new_list)
    expected: Optional[Any] = None
    actual: Optional[Any] = None
    evidence: list[tuple[int, int]] = Field(default_factory=_new_list)


class TableStatus(_Strict):
    status: TableStatusName
    reason: str = ""
    layout: Optional[Literal["2019", "2021"]] = None
    other_single_row: Optional[bool] = None
    missing: list[str] = Field(default_factory=_new_list, description="template cells not seen (cut off or lost)")
    incomplete_rows: list[str] = Field(default_factory=_new_list, description="rows whose values could not be placed")
    missing_rows: list[str] = Field(default_factory=_new_list, description="template rows expected in the text (not cut "
                                    "off) of which no cell was read")
    blank_or_lost_rows: list[str] = Field(default_factory=_new_list, description="rows printed as their label alone in a "
                                          "copy that does not show blank cells: left blank or lost cannot be told")
    blank_slot_rows: list[str] = Field(default_factory=_new_list, description="incomplete rows that print empty cells "
                                       "beside their numbers: some cells were printed blank, which ones cannot be told")
    fused_rows: list[str] = Field(default_factory=_new_list, description="incomplete rows printed as one run of digits "
                                  "without separators that has several readings (or none): not read, never lost")
    fused_runs: dict[str, tuple[int, int]] = Field(default_factory=dict, description="where the run of digits of "
                                                   "each fused row stands in the text (its printed span)")
    cut: list[CutAt] = Field(default_factory=_new_list, description="where the copy cuts the table: top (it opens "
                             "inside it), end (it stops inside it)")
    values_without_row: int = Field(0, description="runs of printed values no template row could take (each "
                                    "named in a notice)")
    blocks_by_values: list[str] = Field(default_factory=_new_list, description="blocks of table 二 read in the other "
                                        "layout's columns because every row prints that many values, under headers of "
                                        "the table's own layout")


class Extraction(_Strict):
    tables: dict[str, TableStatus] = Field(default_factory=dict)
    notices: list[str] = Field(default_factory=_new_list)
    llm: Optional[dict[str, Any]] = None
    tool: str = "nianbao"

    @model_validator(mode="before")
    @classmethod
    def _written_before_codes(cls, data: Any) -> Any:
        """A report written before the statuses carried `cut` and `values_without_row` says both only in
        words (its reason, its notices): read them from there once, on loading, so the audit of an older
        JSON judges a cut copy as cut."""
        if not isinstance(data, dict) or not isinstance(data.get("tables"), dict):
            return data
        notices = [n for n in data.get("notices") or [] if isinstance(n, str)]
        tables = {}
        for key, st in data["tables"].items():
            if isinstance(st, dict) and "cut" not in st and "values_without_row" not in st:
                reason = st.get("reason") or ""
                st = {**st, "cut": [at for at, words in _OLD_CUT_WORDS.items() if words in reason],
                      "values_without_row": sum(n.startswith(f"{key}: values ") and WITHOUT_ROW_WORDS in n
                                                for n in notices)}
            tables[key] = st
        return {**data, "tables": tables}


class Report(_Strict):
    schema_version: str = SCHEMA_VERSION
    source: Source
    meta: Meta = Field(default_factory=Meta)
    sections: list[SectionSpan] = Field(default_factory=_new_list)
    tables: Tables = Field(default_factory=Tables)
    provenance: dict[str, Provenance] = Field(default_factory=dict)
    findings: list[Finding] = Field(default_factory=_new_list)
    extraction: Extraction = Field(default_factory=Extraction)


def json_schema() -> dict[str, Any]:
    return Report.model_json_schema()
