"""Running the rules over one report or a batch, and writing the outcome into the report.

Order: strip any earlier audit (idempotent re-audits), fill lost cells (infer.fill), run every rule that
applies, then write findings into `report.findings` and the not-assessable results into
`report.extraction.notices` as lines `audit: not assessable: <rule>: <reason>` (the report model has no
other free field; AuditResult carries them structured).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Collection, Iterable, Iterator, Sequence

from extractor.models import READ_STATUSES, Finding, Report

from . import infer
from .context import Context, RuleView
from .registry import RULES, NotAssessable, Rule, catalogue_order

NOTICE = "audit: "
NA_NOTICE = NOTICE + "not assessable: "
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
_STATE_WORDS = {"absent": "缺失（文中没有此表）", "unparsed": "无法读取（图片、文字叙述或未知版式）"}


@dataclass
class AuditResult:
    report: Report  # a copy of the input with findings, inferred cells and audit notices written in
    findings: list[Finding]
    not_assessable: list[NotAssessable]
    inferred: dict[str, int] = field(default_factory=dict)
    text: str | None = None
    context: Any = field(default=None, repr=False)  # the Context the rules read (for the batch signature)

    def signature(self):
        """The compact signature the batch rules read (S1, S3, S12): no text, no full report."""
        from .rules.batch import signature

        return signature(self.context if self.context is not None else Context(self.report, self.text))

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    @property
    def worst(self) -> Finding | None:
        return self.findings[0] if self.findings else None

    def fails(self, threshold: str) -> bool:
        """Whether any finding is at least as severe as `threshold` (error | warning)."""
        return any(SEVERITY_ORDER[f.severity] <= SEVERITY_ORDER[threshold] for f in self.findings)


def _clean(report: Report) -> Report:
    """The report as extracted: without findings, audit notices or inferred cells of an earlier audit."""
    if not report.findings and not any(n.startswith(NOTICE) for n in report.extraction.notices) and \
            not any(p.method == "inferred" and p.span is None for p in report.provenance.values()):
        # (a cell the audit filled from the identities has no span; the extraction's inferred cells, cut from a fused
        # run by the row's total, point at the digits they were read from and stay)
        return report  # never audited: nothing to strip (rules only read it)
    data = report.model_dump()
    data["findings"] = []
    data["extraction"]["notices"] = [n for n in data["extraction"]["notices"] if not n.startswith(NOTICE)]
    for key, prov in list(data["provenance"].items()):
        if prov["method"] == "inferred" and prov["span"] is None:
            _set(data, key, None)
            del data["provenance"][key]
    return Report.model_validate(data)


def _set(data: dict, key: str, value) -> None:
    table, *path = key.split(".")
    node = data["tables"][table]
    for p in path[:-1]:
        node = node[p]
    node[path[-1]] = value


def _with_inferred(report: Report, values: dict[str, int]) -> Report:
    if not values:
        return report
    data = report.model_dump()
    for key, v in values.items():
        _set(data, key, v)
        data["provenance"][key] = {"method": "inferred", "span": None}
    return Report.model_validate(data)


table_name = Context.table_name


def _applies(r: Rule, ctx: Context) -> str | None:
    """None: run the rule. 'skip': not applicable. Otherwise the reason it is not assessable."""
    if r.layouts:
        layout = ctx.table_layout(r.tables[0]) if r.tables else ctx.meta.template
        if layout is None:
            return "报告所用表格版式未知"
        if layout not in r.layouts:
            return "skip"
    lo, hi = r.years
    if lo is not None or hi is not None:
        if ctx.year is None:
            return "报告所属年度未知"
        if lo is not None and ctx.year < lo or hi is not None and ctx.year > hi:
            return "skip"
    for t in r.tables:
        if not ctx.table_usable(t):
            st = ctx.status.get(t)
            state = st.status if st is not None else "absent"
            if state in READ_STATUSES:
                return f"{table_name(t)}没有可读的单元格（{ctx.why_unknown(ctx.cells_of(t))}）"
            return f"{table_name(t)}{_STATE_WORDS.get(state, state)}"
    if r.needs_text and ctx.text is None:
        return "没有规范化文本（缺少同名 .txt），无法核对正文"
    return None


def finding_ranker() -> Callable[[str, str], tuple[int, int]]:
    """(severity, rule id) → where a finding stands in a report: by severity, then in the rules' catalogue
    order. The catalogue's order is read once per sort, not once per finding."""
    order = catalogue_order()
    return lambda severity, rule_id: (SEVERITY_ORDER[severity], order.get(rule_id, len(order)))


def _sorted(findings: Iterable[Finding]) -> list[Finding]:
    rank = finding_ranker()
    return sorted(findings, key=lambda f: rank(f.severity, f.rule))


def _write(report: Report, findings: list[Finding], na: list[NotAssessable]) -> Report:
    """A copy of the report with these findings and not-assessables (validated models: no re-validation)."""
    notices = [n for n in report.extraction.notices if not n.startswith(NOTICE)]
    notices += [f"{NA_NOTICE}{n.rule}: {n.reason}" for n in na]
    extraction = report.extraction.model_copy(update={"notices": notices})
    return report.model_copy(update={"findings": list(findings), "extraction": extraction})


def audit(report: Report, text: str | None = None, only: Collection[str] | None = None) -> AuditResult:
    """Audit one canonical report. `text` is the normalised text its spans point into (prose rules
    and evidence need it; without it they are not assessable). `only`: the ids of the rules to run, the others
    left out (a check of one family, such as a typo in a table against its identities, needs no prose read)."""
    from . import rules  # noqa: F401  (declares the rules)

    report = _clean(report)
    ctx = Context(report, text)
    filled = infer.fill(ctx)
    if filled.values:  # the rules read the report with the inferred cells
        report = _with_inferred(report, filled.values)
        ctx = Context(report, text)
    findings: list[Finding] = list(filled.findings)
    na: list[NotAssessable] = list(filled.not_assessable)
    # one view for every rule, its id set before each: a rule reads the view only while it runs (its outcomes are
    # collected here before the next), no rule writes to it, and what the view keeps of the context is the same for
    # all — one copy of the context's fields a report, and each reading fetched once, not once per rule (~30 rules)
    view = RuleView(ctx, "")
    for r in RULES.values():
        if r.check is None or only is not None and r.id not in only:
            continue
        why = _applies(r, ctx)
        if why == "skip":
            continue
        if why is not None:
            na.append(NotAssessable(r.id, why))
            continue
        view.rule = r.id
        for outcome in r.check(view) or ():
            (na if isinstance(outcome, NotAssessable) else findings).append(outcome)
    findings = _sorted(findings)
    return AuditResult(_write(report, findings, na), findings, na, filled.values, text, ctx)


def batch_rules(signatures: Sequence[Any]) -> Iterator[tuple[int, list[Finding], list[NotAssessable]]]:
    """The rules that compare reports of one batch (S1, S3, S12), over the reports' signatures: (index of
    a report, its batch findings, its batch not-assessables) as the rules yield them, a report's
    consecutive outcomes together, so a batch of any size applies them without collecting them all."""
    from . import rules  # noqa: F401

    for r in RULES.values():
        if r.batch_check is None:
            continue
        at, found, na = None, [], []
        for index, o in r.batch_check(signatures) or ():
            if index != at and (found or na):
                yield at, found, na
                found, na = [], []
            at = index
            (na if isinstance(o, NotAssessable) else found).append(o)
        if found or na:
            yield at, found, na


def amend(report: Report, findings: list[Finding], na: list[NotAssessable]) -> Report:
    """An audited report with batch findings and not-assessables added (its own ones kept)."""
    notices = list(report.extraction.notices) + [f"{NA_NOTICE}{n.rule}: {n.reason}" for n in na]
    extraction = report.extraction.model_copy(update={"notices": notices})
    return report.model_copy(update={"findings": _sorted(list(report.findings) + findings), "extraction": extraction})


def audit_batch(items: Sequence[tuple[Report, str | None]]) -> list[AuditResult]:
    """Audit several reports, then the rules that compare reports of one batch (S1, S3, S12)."""
    results = [audit(report, text) for report, text in items]
    for index, found, na in batch_rules([res.signature() for res in results]):
        res = results[index]
        res.findings = _sorted(res.findings + found)
        res.not_assessable += na
        res.report = _write(res.report, res.findings, res.not_assessable)
    return results
