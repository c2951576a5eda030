"""A publication date printed with spaces between its numbers and 年/月/日 ('(2021年1 月21 日)') is read as
meta.published, as the same date without them is; spaces never join a period or figures across lines into one."""
from __future__ import annotations

import json

from extractor.dates import DATE_CN
from extractor.meta import published
from nianbao.commands.common import extract_one

from conftest import ROOT, eval_doc

TEXT = ROOT / "eval" / "docs" / "text"

# 衡南县人民政府办公室 2020 (hengnan.gov.cn …/20211214/i2565960, a dev page): its head as printed
HENGNAN = """当前页面: 首页  > 政务公开 > 部门信息公开目录 > 县政府工作部门 > 县政府办 > 信息公开年报

衡南县人民政府办公室2020年政府信息公开年度报告

县人民政府办公室2020年政府信息

公开年度报告

(2021年1 月27日)

编制说明:本年度报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)、《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》(国办公开办函〔2019〕60号)的有关规定编制。报告中所列数据的时间期限为2020年1月1日至2020年12月31日。本年度报告通过衡南县人民政府门户网站全文公开。

一、总体情况
"""


def test_a_spaced_date_under_the_title_is_the_publication_date():
    stem = "1841_hengshan_xuanzhou_shidigongyuan_2020"  # '(2021年1 月21 日)'
    gold = json.loads((ROOT / "eval" / "gold" / f"{stem}.json").read_text(encoding="utf-8"))["meta"]["published"]
    _, report = extract_one(TEXT / f"{stem}.txt", None)
    assert gold == "2021-01-21" and report.meta.published == gold


def test_the_same_shape_on_other_pages():
    assert published(HENGNAN, HENGNAN.index("一、总体情况")) == "2021-01-27"
    # 杨林镇 2023 prints '(2024年3 月 26日)' under its title as well as a 发布时间 field: without the field, the
    # spaced line alone still gives the date
    text = eval_doc("155_").read_text(encoding="utf-8").replace("发布时间:2024-03-26", "")
    assert "(2024年3 月 26日)" in text and published(text, None) == "2024-03-26"


def test_spaces_are_tolerated_but_never_a_line_break():
    assert DATE_CN.search("2021\u3000年1\u3000月21\u3000日").groups() == ("2021", "1", "21")
    assert DATE_CN.search("2021 年 1 月 21 日").groups() == ("2021", "1", "21")
    assert not DATE_CN.search("2021年\n1月\n21日")   # figures on separate lines are no date
    # a spaced statistics period is not a publication date
    assert published("2020年度报告\n统计期限为 2020 年 1 月 1 日至 12 月 31 日\n一、总体情况\n", None) is None


def test_a_late_spaced_date_is_judged():
    from test_audit_support import TEXT as AUDIT_TEXT, of, run, run_variant
    page = AUDIT_TEXT + "1841_hengshan_xuanzhou_shidigongyuan_2020.txt"
    assert not of(run(page), "meta.timeliness")  # 2021-01-21: in time
    [f] = of(run_variant(page, ("(2021年1 月21 日)", "(2021年4 月21 日)")), "meta.timeliness")
    assert "2021-04-21" in f.message
