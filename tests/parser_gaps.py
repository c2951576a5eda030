"""Held-out eval documents the parser (or, for audit_recall, the audit) does not read fully yet.

The eval set grows with real reports labelled by hand before the parser has seen them; their misses are the
parser's work list, measured by `nianbao eval` (whose baseline gates every cell against regression). The
per-document tests still run on them: a known gap is an expected failure, and a gap the parser has closed
fails the test until its entry is dropped here, so the list cannot go stale.

Key: (gold stem, check) with check one of "cells", "blank_zero", "year_published", "audit_precision",
"audit_recall", "organ", "tables".
Value: the printed label or layout the parser does not recognise.
"""
from __future__ import annotations

import pytest

PARSER_GAPS: dict[tuple[str, str], str] = {
    ("101_wuhan_shengtaihuanjingju_tradmirror_2020", "year_published"):
        "no title in the page head; the year is only in the intro sentence '我局2020年度政府信息公開情況'",
    ("106_weishan_liangchengzhen_2020", "organ"):
        "no title: the organ is taken from '由两城镇人民政府党政办公室编制', i.e. the compiling office "
        "(两城镇人民政府党政办公室) instead of the township whose report it is (两城镇人民政府)",
    ("112_wenzhou_dongtou_nongyenongcunju_2021", "audit_recall"):
        "audit, not parser: prose '累计发布规范性文件0件' against 行政规范性文件 1/0/18 — the prose rule maps 发布 to the 2019 "
        "column 本年新公开数量, finds no definite 2021 column and says not assessable, though 0 matches neither 制发 1 "
        "nor 现行有效 18",
    ("129_qianan_dawulizhen_2020", "year_published"):
        "publication line '发布日期: 2021-01-29  来源:…' (a space after the colon, ISO date) not read",
    ("102_lezhi_huilanzhen_2019", "year_published"):
        "publication line '发布时间:2020-01-31   录入:…' (ISO date after 发布时间) not read",
    ("170_faku_ziranziyuanju_2022", "year_published"):
        "no title line and no 统计期限 sentence: the year is only in the lead sentence "
        "'现公布法库县自然资源局2022年政府信息公开工作年度报告'",
    ("300_yueyang_nanhu_ju_blanks_2019", "audit_recall"):
        "table 三 rows printed with fewer values than columns ('3 |', '3 |', then a run of '|||||||' for the empty "
        "cells, whose positions the copy does not show) are rightly left null as rows that lost cells, but S11 then "
        "has no blank cell to report, though the row plainly prints empty cells",
    ("304_zhongjiang_xianzf_mirror_2022", "organ"):
        "no title: the organ is taken from '由中江县人民政府办公室组织编制', the compiling office (中江县人民政府办公室), "
        "not the county government whose report it is (as 106)",
    ("315_shenyang_yuhong_yingbinlujiedao_2021", "organ"):
        "the title's form '迎宾路街道' is taken; the byline under the title prints the fuller '迎宾路街道办事处' "
        "(labelled as the fullest printed form; a judgement call)",
    ("182_xinjiang_nlk_zhen_barelines_2023", "year_published"):
        "no title, period sentence or date: the year is only inside the intro ('…汇报我镇2023年政府信息公开工作')",
}


def check(stem: str, kind: str, ok: bool, detail: object = None) -> None:
    """Assert `ok`, unless (stem, kind) is a known gap: then expect it to fail, and fail when it no longer does."""
    gap = PARSER_GAPS.get((stem, kind))
    if gap is None:
        assert ok, detail
    elif ok:
        pytest.fail(f"parser gap closed for {stem} ({kind}): drop it from tests/parser_gaps.py — {gap}")
    else:
        pytest.xfail(f"known parser gap: {gap}")
