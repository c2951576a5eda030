"""The opening that publishes the report under its own title ('现向社会公布《白银市平川区发展和改革局2025年度…报告》')
names the organ before a page's 来源 / 所属机构 field, which often names the site that posts it (平川区人民政府,
耀州区); and a field's value is never the first half of a title broken over two lines (real pages)."""
from __future__ import annotations

import json

from extractor.meta import read_meta, title
from nianbao.commands.common import extract_one

from conftest import ROOT, eval_doc

TEXT = ROOT / "eval" / "docs" / "text"


def _text(stem: str) -> str:
    return eval_doc(f"{stem}_").read_text(encoding="utf-8")


def test_the_title_the_opening_publishes_wins_over_the_posting_sites_field():
    stem = "1823_baiyin_pingchuanqu_fagaiju_2025"  # 所属机构: 平川区政府办, 信息来源:平川区人民政府
    gold = json.loads((ROOT / "eval" / "gold" / f"{stem}.json").read_text(encoding="utf-8"))["meta"]["organ"]
    _, report = extract_one(TEXT / f"{stem}.txt", None)
    assert gold == "白银市平川区发展和改革局" and report.meta.organ == gold


def test_the_same_shape_on_other_pages_without_their_title_lines():
    # 324: '来源:耀州区' (the host) and '现公布《铜川市耀州区审计局2020年政府信息公开工作报告》'
    text = _text("324").replace("铜川市耀州区审计局\n2020年政府信息公开工作年度报告\n", "", 1)
    assert "来源:耀州区" in text and read_meta(text, None)["organ"] == "铜川市耀州区审计局"
    # 912: '来源:大武口区' and '现发布《大武口区教育体育局2022年政府信息公开工作年度报告》'
    text = _text("912").replace("大武口区教育体育局2022年政府信息公开工作年度报告\n", "")
    assert "来源:大武口区" in text and read_meta(text, None)["organ"] == "大武口区教育体育局"


def test_a_fields_value_is_no_half_of_a_broken_title():
    # '所属机构: 平川区政府办 发布机构:' over '2025年政府信息公开工作年度报告'
    assert title(_text("1823"), None)[0] == "2025年政府信息公开工作年度报告"
    # '…发布机构:保亭黎族苗族自治县人民政府办公室' over '2021年政府信息公开工作年度报告' (the organ is the field's)
    text = _text("1753")
    assert title(text, None)[0] == "2021年政府信息公开工作年度报告"
    assert read_meta(text, None)["organ"] == "保亭黎族苗族自治县人民政府办公室"
