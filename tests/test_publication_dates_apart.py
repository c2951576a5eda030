"""A page head that prints its publication date twice — '发布机构 发布日期 2024-01-29 15:53:27' in its index block and
'时间: 2024-01-29 15:53:27' under it (2306, 2299: Tibet's portal) — prints one day; two different days (one figure of
either edited) are a meta.dates warning, whichever is read as the date. Keys that date something else (归档时间 on
726, 成文日期) are no publication date."""
from __future__ import annotations

from extractor.meta import published_dates
from test_audit_support import TEXT, of, run, run_variant

GUOZIWEI = TEXT + "2306_xizang_guoziwei_2023.txt"
ZHUJIANTING = TEXT + "2299_xizang_zhujianting_2025.txt"  # organ not read: timeliness n/a, the dates still compared
LUXIAN = TEXT + "726_luxian_jiamingzhen_2020.txt"  # 归档时间:2024/2/27 above 发布时间:2021-01-15
APART = "页面印有两个不同的发布日期"


def apart(res):
    return [f for f in of(res, "meta.dates") if APART in f.message]


def test_the_real_pages_print_one_day():
    for path in (GUOZIWEI, ZHUJIANTING, LUXIAN):
        assert not apart(run(path)), path
    assert [d for _, d, _ in published_dates(open(GUOZIWEI, encoding="utf-8").read(), None)] == ["2024-01-29"] * 2


def test_two_days_printed_are_raised():
    [f] = apart(run_variant(GUOZIWEI, ("发布日期 2024-01-29", "发布日期 2024-02-29")))  # edited copy
    assert (f.expected, f.actual) == ("2024-02-29", "2024-01-29")
    [f] = apart(run_variant(ZHUJIANTING, ("发布日期 2026-01-20", "发布日期 2026-02-20")))
    assert (f.expected, f.actual) == ("2026-02-20", "2026-01-20")


def test_an_archive_time_is_no_publication_date():
    assert [k for k, _, _ in published_dates(open(LUXIAN, encoding="utf-8").read(), None)] == ["发布时间"]
