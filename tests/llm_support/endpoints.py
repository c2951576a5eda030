"""Scripted endpoints that answer from the eval set's gold files, for measuring the LLM fallback.

Each answers any fill request by finding the document whose text holds the section sent (between
<report_text> and </report_text>) and filling the cells the schema asks:
- `oracle`: the gold value (null where gold has none or omits the cell) — a truthful reader;
- `liar`: a number printed nowhere in the section — what grounding must refuse;
- `confuser`: a number printed elsewhere in the section, never the gold value — plausible and wrong,
  the case grounding cannot catch; it measures what the other safeguards (parser first, sums) do.
A request for a document the library does not hold is answered with nulls and counted in `unknown`.
"""
from __future__ import annotations

import dataclasses
import json
import re
import zlib
from pathlib import Path
from typing import Any, Callable

from extractor import load
from extractor.ir import Document
from extractor.llm.grounding import tokens
from extractor.models import Report
from extractor.tokenize import rows as tokenize
from extractor.values import is_value

from .server import fill_schema, schema_of, table_of

_SECTION = re.compile(r"<report_text>\n?(.*?)\n?</report_text>", re.S)


def section_of(request: dict) -> str:
    """The section text a fill request sends (the user message's data block)."""
    for m in request.get("messages") or []:
        found = _SECTION.search(m.get("content") or "") if m.get("role") == "user" else None
        if found:
            return found.group(1)
    return ""


class Library:
    """Documents an endpoint can recognise: their loaded text and gold cells."""

    def __init__(self) -> None:
        self.docs: list[tuple[str, str, dict[str, Any]]] = []  # (name, text, gold cells)
        self.unknown = 0

    def add(self, name: str, text: str, cells: dict[str, Any]) -> None:
        self.docs.insert(0, (name, text, cells))  # the latest added wins (a damaged copy over its original)

    @classmethod
    def from_eval(cls, root: Path) -> "Library":
        lib = cls()
        for g in sorted((root / "eval/gold").glob("*.json")):
            data = json.loads(g.read_text(encoding="utf-8"))
            path = root / data["document"]
            if path.is_file():
                lib.docs.append((g.stem, load(path).text, data["cells"]))
        return lib

    @classmethod
    def from_docs(cls, paths: list[Path]) -> "Library":
        """The eval documents at `paths`, with their gold files."""
        lib = cls()
        for path in paths:
            gold = path.parents[2] / "gold" / f"{path.stem}.json"
            lib.docs.append((path.stem, load(path).text, json.loads(gold.read_text(encoding="utf-8"))["cells"]))
        return lib

    def cells_for(self, request: dict) -> dict[str, Any] | None:
        section = section_of(request).strip()
        for _, text, cells in self.docs if section else ():
            if section in text:
                return cells
        self.unknown += 1
        return None


def _seed(*parts: str) -> int:
    return zlib.crc32("|".join(parts).encode("utf-8"))


def oracle(lib: Library) -> Callable[[dict], dict]:
    def answer(request: dict) -> dict:
        cells = lib.cells_for(request) or {}
        table = table_of(request)
        return fill_schema(schema_of(request)[1], lambda p: cells.get(f"{table}.{p}"))
    return answer


def liar(lib: Library) -> Callable[[dict], dict]:
    def answer(request: dict) -> dict:
        section = section_of(request)
        printed = {t.value for t in tokens(section)}
        digits = set(re.findall(r"\d+", section))

        def leaf(path: str) -> int:
            v = 1000 + _seed(path) % 8000
            while v in printed or str(v) in digits:
                v += 1
            return v
        return fill_schema(schema_of(request)[1], leaf)
    return answer


def confuser(lib: Library) -> Callable[[dict], dict]:
    def answer(request: dict) -> dict:
        cells = lib.cells_for(request) or {}
        table = table_of(request)
        printed = sorted({int(t.value) for t in tokens(section_of(request)) if t.value >= 0 and t.value.is_integer()})

        def leaf(path: str) -> Any:
            wrong = [v for v in printed if cells.get(f"{table}.{path}") is None or v != cells[f"{table}.{path}"]]
            if not wrong:
                return None
            return wrong[_seed(path) % len(wrong)]
        return fill_schema(schema_of(request)[1], leaf)
    return answer


ENDPOINTS = {"oracle": oracle, "liar": liar, "confuser": confuser}


UNKNOWN_LABEL = "另行统计事项"  # a row label no template row has, and no heading


def label_cell(text: str, value_start: int):
    """The printed label of the row whose first value starts at `value_start`: the last non-value,
    non-empty cell before it (same grid row, or the lines above in a one-cell-per-line copy)."""
    label = None
    for row in tokenize(text):
        for c in row.cells:
            if c.start >= value_start:
                return label
            if c.text and not is_value(c.text):
                label = c
    return None


def relabelled(doc: Document, report: Report, only: str | None = None) -> list[tuple[str, Document]]:
    """(row key, copy of `doc` with that row's printed label replaced by UNKNOWN_LABEL), for every row
    the parser read by its label (or only the row `only`): the row a reader sees and the matcher cannot
    name. Table 四 is one line without row labels and is left alone."""
    out, seen = [], set()
    for key, p in report.provenance.items():
        table, rest = key.split(".", 1)
        row = f"{table}.{rest.rsplit('.', 1)[0]}"
        if table == "review_litigation" or p.span is None or p.method != "parser" or row in seen:
            continue
        seen.add(row)
        if only is not None and row != only:
            continue
        cell = label_cell(doc.text, p.span[0])
        if cell is not None:
            text = doc.text[:cell.start] + UNKNOWN_LABEL + doc.text[cell.end:]
            out.append((row, dataclasses.replace(doc, text=text)))
    return out
