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
