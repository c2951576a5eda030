"""Misses and false alarms of the held-out sets 2581–2655 at arrival (stop 28), each on the real text."""
from __future__ import annotations

from test_audit_support import eval_text, of, run, run_variant

WEIJIANWEI = eval_text(2614)  # '…不予处理1件,“非本机关政府信息公开范围”并告知通过其他途径办理11件,结转下年度继续办理22件。'
NOT_OURS = "“非本机关政府信息公开范围”并告知通过其他途径办理11件"


def _balance(res):
    return [f for f in of(res, "prose.inconsistent") if "不平衡" in f.message]


def test_not_this_organs_to_disclose_said_with_where_the_applicant_was_sent_is_an_outcome():
    # 14 + 1 + 1 + 11 + 22 = 49: the page balances (the 11 was read by no pattern: 38 < 49 warned)
    assert not _balance(run(WEIJIANWEI))
    # one fewer answered is still a balance that falls short, with the 11 among the outcomes
    [f] = _balance(run_variant(WEIJIANWEI, ("办理11件", "办理10件")))
    assert (f.expected, f.actual) == (49, 48) and "非本机关" in f.message


def test_a_count_among_the_outcomes_that_nothing_reads_leaves_the_balance_unjudged():
    # an outcome in words no pattern knows: the outcomes read are not all of them
    unknown = run_variant(WEIJIANWEI, (NOT_OURS, "经研究转有关单位办理11件"))
    assert not _balance(unknown)
    # with nothing unread among them, the short list is still a finding (38 < 49)
    [f] = _balance(run_variant(WEIJIANWEI, (NOT_OURS + ",", "")))
    assert (f.expected, f.actual) == (49, 38)


PUYAN = eval_text(2647)  # '全年通过区政府门户网站主动公开政务信息218条,其中基层治理与服务109条,…,通过微信公众号“浦沿发布”发布信息995条'


def _over(res):
    return [f for f in of(res, "prose.inconsistent") if "多于总数" in f.message]


def test_an_outlets_count_after_a_sites_list_by_category_stands_beside_it():
    # the site's 218 is split by category; the public account's 995 is its own count, not a part of the 218
    assert not _over(run(PUYAN))
    from audits.prose.list_parts import not_a_part

    total = "全年通过区政府门户网站主动公开政务信息218条"
    item = "通过微信公众号“浦沿发布”发布信息995条"
    assert not_a_part(item, total, 218, 197, "基层治理与服务109条，重点领域信息82条，公共资源交易(招投标)公开6条")
    # a list by channel keeps the outlet among its parts (其中通过门户网站发布信息31条、“微会仪公众号”发布信息138条)
    assert not not_a_part(item, total, 218, 31, "其中通过门户网站发布信息31条")


def test_a_total_naming_no_channel_keeps_the_outlet_in_its_list():
    # '全年主动公开政务信息218条,其中…': nothing says the 218 is the site's alone, so 995 is one of its parts: 1192 > 218
    [f] = _over(run_variant(PUYAN, ("全年通过区政府门户网站主动公开", "全年主动公开")))
    assert f.actual == 1192


HAIAN = eval_text(2597)  # '共发布信息1271条,其中…等581条,…等600条,办结“12345”回复150条'


def test_replies_to_the_hotline_are_a_part_of_what_was_published_not_what_became_of_applications():
    [f] = _over(run(HAIAN))
    assert f.actual == 1331 and "办结“12345”回复150条" in f.message
    from audits.prose.list_words import MOVES_ON

    assert not MOVES_ON.match("办结“12345”回复150条") and not MOVES_ON.match("回复热线工单30条")
    # what became of applications still moves on (申请办结数8件, 办结12件 after a list of channels)
    assert MOVES_ON.match("申请办结数8件") and MOVES_ON.match("办结12件")


HONGYA = eval_text(2628)  # '本报告由“总体情况、…、其他需要报告的事项”六个方面要求五大部分组成'


def test_an_outline_closed_by_two_counts_is_read_against_each():
    [f] = of(run(HONGYA), "prose.outline_count")
    assert (f.expected, f.actual) == (5, 6) and "五大部分组成" in f.message
    # both counts the names make: no finding
    assert not of(run_variant(HONGYA, ("五大部分组成", "六大部分组成")), "prose.outline_count")
    # the first count wrong, the second right: still a finding, on the first
    [f] = of(run_variant(HONGYA, ("六个方面要求五大部分组成", "七个方面要求六大部分组成")), "prose.outline_count")
    assert (f.expected, f.actual) == (7, 6)


GUANWEIHUI = eval_text(2602)  # organ '区管委会办公室'; '2024年,全区共收到信息公开申请件40件,…已按时办结36件,4件结转至下年度…'


def test_a_zone_committees_office_reports_its_zones_figures():
    from audits.organ import classify

    assert "全区" in classify("区管委会办公室").territory_words()
    assert "全区" in classify("临汾经济开发区管委会").territory_words()
    # a department is still one organ of its area: its 全区 figures are more organs'
    assert "全区" not in classify("区财政局").territory_words()
    # the page's 全区 applications are read: 36 + 4 = 40 holds, one carried out fewer does not
    assert not _balance(run(GUANWEIHUI))
    [f] = _balance(run_variant(GUANWEIHUI, ("4件结转至下年度", "3件结转至下年度")))
    assert (f.expected, f.actual) == (40, 39)
    # and the change: from 40, no whole count of last year gives 27 %
    assert of(run_variant(GUANWEIHUI, ("增长21%", "增长27%")), "prose.rate")


YIMEN = eval_text(2632)  # no title; '本报告中使用数据统计期限为20231月1日至12月31日' (年 lost)


def test_the_period_whose_year_lost_its_nian_is_read_once_for_the_meta_and_the_audit():
    from audits import years
    from extractor import dates, meta

    text = open(YIMEN, encoding="utf-8").read()
    assert meta.read_meta(text, None)["year"] == 2023
    assert years.period_year(text).year == 2023
    # one reader: the audit's period is the extractor's pattern
    assert years._PERIOD is dates.PERIOD
    # a period printed whole reads the same; with no period, a year's first day anywhere still tells the year
    assert meta.stated_year("统计期限为2022年1月1日至2022年12月31日。", None) == 2022
    assert meta.stated_year("本办法自2021年1月1日起施行。", None) == 2021


def _claims(path: str, *edits):
    from audits.context import Context
    from test_audit_support import edited, extract_text

    text = edited(path, *edits)
    return Context(extract_text(path, text), text).claims


def test_applications_named_as_cases_of_disclosure_on_request_are_read_as_received():
    # 2599 '我局共通过网站渠道受理答复依申请公开政府信息案件22件': eight characters after 依申请
    [c] = [c for c in _claims(eval_text(2599)) if c.kind == "received" and c.value == 22]
    assert "依申请公开政府信息案件22件" in c.text
    # without a verb of receiving the same words count nothing received (2539 '依申请公开政府信息事项14件')
    assert not [c for c in _claims(eval_text(2539)) if c.kind == "received" and c.value == 14]


LVHE = eval_text(2645)  # '2025年未收到依申请公开申请,受理依申请公开0件'


def test_none_received_said_beside_a_count_received_above_zero_contradicts_it():
    def said_none(res):
        return [f for f in of(res, "prose.inconsistent") if "是否收到申请" in f.message]

    assert not said_none(run(LVHE))  # none, and 0: the same thing said twice
    [f] = said_none(run_variant(LVHE, ("受理依申请公开0件", "受理依申请公开1件")))
    assert (f.expected, f.actual) == (0, 1) and "未收到依申请公开申请" in f.message
    # none by one channel, or none of the rest, beside a count: no contradiction
    assert not said_none(run_variant(LVHE, ("未收到依申请公开申请,受理依申请公开0件", "未收到信函申请公开申请,受理依申请公开1件")))
    assert not said_none(run_variant(LVHE, ("未收到依申请公开申请,受理依申请公开0件", "未收到其他依申请公开申请,受理依申请公开1件")))


HONGSHAN = eval_text(2718)  # '…共办结政府信息依申请公开733件,其中予以公开238件,…,其他处理76件,转接下年度办理45件'


def test_transferred_to_next_year_is_a_carry_out_not_a_seventh_outcome():
    from audits.prose.list_words import MOVES_ON

    assert MOVES_ON.match("转接下年度办理45件") and MOVES_ON.match("结转下年度办理3件")
    assert not _over(run(HONGSHAN))  # 238 + 33 + 38 + 323 + 25 + 76 = 733
    [f] = _over(run_variant(HONGSHAN, ("予以公开238件", "予以公开239件")))
    assert f.actual == 734
    [c] = [c for c in _claims(HONGSHAN) if c.kind == "carried_forward"]
    assert c.value == 45
