"""Scoring one document against its gold, and summing documents into metrics.

Definitions (the figures every report quotes):
- scored cells: the gold's `cells` plus its `unreadable` cells.
- a cell is *right* when the tool emits the gold value (a gold blank needs the cell present and null;
  an unreadable cell needs no value), *wrong* when it emits another value, *missing* when it emits
  nothing for a printed value or lacks the cell altogether. Cell accuracy = right / scored.
- value precision = right values / non-null values emitted (anywhere, so values invented for cut-off
  or unreadable cells count against it); value recall = right values / printed (non-null) gold values.
- invented: a value emitted for a cell the gold does not label (cut off) or marks unreadable.
- exact match: loaded, every scored cell right, nothing invented (meta is scored on its own).
- meta: year, template, published compared as is; organ after t2s + match_key. An organ that is not the
  printed name but holds it, or is held by it, up to words before it (上海市长宁区人民政府 for the printed
  长宁区人民政府) is *near*: wrong for the metric, accepted by the tests (organ_accepted), and the gate
  keeps it from turning wrong.
- audit: an expected finding is found by a produced one with the same rule naming a common cell
  (or either names none; prose findings naming none must share a quoted figure with the auditor's
  note); recall over expected, precision over produced (see match_findings). A document the reader
  refuses raised nothing: its expected findings count as missed.
Documents are summed through `record()` counters, so a baseline can be re-summed over any subset.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any, Iterable

from extractor import template
from extractor.labels import match_key
from extractor.numerals import CHINESE, chinese_to_int
from extractor.normalize import normalize, to_simplified
from .gold import Gold

META_FIELDS = ("year", "template", "organ", "published")
TABLE_KEYS = tuple(template.TABLES)
_COUNTERS = ("scored", "right", "wrong", "missing", "gold_values", "values_right", "emitted", "invented",
             "invented_unreadable")


def same_value(gold: Any, pred: Any) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None
    try:
        return math.isclose(float(gold), float(pred), rel_tol=1e-9, abs_tol=1e-9)
    except (TypeError, ValueError):
        return False


def organ_key(organ: str | None) -> str | None:
    if not organ:
        return None
    return match_key(to_simplified(normalize(organ))) or None


def meta_equal(name: str, gold: Any, pred: Any) -> bool:
    if name == "organ":
        return organ_key(gold) == organ_key(pred)
    return gold == pred


def organ_accepted(gold: str | None, pred: str | None) -> bool:
    """A read organ the tests accept (test_extract_text): the printed name up to words before it, either way
    round ('上海市长宁区人民政府' for the printed '长宁区人民政府', or the reverse), compared as organ_key reads them."""
    a, b = organ_key(pred), organ_key(gold)
    return bool(a and b) and (a.endswith(b) or b.endswith(a))


def meta_state(name: str, gold: Any, pred: Any) -> str:
    """right (as printed) | near (an organ the tests accept, not the printed name) | wrong."""
    if meta_equal(name, gold, pred):
        return "right"
    return "near" if name == "organ" and organ_accepted(gold, pred) else "wrong"


@dataclass
class DocScore:
    stem: str
    format: str
    layout: str
    status: str  # ok | error (could not be read)
    reason: str = ""
    cells: dict[str, str] = field(default_factory=dict)  # scored key → right | wrong | missing
    counts: dict[str, dict[str, int]] = field(default_factory=dict)  # table → counters
    wrong: dict[str, tuple[Any, Any]] = field(default_factory=dict)  # key → (gold, emitted), not right
    invented: dict[str, Any] = field(default_factory=dict)
    meta: dict[str, dict[str, Any]] = field(default_factory=dict)  # field → {gold, pred, ok, state}
    findings: dict[str, Any] | None = None  # None: no audit available
    predicted: dict[str, Any] = field(default_factory=dict)
    llm: dict[str, float] = field(default_factory=dict)
    seconds: float = 0.0
    reader: str = "parser"  # gold.reader: parser-readable, or made for the LLM path only

    @property
    def exact(self) -> bool:
        return self.status == "ok" and all(s == "right" for s in self.cells.values()) and not self.invented

    def total(self, name: str) -> int:
        return sum(c.get(name, 0) for c in self.counts.values())

    def record(self) -> dict[str, Any]:
        """The JSON the baseline keeps per document: states and counters, and the meta fields read otherwise
        than printed (so that the gate can name them; one read as printed is the gold's); no cell values or
        timings."""
        near = [k for k, v in self.meta.items() if v.get("state") == "near"]
        return {
            "format": self.format, "layout": self.layout, "reader": self.reader, "status": self.status,
            "exact": self.exact,
            "counts": {t: {k: v for k, v in c.items() if v} for t, c in self.counts.items() if any(c.values())},
            "cells": dict(self.cells), "invented": sorted(self.invented),
            "meta": {k: v["ok"] for k, v in self.meta.items()},
            "read": {k: v["pred"] for k, v in self.meta.items() if not v["ok"]},
            **({"near": near} if near else {}),
            "findings": None if self.findings is None else
            {k: self.findings[k] for k in ("expected", "produced", "matched_expected", "matched_produced",
                                           "found", "kinds", "false_errors")},
        }


def score_document(gold: Gold, predicted: dict[str, Any] | None, meta: dict[str, Any] | None = None,
                   produced: list[dict] | None = None, *, status: str = "ok", reason: str = "",
                   llm: dict[str, float] | None = None, seconds: float = 0.0) -> DocScore:
    """Score one document. `predicted` is the flat cell map of the report (None when not extracted),
    `produced` the audit findings as dicts (None when no audit ran)."""
    pred = dict(predicted or {})
    s = DocScore(gold.stem, gold.format, gold.layout, status, reason, predicted=pred, llm=dict(llm or {}),
                 seconds=seconds, reader=gold.reader)
    counts = {t: dict.fromkeys(_COUNTERS, 0) for t in TABLE_KEYS}
    for key in [*gold.cells, *gold.unreadable]:
        c = counts[key.split(".", 1)[0]]
        c["scored"] += 1
        emitted = pred.get(key)
        if key in gold.unreadable:
            state = "right" if emitted is None else "wrong"
        else:
            g = gold.cells[key]
            if g is not None:
                c["gold_values"] += 1
            if emitted is not None:
                state = "right" if same_value(g, emitted) else "wrong"
            else:
                state = "right" if g is None and key in pred else "missing"
            if state == "right" and g is not None:
                c["values_right"] += 1
        c[state] += 1
        s.cells[key] = state
        if state != "right":
            s.wrong[key] = (gold.cells.get(key), emitted)
    for key, value in pred.items():
        if value is None:
            continue
        table = key.split(".", 1)[0]
        c = counts.setdefault(table, dict.fromkeys(_COUNTERS, 0))
        c["emitted"] += 1
        if key not in gold.cells:
            s.invented[key] = value
            c["invented"] += 1
            c["invented_unreadable"] += key in gold.unreadable
    s.counts = counts
    gm = gold.meta
    pm = meta or {}
    states = {f: meta_state(f, gm.get(f), pm.get(f)) if status == "ok" else "wrong" for f in META_FIELDS}
    s.meta = {f: {"gold": gm.get(f), "pred": pm.get(f), "ok": states[f] == "right", "state": states[f]}
              for f in META_FIELDS}
    if produced is not None:
        s.findings = match_findings(list(gold.expected_findings), produced)
    return s


def rule_kind(rule_id: str | None) -> str:
    """The kind of a rule id in the audit's catalogue ("unknown" for an id it does not declare)."""
    from audits import RULES

    r = RULES.get(rule_id or "")
    return r.kind if r is not None else "unknown"


_QUOTED = re.compile(r"「([^」]*)」")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
# a Chinese numeral the auditor wrote as a count (六个部分, 七个方面, 五项): a bare 一 or 二 in a note is a
# word (一是, 二者), not a figure
_COUNTED = re.compile(rf"([{CHINESE}]+)(?=个|项|部分|方面|条|件)")


def _note_figures(note: str) -> set[str]:
    """The figures an auditor's note names: Arabic numbers, and Chinese numerals written as counts."""
    out = set(_NUMBER.findall(note))
    out.update(str(n) for m in _COUNTED.findall(note) if (n := chinese_to_int(m)) is not None)
    return out


def _figures(p: dict) -> set[str]:
    """The figures a produced finding quotes from the text: the numbers inside its 「…」 quotes, else
    its `expected`/`actual` values. Empty when it quotes none (then it is matched by rule alone)."""
    quoted = _QUOTED.findall(p.get("message") or "")
    out = {n for q in quoted for n in _NUMBER.findall(q)}
    if not out:
        out = {str(v) for v in (p.get("expected"), p.get("actual")) if isinstance(v, (int, float))}
    return out


def match_findings(expected: list[dict], produced: list[dict]) -> dict[str, Any]:
    """An expected finding is found by any produced finding of the same rule about a common cell (or
    where either names no cell); a produced finding is right when it finds some expected one. Not
    one-to-one: an audit may split or merge findings (one per table or one for all) without penalty.
    A prose finding that names no cell on either side must also be about the same words: some figure
    it quotes from the text appears in the auditor's note (else any prose finding of a document would
    match any expected one of its rule)."""
    def same(e: dict, p: dict) -> bool:
        if e.get("rule") != p.get("rule"):
            return False
        ec, pc = set(e.get("cells") or ()), set(p.get("cells") or ())
        if ec and pc:
            return bool(ec & pc)
        if not ec and not pc and rule_kind(p.get("rule")) == "prose" and (figs := _figures(p)):
            return bool(figs & _note_figures(e.get("note") or ""))
        return True

    found = [any(same(e, p) for p in produced) for e in expected]
    right = [any(same(e, p) for e in expected) for p in produced]
    return {"expected": len(expected), "produced": len(produced), "matched_expected": sum(found),
            "matched_produced": sum(right), "found": found,
            "kinds": [rule_kind(e.get("rule")) for e in expected],
            # an error sends a report back to its publisher: one that no auditor expected is the costly kind
            "false_errors": sum(1 for p, ok in zip(produced, right) if not ok and p.get("severity") == "error"),
            "missed": [e.get("rule") for e, ok in zip(expected, found) if not ok],
            "unexpected": [p.get("rule") for p, ok in zip(produced, right) if not ok]}


# ---------------------------------------------------------------------------------------------- metrics

def _ratio(num: float, den: float) -> float | None:
    return num / den if den else None


def _cell_metrics(c: dict[str, int]) -> dict[str, Any]:
    return {"scored": c["scored"], "right": c["right"], "wrong": c["wrong"], "missing": c["missing"],
            "invented": c["invented"], "accuracy": _ratio(c["right"], c["scored"]),
            "precision": _ratio(c["values_right"], c["emitted"]),
            "recall": _ratio(c["values_right"], c["gold_values"])}


def _sum(records: Iterable[dict], tables: Iterable[str] = TABLE_KEYS) -> dict[str, int]:
    out = dict.fromkeys(_COUNTERS, 0)
    for r in records:
        for t in tables:
            for k, v in (r["counts"].get(t) or {}).items():
                out[k] = out.get(k, 0) + v
    return out


def metrics(records: dict[str, dict]) -> dict[str, Any]:
    """Metrics of document records (DocScore.record() or a baseline's): sums, not means of means."""
    recs = list(records.values())
    loaded = [r for r in recs if r["status"] == "ok"]
    out: dict[str, Any] = {
        "documents": len(recs), "loaded": len(loaded),
        "errors": sum(r["status"] == "error" for r in recs),
        "exact_match": sum(r["exact"] for r in recs),
        "exact_match_rate": _ratio(sum(r["exact"] for r in recs), len(recs)),
    }
    total = _sum(recs)
    out["cells"] = _cell_metrics(total)
    out["invented_unreadable"] = total["invented_unreadable"]
    out["by_table"] = {t: _cell_metrics(_sum(recs, [t])) for t in TABLE_KEYS}
    out["by_format"] = _grouped(recs, "format")
    out["by_layout"] = _grouped(recs, "layout")
    out["by_reader"] = _grouped(recs, "reader")
    meta_ok = {f: sum(bool(r["meta"].get(f)) for r in recs) for f in META_FIELDS}
    out["meta"] = {f: _ratio(n, len(recs)) for f, n in meta_ok.items()}
    out["meta"]["all"] = _ratio(sum(meta_ok.values()), len(recs) * len(META_FIELDS))
    audited = [r["findings"] for r in recs if r.get("findings") is not None]
    out["audit"] = None if not audited else {
        "expected": sum(f["expected"] for f in audited), "produced": sum(f["produced"] for f in audited),
        "recall": _ratio(sum(f["matched_expected"] for f in audited), sum(f["expected"] for f in audited)),
        "precision": _ratio(sum(f["matched_produced"] for f in audited), sum(f["produced"] for f in audited)),
        "by_kind": _findings_by_kind(audited),
        # None when a record predates the count (an old baseline re-summed)
        "false_errors": None if any("false_errors" not in f for f in audited)
        else sum(f["false_errors"] for f in audited)}
    return out


def _findings_by_kind(audited: list[dict]) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for f in audited:
        for kind, ok in zip(f.get("kinds") or (), f["found"]):
            k = out.setdefault(kind, {"expected": 0, "found": 0})
            k["expected"] += 1
            k["found"] += bool(ok)
    return dict(sorted(out.items()))


def _grouped(recs: list[dict], key: str) -> dict[str, Any]:
    groups: dict[str, list[dict]] = {}
    for r in recs:
        groups.setdefault(r.get(key, "unknown"), []).append(r)  # a baseline older than the key
    out = {}
    for name, rs in sorted(groups.items()):
        m = _cell_metrics(_sum(rs))
        m.update(documents=len(rs), exact_match=sum(r["exact"] for r in rs))
        out[name] = m
    return out


LLM_FIELDS = ("calls", "cached", "input_tokens", "output_tokens", "cost", "seconds")
# the LLM package's own names for the same figures (report.extraction.llm), first match wins
_LLM_ALIASES = {
    "calls": ("calls", "requests", "n_calls"),
    "cached": ("cached", "cache_hits"),
    "input_tokens": ("input_tokens", "prompt_tokens", "tokens_in"),
    "output_tokens": ("output_tokens", "completion_tokens", "tokens_out"),
    "cost": ("cost", "cost_usd", "estimated_cost", "cost_estimate"),
    "seconds": ("seconds", "latency", "latency_s", "elapsed"),
}


def llm_usage(stats: dict[str, Any] | None) -> dict[str, float]:
    """Calls, tokens, cost and latency from report.extraction.llm (whatever of them it states)."""
    out: dict[str, float] = {}
    flat = dict(stats or {})
    if isinstance(flat.get("usage"), dict):  # extractor.llm: per-report totals under "usage"
        flat = {**flat, **flat["usage"]}
    for name, aliases in _LLM_ALIASES.items():
        for a in aliases:
            v = flat.get(a)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                out[name] = float(v)
                break
    return out


def llm_totals(scores: list[DocScore]) -> dict[str, Any]:
    asked = [s for s in scores if s.llm.get("calls") or s.llm.get("cached")]  # the LLM answered something
    totals: dict[str, Any] = {f: sum(s.llm.get(f, 0.0) for s in scores) for f in LLM_FIELDS}
    totals["documents"] = len(asked)
    totals["llm_wall_seconds"] = sum(s.seconds for s in asked)
    totals["wall_seconds"] = sum(s.seconds for s in scores)
    return totals
