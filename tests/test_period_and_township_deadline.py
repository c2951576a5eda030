"""meta.dates on a period that stops short of 31 December and on the year a report speaks of as its own;
meta.timeliness for townships published after every deadline that could apply (real held-out pages)."""
from __future__ import annotations

import audits
from audits.years import own_year, period_short
from nianbao.commands.common import extract_one

from conftest import eval_doc


def _rule(stem: str, rule: str):
    doc, report = extract_one(eval_doc(stem), None)
    return [f for f in audits.audit(report, doc.text).findings if f.rule == rule]


def test_a_period_that_stops_on_20_december_is_raised():
    # 淮北市人民医院: '统计期限自2022年1月1日起至2022年12月20日止'
    found = _rule("550_", "meta.dates")
    assert len(found) == 1 and "止于12月20日" in found[0].message


def test_a_period_whose_年_and_月_were_lost_is_read():
    # 安岳县大平镇 2021: '统计期限自202111日至20221231日' — 2021-01-01 to 2022-12-31, across two years
    found = _rule("1103_", "meta.dates")
    assert len(found) == 1 and "从 2021 年跨到 2022 年" in found[0].message
    assert period_short("本报告中所列数据的统计期限自202111日至20211231日。") is None  # the same year: whole
    from audits.years import period_year
    assert period_year("本报告中所列数据的统计期限自202111日至20211231日。").year == 2021


def test_a_period_to_31_december_is_not_short():
    assert period_short("本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。") is None
    assert period_short("本报告所列数据的统计期限自2022年1月1日起至2022年12月20日止。")[1] == "12月20日"


def test_the_year_the_body_speaks_of_is_compared_with_the_period_when_the_title_has_none():
    # 巴彦扎拉嘎乡 (title without a year): period 2021, '2022年度我乡共计主动公开信息77条'
    found = _rule("545_", "meta.dates")
    assert len(found) == 1 and "正文所述年度 2022 与统计期限年份 2021" in found[0].message


def test_a_body_year_that_agrees_with_the_period_raises_nothing():
    # 545 with its body's year made the period's (2022年度 → 2021年度, both sentences): no meta.dates finding
    from test_audit_support import of, run_variant
    res = run_variant(str(eval_doc("545_")), ("2022年度我乡共计", "2021年度我乡共计"), ("2022年度我乡未发生", "2021年度我乡未发生"))
    assert not of(res, "meta.dates")
    text = "统计期限为2022年1月1日至2022年12月31日。\n2022年度我乡共计主动公开信息77条。"
    assert own_year(text).year == 2022
    # a year without 年度 is the report's own only where it opens a line or clause; mid-clause it may be any
    # year the report compares with
    assert own_year("2022年我乡共计主动公开信息77条。").year == 2022
    assert own_year("主动公开信息77条，较2022年我乡多3条。") is None


def test_a_body_year_without_nian_du_that_opens_the_overview_is_compared_with_the_period():
    # 衡阳县 行政审批服务局 2023 (no title, period 2023): '一、概述\n2022年我单位共制作、获取政府信息…'
    found = _rule("640_", "meta.dates")
    assert len(found) == 1 and "正文所述年度 2022 与统计期限年份 2023" in found[0].message
    # 遂宁经开区 2024's '2023年,经开区…' names the place, not the report's own voice: still not read
    assert own_year("2023年,经开区通过政府网站主动公开各类政府信息915条") is None


def test_the_work_summary_the_opening_says_it_compiled_from_is_compared_with_the_period():
    # 涵江 新县镇 2023: '对新县镇2022年政府信息公开工作总结编制而成', period 2023: raised, while the report's own
    # year stays the period's (a 总结 is not the report)
    found = _rule("684_", "meta.dates")
    assert len(found) == 1 and "工作总结年度 2022 与统计期限年份 2023" in found[0].message
    doc, report = extract_one(eval_doc("684_"), None)
    assert report.meta.year == 2023
    # 平利 正阳镇 2021's '2021年政府信息公开工作总结如下' agrees with its year: nothing
    assert not _rule("636_", "meta.dates")


def test_a_township_published_after_every_statutory_deadline_is_late():
    # 金紫乡 2021, 发布时间 2022-06-17: later than 31 March 2022, the latest deadline 条例 第四十九条 sets
    found = _rule("503_", "meta.timeliness")
    assert len(found) == 1 and "2022-06-17" in found[0].message and "无论当地规定如何" in found[0].message


def test_a_township_published_by_31_march_is_left_to_its_local_rule():
    # 北街街道 2025: no finding (a township before 31 March may meet its local deadline)
    assert not _rule("540_", "meta.timeliness")


def test_a_body_that_is_no_government_department_is_not_held_to_the_departments_deadline():
    # 中国科学院兰州分院 (a 事业单位), published 2022-02-23: not a 县级以上人民政府部门, so no 1月31日 deadline
    assert not _rule("746_", "meta.timeliness")
    from audits.organ import classify
    assert classify("中国科学院兰州分院").kind is None and classify("淮北市人民医院").kind is None
    assert classify("兰州市统计局").kind == "department"  # a 局 still is one


def test_a_report_published_by_31_january_is_on_time_whatever_its_organs_kind():
    doc, report = extract_one(eval_doc("746_"), None)
    report.meta.published = "2022-01-20"  # before the earliest statutory deadline
    report.meta.organ = None  # and no name to tell the kind
    res = audits.audit(report, doc.text)
    assert not [f for f in res.findings if f.rule == "meta.timeliness"]
    assert "meta.timeliness" not in {n.rule for n in res.not_assessable}


def test_what_a_report_says_it_covers_is_its_period_year():
    # 咸宁市政务服务局 2025 / 梅县区 2025: '本报告内容涵盖2025年1月1日至12月31日期间…' under a 2025 title
    from test_audit_support import TEXT, of, run, run_variant
    for stem, old in (("1918_xianning_zhengwufuwuju_2025", "本报告内容涵盖2025年1月1日至12月31日期间"),
                      ("1902_meizhou_meixianqu_2025", "内容涵盖梅州市梅县区人民政府2025年1月1日起至12月31日期间")):
        path = TEXT + stem + ".txt"
        assert not of(run(path), "meta.dates"), stem
        [f] = of(run_variant(path, (old, old.replace("2025年", "2024年"))), "meta.dates")  # w1918/w1902_period
        assert "标题年份 2025 与统计期限年份 2024" in f.message
    # its last day is not a statistics period's (山阳县 529, '涵盖2020年1月1日至12月21日': a misprint, no finding)
    assert period_short("内容涵盖2020年1月1日至12月21日山阳县人民政府信息公开工作情况。") is None


def test_a_period_that_stops_before_october_or_is_said_in_months_is_read():
    from test_audit_support import TEXT, of, run, run_variant
    # 乃东区 2024: '报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止' (w1977_period: 6月30日)
    naidong = TEXT + "1977_shannan_naidongqu_2024.txt"
    assert not [f for f in of(run(naidong), "meta.dates") if "未覆盖全年" in f.message]
    found = of(run_variant(naidong, ("至2024年12月31日止", "至2024年6月30日止")), "meta.dates")
    assert [f.actual for f in found if "未覆盖全年" in f.message] == ["6月30日"]
    # 广福镇 2022: '公开内容的统计时限为2022年1月至2022年12月' (w1432_period: 11月)
    guangfu = TEXT + "1432_nanchang_guangfuzhen_mirror_2022.txt"
    assert not [f for f in of(run(guangfu), "meta.dates") if "未覆盖全年" in f.message]
    found = of(run_variant(guangfu, ("2022年1月至2022年12月", "2022年1月至2022年11月")), "meta.dates")
    assert [f.actual for f in found if "未覆盖全年" in f.message] == ["11月"]
    assert period_short("公开内容的统计时限为2022年1月至2022年12月,报告") is None
