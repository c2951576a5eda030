"""prose.inconsistent: a list with no marker word after a total said as one (共/累计 … N条), with a remark in brackets
between the total and the comma (real report pages; one figure or bracket changed where a variant is named)."""
from __future__ import annotations

from test_audit_support import TEXT, of, run, run_variant

RULE = "prose.inconsistent"
# '累计公开信息8775条(2025年新增388条),在已公开信息当中…累计5434条(…),…累计1919条(…),其他信息累计1425条(…)': 8778
MINZHI = TEXT + "1720_shenzhen_longhua_minzhijiedao_2025.txt"
# '累计公布信息69条,工作动态61条,运输管理5条,建设管理3条,航务管理1条,…': no bracket, 70 > 69
HEZHANG = TEXT + "780_hezhang_jiaotongju_2021.txt"
# '共311条(其中:政府网站6条,微信公众号305条),其中工作动态86条,…,其他信息141条': the bracket is a list, then a marked one
XINGANMENG = TEXT + "1603_xinganmeng_yibaoju_2023.txt"


def test_a_remark_between_the_total_and_its_unmarked_parts_does_not_hide_them():
    [f] = of(run(MINZHI), RULE)
    assert (f.expected, f.actual) == (8775, 8778) and "8775条" in f.message
    # a part of that run (累计5434条 and its own bracket) is no total of the parts after it
    assert not of(run_variant(MINZHI, ("累计公开信息8775条", "累计公开信息8778条")), RULE)


def test_the_same_list_with_or_without_a_remark():
    for findings in (run(HEZHANG), run_variant(HEZHANG, ("累计公布信息69条,", "累计公布信息69条(含转载5条),"))):
        [f] = of(findings, RULE)
        assert (f.expected, f.actual) == (69, 70)
    assert not of(run_variant(HEZHANG, ("累计公布信息69条,工作动态61条", "累计公布信息69条(含转载5条),工作动态60条")), RULE)


def test_a_bracketed_list_then_a_marked_one_reads_as_before():
    assert not of(run(XINGANMENG), RULE)
