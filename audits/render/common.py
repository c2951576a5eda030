"""What every batch output shows about a report: labelled cells, values, rule titles, grouped not-assessables, snippets."""
from __future__ import annotations

import json
from typing import Any

from extractor import template

from ..engine import AuditResult
from ..registry import RULES, catalogue_order


def cell_labels(cells: list[str], limit: int = 8, layout: str | None = None) -> str:
    labels = [f"{template.cell_label(k, layout)}" for k in cells[:limit]]
    more = f" …（共 {len(cells)} 格）" if len(cells) > limit else ""
    return "；".join(labels) + more


def value(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:g}"
    if isinstance(v, (dict, list)):
        return json.dumps(v, ensure_ascii=False)
    return str(v)


def rule_title(rule_id: str) -> str:
    r = RULES.get(rule_id)
    return r.title if r else rule_id


def grouped_not_assessable(res: AuditResult) -> list[tuple[str, int, list[str]]]:
    """(rule, how many, first reasons) per rule, in catalogue order."""
    groups: dict[str, list[str]] = {}
    for n in res.not_assessable:
        groups.setdefault(n.rule, []).append(n.reason)
    order = catalogue_order()
    return [(rid, len(rs), rs[:3]) for rid, rs in sorted(groups.items(), key=lambda kv: order.get(kv[0], 99))]


def snippet(text: str | None, span: tuple[int, int], context: int = 40) -> tuple[str, str, str] | None:
    """(before, marked, after) around a span of the normalised text."""
    if not text:
        return None
    s, e = span
    if not (0 <= s <= e <= len(text)):
        return None

    return _flat(text[max(0, s - context):s]), _flat(text[s:e]), _flat(text[e:e + context])


def _flat(x: str) -> str:
    r"""One cell per line in many copies: line breaks shown as ⏎ — each run of white space holding one or more line
    breaks (re's `\s*\n\s*`) as one ' ⏎ ', by str methods (strip removes exactly what \s matches): a snippet of a
    copy printed a cell a line holds a dozen such runs, where the pattern's engine costs ~3× as much."""
    if "\n" not in x:
        return x
    lines = x.split("\n")
    inner = [t for t in map(str.strip, lines[1:-1]) if t]  # lines of white space only are inside one run
    return " ⏎ ".join([lines[0].rstrip(), *inner, lines[-1].lstrip()])
