"""structure.tables on a block of table 二 that prints values where its column header belongs: '第二十条第(八)项',
'信息内容', '0 | 0 | 0', '行政事业性收费 | 0' (西宁城中区发改工信局 2025) — the header 本年收费金额(单位:万元), and
with it the unit, is missing (real pages, and real pages with the header replaced by values)."""
from __future__ import annotations

import pytest

from test_audit_support import TEXT, of, run, run_variant

FAGAIGONGXIN = TEXT + "1503_xining_chengzhong_fagaigongxinju_2025.txt"
HEADER_MISSING = "未印出列标题「本年收费金额（单位：万元）」"


def _headers(res):
    return [f for f in of(res, "structure.tables") if "未印出列标题" in f.message]


def test_values_printed_where_the_fee_header_belongs_are_raised():
    found = _headers(run(FAGAIGONGXIN))
    assert len(found) == 1 and HEADER_MISSING in found[0].message and "0、0、0" in found[0].message
    assert found[0].cells == ["active_disclosure.fees.amount"]


@pytest.mark.parametrize("path, header, values", [
    # one cell per line (新宁县城乡建设 2025) and a pipe row (广州海珠 官洲街 2023)
    (TEXT + "004_xncz_chengxiangjianshe_2025.txt", "信息内容 |\n本年收费金额(单位:万元) |", "信息内容 |\n0 |\n0 |"),
    (TEXT + "027_guangzhou_haizhu_guanzhoujie_2023.txt", "信息内容 | 本年收费金额(单位:万元) |", "信息内容 | 0 | 0 |"),
])
def test_the_same_shape_on_other_real_pages_is_raised_and_their_own_header_is_not(path, header, values):
    assert not _headers(run(path))
    found = _headers(run_variant(path, (header, values)))
    assert len(found) == 1 and HEADER_MISSING in found[0].message


def test_a_header_printed_with_a_block_read_whole_is_not_raised():
    # 1502 (same site, header printed) and 1521 (2019 columns, '未增未减' in its cells): nothing about headers
    for page in (TEXT + "1502_xining_chengzhong_caizhengju_2025.txt", TEXT + "1521_shixing_tuiyijunrenju_2020.txt"):
        assert not _headers(run(page))


def test_a_header_the_conversion_moved_below_the_block_is_not_raised():
    # 上海市政府办公厅 2025 (PDF → markdown): '第二十条第(一)项', '22', '(其中修订 16 件)', '55', and the header row
    # '| 信息内容 | 本年制发件数 | …' printed after (八) — the copy's scramble, not a header the report left out
    assert not _headers(run(TEXT + "921_shanghai_shizhengfu_bangongting_2025.md"))
