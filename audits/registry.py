"""Rules declared once: id, severity, title, documentation, where the rule applies, and its check.

A rule module declares its rules with `@rule(...)` (or `declare(Rule(...))` for generated ones); the
engine only ever walks `RULES`. Ids are the catalogue of eval/README.md and never change meaning.
A check returns `Finding`s and `NotAssessable`s: "not assessable" is neither a pass nor an error, it
is what a reviewer must see when the cells a rule needs are cut off, lost, blank or absent.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterable, Optional

SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True)
class NotAssessable:
    rule: str
    reason: str
    cells: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {"rule": self.rule, "reason": self.reason, "cells": list(self.cells)}


@dataclass(frozen=True)
class Rule:
    id: str
    # error: the printed numbers are wrong (H0 a malformed value, H1–H4 a broken identity, H5 the wrong
    # layout for the year, H7 fee figures that contradict each other) — a report with one goes back to its
    # publisher. warning: a problem a reviewer judges (S1–S13, and H5 dates / H6 structure, where the copy
    # read may be at fault as much as the report). info: notes.
    severity: str
    title: str
    doc: str  # what it checks, why, and how a publisher fixes it
    ref: str = ""  # FORMAT.md §8 rule, e.g. "H1"
    check: Optional[Callable[..., Iterable]] = None  # (ctx) -> findings / not-assessables
    batch_check: Optional[Callable[..., Iterable]] = None  # (signatures) -> (index, finding / NA)
    layouts: Optional[tuple[str, ...]] = None  # report layout (meta.template); None = any
    years: tuple[Optional[int], Optional[int]] = (None, None)  # inclusive range of meta.year
    tables: tuple[str, ...] = ()  # tables the rule reads; each must be complete or partial
    needs_text: bool = False  # reads the normalised text (prose rules)

    @property
    def kind(self) -> str:
        """What a reviewer counts the rule as, from its FORMAT.md reference (KINDS)."""
        return kind_of_ref(self.ref)

    def __post_init__(self) -> None:
        if self.severity not in SEVERITIES:
            raise ValueError(f"{self.id}: bad severity {self.severity}")

    @property
    def scope(self) -> str:
        return "batch" if self.batch_check is not None and self.check is None else "report"

    def where(self) -> str:
        """Where the rule applies, in words (for `nianbao rules --doc`)."""
        parts = []
        if self.layouts:
            parts.append("layout " + "/".join(self.layouts))
        lo, hi = self.years
        if lo or hi:
            parts.append(f"years {lo or '…'}–{hi or '…'}")
        if self.tables:
            parts.append("tables " + ", ".join(self.tables) + " (complete or partial)")
        if self.needs_text:
            parts.append("the normalised text")
        if self.batch_check is not None:
            parts.append("several reports of one batch")
        return "; ".join(parts) or "every report"


# The kinds the audit's figures are given in (arithmetic, prose against table or prose, layout are the
# ones a report goes back for); every FORMAT.md reference belongs to one.
KINDS: dict[str, tuple[str, ...]] = {
    "arithmetic": ("H0", "H1", "H2", "H3", "H4", "H7"),
    "prose": ("S9", "S10"),
    "layout": ("H5",),
    "structure": ("H6",),
    "blanks": ("S11",),
    "plausibility": ("S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8", "S12", "S13"),
}
_KIND_OF_REF = {ref: kind for kind, refs in KINDS.items() for ref in refs}


def kind_of_ref(ref: str) -> str:
    return _KIND_OF_REF.get(ref, "notes")


RULES: dict[str, Rule] = {}
_ORDER: dict[str, int] = {}  # rule id → its place in RULES (catalogue_order)


def catalogue_order() -> dict[str, int]:
    """Rule id → its place in the catalogue (the order of RULES), which sorts a report's findings and groups its
    not-assessables: made once, not for every report; made again after a rule is declared (declare empties it)."""
    if len(_ORDER) != len(RULES):
        _ORDER.clear()
        _ORDER.update((rid, i) for i, rid in enumerate(RULES))
    return _ORDER


def declare(r: Rule) -> Rule:
    old = RULES.get(r.id)
    if old is not None:
        # one id may carry a per-report and a batch check (S3 in one year and across years)
        if old.check is not None and r.check is not None or old.batch_check is not None and r.batch_check is not None:
            raise ValueError(f"rule {r.id} declared twice")
        merged = dict(old.__dict__)
        merged.update({k: v for k, v in r.__dict__.items() if k in ("check", "batch_check") and v is not None})
        r = Rule(**merged)
    RULES[r.id] = r
    _ORDER.clear()
    return r


def rule(id: str, severity: str, title: str, doc: str, *, ref: str = "", batch: bool = False,
         **where: Any) -> Callable:
    """Decorator: declare the decorated function as the check (or batch check) of rule `id`."""

    def wrap(fn: Callable) -> Callable:
        key = "batch_check" if batch else "check"
        declare(Rule(id=id, severity=severity, title=title, doc=doc.strip(), ref=ref, **{key: fn}, **where))
        return fn

    return wrap
