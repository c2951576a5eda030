"""audit-summary.md: one section per report, findings as a table, not-assessable rules listed."""
from __future__ import annotations

from ..engine import AuditResult
from .common import cell_labels, counts, grouped_not_assessable, rule_title, title, value


def _cell(s: str) -> str:
    return s.replace("|", "\\|").replace("\n", " ")


def render(named: list[tuple[str, AuditResult]], failed: list[str]) -> str:
    total = {"error": 0, "warning": 0, "info": 0, "not_assessable": 0}
    for _, res in named:
        for k, v in counts(res).items():
            total[k] += v
    out = ["# nianbao audit summary", "",
           f"{len(named)} report(s) audited: {total['error']} error(s), {total['warning']} warning(s), "
           f"{total['info']} note(s); {total['not_assessable']} check(s) not assessable."]
    if failed:
        out += ["", f"{len(failed)} input(s) could not be read:", ""] + [f"- {_cell(f)}" for f in failed]
    out += ["", "| report | errors | warnings | notes | not assessable | worst finding |", "|---|---|---|---|---|---|"]
    for name, res in named:
        c = counts(res)
        worst = res.worst
        w = f"`{worst.rule}` {worst.message[:60]}" if worst else "—"
        out.append(f"| {_cell(name)} | {c['error']} | {c['warning']} | {c['info']} | {c['not_assessable']} | {_cell(w)} |")
    for name, res in named:
        out += ["", f"## {_cell(title(name, res))}", ""]
        if res.findings:
            out += ["| severity | rule | message | cells | expected | actual |", "|---|---|---|---|---|---|"]
            for f in res.findings:
                labels = cell_labels(f.cells, 4, res.report.meta.template)
                out.append(f"| {f.severity} | `{f.rule}` | {_cell(f.message)} | {_cell(labels)} | "
                           f"{_cell(value(f.expected))} | {_cell(value(f.actual))} |")
        else:
            out.append("No findings.")
        groups = grouped_not_assessable(res)
        if groups:
            out += ["", "Not assessable (neither passed nor failed):", ""]
            for rid, n, reasons in groups:
                more = f" (+{n - len(reasons)} more)" if n > len(reasons) else ""
                out.append(f"- `{rid}` {rule_title(rid)}: " + "; ".join(_cell(r) for r in reasons) + more)
    return "\n".join(out) + "\n"
