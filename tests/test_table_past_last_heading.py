"""structure.sections on a copy that shows a table of a section whose heading is not printed: table 二 read
straight after 一(五) (西宁城中区财政局 2025) — the copy reached section 二, so its missing heading is judged, not
left 'not in the copy' (real pages, and real pages with the heading line taken out)."""
from __future__ import annotations

import re

import pytest

import audits

from test_audit_support import TEXT, document, extract_text, of, run

CAIZHENGJU = TEXT + "1502_xining_chengzhong_caizhengju_2025.txt"  # 一、总体情况, then table 二 and a cut
MISSING_TWO = "缺少「二、主动公开政府信息情况」部分"


def _sections(res):
    return [f.message for f in of(res, "structure.sections")]


def _cut_in_table_two(path: str, heading: str | None):
    """The page up to section 三 (a copy that stops in table 二), its heading 二 replaced by `heading` (None: taken out)."""
    text = document(path).text
    text = text[: re.search(r"^\s*三、", text, re.M).start()]
    text, n = re.subn(r"^\s*二、主动公开政府信息情况\s*\n", "" if heading is None else heading + "\n", text, count=1,
                      flags=re.M)
    assert n == 1
    return audits.audit(extract_text(path, text), text)


def test_a_table_read_with_no_heading_above_it_shows_the_missing_heading():
    assert _sections(run(CAIZHENGJU)) == [MISSING_TWO]


@pytest.mark.parametrize("stem", ["1503_xining_chengzhong_fagaigongxinju_2025", "004_xncz_chengxiangjianshe_2025",
                                  "027_guangzhou_haizhu_guanzhoujie_2023"])
def test_real_pages_with_the_heading_taken_out_show_it_missing(stem):
    assert MISSING_TWO in _sections(_cut_in_table_two(TEXT + stem + ".txt", None))
    # as printed (cut the same way) the heading is there: nothing said about section 二
    assert not [m for m in _sections(_cut_in_table_two(TEXT + stem + ".txt", "二、主动公开政府信息情况")) if "二、" in m]


def test_a_line_naming_the_section_in_other_words_keeps_it_not_judged():
    # '主动公开政府信息情况' without numeral or in a wording the template lacks: the section is printed
    res = _cut_in_table_two(TEXT + "1503_xining_chengzhong_fagaigongxinju_2025.txt", "第二部分 主动公开政府信息情况")
    assert MISSING_TWO not in _sections(res)
