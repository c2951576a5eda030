"""Held-out weak spot of stop 27 (2523): the preamble printed under the first heading (一、总体情况⏎根据《条例》…,特向社会
公布2020年度…年度报告。本报告包括…) is still the opening, so the year it names the report by is read against the
title's (audits/years.opening_end, meta.dates). The real page as printed and with its one year edited."""
from __future__ import annotations

from test_audit_support import TEXT, of, run, run_variant

RULE = "meta.dates"
CHENGGONG = TEXT + "2523_kunming_chenggong_sifaju_2019.txt"  # title 2019; '特向社会公布2020年度…年度报告' under 一、


def years(res) -> list:
    return [(f.expected, f.actual) for f in of(res, RULE) if "正文开头所称报告年度" in f.message]


def test_the_year_named_in_a_preamble_under_the_first_heading():
    assert years(run(CHENGGONG)) == [(2019, 2020)]
    # the year as the title's: nothing
    assert not of(run_variant(CHENGGONG, ("特向社会公布2020年度", "特向社会公布2019年度")), RULE)
