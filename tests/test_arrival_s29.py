"""False alarms and misses of the held-out sets 2746–2826 at arrival (stop 29), each on the real text."""
from __future__ import annotations

from test_audit_support import TEXT, eval_text, of, run, run_variant


def _balance(res):
    return [f for f in of(res, "prose.inconsistent") if "不平衡" in f.message]


def _over(res):
    return [f for f in of(res, "prose.inconsistent") if "多于总数" in f.message]


TONGLIANG = eval_text(2811)  # '共受理政府信息公开申请15件,其中新收到14件,结转上年度办理1件,办结13件,结转下年度继续办理2件'


def test_a_carry_in_inside_the_split_of_the_received_into_new_and_carried_is_not_added_again():
    # 14 + 1 = 15 = 13 + 2: the carry-in is one of the 15 (16 against 15 was warned)
    assert not _balance(run(TONGLIANG))
    # the balance is still judged on it: one fewer answered falls short (15 against 14)
    [f] = _balance(run_variant(TONGLIANG, ("办结13件", "办结12件")))
    assert (f.expected, f.actual) == (15, 14)
    # a 其中 that splits by applicant is no such split: a carry-in after it stands beside the figure
    [f] = _balance(run_variant(TONGLIANG, ("其中新收到14件", "其中自然人14件")))
    assert (f.expected, f.actual) == (16, 15)


YONGZHOU = eval_text(2808)
# '全年收到依申请公开信件为75件,按时办结66件,5件逾期未补正,2件撤销申请,结转下年度继续办理2件'
OVERDUE = "5件逾期未补正,"


def test_an_on_time_count_is_not_all_answered_while_an_outcome_beside_it_is_read_by_nothing():
    # 66 + 5 + 2 + 2 = 75: '5件逾期未补正' (number first) is read since stop 35, and the items said after the on-time count
    # are beside it (the reading nearer what came in), so the account balances
    assert not _balance(run(YONGZHOU))
    # without it, the on-time count and the withdrawal after it still fall short of what came in (the balance is judged)
    [f] = _balance(run_variant(YONGZHOU, (OVERDUE, "")))
    assert (f.expected, f.actual) == (75, 70)


def test_a_channels_count_is_no_total_of_other_publishing_that_alone_exceeds_it():
    # '市政府门户网站共发布政务信息4702条,重点信息领域服务栏目更新发布信息870条,基层政务公开领域发布6432条': 6432 > 4702
    # alone, each with its own verb: beside the site's count, not its parts (7302 > 4702 was warned)
    assert not _over(run(YONGZHOU))


HEZHANG = TEXT + "780_hezhang_jiaotongju_2021.txt"  # 累计公布信息69条,工作动态61条,…航务管理1条 (no channel, no verb)
LINXIA = TEXT + "764_linxia_shuiwuju_tradmirror_2024.txt"  # 主动公开信息共373条,通过政府门户网站发布信息93条、…323条、其他方式公开13条


def test_a_run_with_one_part_above_its_total_is_still_read_where_the_total_names_no_channel():
    # a part alone above the total, said without a verb of its own: the breakdown is read and over (69 < 80)
    [f] = _over(run_variant(HEZHANG, ("工作动态61条", "工作动态71条")))
    assert (f.expected, f.actual) == (69, 80)
    # a total naming no channel split by channel, each part with its verb: one part above it is still found
    assert [(f.expected, f.actual) for f in _over(run_variant(LINXIA, ("发布信息323条", "发布信息423条")))] == [(373, 529)]


QIAOKOU = eval_text(2748)  # '…事项23件,除2件顺延至下年度办结回复外,其余均在法定时限内完成答复,回复率、按时办结率均达100%'
ZHONGXIAN = eval_text(2752)  # '收到政府信息公开申请27件,上年结转5件,17件结转下年办理,政府信息公开申请答复率达100%'
GUANGFENG = eval_text(2262)  # '受理…申请 45件,办结45件,上年结转…3件,结转下年度继续办理3件。所有…均…予以答复,办结率100%'


def _all_answered(res):
    return [f for f in of(res, "prose.rate") if "结转下年度办理" in f.message]


def test_an_all_answered_rate_beside_applications_carried_to_next_year_is_a_finding():
    [f] = _all_answered(run(ZHONGXIAN))  # 17 carried out, 5 carried in: not every application answered
    assert "「答复率达100%」" in f.message and "「17件结转下年」" in f.message and "「上年结转5件」" in f.message
    [f] = _all_answered(run(QIAOKOU))  # no carry-in said anywhere: the 2 deferred are of what came in
    assert "「回复率、按时办结率均达100%」" in f.message and "「2件顺延」" in f.message


def test_an_all_answered_rate_holds_while_nothing_is_carried_out_beyond_what_was_carried_in():
    # 100 % and nothing carried forward
    assert not _all_answered(run_variant(ZHONGXIAN, ("17件结转下年办理", "0件结转下年办理")))
    # the carry-out no more than the carry-in: this year's applications may all be answered (2262 as printed)
    assert not _all_answered(run(GUANGFENG))
    assert not _all_answered(run_variant(ZHONGXIAN, ("17件结转下年办理", "5件结转下年办理")))
    # an on-time rate says nothing of the answered late or carried out
    assert not _all_answered(run_variant(ZHONGXIAN, ("申请答复率达100%", "申请按时答复率达100%")))
    # a rate below 100 %, or of letters and calls, is no statement that all were answered
    assert not _all_answered(run_variant(ZHONGXIAN, ("申请答复率达100%", "申请答复率达46.9%")))
    assert not _all_answered(run_variant(ZHONGXIAN, (",政府信息公开申请答复率达100%", ",来电咨询答复率达100%")))


RUGAO = eval_text(1919)  # '…申请103件(含上年结转申请3件),所有申请均在法定期限内完成答复,答复准确率和规范率均达100%。'
RATES = "答复准确率和规范率均达100%。"


def test_every_application_said_answered_beside_a_carry_out_in_its_paragraph_is_a_finding():
    # the same check as the rate's: 所有申请…完成答复 leaves nothing to carry out
    [f] = [f for f in of(run_variant(RUGAO, (RATES, RATES + "结转下年度继续办理2件。")), "prose.inconsistent")
           if "所有申请均在法定期限内完成答复" in f.message]
    assert (f.expected, f.actual) == (0, 2)
    # nothing carried out: no finding; and a rate of how exact the answers were (答复准确率) is no rate of all answered
    res = run_variant(RUGAO, (RATES, RATES + "结转下年度继续办理0件。"))
    assert not of(res, "prose.inconsistent") and not of(res, "prose.rate")
    assert not of(run_variant(RUGAO, (RATES, RATES + "结转下年度继续办理2件。")), "prose.rate")


MEISHAN = eval_text(2816)  # '2022年,我局收到依申请公开164件,结转上年2件;办理85件,下年度继续办理81件。'
WEINAN = eval_text(2824)  # '市政府办公室全年共办理依申请公开55件,其中,…。剩余4件转2023年办理。'


def _claims(path: str, *edits):
    from audits.context import Context
    from test_audit_support import edited, extract_text

    text = edited(path, *edits)
    return Context(extract_text(path, text), text).claims


def test_the_next_year_named_before_its_verb_is_a_carry_out_with_no_verb_of_carrying():
    # 下年度继续办理81件: carried out; the balance closes (164 + 2 = 85 + 81) and is judged
    assert [c.value for c in _claims(MEISHAN) if c.kind == "carried_forward"] == [81]
    assert not _balance(run(MEISHAN))
    [f] = _balance(run_variant(MEISHAN, ("办理85件", "办理86件")))
    assert (f.expected, f.actual) == (166, 167)
    # 剩余4件转2023年办理 in the 2022 report: 转 with the year and no 至/到 (结转上年2件 is still the carry-in)
    assert [c.value for c in _claims(WEINAN) if c.kind == "carried_forward"] == [4]
    assert [c.kind for c in _claims(MEISHAN) if c.value == 2] == ["carried_over"]
