"""A comma run after the year's whole disclosure said with no 共, one part naming news rather than a document (held-out
3038, 溆浦县 2025: '全年主动公开政府信息3614条,要闻动态3485条,政民互动信息171条,数据发布信息10条。'): every part a kind of
what is published, read as a selection (unmarked._published_kinds) — 3485 + 171 + 10 = 3666 > 3614, the label's finding."""
from __future__ import annotations

from test_audit_support import eval_text, of, run, run_variant

DOC = eval_text(3038)


def test_the_run_above_its_total_is_raised():
    assert any("正文称「全年主动公开政府信息3614条」，所列各项合计 3666条（要闻动态3485条 + 政民互动信息171条 + 数据发布信息10条），"
               "多于总数" in f.message for f in of(run(DOC), "prose.inconsistent"))


def test_the_run_made_whole_is_silent():
    assert not of(run_variant(DOC, ("要闻动态3485条", "要闻动态3433条")), "prose.inconsistent")
