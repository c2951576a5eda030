"""What the batch outputs show of one audited report, kept small and apart from the report itself.

A `Summary` holds the report's identity (organ, year, path), its copy status (complete, or a fragment
and where it starts or stops), its counts, and each finding with short Chinese cell labels and the
evidence already cut out of the text (a few dozen characters around each span, the blank slots
marked), already rendered as each output prints it (items.Shown). A batch keeps summaries instead of
reports and texts, so its memory does not grow with the reports' size; they are plain data, pickled to
spool to disk (render/spool.py).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import chain
from typing import Iterable

from extractor import template

from ..context import Context
from ..engine import SEVERITY_ORDER, AuditResult, finding_ranker, table_name
from ..extent import reaches_end, starts_late
from . import csvfile, html, markdown
from .common import cell_labels, grouped_not_assessable, snippet, value
from .items import SEVERITY_WORDS, Item, Mark, Shown, spelled
from .slots import Slots

_EVIDENCE = 4  # snippets shown per finding


@dataclass
class Summary:
    name: str
    path: str
    organ: str
    year: int | None
    template: str | None
    fragment: bool
    where: str  # where a fragment starts / stops, in words ("" for a complete copy)
    counts: dict[str, int]
    findings: list[Shown]
    not_assessable: list[tuple[str, int, list[str]]]

    @property
    def worst(self) -> Shown | None:
        return self.findings[0] if self.findings else None

    @property
    def copy(self) -> str:
        return f"片段（{self.where}）" if self.fragment else "完整"

    def sort_key(self) -> tuple:
        """Worst severity first, then the most findings of it, then the name."""
        w = self.worst
        rank = SEVERITY_ORDER[w.severity] if w else len(SEVERITY_ORDER)
        return (rank, -(self.counts[w.severity] if w else 0), self.name)


def copy_status(ctx: Context) -> tuple[bool, str]:
    """(fragment?, where): a copy is a fragment when it may start after the report's opening, or stops
    inside a table, or does not show that it reaches the report's end — the same judgments
    (audits.extent) as structure.sections, so a report whose sections before the first or after the last
    one seen are called missing is never also called a fragment, nor the other way round."""
    found = [s.key for s in ctx.report.sections]
    order = [s.key for s in template.SECTIONS]
    heading = {s.key: s.heading for s in template.SECTIONS}
    bits = []
    if found and found[0] != order[0] and starts_late(ctx):
        bits.append(f"起于「{heading[found[0]]}」")
    cut = next((t for t in template.TABLES if ctx.table_cut(t)), None)
    if cut is not None:
        seen = [k for k in ctx.cells_of(cut) if ctx.known(k) or ctx.state.get(k) == "blank"]
        after = f"「{template.cell_label(seen[-1], ctx.table_layout(cut))}」之后" if seen else "表头之后"
        bits.append(f"止于{table_name(cut)}{after}")
    elif found and not reaches_end(ctx):
        bits.append(f"止于「{heading[found[-1]]}」，其后部分不在副本中")
    return bool(bits), "，".join(bits)


def _item(f, ctx: Context, slots: Slots) -> Item:
    layout = ctx.meta.template
    marks = []
    # the blank slots first, then the evidence; only the first _EVIDENCE are shown, so the slots of a finding
    # that names a hundred blanks are looked for only until there are enough
    spans = chain(((s, True) for k in f.cells if (s := slots.span(k)) is not None),
                  ((tuple(s), False) for s in f.evidence))
    for span, blank in spans:
        if len(marks) >= _EVIDENCE:
            break
        snip = snippet(ctx.text, span)
        if snip is not None:
            marks.append(Mark(*snip, span=span, blank=blank))
    return Item(rule=f.rule, severity=f.severity, message=f.message, cells=list(f.cells),
                labels=cell_labels(f.cells, 6, layout), expected=value(f.expected), actual=value(f.actual),
                prose=f.rule.startswith("prose."), marks=marks)


def summarize(name: str, res: AuditResult) -> Summary:
    ctx = res.context if res.context is not None else Context(res.report, res.text)  # same cells either way
    m = res.report.meta
    fragment, where = copy_status(ctx)
    slots = Slots(ctx)
    severities = Counter(f.severity for f in res.findings)  # one pass over the findings, not one per severity
    counts = {s: severities[s] for s in SEVERITY_WORDS} | {"not_assessable": len(res.not_assessable)}
    path, organ = res.report.source.path, m.organ or ""
    return Summary(name=name, path=path, organ=organ, year=m.year, template=m.template,
                   fragment=fragment, where=where, counts=counts,
                   findings=[shown(_item(f, ctx, slots), name, path, organ, m.year) for f in res.findings],
                   not_assessable=grouped_not_assessable(res))


def shown(f: Item, name: str, path: str, organ: str, year: int | None) -> Shown:
    """The finding as each output prints it, for the report so named."""
    return Shown(f.severity, f.rule, f.message, spelled(html.finding(f)), spelled(markdown.finding_row(f)),
                 spelled(csvfile.finding_row(name, path, organ, year, f)))


def amend(s: Summary, findings, na, text: str | None) -> Summary:
    """The summary with a report's batch findings and not-assessables (S1, S3, S12) added; `text` is
    the report's normalised text (only read for evidence)."""
    return with_batch(s, batch_items(findings, text, s.template), na)


def batch_items(findings, text: str | None, layout: str | None) -> list[Item]:
    """A report's batch findings as the pages show them, their evidence cut out of its text."""
    items = []
    for f in findings:
        marks = [Mark(*snip, span=tuple(sp)) for sp in f.evidence[:_EVIDENCE]
                 if (snip := snippet(text, tuple(sp))) is not None]
        items.append(Item(rule=f.rule, severity=f.severity, message=f.message, cells=list(f.cells),
                          labels=cell_labels(f.cells, 6, layout), expected=value(f.expected),
                          actual=value(f.actual), prose=False, marks=marks))
    return items


def with_batch(s: Summary, batch: list[Item], na) -> Summary:
    """The summary with batch findings (batch_items) and not-assessables added."""
    rank = finding_ranker()
    items = list(s.findings) + [shown(f, s.name, s.path, s.organ, s.year) for f in batch]
    items.sort(key=lambda f: rank(f.severity, f.rule))
    counts = dict(s.counts)
    for f in batch:
        counts[f.severity] += 1
    counts["not_assessable"] += len(na)
    groups = {rid: (k, reasons) for rid, k, reasons in s.not_assessable}
    for n in na:
        k, reasons = groups.get(n.rule, (0, []))
        groups[n.rule] = (k + 1, reasons if len(reasons) >= 3 else reasons + [n.reason])
    return Summary(**{**s.__dict__, "findings": items, "counts": counts,
                      "not_assessable": [(rid, k, r) for rid, (k, r) in groups.items()]})


def totals(reports: Iterable[tuple[dict, bool]]) -> dict:
    """The batch's counts from each report's (counts, fragment): findings by severity, reports with each
    severity, fragments."""
    t = dict.fromkeys(("reports", "error", "warning", "info", "not_assessable", "with_error", "with_warning",
                       "with_info", "fragment"), 0)
    for counts, fragment in reports:
        t["reports"] += 1
        t["fragment"] += bool(fragment)
        for k in ("error", "warning", "info", "not_assessable"):
            t[k] += counts[k]
        for k in ("error", "warning", "info"):
            t[f"with_{k}"] += bool(counts[k])
    return t
