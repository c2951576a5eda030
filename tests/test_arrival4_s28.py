"""Held-out set 2701–2714 at arrival (stop 28), on the real text: an extension (延期答复) is no answered count
(2705), applications split between a government and its departments are two levels, not one quantity said twice
(2713), a list item naming an earlier report is not the report's year (2703), and the whole its outcomes split
said again with another figure in the same sentence is a contradiction (2701)."""
from __future__ import annotations

from audits.organ import LEVEL_SUBJECT

from test_audit_support import TEXT, eval_text, meta_of, of, run, run_variant

KUNSHAN = TEXT + "2701_kunshan_shizhengfuban_2025.txt"  # 当年度办结76件,…,办结的82件中予以公开的11件…
CHENGXIANG = TEXT + "2703_fuzhou_chengxiang_jiansheju_2022.txt"  # …、福州市城乡建设局2021年度…年度报告1条。
JIANGYAN = TEXT + "2705_taizhou_jiangyan_bumenju_2025.txt"  # 按时办结95条 … 1条为延期答复,4条为补正申请
LIPU = TEXT + "2713_lipu_shi_2022.txt"  # 政府新收…2件,…予以公开2件;部门新收…4件,…予以公开1件


def _said_twice(res) -> list:
    return [f for f in of(res, "prose.inconsistent") if "同一数量前后不一" in f.message]


def test_an_extension_is_no_answered_count():
    # '剩余1条为重复申请,1条为延期答复,4条为补正申请': one of ten outcome parts, given more time — not 办结95条 again
    assert not _said_twice(run(JIANGYAN))
    # the same figure as a plain answer is still set against the 95
    [f] = _said_twice(run_variant(JIANGYAN, ("1条为延期答复", "1条为答复")))
    assert (f.expected, f.actual) == (95, 1)


def test_a_governments_and_its_departments_applications_are_two_levels():
    # '2022年政府新收…2件,办理结果为予以公开2件;部门新收…4件,…予以公开1件…': 2 + 4, never 2 vs 4
    assert not _said_twice(run(LIPU))
    # the area's own word on both halves is one quantity said twice, as before
    [f, g] = _said_twice(run_variant(LIPU, ("2022年政府新收", "2022年我市新收"), ("部门新收", "我市新收")))
    assert {(f.expected, f.actual), (g.expected, g.actual)} == {(2, 4), (2, 1)}
    # a level is the clause's subject, never 政府 of 政府信息
    assert LEVEL_SUBJECT.match("2022年政府新收依申请公开数量为2件").group("level") == "政府"
    assert LEVEL_SUBJECT.match("2022年政府信息公开申请共收到2件") is None


def test_an_earlier_report_listed_with_its_count_is_not_the_reports_year():
    # the 主动公开 list's last item '…、福州市城乡建设局2021年度政府信息公开工作年度报告1条。' (page opens with 一、)
    assert meta_of(CHENGXIANG)["year"] == 2022
    assert not of(run(CHENGXIANG), "meta.dates")
    # with no count after it the naming is read as before (the list word 、 alone does not drop a last item)
    assert meta_of(CHENGXIANG, ("年度报告1条。", "年度报告。"))["year"] == 2021


def test_the_whole_its_outcomes_split_said_again_in_the_sentence_is_compared():
    # '当年度办结76件,结转下年度办理2件,办结的82件中予以公开的11件…': 办结 76 and 82 in one sentence
    [f] = _said_twice(run(KUNSHAN))
    assert (f.expected, f.actual) == (76, 82) and "办结的82件" in f.message
    # the same figure said again agrees: nothing
    assert not _said_twice(run_variant(KUNSHAN, ("办结的82件中", "办结的76件中")))
    # a second figure not named as the whole the outcomes split stays set aside as ambiguous
    assert not _said_twice(run_variant(KUNSHAN, ("办结的82件中", "办结的82件,")))


def test_the_day_the_data_stop_on_said_alone_before_the_years_end_is_a_short_period():
    # 2687 (白城市教育局 2020, held out): no 统计期限, only '所列数据截止日期为2020年12月25日' — six days short of the year
    from audits.years import cut_off_short
    doc = eval_text(2687)
    [f] = of(run_variant(doc), "meta.dates")
    assert "12月25日" in f.message and "未覆盖全年" in f.message
    assert not of(run_variant(doc, ("2020年12月25日", "2020年12月31日")), "meta.dates")
    # a January day with the year unknown may be the next year's (written then): nothing said
    assert cut_off_short("本报告所列数据截止日期为2021年1月10日。", None) is None
    assert cut_off_short("本报告所列数据截止日期为2021年1月10日。", 2021) is not None
    # a range is a 统计期限, read as such
    assert cut_off_short("所列数据截止期限为2021年1月1日至2021年12月31日。", None) is None
