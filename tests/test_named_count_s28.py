"""prose.named_count on counts the reader did not take (held-out stop 27, sets 2431–2445): the part before its count
(…、企事业信息公开等专栏3个), a new-media channel's accounts (…、宿迁经开区城管等5个政务新媒体账号) and policies named by
title and counted in 条 (《…》《…》和《…》等三条政策). Each edit changes the one count."""
from __future__ import annotations

from test_audit_support import eval_text, of, run_variant

RULE = "prose.named_count"


def test_the_pages_as_printed_are_silent():
    for number in (2431, 2432):
        assert not of(run_variant(eval_text(number)), RULE), number


def test_a_count_after_its_part_is_read():
    [f] = of(run_variant(eval_text(2431), ("等专栏4个", "等专栏3个")), RULE)
    assert (f.expected, f.actual) == (3, 4) and "「专栏3个」" in f.message


def test_accounts_are_counted():
    [f] = of(run_variant(eval_text(2431), ("等5个政务新媒体账号", "等1个政务新媒体账号")), RULE)
    assert (f.expected, f.actual) == (1, 2)


def test_policies_counted_in_tiao():
    [f] = of(run_variant(eval_text(2432), ("等三条政策", "等二条政策")), RULE)
    assert (f.expected, f.actual) == (2, 3)
