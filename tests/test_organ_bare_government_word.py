"""X政府 is the prose's short word for X人民政府, no fuller name of the X a page's title prints (2934 '2021年,神坝镇政府
坚持…' under '神坝镇…年度报告'; 2869's '信息来源:高椅乡政府' beside the publishing sentence's '会同县高椅乡人民政府') —
but where the page's own source field prints it and nothing fuller stands anywhere, it is the name the site gives its
organ ('来源: 荔浦市政府' under '荔浦市2022年…报告', 2713)."""
from __future__ import annotations

import pytest

from nianbao.commands.common import extract_one

from conftest import ROOT

TEXT = ROOT / "eval" / "docs" / "text"


@pytest.mark.parametrize("stem, name", [
    ("2934_nanbu_shenbazhen_2021", "神坝镇"),
    ("2869_huitong_gaoyixiang_2025", "会同县高椅乡人民政府"),
    ("2119_jianping_jianpingzhen_mirror_2021", "建平镇"),
    ("2713_lipu_shi_2022", "荔浦市政府"),
])
def test_the_bare_government_word_widens_no_title(stem, name):
    _, report = extract_one(TEXT / f"{stem}.txt", None)
    assert report.meta.organ == name
