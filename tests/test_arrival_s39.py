"""Misses left at stop 38 and held-out pages of stop 39: the mechanisms behind them, each on the real page and an edit
of it that the old code read otherwise."""
from __future__ import annotations

from test_audit_support import eval_text, of, run, run_variant


def test_aspects_counted_against_bracketed_points_ended_by_the_next_sections_heading():
    # 4346 (平潭 管委会办公室 2016, a one-line copy): '从以下六个方面抓好各项工作。（一）…（五）…' then '二、主动公开…' in the
    # same paragraph — five points, the next section's heading ends them
    [f] = of(run(eval_text(4346)), "prose.named_count")
    assert "六个方面" in f.message and "5 个" in f.message and "少于" in f.message
    # a sixth point put in before the heading: nothing
    res = run_variant(eval_text(4346), ("全力做好后勤保障工作。二、", "全力做好后勤保障工作。（六）加强信息公开。二、"))
    assert not of(res, "prose.named_count")
    # 五个方面 with the five points: nothing
    assert not of(run_variant(eval_text(4346), ("六个方面", "五个方面")), "prose.named_count")
