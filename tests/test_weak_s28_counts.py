"""Held-out weak spots of stop 27 (pages 2491–2580): a count of aspects (N个方面) against the aspects named in quotes
before it or numbered as points (一是…) after it (audits/prose/named_count.py, prose.named_count); the report's own
outline said as 六个方面 stays prose.outline_count's. Real sentences, each as printed and with one figure edited."""
from __future__ import annotations

from test_audit_support import TEXT, of, run, run_variant

RULE = "prose.named_count"
CHANGTAI = TEXT + "2527_putian_changtaizhen_2020.txt"  # 现从“主动公开”、…、“监督保障”五个方面进行报告
LUZHOU = TEXT + "2552_luzhou_shuiwuju_2021.txt"  # 重点推进5个方面的信息公开。一是…二是…五是…
FUXIAN = TEXT + "1991_yanan_fuxian_jiedao_2024.txt"  # 本报告内容包括总体情况、…、其他报告事项等六个方面


def counts(res) -> list:
    return [(f.expected, f.actual) for f in of(res, RULE)]


def test_aspects_named_in_quotes_before_their_count():
    assert not counts(run(CHANGTAI))
    assert counts(run_variant(CHANGTAI, ("“监督保障”五个方面", "“监督保障”四个方面"))) == [(4, 5)]


def test_aspects_numbered_as_points_after_their_count():
    assert not counts(run(LUZHOU))
    res = run_variant(LUZHOU, ("重点推进5个方面", "重点推进4个方面"))
    assert counts(res) == [(4, 5)]
    assert "其后分点列出的有 5 个" in of(res, RULE)[0].message
    # fewer points than the count: the next paragraph opens a heading ('2.解读情况。'), which ends them (stop 32; points
    # that may go on past their paragraph stay a floor: test_arrival_s32.test_points_that_may_go_on_are_a_floor)
    fewer = run_variant(LUZHOU, ("重点推进5个方面", "重点推进6个方面"))
    assert counts(fewer) == [(6, 5)] and "少于所说的数目" in of(fewer, RULE)[0].message


def test_the_reports_own_outline_said_as_aspects_is_not_a_named_count():
    # 总体情况、…、政府信息公开行政复议、行政诉讼情况、…等六个方面: six sections (one name holds a 、)
    assert not counts(run(FUXIAN))
