"""The 统计期限 stated twice (held-out set 2116–2130: 2121 官港镇 2021, '统计期限为2021年1月1日至12月31日。' in the preamble
and '统计期限自2021年1月1日起至2021年12月31日止。' again): each statement must cover the whole year, not only the first."""
from __future__ import annotations

from test_audit_support import eval_text, of, run_variant

DOC = eval_text(2121)


def test_both_statements_whole_are_silent():
    assert not of(run_variant(DOC), "meta.dates")


def test_the_second_statement_stopping_short_is_caught():
    # w2121_period: the second statement ends 11月30日
    [f] = of(run_variant(DOC, ("起至2021年12月31日止", "起至2021年11月30日止")), "meta.dates")
    assert (f.expected, f.actual) == ("12月31日", "11月30日") and "统计期限自2021年1月1日起至2021年11月30日」" in f.message


def test_the_first_statement_stopping_short_is_caught_too():
    [f] = of(run_variant(DOC, ("统计期限为2021年1月1日至12月31日", "统计期限为2021年1月1日至11月30日")), "meta.dates")
    assert (f.expected, f.actual) == ("12月31日", "11月30日") and "统计期限为2021年1月1日至11月30日」" in f.message
