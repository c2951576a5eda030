"""Held-out pages of stop 35 measured at arrival (eval/heldout/3896-…) and the review's unseen trial pages: the
mechanisms behind their misses and false alarms, each on the real page and an edit of it that the old code read otherwise."""
from __future__ import annotations

from pathlib import Path

from test_audit_support import eval_text, of, run

from extractor import read

_UNSEEN = Path(__file__).parent / "unseen"


def test_a_contact_blocks_organ_name_field_names_the_organ(tmp_path):
    # 东阳市市场监督管理局 2020 (unlabelled, stop 34's trial): no title, the report opening with its contact block
    # '工作机构名称:东阳市市场监督管理局' / '办公地址:…' (as many 浙江 reports do) and speaking as 我局 after — no organ read before
    page = (_UNSEEN / "dongyang_shichangjianguanju_2020.txt").read_text(encoding="utf-8")
    assert read(_UNSEEN / "dongyang_shichangjianguanju_2020.txt")[1].meta.organ == "东阳市市场监督管理局"
    # the short label names it too
    (tmp_path / "p.txt").write_text(page.replace("工作机构名称", "机构名称"), encoding="utf-8")
    assert read(tmp_path / "p.txt")[1].meta.organ == "东阳市市场监督管理局"


def test_a_bureau_presenting_its_zhengwu_xinxi_gongkai_report_is_a_report():
    # 3911 (弋阳县统计局 2022, traditional-script mirror): no title, no heading, the opening '现将我局2022年政务信息公开有关情况
    # 报告如下' then (一)主动公开 — refused as "no annual report inside" (the presenting sentence knew only 政府信息公开)
    res = run(eval_text(3911))
    [w] = of(res, "structure.sections")
    assert w.severity == "warning" and "(一)主动公开" in w.message
