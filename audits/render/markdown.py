"""audit-summary.md: totals, an overview worst first, then one section per report (findings as a table,
not-assessable checks listed; a fragment's folded into one line)."""
from __future__ import annotations

from typing import Callable, Iterable, Iterator

from .common import rule_title
from .summary import SEVERITY_WORDS, Summary


def _cell(s: str) -> str:
    return s.replace("|", "\\|").replace("\n", " ")


def render(summaries: Callable[[], Iterable[Summary]], failed: list[str]) -> Iterator[str]:
    total = {"reports": 0, "error": 0, "warning": 0, "info": 0, "not_assessable": 0}
    for s in summaries():
        total["reports"] += 1
        for k in ("error", "warning", "info", "not_assessable"):
            total[k] += s.counts[k]
    yield (f"# nianbao audit summary\n\n{total['reports']} report(s) audited: {total['error']} error(s), "
           f"{total['warning']} warning(s), {total['info']} note(s); {total['not_assessable']} check(s) "
           "not assessable.\n")
    if failed:
        yield f"\n{len(failed)} input(s) could not be read:\n\n" + "".join(f"- {_cell(f)}\n" for f in failed)
    yield "\n| report | organ | year | copy | errors | warnings | notes | not assessable | worst finding |\n"
    yield "|---|---|---|---|---|---|---|---|---|\n"
    for s in summaries():
        c, w = s.counts, s.worst
        worst = f"`{w.rule}` {w.message[:60]}" if w else "—"
        yield (f"| {_cell(s.name)} | {_cell(s.organ or '—')} | {s.year or '—'} | {_cell(s.copy)} | {c['error']} | "
               f"{c['warning']} | {c['info']} | {c['not_assessable']} | {_cell(worst)} |\n")
    for s in summaries():
        yield f"\n## {_cell(s.name)}\n\n"
        if s.findings:
            yield "| severity | rule | message | cells | expected | actual |\n|---|---|---|---|---|---|\n"
            for f in s.findings:
                yield (f"| {SEVERITY_WORDS[f.severity]} | `{f.rule}` | {_cell(f.message)} | {_cell(f.labels)} | "
                       f"{_cell(f.expected)} | {_cell(f.actual)} |\n")
        else:
            yield "No findings.\n"
        n = sum(k for _, k, _ in s.not_assessable)
        if n and s.fragment:
            yield f"\nNot assessable: the copy is a fragment ({_cell(s.where)}): {n} check(s).\n"
        elif n:
            yield "\nNot assessable (neither passed nor failed):\n\n"
            for rid, k, reasons in s.not_assessable:
                more = f" (+{k - len(reasons)} more)" if k > len(reasons) else ""
                yield f"- `{rid}` {rule_title(rid)}: " + "; ".join(_cell(r) for r in reasons) + more + "\n"
