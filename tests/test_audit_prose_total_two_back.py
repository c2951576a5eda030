"""prose.inconsistent: a list whose total stands two sentences before its 其中, with a sentence between that states
no count of its own (list_bridges._says_nothing_between): the parts are read against that total. A sentence between that
sets something beside it (同时, 此外…) or names an outlet of its own keeps the list apart. Real sentences, each as
printed and with one figure edited."""
from __future__ import annotations

from test_audit_support import TEXT, of, run, run_variant

RULE = "prose.inconsistent"
XUANZHOU = TEXT + "1841_hengshan_xuanzhou_shidigongyuan_2020.txt"  # 13条。…平台主要公开了机构概况、…。其中…1条,…2条,…
QUTONGJI = TEXT + "018_61-150-65-235_qutongjiju_2023.txt"  # 50条。全年政务信息公开工作运行正常。在主动公开的信息中,…4条,…
TONGZHOU = TEXT + "606_tongzhou_ju_2019.txt"  # 224条,较去年下降7.8%。全文电子化率达100%。其中,…13条,占比5.8%;…


def sums(res) -> list:
    return [(f.expected, f.actual) for f in of(res, RULE) if "所列各项" in f.message and f.severity == "warning"]


def test_the_parts_are_read_against_the_total_two_sentences_back():
    for path in (XUANZHOU, QUTONGJI, TONGZHOU):
        assert not sums(run(path)), path
    assert sums(run_variant(XUANZHOU, ("规划计划3条", "规划计划4条"))) == [(13, 14)]
    assert sums(run_variant(QUTONGJI, ("业务工作类的信息10条", "业务工作类的信息20条"))) == [(50, 60)]
    # a rate in the sentence between (全文电子化率达100%) is no count; the list runs on into the next sentence, so
    # only a sum above the total says anything
    assert sums(run_variant(TONGZHOU, ("部门动态类信息86条", "部门动态类信息186条"))) == [(224, 248)]


def test_a_sentence_between_that_sets_another_count_beside_keeps_the_list_apart():
    beside = ("管理处机关信息公开平台主要公开了", "同时,管理处机关信息公开平台主要公开了")
    assert not sums(run_variant(XUANZHOU, beside, ("规划计划3条", "规划计划4条")))
    outlet = ("管理处机关信息公开平台主要公开了", "管理处微信公众号主要推送了")
    assert not sums(run_variant(XUANZHOU, outlet, ("规划计划3条", "规划计划4条")))
