"""涵盖 ("covers") opens a list of parts as 包括 does (audits/prose/items.MARKER_WORDS): after the total in its
sentence, or opening the sentence after it as a 其中 does — and inside an item it only says what a count covers in
words, never a nested list. Real sentences, each as printed and with one figure edited."""
from __future__ import annotations

from test_audit_support import TEXT, of, run, run_variant

RULE = "prose.inconsistent"
PINGCHUAN = TEXT + "1823_baiyin_pingchuanqu_fagaiju_2025.txt"  # …140条。内容涵盖政府信息公开制度5条、…(fourteen parts)
ANZHEN = TEXT + "614_xishan_anzhenjiedao_2025.txt"  # 全年累计公开信息59条,内容涵盖政务信息12条、…以及涉企行政检查公示1条
LONGSHAN = TEXT + "1228_zhangjiachuan_longshanzhen_2024.txt"  # 热线工单 378 条,涵盖投诉类328条(…)与政策咨询类 50 条(…)
HEDONG = TEXT + "709_dean_hedongxiang_2022.txt"  # …不予公开信息数为0条.内容涵盖财政、文化…: words, not a list


def sums(res, severity: str = "warning") -> list:
    return [(f.expected, f.actual) for f in of(res, RULE) if "所列各项" in f.message and f.severity == severity]


def test_a_sentence_opened_by_neirong_hangai_lists_the_parts_of_the_figure_before():
    assert not of(run(PINGCHUAN), RULE)
    assert sums(run_variant(PINGCHUAN, ("政策咨询问答库22条", "政策咨询问答库32条"))) == [(140, 150)]
    assert sums(run_variant(PINGCHUAN, ("部门文件1件", "部门文件11件"))) == [(140, 150)]


def test_hangai_after_the_total_opens_its_list():
    assert not of(run(ANZHEN), RULE)
    # read before too, but only as a run with no marker word, where a sum below the total says nothing
    assert sums(run_variant(ANZHEN, ("工作动态29条", "工作动态19条")), "info") == [(59, 49)]
    assert not of(run(LONGSHAN), RULE)
    assert sums(run_variant(LONGSHAN, ("投诉类328条", "投诉类338条"))) == [(378, 388)]


def test_hangai_inside_an_item_is_no_nested_list():
    # 206 = 206 + 0 + 0: the third part, followed by '.内容涵盖…' in words, is still read (a 0 part: the list is whole)
    assert not of(run(HEDONG), RULE)
    assert sums(run_variant(HEDONG, ("不予公开信息数为0条", "不予公开信息数为2条"))) == [(206, 208)]
