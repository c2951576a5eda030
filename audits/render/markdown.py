"""audit-summary.md: totals, an overview worst first, then one section per report (findings as a table,
not-assessable checks listed; a fragment's folded into one line)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .common import rule_title
from .items import SEVERITY_WORDS, Item, spelled

if TYPE_CHECKING:
    from .summary import Summary


def _cell(s: str) -> str:
    return s.replace("|", "\\|").replace("\n", " ")


def head(totals: dict, failed: list[str]) -> str:
    out = [f"# nianbao audit summary\n\n{totals['reports']} report(s) audited: {totals['error']} error(s), "
           f"{totals['warning']} warning(s), {totals['info']} note(s); {totals['not_assessable']} check(s) "
           "not assessable.\n"]
    if failed:
        out.append(f"\n{len(failed)} input(s) could not be read:\n\n" + "".join(f"- {_cell(f)}\n" for f in failed))
    out.append("\n| report | organ | year | copy | errors | warnings | notes | not assessable | worst finding |\n"
               "|---|---|---|---|---|---|---|---|---|\n")
    return "".join(out)


def overview_row(s: Summary) -> str:
    c, w = s.counts, s.worst
    worst = f"`{w.rule}` {w.message[:60]}" if w else "—"
    return (f"| {_cell(s.name)} | {_cell(s.organ or '—')} | {s.year or '—'} | {_cell(s.copy)} | {c['error']} | "
            f"{c['warning']} | {c['info']} | {c['not_assessable']} | {_cell(worst)} |\n")


def finding_row(f: Item) -> str:
    """A finding's row of its report's table (rendered once, when the report is summarised)."""
    return (f"| {SEVERITY_WORDS[f.severity]} | `{f.rule}` | {_cell(f.message)} | {_cell(f.labels)} | "
            f"{_cell(f.expected)} | {_cell(f.actual)} |\n")


def details(s: Summary) -> bytes:
    """A report's section, as its bytes (its findings' rows come so: items.Shown)."""
    out: list[str | bytes] = [f"\n## {_cell(s.name)}\n\n"]
    if s.findings:
        out.append("| severity | rule | message | cells | expected | actual |\n|---|---|---|---|---|---|\n")
        out += [f.md for f in s.findings]
    else:
        out.append("No findings.\n")
    n = sum(k for _, k, _ in s.not_assessable)
    if n and s.fragment:
        out.append(f"\nNot assessable: the copy is a fragment ({_cell(s.where)}): {n} check(s).\n")
    elif n:
        out.append("\nNot assessable (neither passed nor failed):\n\n")
        for rid, k, reasons in s.not_assessable:
            more = f" (+{k - len(reasons)} more)" if k > len(reasons) else ""
            out.append(f"- `{rid}` {rule_title(rid)}: " + "; ".join(_cell(r) for r in reasons) + more + "\n")
    return b"".join(p if isinstance(p, bytes) else spelled(p) for p in out)
