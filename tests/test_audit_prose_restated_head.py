"""A list under a head that names, with no figure, what the paragraph before counted: 2264's points '1.主动公开政府信息的
数量。2022年,全办主动公开政府信息123条,历年累计主动公开政府信息2009条。' and '2.主动公开政府信息的主要类别。2022年,全办主动
公开政府信息:机构职能类信息0条;…;其他类信息数27条。' (eleven parts, 123), and the same for applications ('…受理依申请公开
政府信息10件。' / '…全办依申请公开信息:网络申请9件,信函申请1件。'). The head's words stand, in order, in the words of
the one figure it restates (not the 历年累计 one); read as a selection: a sum above the total is wrong."""
from __future__ import annotations

from test_audit_support import TEXT, of, run, run_variant

YONGTAI = TEXT + "2264_yongtai_xianzhengfuban_2022.txt"


def listed(res):
    return [f for f in of(res, "prose.inconsistent") if "所列各项合计" in f.message]


def test_the_real_lists_add_up_and_raise_nothing():
    assert not listed(run(YONGTAI))


def test_a_category_above_is_raised():
    [f] = listed(run_variant(YONGTAI, ("其他类信息数27条", "其他类信息数28条")))  # edited copy
    assert (f.expected, f.actual) == (123, 124) and "全办主动公开政府信息123条" in f.message


def test_a_channel_above_is_raised():
    [f] = listed(run_variant(YONGTAI, ("网络申请9件", "网络申请10件")))  # edited copy
    assert (f.expected, f.actual) == (10, 11) and "网络申请10件" in f.message


def test_a_head_that_names_another_count_reads_nothing():
    # the head no longer restates the count before (其他 words): no total, no list
    assert not listed(run_variant(YONGTAI, ("2022年,全办主动公开政府信息:", "2022年,全办政策解读稿件:"),
                                  ("其他类信息数27条", "其他类信息数28条")))
