"""Mutation test: in every complete report of the eval set whose gold expects no error, changing any single
printed number covered by an identity (H1–H4) gives an error finding naming that cell, and the report as
published gives no error-level arithmetic finding.

The number is changed in the normalised text at the cell's own span (value + 1), and the text is
extracted again — the audit sees exactly what it would see in a published report with that typo.
"""
from __future__ import annotations

import pytest

import audits
from extractor import template
from parser_gaps import check
from test_audit_support import document, extract_text, gold_files

ARITHMETIC = {"applications.column_balance", "applications.results_total", "applications.row_total",
              "review_litigation.group_total"}
_TYPO_RULES = ARITHMETIC | {"applications.blank_cells"}
CLEAN = [g for g in gold_files() if g["complete"]
         and not any(audits.RULES[e["rule"]].severity == "error" for e in g.get("expected_findings", []))]


def _covered(report) -> list[str]:
    st = report.extraction.tables["applications"]
    cells = {k for i in template.identities(st.layout or "2021", bool(st.other_single_row)) for k in i.lhs + i.rhs}
    return [k for k, p in report.provenance.items() if k in cells and p.method == "parser" and p.span]


def _noticed_as_unfilled(report, gold, key, findings) -> bool:
    """Where every identity of the cell holds a cell printed blank, a typo that the blanks could absorb
    (a total one higher than its printed parts) is by S11 an unfilled cell, not an addition error: it must
    then be said as such — an S11 finding on a blank of that identity saying the identity does not hold."""
    st = report.extraction.tables["applications"]
    mine = [i for i in template.identities(st.layout or "2021", bool(st.other_single_row)) if key in i.lhs + i.rhs]
    if not mine or not all(any(k in gold["cells"] and gold["cells"][k] is None for k in i.lhs + i.rhs) for i in mine):
        return False
    cells = {k for i in mine for k in i.lhs + i.rhs}
    return any(f.rule == "applications.blank_cells" and "不成立" in f.message and cells & set(f.cells) for f in findings)


@pytest.mark.parametrize("gold", CLEAN, ids=[g["_file"] for g in CLEAN])
def test_single_number_changes_are_caught(gold):
    doc = document(gold["document"])
    report = extract_text(gold["document"], doc.text)
    clean = audits.audit(report, doc.text)
    assert not [f for f in clean.findings if f.rule in ARITHMETIC and f.severity == "error"]
    tried, missed = 0, []
    for key in _covered(report):
        a, b = report.provenance[key].span
        value = report.tables.model_dump()
        for part in key.split("."):
            value = value[part]
        typo = value + 1
        if (report.provenance[key].match or "").startswith("fused") and len(str(typo)) != len(str(value)):
            # a cell cut from a row printed as one run of digits ('6000017'): a typo that adds a digit changes how
            # the run splits (the row is then left unread, and said), so the digit is changed in place
            typo = value - 1
        text = doc.text[:a] + str(typo) + doc.text[b:]
        # (the identities' rules and S11 only: what names a changed cell as an error or an unfilled blank — the
        # report as published had the whole audit above)
        res = audits.audit(extract_text(gold["document"], text), text, only=_TYPO_RULES)
        tried += 1
        row, table = key.rsplit(".", 1)[0], key.split(".")[0]
        if row in res.report.extraction.tables[table].fused_rows:
            continue  # the typo leaves its fused run with no reading that keeps the row's total: unread, and said
        if any(f.severity == "error" and key in f.cells for f in res.findings):
            continue
        if _noticed_as_unfilled(report, gold, key, res.findings):
            continue
        missed.append(key)
    print(f"{gold['_file']}: {tried} mutations, {tried - len(missed)} caught")
    if gold["cells"] and not tried:  # (a table the reader cannot read yet has nothing to change: a registered gap)
        check(gold["_file"].removesuffix(".json"), "tables", tried > 0 or all(v is None for v in gold["cells"].values()),
              "no cell covered by an identity was read")
    assert not missed, f"{len(missed)} of {tried} single-number changes not caught: {missed[:5]}"
