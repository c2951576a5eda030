"""What a published count counts, read from the words around it (audits/prose/disclosed.py): a bare 公开N条 whose
channel an earlier clause of its sentence names, and a count said of this year so far (今年以来, 本年度以来), which is
the year's. Real sentences, as printed and edited."""
from __future__ import annotations

from audits.context import Context
from test_audit_support import TEXT, extract_text, of, pair, run, run_variant

RULE = "prose.inconsistent"
FUTIAN = TEXT + "1530_futian_huafujiedao_2020.txt"  # 394条 … 通过信息公告栏,公开43条; …2020年公开65条
NANFENG = TEXT + "1527_guanghan_nanfengzhen_2020.txt"  # 完成本年度以来的…发布工作,公开信息总量达304条
ZHOUZHI = TEXT + "704_zhouzhi_xianzfb_2021.txt"  # 今年以来,共发布三大领域信息757条


def restated(res) -> list:
    return [(f.expected, f.actual) for f in of(res, RULE) if "同一数量" in f.message]


def test_a_bare_count_takes_the_channel_an_earlier_clause_names():
    # 216, 65, 18, 43, 52: each a channel's count (a column, the press, the library, a notice board, leaflets)
    assert not restated(run(FUTIAN))
    # said with 共 in its own clause, or through every way (等多种途径), a bare count is the year's again
    assert restated(run_variant(FUTIAN, ("通过信息公告栏,公开43条", "全年共公开43条"))) == [(394, 43)]
    assert restated(run_variant(FUTIAN, ("通过信息公告栏,公开43条", "通过网络、纸媒等多种途径,公开43条"))) == [(394, 43)]


def _disclosed(path: str, value: int):
    report, text = pair(path)
    return next(c for c in Context(report, text).claims if c.kind == "disclosed" and c.value == value)


def test_this_year_so_far_is_the_year():
    assert _disclosed(NANFENG, 304).why_not is None
    assert _disclosed(ZHOUZHI, 757).why_not is None
    # a span reaching back before the year is still set aside
    _, text = pair(ZHOUZHI)
    edited = text.replace("今年以来,共发布三大领域信息757条", "2019年以来,共发布三大领域信息757条", 1)
    claims = Context(extract_text(ZHOUZHI, edited), edited).claims
    assert next(c for c in claims if c.kind == "disclosed" and c.value == 757).why_not is not None


QINGSHUI = TEXT + "1446_tianshui_qingshui_shengtaihuanjingfenju_2022.txt"  # 3466条 … 通过清水县政府网站,共公开信息46条,其中:…


def test_an_object_and_a_total_word_keep_the_earlier_clauses_channel():
    # '通过清水县政府网站,共公开信息46条' is that site's total (as the carriers' sentence says), not the year's 3466
    assert not restated(run(QINGSHUI))
    assert _disclosed(QINGSHUI, 46).extra["quantity"][2] == "清水县政府网站"
    # its own list is still checked (通知公告 25 → 27: 48 > 46)
    assert [f.actual for f in of(run_variant(QINGSHUI, ("通知公告信息25条", "通知公告信息27条")), RULE)] == [48]
    # after channels named together (网站、微信公众号) 共 may sum them all: no channel, the year's count again
    assert restated(run_variant(QINGSHUI, ("通过清水县政府网站,共", "通过清水县政府网站、微信公众号,共"))) == [(3466, 46)]


def test_an_object_of_every_kind_keeps_the_earlier_clauses_channel():
    # 1033: '一是旗政府网站方面,年内共发布各类信息2968条…二是旗蒙文网站方面,年内发布各类信息854条': two sites' counts
    assert not restated(run(TEXT + "1033_zhenglanqi_qizhengfu_2021.txt"))
