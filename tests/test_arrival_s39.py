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


def test_a_stale_year_in_the_reporting_sections_own_voice_is_read():
    # 4350 (平潭 管委会办公室 2018): '（二）主动公开政府信息的主要类别2017年，我办主动公开…' in section 二 of the report on
    # 2018 — last year's sentence kept; meta.dates read a body's own year before section 二 only
    [f] = [f for f in of(run(eval_text(4350)), "meta.dates") if "所述年度" in f.message]
    assert f.expected == 2018 and f.actual == 2017 and "2017年,我办主动公开" in f.message
    assert not any("所述年度" in f.message
                   for f in of(run_variant(eval_text(4350), ("类别2017年", "类别2018年")), "meta.dates"))
    # the report's year said in the same voice beside it: a comparison, not a stale year
    res = run_variant(eval_text(4350), ("类别2017年", "类别2018年,我办主动公开5条,2017年"))
    assert not any("所述年度" in f.message for f in of(res, "meta.dates"))
    # a year after a word that compares (较2017年我办…) is no year of the figures
    res = run_variant(eval_text(4350), ("类别2017年", "类别较2017年"))
    assert not any("所述年度" in f.message for f in of(res, "meta.dates"))


def test_kinds_under_the_next_points_title_are_parts_of_the_count_before():
    # 4122 (缙云县胡镇镇 2013): '(一)主动公开政府信息的数量共192条。' ⏎ '(二)主动公开政府信息的主要类别情况:党政信息类147条,
    # 文件类47条,制度类4条。' — 198 > 192; no 其中 / 在…中 opens the kinds, so no reader took them
    [f] = of(run(eval_text(4122)), "prose.inconsistent")
    assert "192条" in f.message and "198条" in f.message and "多于总数" in f.message
    # kinds that make the count, or fewer (the kinds named need not be all): nothing
    assert not of(run_variant(eval_text(4122), ("党政信息类147条", "党政信息类141条")), "prose.inconsistent")
    assert not of(run_variant(eval_text(4122), ("党政信息类147条", "党政信息类101条")), "prose.inconsistent")
    # a count of something else before the kinds (点击量) is no total of them
    assert not of(run_variant(eval_text(4122), ("主动公开政府信息的数量共192条", "网站点击量共192次")), "prose.inconsistent")
