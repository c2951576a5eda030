"""nianbao audits: the quality rules of FORMAT.md §8 over the canonical report.

Public API:
    audit(report, text=None) -> AuditResult      one report (text: the normalised text its spans index)
    audit_batch([(report, text), ...]) -> [AuditResult]   several reports, plus the cross-report rules
    RULES                                        every rule: id, severity, title, documentation, check
    AuditResult, NotAssessable, Rule             what the above return and hold

Where results go: `AuditResult.findings` (SCHEMA.md findings) and `AuditResult.not_assessable`
((rule, reason, cells): checks that could neither pass nor fail because their cells are cut off, lost,
blank or absent). In the report JSON the findings are `findings`, the not-assessable results are lines
`audit: not assessable: <rule>: <reason>` in `extraction.notices`, and cells filled from the identities
carry provenance method `inferred` (with an `inference.filled` note). Auditing an audited report again
gives the same result.

The extractor never imports this package; this package reads the extractor's template and models.
"""
from __future__ import annotations

from . import rules as _rules  # noqa: F401  (declares every rule)
from .engine import AuditResult, audit, audit_batch
from .registry import RULES, NotAssessable, Rule

__all__ = ["audit", "audit_batch", "AuditResult", "NotAssessable", "Rule", "RULES"]
