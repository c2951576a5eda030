"""The year a copy without title or 统计期限 still states: its opening presents its own year's work in the
organ's voice, the year after the speaker ('现将我局2020年度政府信息公开情况报告如下', '…汇报我镇2023年政府信息
公开工作') — real pages, and the presenting sentences of other real pages with nothing else around them."""
from __future__ import annotations

import json

import pytest

from extractor.meta import stated_year
from nianbao.commands.common import extract_one

from conftest import ROOT

TEXT = ROOT / "eval" / "docs" / "text"


@pytest.mark.parametrize("stem", ["101_wuhan_shengtaihuanjingju_tradmirror_2020", "182_xinjiang_nlk_zhen_barelines_2023"])
def test_a_copy_whose_only_year_is_in_its_presenting_sentence_has_that_year(stem):
    gold = json.loads((ROOT / "eval" / "gold" / f"{stem}.json").read_text(encoding="utf-8"))["meta"]["year"]
    _, report = extract_one(TEXT / f"{stem}.txt", None)
    assert report.meta.year == gold


@pytest.mark.parametrize("sentence, year", [
    ("根据《中华人民共和国政府信息公开条例》和政府信息公开工作的有关要求,现将我办2022年度政府信息公开情况报告如下:", 2022),  # 002
    ("现将我局2022年度政府信息公开工作报告如下:", 2022),              # 303
    ("现将我乡2024年度政府信息公开工作情况汇报如下:", 2024),          # 465
    ("现将我镇2021年政府信息公开工作总结如下:", 2021),                # 636
    ("现将我乡2022年度政府信息公开工作总体情况进行报告。", 2022),     # 709
])
def test_presenting_sentences_of_real_pages_state_their_year(sentence, year):
    assert stated_year(sentence, None) == year


def test_a_year_not_after_the_organs_own_voice_is_not_presented():
    # '对照我局…' compares; a year of another organ's work is not the report's own
    assert stated_year("学习了区政府2022年度政府信息公开情况。", None) is None
