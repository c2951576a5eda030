"""Which table cells a prose figure speaks about, for the report's layout.

A claim may have several readings (`办理13件` is received or answered; `收到N件` may include the carry-over);
each reading is a list of cells whose sum the figure states. The figure agrees when one reading agrees.
"""
from __future__ import annotations

from extractor import template

APP = "applications"
RL = "review_litigation"
AD = "active_disclosure"
_ORGS = tuple(c for c in template.APPLICANTS if c != "natural_person")
_GROUPS = {"denied": "denied.", "unable": "unable.", "not_processed": "not_processed."}


def _rows(prefix: str, layout: str, other_single_row: bool) -> list[str]:
    keys = template.RESULT_ROWS_2019 if other_single_row or layout == "2019" else template.RESULT_ROWS_2021
    return [k for k in keys if k.startswith(prefix)]


def _cols(column: str) -> tuple[str, ...]:
    return {"total": ("total",), "orgs": _ORGS}.get(column, (column,))  # orgs: the five columns but 自然人


def readings(claim, layout: str | None, other_single_row: bool) -> list[list[str]]:
    kind = claim.kind
    layout = layout or "2021"
    cols = _cols(claim.column)

    def app(*rows: str) -> list[str]:
        return [f"{APP}.{r}.{c}" for r in rows for c in cols]

    if kind in ("received", "handled"):
        out = [app("new_received"), app("new_received", "carried_over")]
        if claim.includes_carry:
            out = [app("new_received", "carried_over")]
        if kind == "handled":
            out.append(app("results_total"))
        return out
    if kind == "on_request":
        return [app("new_received"), app("new_received", "carried_over"), app("results_total"), app("granted"),
                app("granted", "partially_granted")]
    if kind in ("carried_over", "carried_forward", "granted", "partially_granted"):
        return [app(kind)]
    if kind == "results":
        return [app("results_total")]
    if kind == "granted_partial":
        return [app("granted", "partially_granted")]
    if kind in _GROUPS:
        return [app(*_rows(_GROUPS[kind], layout, other_single_row))]
    if kind == "other":
        return [app(*_rows("other", layout, other_single_row))]
    if kind.startswith(("denied.", "unable.", "not_processed.")):
        return [app(kind)]
    if kind.startswith("other."):
        return [] if other_single_row or layout == "2019" else [app(kind)]
    if kind == "review":
        return [[f"{RL}.review.total"]]
    if kind == "litigation":
        return [[f"{RL}.litigation_direct.total", f"{RL}.litigation_after_review.total"]]
    if kind.endswith(".not_upheld"):  # every outcome but 结果维持 (尚未审结 included) is 0
        groups = ("review",) if kind.startswith("review") else ("litigation_direct", "litigation_after_review")
        return [[f"{RL}.{g}.{o}" for g in groups for o in ("corrected", "other", "pending")]]
    if kind.startswith("review."):
        return [[f"{RL}.review.{kind.split('.')[1]}"]]
    if kind in ("litigation_direct", "litigation_after_review"):
        return [[f"{RL}.{kind}.total"]]
    if kind.startswith(("litigation_direct.", "litigation_after_review.")):
        return [[f"{RL}.{kind}"]]
    if kind.startswith("litigation."):
        o = kind.split(".")[1]
        return [[f"{RL}.litigation_direct.{o}", f"{RL}.litigation_after_review.{o}"]]
    if kind in ("licensing", "punishment", "coercion"):
        return [[f"{AD}.{kind}.decisions"]]
    if kind in ("regulations", "normative_documents"):
        return [[f"{AD}.{kind}.{c}"] for c in _document_columns(claim.extra.get("verb"), layout)]
    return []


def _document_columns(verb: str | None, layout: str) -> list[str]:
    if layout == "2019":
        return {"issued": ["made"], "published": ["published"], "in_force": ["total"], "repealed": []}.get(
            verb, ["made", "published", "total"])
    return {"issued": ["issued"], "repealed": ["repealed"], "in_force": ["in_force"]}.get(verb, ["issued", "in_force"])
