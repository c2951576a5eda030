"""A 《…》 that names a 年度报告 and goes on past it ('…年度报告编制指南》', '…年度报告有关事项的通知》') cites a
document about reports: the organ or city in it is not the report's publisher (a real page; its own title,
quoted and closed after the report word, still names it)."""
from __future__ import annotations

import json

from extractor.organ_name import organ
from nianbao.commands.common import extract_one

from conftest import ROOT, line_with

TEXT = ROOT / "eval" / "docs" / "text"


def test_a_cited_guide_does_not_name_the_organ():
    # 1829: no title; '《乌鲁木齐市政府信息公开工作年度报告编制指南》' is cited, the overview opens '2021年,乌鲁木齐市招商服务局以…'
    stem = "1829_wulumuqi_zhaoshangfuwuju_2021"
    gold = json.loads((ROOT / "eval" / "gold" / f"{stem}.json").read_text(encoding="utf-8"))["meta"]["organ"]
    _, report = extract_one(TEXT / f"{stem}.txt", None)
    assert gold == "乌鲁木齐市招商服务局" and report.meta.organ == gold


def test_the_reports_own_quoted_title_still_names_it():
    # 1823's opening quotes its own title, closed right after the report word
    line = line_with("1823", "现向社会公布《白银市平川区发展和改革局")
    assert organ(line, None) == "白银市平川区发展和改革局"
    assert organ("现将《乌鲁木齐市招商服务局2021年政府信息公开工作年度报告(全文)》公布如下。", None) == "乌鲁木齐市招商服务局"
