"""A row the parser did not find, answered by the model, must be one of the rows the parser saw.

When the plan asks for template rows only because the region prints rows under labels the matcher
does not know (and no value lies unplaced), the printed values of those rows are known: an answer for
a missing row must repeat one of them, count column by count column. Grounding alone cannot tell a
number printed in this row from the same number printed in another; this can, so a model that reads
the neighbouring row lands nothing.
"""
from __future__ import annotations

import math
from typing import Any

from .plan import Job
from .schema import template_rows

WHY = "not the values of any row printed under a label the parser did not know"


def _equal(kind: str, v: float, p: float) -> bool:
    if kind == "money":  # the printed row was read without its header's unit: 元 or 万元
        return any(math.isclose(v, p * f, rel_tol=1e-9, abs_tol=1e-9) for f in (1, 1e-4, 1e4))
    return v == p


def _same(answer: list[tuple[str, Any]], printed: tuple) -> bool:
    for i, (kind, v) in enumerate(answer):
        p = printed[i] if i < len(printed) else None
        if (v is None) != (p is None) or (v is not None and not _equal(kind, float(v), float(p))):
            return False
    return all(p is None for p in printed[len(answer):])


def off_the_printed_rows(job: Job, values: dict[str, Any]) -> dict[str, str]:
    """Cells (with why) of asked rows whose answer is none of the unrecognised rows' printed values."""
    if job.printed_rows is None:
        return {}
    out: dict[str, str] = {}
    for row, block in template_rows(job.table, job.ask.layout, job.ask.other_single_row):
        if row.key not in job.ask.rows:
            continue
        keys = [f"{job.table}.{row.key}.{c.key}" for c in block.columns]
        answer = [(c.kind, values.get(k)) for c, k in zip(block.columns, keys)]
        if all(v is None for _, v in answer) or any(_same(answer, p) for p in job.printed_rows):
            continue
        out.update({k: WHY for k, (_, v) in zip(keys, answer) if v is not None})
    return out
