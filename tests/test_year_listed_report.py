"""The report's year: an earlier report named as an item of what was published ('…信息3条、吐鲁番市高昌区住建局2024年
政府信息公开工作年度报告、…') is not the report naming itself; a line opening with a year whose 年 the copy lost
('2025,吐鲁番市高昌区住建局以…') states it (real pages)."""
from __future__ import annotations

import json

from extractor.meta import stated_year, year_named
from nianbao.commands.common import extract_one

from conftest import ROOT, line_with

TEXT = ROOT / "eval" / "docs" / "text"


def test_a_listed_earlier_report_does_not_give_the_year():
    stem = "1827_tulufan_gaochangqu_zhujianju_2025"
    gold = json.loads((ROOT / "eval" / "gold" / f"{stem}.json").read_text(encoding="utf-8"))["meta"]["year"]
    _, report = extract_one(TEXT / f"{stem}.txt", None)
    assert gold == 2025 and report.meta.year == gold


def test_listed_reports_on_other_pages_name_no_year():
    # 1822 (a 2021 report): '…公开了包头市文化旅游广电局2020年政府信息公开工作年度报告、2020年…网站工作年度报表…'
    assert year_named(line_with("1822", "2020年政府信息公开工作年度报告、"), None) is None
    # 406 (a 2023 report): '…)、2022年政府信息公开工作年度报告、政务公开标准目录(2023年版)、…'
    assert year_named(line_with("406", "、2022年政府信息公开工作年度报告、"), None) is None
    # the report naming itself still counts
    assert year_named("我局编制了2022年政府信息公开工作年度报告。", None).group(1) == "2022"


def test_a_year_that_lost_its_nian_opens_the_overview():
    for stem, needle, year in (("1231", "2021,四马路街道办事处", 2021), ("1813", "2024,我厅政府信息公开工作", 2024),
                               ("642", "2023,海事处高度重视", 2023)):
        assert stated_year(line_with(stem, needle), None) == year
    assert stated_year("统计表\n2024,\n2023,", None) is None  # figures, no sentence after the comma
