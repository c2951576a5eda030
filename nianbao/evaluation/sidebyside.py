"""Side by side: two configurations on the same documents, the cells where they differ, and what each
cost (LLM calls, tokens, estimated cost, latency)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .report import pct
from .runner import Run


@dataclass(frozen=True)
class CellDiff:
    stem: str
    key: str
    gold: Any  # the gold value (None: printed blank or unreadable), or "(not labelled)"
    a: Any
    b: Any
    state_a: str
    state_b: str


def diff_runs(a: Run, b: Run) -> list[CellDiff]:
    """Cells (scored or emitted by either side) whose emitted values differ between the two runs."""
    by_stem = {s.stem: s for s in b.scores}
    out: list[CellDiff] = []
    for sa in a.scores:
        sb = by_stem.get(sa.stem)
        if sb is None:
            continue
        keys = list(dict.fromkeys([*sa.cells, *sa.predicted, *sb.predicted]))
        for key in keys:
            va, vb = sa.predicted.get(key), sb.predicted.get(key)
            in_a, in_b = key in sa.predicted, key in sb.predicted
            if va == vb and in_a == in_b:
                continue
            if va is None and vb is None and key not in sa.cells:
                continue  # both emit nothing for a cell nobody labelled
            out.append(CellDiff(sa.stem, key, _gold_value(sa, key), va, vb,
                                sa.cells.get(key, "invented" if va is not None else "-"),
                                sb.cells.get(key, "invented" if vb is not None else "-")))
    return out


def _gold_value(score, key: str) -> Any:
    if key not in score.cells:
        return "(not labelled)"
    if key in score.wrong:
        return score.wrong[key][0]
    return score.predicted.get(key)  # right: the emitted value is the gold value


def render(a: Run, b: Run, ma: dict, mb: dict, diffs: list[CellDiff], limit: int = 200) -> str:
    name_a, name_b = a.config.name, b.config.name
    if name_a == name_b:
        name_a, name_b = f"A:{name_a}", f"B:{name_b}"
    rows = [("", name_a, name_b)]
    for label, fa in (("cell accuracy", lambda m: pct(m["cells"]["accuracy"])),
                      ("value precision", lambda m: pct(m["cells"]["precision"])),
                      ("value recall", lambda m: pct(m["cells"]["recall"])),
                      ("exact documents", lambda m: f"{m['exact_match']}/{m['documents']}"),
                      ("meta accuracy", lambda m: pct(m["meta"]["all"])),
                      ("LLM calls", lambda m: f"{m['llm']['calls']:.0f}"),
                      ("tokens in/out", lambda m: f"{m['llm']['input_tokens']:.0f}/{m['llm']['output_tokens']:.0f}"),
                      ("est. cost", lambda m: f"{m['llm']['cost']:.4f}"),
                      ("LLM latency s", lambda m: f"{m['llm']['seconds']:.1f}"),
                      ("wall time s", lambda m: f"{m['llm']['wall_seconds']:.2f}")):
        rows.append((label, fa(ma), fa(mb)))
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    lines = [f"A = {a.config.describe()}", f"B = {b.config.describe()}", ""]
    lines += ["  ".join(x.ljust(w) for x, w in zip(r, widths)).rstrip() for r in rows]
    lines.append("")
    better_a = sum(1 for d in diffs if d.state_a == "right" and d.state_b != "right")
    better_b = sum(1 for d in diffs if d.state_b == "right" and d.state_a != "right")
    lines.append(f"{len(diffs)} cell(s) differ: {better_a} right only in A, {better_b} right only in B")
    for d in diffs[:limit]:
        lines.append(f"  {d.stem}  {d.key}  gold {d.gold!r}  A {d.a!r} ({d.state_a})  B {d.b!r} ({d.state_b})")
    if len(diffs) > limit:
        lines.append(f"  … {len(diffs) - limit} more (all in the JSON record)")
    return "\n".join(lines)
