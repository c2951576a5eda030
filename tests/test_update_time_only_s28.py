"""meta.timeliness on a page head that prints only its update time, the publication time blank (2446, 168, 642:
'更新时间:2026-01-15 发布时间: |  来源:城乡工作办事处'): the date read is the day of the last update, so the report was
published then or before — an update after the deadline shows no late publication (held-out stop 27, p2446_update)."""
from __future__ import annotations

from test_audit_support import eval_text, na, of, run_variant

RULE = "meta.timeliness"
PAGE = eval_text(2446)


def test_an_update_after_the_deadline_is_not_judged_late():
    res = run_variant(PAGE, ("更新时间:2026-01-15", "更新时间:2026-04-15"))
    assert not of(res, RULE) and "只印更新时间" in na(res, RULE)[0].reason
    res = run_variant(eval_text(168), ("更新时间:2024-01-16", "更新时间:2024-04-16"))
    assert not of(res, RULE) and "只印更新时间" in na(res, RULE)[0].reason


def test_the_same_day_printed_as_publication_time_is_late():
    res = run_variant(PAGE, ("更新时间:2026-01-15 发布时间:", "更新时间:2026-04-15 发布时间:2026-04-15"))
    [f] = of(res, RULE)
    assert f.actual == "2026-04-15"


def test_the_pages_as_printed_are_silent():
    assert not of(run_variant(PAGE), RULE) and not of(run_variant(eval_text(168)), RULE)
