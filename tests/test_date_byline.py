"""A page's byline — one date beside nothing but the site's name or address and the page's own fields, no key
naming the date ('银川市人民政府门户网站 www.yinchuan.gov.cn 2023-01-28', '2021-02-09 发布:卓尼县人民政府办公室 点击数:')
— gives the publication date; the site's clock ('今天:2024年2月22日 星期四…') never does (real pages)."""
from __future__ import annotations

import json

import pytest

from extractor.meta import published
from nianbao.commands.common import extract_one

from conftest import ROOT, eval_doc

TEXT = ROOT / "eval" / "docs" / "text"


@pytest.mark.parametrize("stem", [
    "1820_yinchuan_shizhengfuban_2022",  # '银川市人民政府门户网站 www.yinchuan.gov.cn 2023-01-28' (42 characters)
    "1781_zhuoni_xianzhengfu_2020",      # '2021-02-09 发布:卓尼县人民政府办公室 点击数: | ||||…'
    "1412_shanghai_yangpu_xinfangban_2024",  # the title with its date run onto its line: '…年度报告 2025-01-23'
    "2209_shanghai_putuo_changzhengzhen_2025",  # '2026年01月21日 来源: 上海普陀上海市普陀区长征镇人民政府' (a space after 来源:)
])
def test_a_byline_date_is_the_publication_date(stem):
    gold = json.loads((ROOT / "eval" / "gold" / f"{stem}.json").read_text(encoding="utf-8"))["meta"]["published"]
    _, report = extract_one(TEXT / f"{stem}.txt", None)
    assert gold and report.meta.published == gold


def test_the_sites_clock_and_a_sentence_are_no_byline():
    # 900: the page's clock stands above its date stamp '2025-02-14 08:50 来源:…'
    _, report = extract_one(eval_doc("900_"), None)
    assert report.meta.published == "2025-02-14"
    head = "某某局2022年政府信息公开工作年度报告\n今天:2024年2月22日 星期四自治区人民政府网中国政府网 |\n一、总体情况\n"
    assert published(head, head.index("一、")) is None
    head = "某某局2022年政府信息公开工作年度报告\n本报告于2023-01-28在本局门户网站公开发布,欢迎监督\n一、总体情况\n"
    assert published(head, head.index("一、")) is None  # a sentence (its comma), not a byline


def test_a_clock_alone_under_the_sites_name_is_no_date():
    # 2207: the banner clock '2019年12月3日星期二' on a line of its own (≤ 24 characters, no key) above a 2025 report
    _, report = extract_one(eval_doc("2207_"), None)
    assert report.meta.published is None
    head = "天津市河东区人民政府\n2019年12月3日星期二\n根据《条例》编制本报告。\n一、总体情况\n"
    assert published(head, head.index("一、")) is None
    # the same line without the weekday is still read as a date (the refusal is the clock's, not the line's)
    head = head.replace("星期二", "")
    assert published(head, head.index("一、")) == "2019-12-03"


def test_a_fields_value_may_stand_a_space_after_its_colon():
    head = "上海市普陀区长征镇人民政府2025年政府信息公开工作年度报告\n2026年01月21日 来源: 上海普陀上海市普陀区长征镇人民政府\n一、总体情况\n"
    assert published(head, head.index("一、")) == "2026-01-21"
