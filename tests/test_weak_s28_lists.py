"""Held-out weak spots of stop 27 (pages 2491–2580) the list readers stopped at (audits/prose/lists.py, parts.py):
a colon right after a total opens its breakdown as 其中 does, a 0 item read before a ； shows no whole list when
the sentence's run of counts goes on after it, and a share off its count is no adjusted one when the whole list's
shares miss 100 % as printed (audits/rules/prose_listed.share_findings); a run of categories above its
channel's whole cites every part it sums. Real sentences, each as printed and with one figure edited."""
from __future__ import annotations

import audits
from test_audit_support import TEXT, of, run, run_variant, variant

RULE = "prose.inconsistent"
PINGDU = TEXT + "2553_qingdao_pingdu_yibaoju_2020.txt"  # 政府信息123条:机构信息1条,公文法规3条,…,工作报告1条。
CHENGZHONG = TEXT + "2513_xining_chengzhongqu_2024.txt"  # 已答复59件…其中“予以公开”3件,占已答复件数的5.1%;…
XIANGZHOU = TEXT + "2573_xiangzhou_shuiliju_2024.txt"  # 共发布41条信息:2条…、0条…、0条…;法定主动公开共公布1条…、…


def sums(res) -> list:
    return [(f.expected, f.actual) for f in of(res, RULE) if "所列各项" in f.message]


def test_a_colon_after_a_total_opens_its_list():
    # eleven categories make 93 of the 123: short, and nothing says the list is whole, so the page is silent
    assert not sums(run(PINGDU))
    # the total printed 90 (w2553_total): 93 > 90
    assert sums(run_variant(PINGDU, ("政府信息123条:", "政府信息90条:"))) == [(90, 93)]


def test_a_zero_before_a_semicolon_shows_no_whole_when_the_counts_go_on():
    # 41 = 2 + 0 + 0 and the eleven 法定主动公开 counts after the ； (39): a 0 item among the three read before the ；
    # is no sign that they are all — read as whole, the 其中 copy said '41 vs 2' (false)
    assert not sums(run(XIANGZHOU))
    assert not sums(run_variant(XIANGZHOU, ("共发布41条信息:", "共发布41条信息,其中:")))


def test_a_share_is_no_adjusted_one_when_the_shares_miss_a_whole():
    assert not of(run(CHENGZHONG), RULE)
    # 3/59 = 5.1 %: printed 6.1 % the four shares make 101 % (6.1 + 61 + 3.4 + 30.5), so no share was adjusted to
    # make 100 % and the point's slack does not cover it (w2513_share)
    res = run_variant(CHENGZHONG, ("占已答复件数的5.1%", "占已答复件数的6.1%"))
    assert [(f.expected, f.actual) for f in of(res, RULE) if "占比与数目不符" in f.message] == [(5.1, 6.1)]
    # a share a point off whose list makes 100 % as printed (5.1 → 6.1 with 61 → 60) is read as the adjusted one
    assert not of(run_variant(CHENGZHONG, ("占已答复件数的5.1%", "占已答复件数的6.1%"), ("占61%", "占60%")), RULE)


NINGGUO = TEXT + "2532_xuancheng_ningguo_shenjiju_2019.txt"  # …137条。决策公开 27条、…、管理和服务公开70条、…监督保障10条。


def test_a_run_above_its_channels_whole_cites_every_part():
    assert not of(run(NINGGUO), RULE)
    # w2532_part: 70 → 80, 147 > 137; the evidence runs from the first count to the last category summed, so the
    # edited part is cited, not only the first clause
    text, report = variant(NINGGUO, ("管理和服务公开70条", "管理和服务公开80条"))
    found = [f for f in of(audits.audit(report, text), RULE) if "合计 147条" in f.message]
    assert len(found) == 1
    assert any("管理和服务公开80条" in text[a:b] for a, b in found[0].evidence)


WOYANG = TEXT + "2512_woyang_jiaoyuju_2025.txt"  # 1192条,点击量为835382次。其中…973条,点击量为666370次;…219条,点击量为169012次


def test_a_qizhong_after_counts_in_two_units_splits_each():
    # 973 + 219 = 1192 and 666370 + 169012 = 835382: both read, silent
    assert not of(run(WOYANG), RULE)
    assert sums(run_variant(WOYANG, ("主动公开目录信息973条", "主动公开目录信息983条"))) == [(1192, 1202)]  # w2512_part
    assert sums(run_variant(WOYANG, ("点击量为666370次", "点击量为666470次"))) == [(835382, 835482)]  # w2512_click


LUZHOU = TEXT + "2552_luzhou_shuiwuju_2021.txt"  # 1687条。…网站信息796条;…微信信息398条;…微博信息162条。通过报刊、电视…331条。
HUANGGU = TEXT + "2416_shenyang_huangguqu_2023.txt"  # 31099条。其中,…网站3340条、…新媒体8429条、…2049条,…240条。…平台信息17041条。


def test_a_list_split_by_channel_runs_on_to_the_next_channels_sentence():
    # 796 + 398 + 162 + 331 = 1687: the fourth channel in the next sentence completes the list, silent
    assert not of(run(LUZHOU), RULE)
    assert sums(run_variant(LUZHOU, ("政务网站信息796条", "政务网站信息806条"))) == [(1687, 1697)]  # w2552_web
    assert sums(run_variant(LUZHOU, ("累计公开政府信息1687条", "累计公开政府信息1677条"))) == [(1677, 1687)]  # w2552_total
    # another page: 14058 + 17041 (系统及平台, a kind of channel none of the four names) = 31099
    assert not of(run(HUANGGU), RULE)
    assert sums(run_variant(HUANGGU, ("平台信息17041条", "平台信息17141条"))) == [(31099, 31199)]


CHANGTAI = TEXT + "2527_putian_changtaizhen_2020.txt"  # 1.…数量:…主动公开年度政府信息32条;⏎2.…类型情况:在我镇主动公开的信息中,…


def test_a_points_list_opened_by_naming_what_it_splits_takes_the_point_befores_total():
    # 6 + 1 + 7 + (the copy ends at '…能源类信息2'): short of 32 and cut, silent
    assert not of(run(CHANGTAI), RULE)
    assert sums(run_variant(CHANGTAI, ("机构职能类信息6条", "机构职能类信息36条"))) == [(32, 44)]  # w2527_part
    res = run_variant(CHANGTAI, ("占总体比例的21%", "占总体比例的31%"))  # w2527_share: 7/32 = 21.9 %
    assert [(f.expected, f.actual) for f in of(res, RULE) if "占比与数目不符" in f.message] == [(21.9, 31.0)]


MAJIANG = TEXT + "2571_majiang_xian_mirror_2022.txt"  # 收到…2件,其中…2件,…0件。均为自然人…申请,其中:通过网站申请1件,信件申请1件


def test_a_qizhong_after_a_clause_said_of_every_one_splits_the_total_before():
    assert not of(run(MAJIANG), RULE)
    assert sums(run_variant(MAJIANG, ("通过网站申请1件", "通过网站申请2件"))) == [(2, 3)]  # w2571_way


def test_the_shares_printed_tell_which_figure_before_a_qizhong_splits():
    # 59 received (with the carried-in) and 47 new: 39, 7 and 1 at 83 %, 14.9 % and 2.1 % are of 47, not of 106
    res = run_variant(CHENGZHONG, ("通过信函申请39件", "通过信函申请40件"))  # w2513_channel: 48 > 47
    assert sums(res) == [(47, 48)]
    res = run_variant(CHENGZHONG, ("占83%", "占73%"))  # w2513_share47: 39/47 = 83.0 %
    assert [(f.expected, f.actual) for f in of(res, RULE) if "占比与数目不符" in f.message] == [(83.0, 73.0)]
