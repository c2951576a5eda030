"""The report's own title opening a sentence as its subject, given the short name it goes by ('黄石港区人民政府2025年
政府信息公开年度报告(以下简称年报)根据《条例》…编制'), names the organ as an announced title does: a fuller form of the
name the page's title prints (2902: '2025年黄石港区政府信息公开工作年度报告', '来源:黄石港区政府') — the prose's
X人民政府 is the name, the field's X政府 its short word (extractor/organ_announced.SELF_NAMED)."""
from __future__ import annotations

import pytest

from nianbao.commands.common import extract_one

from conftest import ROOT

TEXT = ROOT / "eval" / "docs" / "text"


@pytest.mark.parametrize("stem, name", [
    ("2902_huangshi_huangshigangqu_2025", "黄石港区人民政府"),
    ("021_huichang_zhongcunxiang_2020", "中村乡"),  # '中村乡2020年…年度报告(以下简称年报)': the same form as the title's
    ("2492_suining_renshe_2019", "遂宁市人力资源和社会保障局"),
])
def test_a_title_named_as_the_opening_subject_names_the_organ(stem, name):
    _, report = extract_one(TEXT / f"{stem}.txt", None)
    assert report.meta.organ == name
