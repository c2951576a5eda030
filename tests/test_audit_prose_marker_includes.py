"""其中 and then 包括 — with a comma between (其中,包括…) or the words of what is listed (其中重点公开信息包括:…) — opens one
list (list_words.MARKER / OPENING_MARKER), not 其中 with a list nested in its first item. Real sentences, as printed
and with one figure edited."""
from __future__ import annotations

from test_audit_support import TEXT, of, run, run_variant

RULE = "prose.inconsistent"
RENFANG = TEXT + "1969_mudanjiang_renfangban_2018.txt"  # 累计主动公开政府信息635条。其中,包括班子成员信息1条、…工作动态信息608条
YUJIAAO = TEXT + "1442_ningxiang_yujiaaoxiang_2021.txt"  # 82条,…。其中重点公开信息包括:本级政策文件2条;政务动态公开51条;…


def above(res) -> list:
    return [(f.expected, f.actual) for f in of(res, RULE) if "多于总数" in f.message]


def test_a_list_opened_by_qizhong_then_baokuo_is_read():
    assert not of(run(RENFANG), RULE) and not of(run(YUJIAAO), RULE)  # each makes its total
    # one figure edited (w1969_list: 608 → 609; w1442_part: 51 → 61): the sum is above the total
    assert above(run_variant(RENFANG, ("工作动态信息608条", "工作动态信息609条"))) == [(635, 636)]
    assert above(run_variant(YUJIAAO, ("政务动态公开51条", "政务动态公开61条"))) == [(82, 92)]
