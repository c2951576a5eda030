"""Held-out weak spots and false alarms of stop 30 (fix-weak2-s30): real sentences, as printed (silent) and with one
printed figure edited (raised with the edit's figures)."""
from __future__ import annotations

from test_audit_support import eval_text, of, run, run_variant

HUANGSHIGANG = eval_text(2902)


def about(res, word: str) -> list[str]:
    return [f.message for f in of(res, "prose.inconsistent") if word in f.message]


def test_a_grand_total_named_by_its_noun_closes_the_run_before_it():
    # 1319 (its own 含 bracket) + 发布动态资讯1219 = 信息发布总量达2538: a grand total, no part of the 1319
    assert not about(run(HUANGSHIGANG), "1319条")
    res = run_variant(HUANGSHIGANG, ("信息发布总量达2538条", "信息发布总量达2548条"))
    assert about(res, "") == ["一、总体情况：正文所列各项（全年全区累计更新政府信息1319条 + 发布动态资讯1219条）之和为 2538条，"
                              "其后称「信息发布总量达2548条」，与之不符"]
    res = run_variant(HUANGSHIGANG, ("政府信息公开1115条", "政府信息公开1125条"))  # the bracket's own sum still read
    assert about(res, "") == ["一、总体情况：正文称「全年全区累计更新政府信息1319条」，所列各项合计 1329条（政府信息公开1125条 + "
                              "财政资金信息204条），多于总数"]


GUANGMINGLU = eval_text(2903)


def test_a_clause_on_what_the_total_covers_in_another_unit_stands_between_it_and_its_list():
    # '2025年共受理政府信息公开申请1件,涉及1个领域。其中予以公开申请1件,部分公开0件,…': the 其中 splits the 1件
    assert not about(run(GUANGMINGLU), "申请1件」")
    said = "一、总体情况：正文称「2025年共受理政府信息公开申请1件」，所列各项合计 2件（予以公开申请2件 + 部分公开0件 + 不予公开0件 + " \
           "无法提供0件 + 不予处理0件），多于总数"
    assert about(run_variant(GUANGMINGLU, ("其中予以公开申请1件", "其中予以公开申请2件")), "申请1件」") == [said]
    # (the same clause before a 其中 after a comma, in one sentence)
    edit = ("涉及1个领域。其中予以公开申请1件", "涉及1个领域,其中予以公开申请2件")
    assert about(run_variant(GUANGMINGLU, edit), "申请1件」") == [said]


SHENBA, YAOZHOU, QINGDAO_WATER = eval_text(2934), eval_text(2920), eval_text(1443)


def test_a_run_after_the_year_s_whole_disclosure_said_without_gong_is_its_split():
    # '全年主动公开政府信息61件,公开文件31件,出台公示公告30件' (kinds) and '区应急管理局主动公开信息609条,在区政府门户网站…
    # 公开信息33条,通知公告专栏公开信息10条,“…”微信公众号发布各类信息566条' (channels): silent as printed, a sum above raised
    assert not about(run(SHENBA), "61件」")
    assert about(run_variant(SHENBA, ("公开文件31件", "公开文件41件")), "") == [
        "一、总体情况：正文称「全年主动公开政府信息61件」，所列各项合计 71件（公开文件41件 + 出台公示公告30件），多于总数"]
    assert about(run_variant(SHENBA, ("政府信息61件", "政府信息51件")), "") == [
        "一、总体情况：正文称「全年主动公开政府信息51件」，所列各项合计 61件（公开文件31件 + 出台公示公告30件），多于总数"]
    assert not about(run(YAOZHOU), "609条」")
    assert about(run_variant(YAOZHOU, ("各类信息566条", "各类信息567条")), "609条」") == [
        "一、总体情况：正文称「区应急管理局主动公开信息609条」，所列各项合计 610条（在区政府门户网站应急管理专栏及安全生产专栏"
        "公开信息33条 + 通知公告专栏公开信息10条 + “铜川市耀州区应急管理局”微信公众号发布各类信息567条），多于总数"]


def test_channels_whose_counts_overlap_are_no_split_of_the_year_s_total():
    # '水务管理局主动公开政府信息901条(不同渠道的相同信息计1条),通过青岛政务网和水务管理局网站发布730条,政务微信295条,…'
    assert not about(run(QINGDAO_WATER), "901条」")


YINGTAN = eval_text(2875)
_MEDIA = "（国家级媒体{}篇 + 省级媒体507篇 + 市级媒体311篇 + 省局网站和新媒体{}篇 + 自主运营媒体刊发稿件2458篇 + 抖音号、快手号更新视频165篇）"


def test_a_total_said_of_the_media_names_its_outlets_past_a_semicolon():
    # '在各级媒体刊发稿件4132篇,其中国家级媒体30篇,省级媒体507篇、市级媒体311篇、省局网站和新媒体661篇;自主运营媒体刊发稿件
    # 2458篇,抖音号、快手号更新视频165篇,全年共发布信息1699条': 新媒体 and 快手号 are media, the list runs to 165 (= 4132)
    assert not about(run(YINGTAN), "4132篇」")
    said = "一、总体情况：正文称「在各级媒体刊发稿件{}篇」，所列各项合计 4{}篇" + _MEDIA + "，多于总数"
    assert about(run_variant(YINGTAN, ("省局网站和新媒体661篇", "省局网站和新媒体761篇")), "刊发稿件") == [
        said.format(4132, 232, 30, 761)]
    assert about(run_variant(YINGTAN, ("国家级媒体30篇", "国家级媒体130篇")), "刊发稿件") == [said.format(4132, 232, 130, 661)]
    assert about(run_variant(YINGTAN, ("刊发稿件4132篇", "刊发稿件4032篇")), "刊发稿件") == [said.format(4032, 132, 30, 661)]
    # (an account's count said with 共 after news media stays beside them: test_audit_prose_lists, 528)

