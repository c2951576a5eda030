"""Every rule of the catalogue is declared with its documentation, and the audit's inference of lost cells.
Each rule family passes and fails on real documents in its own file (test_audit_rules_*.py); prose (S9/S10)
and batch rules (S1, S3 across years, S12) have theirs."""
from __future__ import annotations

import audits
from test_audit_support import SEED, na, of, run, run_cell

S001 = SEED + "001_1ec9b8d8ffb3b045.txt"  # 2024, two rows of 三 lost cells in the copy
S004 = SEED + "004_0611940f34059ea7.txt"  # 2021, pipe copy, non-zero 三 and 四


def test_every_catalogue_rule_is_declared_with_documentation():
    ids = {"cells.type", "applications.column_balance", "applications.results_total", "applications.row_total",
           "review_litigation.group_total", "meta.template_year", "meta.dates", "structure.sections",
           "structure.tables", "fees.processing_fee", "batch.carry_over", "fees.notice_vs_table",
           "active_disclosure.in_force", "active_disclosure.published_total",
           "active_disclosure.regulations_authority", "active_disclosure.item_change",
           "active_disclosure.procurement", "active_disclosure.fee_unit", "prose.table_mismatch",
           "prose.review_litigation", "prose.inconsistent", "prose.named_count", "prose.outline_count", "prose.rate", "applications.blank_cells", "batch.duplicate", "meta.timeliness",
           "structure.extra_rows", "applications.other_single_row", "inference.filled", "batch.repeated_input",
           "meta.mixed_layout", "active_disclosure.township_normative_documents",
           "active_disclosure.lost_rows"}
    assert set(audits.RULES) == ids
    for r in audits.RULES.values():
        assert r.doc and r.title and r.severity in ("error", "warning", "info")
    errors = {r.id for r in audits.RULES.values() if r.severity == "error"}
    # errors are numbers that are wrong as printed (issue: severity that means something)
    assert errors == {"cells.type", "applications.column_balance", "applications.results_total",
                      "applications.row_total", "review_litigation.group_total", "meta.template_year",
                      "fees.processing_fee"}


# ------------------------------------------------------------------------------------------------ inference

def test_lost_cells_are_inferred_when_the_identities_determine_them():
    assert not run(S004).inferred and not of(run(S004), "inference.filled")  # nothing lost in this copy
    res = run(S001)  # rows 四(2) and (六)3 lost a value each: H2 leaves exactly 0 for them
    notes = of(res, "inference.filled")
    assert len(notes) == 2 and all(f.severity == "info" for f in notes)
    assert res.inferred["applications.other.misc.total"] == 0
    assert res.report.provenance["applications.other.misc.total"].method == "inferred"
    assert res.report.tables.applications.other.misc.total == 0
    assert not [f for f in res.findings if f.severity == "error"]
    assert not na(res, "applications.results_total")  # now checkable


def test_nothing_is_inferred_from_an_inconsistent_source():
    res = run_cell(S001, "applications.granted.natural_person", 14)
    assert not res.inferred and not of(res, "inference.filled")
    assert any("未推断" in n.reason for n in na(res, "inference.filled"))
    assert of(res, "applications.row_total")


def test_printed_totals_are_never_changed():
    res = run_cell(S004, "applications.results_total.total", 5)
    assert res.report.tables.applications.results_total.total == 5
    assert not res.inferred


def test_audit_is_idempotent_and_writes_not_assessable_notices():
    first = run(S001)
    again = audits.audit(first.report, first.text)
    assert [f.model_dump() for f in again.findings] == [f.model_dump() for f in first.findings]
    notices = again.report.extraction.notices
    assert sum(n.startswith("audit: not assessable: ") for n in notices) == len(again.not_assessable)
