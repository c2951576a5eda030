"""A part in another unit than its total's, when both name the same things (held-out weak spots s26, 2333 and 2394):
applications counted 件 in the total and 条 in its parts (良渚街道 2022: '共收到和处理依申请公开28件(其中依申请公开26条,
重复申请3条)'), and a category opened by the duty to publish (涵江区人社局 2019: '全年主动公开政府信息50件,其中机构职能类
信息1条,…,应主动公开的其他类信息20条': the rest of the list, not a clause with a verb of its own). A verb after how the
item went out still makes it a statement of its own (1740: '依申请公开8件。其中,通过客户端…向社会公开的政府信息6363条').
Entries (项) of a total in 条 are its parts (2341: '…政府信息58条,其中,公开领导介绍3项;组织机构6项;…')."""
from __future__ import annotations

from test_audit_support import eval_text, of, run, run_variant

RULE = "prose.inconsistent"
LIANGZHU = eval_text(2333)
HANJIANG = eval_text(2394)
TONGSHAN = eval_text(1740)


def test_applications_in_two_units_are_one_list():
    assert not of(run(LIANGZHU), RULE)
    # w2333_part / w2333_dup: 26 + 3 or 25 + 4 = 29 applications of 28
    [f] = of(run_variant(LIANGZHU, ("其中依申请公开25条", "其中依申请公开26条")), RULE)
    assert f.severity == "warning" and (f.expected, f.actual) == (28, 29)
    [f] = of(run_variant(LIANGZHU, ("重复申请3条", "重复申请4条")), RULE)
    assert (f.expected, f.actual) == (28, 29)


def test_the_rest_said_with_the_duty_to_publish_closes_the_list():
    assert not of(run(HANJIANG), RULE)
    # w2394_part: 1 + 15 + 14 + 25 = 55 > 50
    [f] = of(run_variant(HANJIANG, ("应主动公开的其他类信息20条", "应主动公开的其他类信息25条")), RULE)
    assert f.severity == "warning" and (f.expected, f.actual) == (50, 55)
    # w2394_short: 45 < 50 with the rest named last: the list is whole, so short is a warning too
    [f] = of(run_variant(HANJIANG, ("应主动公开的其他类信息20条", "应主动公开的其他类信息15条")), RULE)
    assert f.severity == "warning" and (f.expected, f.actual) == (50, 45)


def test_a_channel_that_published_is_no_part_of_applications():
    assert not of(run(TONGSHAN), RULE)


XILINGUOLE = eval_text(2341)


def test_entries_of_the_information_are_its_parts():
    # 锡盟科技局 2023: '共主动公开各类政府信息58条,其中,公开领导介绍3项;组织机构6项;…' — the entries sum to 58
    assert not of(run(XILINGUOLE), RULE)
    # w2341_list: 业务信息 32项 → 33项, 59 > 58
    [f] = of(run_variant(XILINGUOLE, ("业务信息32项", "业务信息33项")), RULE)
    assert f.severity == "warning" and (f.expected, f.actual) == (58, 59)
