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
    if kind in ("other.withdrawn", "other.not_information", "other.not_ours", "other.already_public"):
        return []  # withdrawals, not government information: 其他 in some tables, left out in others
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
        columns = _document_columns(claim.extra.get("verb"), layout, claim.extra.get("cumulative", False))
        return [[f"{AD}.{kind}.{c}"] for c in columns]
    return []


# The columns of table 二(一) a verb names, per layout (FORMAT.md): 2021 本年制发件数 / 本年废止件数 / 现行有效件数,
# 2019 本年新制作数量 / 本年新公开数量 / 对外公开总数量. 发布 (promulgate) is 制发 in 2021, 制作 or 公开 in 2019;
# 2021 has no column for 公开, so 公开 there names none (this year's documents or those in force). The stock
# column of each layout, for 累计 (the year's total, or everything so far).
_VERB_COLUMNS = {
    "2021": {"issued": ["issued"], "released": ["issued"], "repealed": ["repealed"], "in_force": ["in_force"],
             "published": ["issued", "in_force"], None: ["issued", "in_force"]},
    "2019": {"issued": ["made"], "released": ["made", "published"], "published": ["published"], "in_force": ["total"],
             "repealed": [], None: ["made", "published", "total"]},
}
_NAMES_NO_COLUMN = {"2021": (None, "published"), "2019": (None,)}
_STOCK = {"2021": "in_force", "2019": "total"}


def names_a_column(claim, layout: str | None) -> bool:
    """Does the claim's verb name table 二 columns (one, or a few to choose from), or none at all (规范性文件5件;
    公开 in a 2021 report)? Only a figure whose verb names columns is raised when it matches none of them."""
    return claim.extra.get("verb") not in _NAMES_NO_COLUMN[layout or "2021"]


def _document_columns(verb: str | None, layout: str, cumulative: bool = False) -> list[str]:
    columns = list(_VERB_COLUMNS[layout].get(verb, _VERB_COLUMNS[layout][None]))
    if cumulative and columns and verb != "repealed" and _STOCK[layout] not in columns:
        columns.append(_STOCK[layout])
    return columns
