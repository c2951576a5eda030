"""The publication date a page prints under its title as a date stamp — a line opening with the date and its
clock time, then the page's fields, with no 发布时间 label — is read as meta.published (real pages)."""
from __future__ import annotations

import json

import pytest

from extractor.dates import DATE_STAMP
from nianbao.commands.common import extract_one

from conftest import ROOT

TEXT = ROOT / "eval" / "docs" / "text"


@pytest.mark.parametrize("stem", [
    "511_lufeng_hedongzhen_2021",           # '2022-01-29 10:27:52 陆丰市人民政府办公室 字体:'
    "553_chaozhou_xiangqiao_jiaoyuju_2023",  # '2024-01-23 16:45  稿件作者:   浏览量:-'
    "787_zitong_jinlongzhen_2021",
    "861_houqi_weijianwei_onecell_2022",
    "865_lufeng_hudongzhen_pipe_2025",
    "900_fangchenggang_dashuju_shenpiju_2024",  # '2025-02-14 08:50     来源:防城港市大数据和行政审批局' (late: S13)
])
def test_a_date_stamp_line_under_the_title_is_the_publication_date(stem):
    gold = json.loads((ROOT / "eval" / "gold" / f"{stem}.json").read_text(encoding="utf-8"))["meta"]["published"]
    _, report = extract_one(TEXT / f"{stem}.txt", None)
    assert gold and report.meta.published == gold


def test_a_date_stamp_needs_its_clock_time_at_the_lines_start():
    assert DATE_STAMP.match("2022-01-29 10:27:52 陆丰市人民政府办公室 字体:")
    assert not DATE_STAMP.match("2022-01-29 陆丰市人民政府办公室")           # no clock time: not this shape
    assert not DATE_STAMP.match("更新于 2022-01-29 10:27")                  # not opening the line
    assert not DATE_STAMP.match("20220129 10:27")                           # a fused run is no date here
