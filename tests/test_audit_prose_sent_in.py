"""Letters the public sent in are no part of the information published (2284, 绥宁县 2025: '门户网站共发布信息3553条,
其中政务动态信息1364条,…发布政策解读信息78条,…县长信箱收到信件238件,…'): 238 letters (件) are not summed with the
条 parts (held-out precision probe v2284_total2100)."""
from __future__ import annotations

from test_audit_support import eval_text, of, run, run_variant

RULE = "prose.inconsistent"
SUINING = eval_text(2284)


def test_letters_received_are_not_a_part_of_the_information_published():
    assert not of(run(SUINING), RULE)
    # v2284_total2100: the 条 parts make 1966, below 2100 — only the letters would push the sum over it
    assert not of(run_variant(SUINING, ("共发布信息3553条", "共发布信息2100条")), RULE)


def test_the_items_published_are_still_summed():
    [f] = of(run_variant(SUINING, ("政务动态信息1364条", "政务动态信息3364条")), RULE)
    assert f.severity == "warning" and (f.expected, f.actual) == (3553, 3966)


HEJIANG = eval_text(2406)  # '主动公开政府信息723条,其中…视频号…发布8条,书记县长信箱或领导信箱(网上信访)办件21件、12345政务服务热线办件201件'


def test_a_mailboxs_cases_handled_are_a_channels_part_as_a_hotlines():
    # 16 + 440 + 37 + 8 + 21 + 201 = 723: the page adds up only with the mailbox's 21件
    assert not of(run(HEJIANG), RULE)
    # w2406_total / w2406_hotline: a total below the six parts, or a part that takes them past it
    [f] = of(run_variant(HEJIANG, ("主动公开政府信息723条", "主动公开政府信息710条")), RULE)
    assert (f.expected, f.actual) == (710, 723)
    [f] = of(run_variant(HEJIANG, ("热线办件201件", "热线办件210件")), RULE)
    assert (f.expected, f.actual) == (723, 732)
