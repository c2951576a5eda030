"""The one reader of a figure followed by its listed parts (audits/prose/lists.py), as both of its users see
it: prose.inconsistent's part sums, and the published counts marked as parts of another (never compared
with their own total). Real sentences, and the same sentences with one word changed."""
from __future__ import annotations

from audits.context import Context
from test_audit_support import TEXT, of, run, run_variant

RULE = "prose.inconsistent"
WENDENG = TEXT + "005_weihai_wendeng_zhujianju_2019.txt"  # 227条，其中 85，21，6，76，39 = 227
WENDENG_LIST = "共主动公开政府信息227条,其中工作动态85条,公告公示21条,政策文件及解读6条,重点领域信息公开76条,其他信息39条。"
SUIJIANG = TEXT + "440_suijiang_huiyizhen_2021.txt"  # 1030条，其中 website 31、公众号 138、公示栏 861 = 1030
YUNLIN = TEXT + "119_wuxi_xishan_yunlinjiedao_2019.txt"  # 172条，其中 seven parts = 172，微信公众号发布信息224条
BAIYIN = TEXT + "425_baiyin_tongjiju_2020.txt"  # 62条。其中，门户网站发布信息31条；政务公开网站公开政务信息31条。
HEJIANG = TEXT + "306_hejiang_xianzf_2022.txt"  # 网公开7055条(不含…平台发布的数据),部门…共公开14542条

BEIJIE = TEXT + "540_ganzhou_beijiejiedao_2025.txt"  # 发布…内容1条,包括机构概况1条,以及…信息2条 = 3 > 1
JIANGMEN = TEXT + "506_jiangmen_zhujianju_mirror_2023.txt"  # 765条,其中 …8份、…10份、…1篇,以及其他文件、信息88条 = 765
BEIJIE_LIST = "发布法定主动公开内容1条,包括机构概况1条,以及“三公”经费及预算/决算信息2条"


def sums(res) -> list:
    return [(f.expected, f.actual) for f in of(res, RULE) if "所列各项" in f.message and f.severity != "info"]


def outer(res) -> list:
    return [total for total, _ in sums(res)]


def parts_of(res, value: int) -> list[bool]:
    claims = Context(res.report, res.text).claims
    return [bool(c.extra.get("part")) for c in claims if c.kind == "disclosed" and c.value == value]


def test_yiji_joins_the_last_item_to_the_list():
    assert sums(run(BEIJIE)) == [(1, 3)]
    assert sums(run_variant(BEIJIE, (BEIJIE_LIST, BEIJIE_LIST.replace("以及", "及")))) == [(1, 3)]
    # an item set beside the list (另, 此外, 还有: "besides") is no part of it
    for word in ("另", "此外", "还有"):
        assert not sums(run_variant(BEIJIE, (BEIJIE_LIST, BEIJIE_LIST.replace("以及", word)))), word
    # after a list of 、, 以及 opens its last item behind a comma: 5 + 8份 + … + 1篇 + 88 make the 765
    assert not of(run(JIANGMEN), RULE)
    assert sums(run_variant(JIANGMEN, ("信息88条", "信息98条"))) == [(765, 775)]
    # the item after the 以及 one is no part: the list ended with it (1 + 0 = 1, the 5 beside it)
    assert not sums(run_variant(BEIJIE, (BEIJIE_LIST, BEIJIE_LIST.replace("信息2条", "信息0条") + ",财务信息5条")))


def test_channels_after_qizhong_are_parts_until_the_parts_make_the_total():
    # parts.py used to end this list at its first item (…发布信息31条 read as a statement of its own)
    assert not sums(run(SUIJIANG))
    assert sums(run_variant(SUIJIANG, ("政府信息1030条", "政府信息1000条"))) == [(1000, 1030)]
    # once seven parts make 172, the 微信公众号 count is beside the list (disclosed.mark_parts used to make
    # it a part of the 172); both readers now agree
    assert parts_of(run(YUNLIN), 224) == [False] and not sums(run(YUNLIN))
    # a 其中 that opens the next sentence: both 31s are parts of the 62 (the third 31, another paragraph's, not)
    assert parts_of(run(BAIYIN), 31) == [True, True, False]


def test_buhan_opens_no_list():
    # 7055条(不含…平台发布的数据): what follows is no part of the 7055 (mark_parts used to take 含 in 不含)
    assert parts_of(run(HEJIANG), 14542) == [False]


PENGJIANG = TEXT + "409_jiangmen_pengjiang_fagaiju_tradmirror_notables_2024.txt"  # 188条。其中 目录 …=102；专栏 …=86


def test_a_qizhong_opening_the_next_sentence_lists_the_parts_of_the_figure_before():
    assert not sums(run(BAIYIN))  # 62条。其中，…31条；…31条。
    assert sums(run_variant(BAIYIN, ("政府信息62条", "政府信息60条"))) == [(60, 62)]
    # a sentence of two figures in the unit (收到申请317件，上年结转3件。其中…): which one the 其中 splits is unclear
    assert not sums(run_variant(BAIYIN, ("政府信息62条", "政府信息60条,转载信息2条")))


def test_a_subtotal_within_the_list_makes_its_groups_unclear():
    # …其他3条，共发布102条；专题专栏包括…共发布86条: 102 closes the 目录 group, not the 188's list
    assert not sums(run(PENGJIANG))
    assert not sums(run_variant(PENGJIANG, ("共188条。其中", "共188条,其中")))
    # a 合计 after the whole list is the total restated (and checked as one)
    assert sums(run_variant(WENDENG, ("信息227条", "信息250条"), ("其他信息39条。", "其他信息39条,共发布250条。"))) == [(250, 227)]


SUINING = TEXT + "427_suining_jingkaiqu_2021.txt"  # 977条，超额…40%。其中包括 nine categories, 其他 last = 694
LINTAO = TEXT + "421_lintao_xintianzhen_2022.txt"  # 382条，包括政府网站35条，…80条，公众号2443条，其中…
DAPO = TEXT + "465_rongan_dapoxiang_2024.txt"  # 162条。其中，乡镇文件公开41条，…公众号发布信息293篇


def test_qizhong_baokuo_after_a_sentence_that_goes_on_past_its_figure():
    # the 977 is the sentence before's one count (a share follows it); 其中包括 is one marker, not a
    # 其中 whose first item holds a second list
    assert sums(run(SUINING)) == [(977, 694)]
    assert not sums(run_variant(SUINING, ("其他信息145条", "其他信息428条")))  # the parts make the total
    # without the closing 其他 nothing says the list is whole: a shortfall is not a finding
    assert not sums(run_variant(SUINING, ("其他信息145条", "对外合作信息145条")))


def test_an_outlet_above_the_total_is_still_a_part_of_its_list():
    # before the parts make the total, a channel's count is one of its parts, however large
    assert sums(run(LINTAO)) == [(382, 2558)]
    # 35 + 80 + 243 < 382: the outer list is fine (the inner one, 668 under 243, is then the finding)
    assert sums(run_variant(LINTAO, ("微信公众号2443条", "微信公众号243条"))) == [(243, 668)]


def test_articles_and_items_are_one_unit_of_published_information():
    assert sums(run(DAPO)) == [(162, 334)]  # 41条 + 293篇 > 162条
    assert not sums(run_variant(DAPO, ("发布信息293篇", "发布信息93篇")))
    assert not sums(run_variant(DAPO, ("发布信息293篇", "发布信息293人次")))  # another unit is no part


CHAOWAI = TEXT + "434_beijing_chaowaijie_2025.txt"  # 全年共发布212条,其中 2 + 51 + 97 (categories) = 150
DADONGBA = TEXT + "464_songyang_dadongbazhen_notables_2021.txt"  # 18条，其中 six categories = 16，较好地完成了…


def notes(res) -> list:
    return [(f.expected, f.actual) for f in of(res, RULE) if "所列各项" in f.message and f.severity == "info"]


def test_a_list_by_category_short_of_its_total_is_a_note():
    # nothing says the list is whole, so it is an info note, never a warning
    assert notes(run(CHAOWAI)) == [(212, 150)] and not [f for f in of(run(CHAOWAI), RULE) if f.severity != "info"]
    assert not notes(run_variant(CHAOWAI, ("对外宣传类信息97条", "对外宣传类信息159条")))  # adds up
    # where or how an item went out is no category (a selection by channel): no note
    assert not notes(run_variant(CHAOWAI, ("行政处罚信息51条", "在门户网站发布行政处罚信息51条")))
    assert not notes(run_variant(CHAOWAI, ("对外宣传类信息97条", "对外宣传类信息97条等")))  # 等: a selection
    # two parts only name a subset
    assert not notes(run_variant(CHAOWAI, ("财政决算(部门)2条,", "")))
    # a clause without a figure after the parts ends the sentence, not the list's counted items
    assert notes(run(DADONGBA)) == [(18, 16)]
    assert not notes(run_variant(DADONGBA, ("民生信息1条,", "民生信息1条,贯彻落实相关文件,")))


ANNING = TEXT + "2062_anning_shi_2022.txt"  # 14395条,其中 4109 + 3473 + 469 + 52 + 转载…110条 = 8213


def test_an_item_reposted_from_elsewhere_is_no_category():
    # 安宁 2022 (set 2056–2070): '…政策解读52条,转载国务院、省政府重要政务信息110条' — what was reposted says how the
    # item came, as 发布… does: a selection, not the total split by category, so no note on 8213 of 14395
    assert not notes(run(ANNING)) and not sums(run(ANNING))
    # the same information named bare is a category, and the by-category list short of its total is a note
    assert notes(run_variant(ANNING, ("转载国务院、省政府重要政务信息", "国务院、省政府重要政务信息"))) == [(14395, 8213)]


NINGQIANG = TEXT + "463_ningqiang_ziranziyuanju_2021.txt"  # 66条，其中：…3条、行政处罚1，… (then table 二's 第二十条)


def test_a_part_whose_unit_the_copy_dropped_is_read_in_the_lists_unit():
    # 行政处罚1 among …条 items: 1 + 18 + 2 + 2 + 3 + 1 = 27 of 66; 第二十条 after it is an ordinal, not a part
    assert notes(run(NINGQIANG)) == [(66, 27)]
    # in another unit the item is not counted and the list is not all counts: no note
    assert not notes(run_variant(NINGQIANG, ("行政处罚1,", "行政处罚1次,")))
    # the number is then a part: a sum above the total is a finding as any other
    assert sums(run_variant(NINGQIANG, ("行政处罚1,", "行政处罚50,"))) == [(66, 76)]


GAOXIN = TEXT + "551_fuzhou_gaoxinqu_2023.txt"  # 1899条，其中 185条 + 1714条 = 1899，主动公开文件27件(其中…)
DONGHU = TEXT + "150_shaoxing_yuecheng_donghujie_2023.txt"  # 47条，其中部门文件22件，通知公告16条… = 47


def test_documents_are_items_only_as_a_category_of_the_list():
    # a clause that publishes documents (主动公开文件27件) counts documents, not the 条 of the total
    assert not sums(run(GAOXIN))
    # the same documents named bare, as a category of the list, are one of its parts (once 185 + 1714 no longer
    # make the 1899: two parts that do split it in two, and what follows 其中 then cuts across them)
    assert sums(run_variant(GAOXIN, ("主动公开文件27件", "规范性文件27件"), ("信息共185条", "信息共175条"))) == [(1899, 1916)]
    assert not sums(run_variant(GAOXIN, ("主动公开文件27件", "规范性文件27件")))
    # 部门文件22件 among 通知公告16条…: a part (the list closes at 47 with it, and is too big with one more)
    assert sums(run_variant(DONGHU, ("通知公告16条", "通知公告26条"))) == [(47, 57)]


WUHAN_JIGUAN = TEXT + "1263_wuhan_jiguanshiwuju_2025.txt"  # 231条，其中 221条，9条，发布政策解读稿件5篇


def test_an_item_in_another_unit_opened_by_its_own_verb_is_no_part():
    # articles the office published (发布政策解读稿件5篇) are not items of the 231条: 221 + 9 is the list
    assert not sums(run(WUHAN_JIGUAN))
    # the same articles named as a category of the list are one of its parts (231 < 235)
    assert sums(run_variant(WUHAN_JIGUAN, ("发布政策解读稿件5篇", "政策解读稿件5篇"))) == [(231, 235)]
    # in the list's own unit, the clause is counted as any part
    assert sums(run_variant(WUHAN_JIGUAN, ("发布政策解读稿件5篇", "发布政策解读稿件5条"))) == [(231, 235)]
    # …发布信息95条，其中发布规范性文件2件，利用电子屏发布信息108条: the clause is no part in 篇 as in 件 (the
    # 108 then stands beside the list), and a part once named bare or counted in 条 (2 + 108 > 95)
    assert (95, 110) not in sums(run_variant(GUOZI, ("其中发布规范性文件2件", "其中发布规范性文件2篇")))
    assert (95, 110) in sums(run_variant(GUOZI, ("其中发布规范性文件2件", "其中规范性文件2篇")))
    assert (95, 110) in sums(run_variant(GUOZI, ("其中发布规范性文件2件", "其中发布规范性文件2条")))


QINGSHUI = TEXT + "521_tianshui_qingshui_xianzf_2019.txt"  # 8769条。其中 2100条，5469条，1600余条、600余条
YILIANG = TEXT + "526_zhaotong_yiliang_xianzf_2020.txt"  # 3747条，其中 门户网站发布信息3758条，微信公众号…506条
GUOZI = TEXT + "520_xizang_guoziwei_2020.txt"  # OA系统…发布信息95条，其中发布规范性文件2件，利用电子屏发布信息108条


def test_a_part_said_as_more_than_n_is_a_floor_of_the_sum():
    # 2100 + 5469 + 1600余 is at least 9169, above 8769
    assert sums(run(QINGSHUI)) == [(8769, 9169)]
    assert "至少" in of(run(QINGSHUI), RULE)[0].message
    # below the total a floor tells nothing; 约 (about) may be less, so such a sum bounds nothing
    assert not sums(run_variant(QINGSHUI, ("5469条", "469条")))
    assert not sums(run_variant(QINGSHUI, ("1600余条", "约1600条")))


def test_a_single_part_above_its_total():
    # the second item is set beside the list (its outlet, after the first reached the total): 3758 alone > 3747
    assert sums(run(YILIANG)) == [(3747, 3758)]
    assert not sums(run_variant(YILIANG, ("发布信息3758条", "发布信息3158条")))
    # a count through a channel the total does not name stands beside a one-channel total (OA 95, 电子屏 108)
    assert (95, 108) not in sums(run(GUOZI))  # (its 19条 list, with 35 + 35 in it, is another finding)
    assert (95, 108) in sums(run_variant(GUOZI, ("利用电子屏发布信息108条", "利用OA系统发布信息108条")))


GUANNAN = TEXT + "1997_guannan_kejiju_2019.txt"  # 委托公开…共计3条,公开信息内容涵盖…等类别通过灌南在线等渠道公开…17条


def test_a_count_with_its_own_means_and_verb_after_covers_is_no_part():
    # 灌南 科技局 2019 (set 1996–2010): what the content of the 3 entrusted items covers (…等类别) runs on, without a
    # comma, into a count said with its own means and verb (通过灌南在线等渠道公开政府信息17条): the 17 stands beside the 3
    assert (3, 17) not in sums(run(GUANNAN))
    # the same content counted as a category of the 3 (no means, no verb of its own) is one part above its total
    assert (3, 17) in sums(run_variant(GUANNAN, ("等类别通过灌南在线等渠道公开政府信息17条", "等类别信息17条")))
    # and under 其中 the count through a channel is a part whatever its means (as 3747 / 3758 above)
    assert (3, 17) in sums(run_variant(GUANNAN, ("公开信息内容涵盖", "其中")))


SHANYANG = TEXT + "529_shangluo_shanyang_xianzf_2020.txt"  # 6391条，其中 1105;2896;政府文件、工作报告、…等…其他信息共计2004
JIGUAN = TEXT + "527_guizhou_jiguanshiwuju_2020.txt"  # 411条，其中发布政务要闻、通知公告,工作动态等信息307条,…97条,…3条


def test_words_joined_by_dunhao_before_a_figure_are_one_item():
    # 政务要闻、通知公告,工作动态等信息307条 is one item (等 closes the examples): 317 + 97 + 3 > 411
    assert sums(run_variant(JIGUAN, ("等信息307条", "等信息317条"))) == [(411, 417)]
    assert not sums(run(JIGUAN))  # 407: short, but nothing says the list is whole
    # examples closed by 等 and then 其他信息: the rest, so the list is whole and 6005 is short of 6391
    res = run(SHANYANG)
    assert sums(res) == [(6391, 6005)] and "其他" in of(res, RULE)[0].message
    # without 其他 the same list is only a note (by category, not said to be whole)
    assert not sums(run_variant(SHANYANG, ("民众关心的其他信息", "民众关心的信息")))


SHENGSI = TEXT + "513_shengsi_fagaiju_2020.txt"  # 193条,其中 29条、项目审批文件公布180个、2条、2条 = 213
CHENGGUAN = TEXT + "514_chengguanju_spammirror_2021.txt"  # 41条,其中政策解读文件2份,…6条,…55条 = 63


def test_documents_counted_in_fen_or_ge_are_items_of_the_list():
    assert sums(run(SHENGSI)) == [(193, 213)]
    assert sums(run(CHENGGUAN)) == [(41, 63)]
    # 765 = …8份、…10份 and the 条 items (the copies count, or the list would be 18 short)
    assert not of(run(JIANGMEN), RULE)
    # a place or platform counted in 个 is no published item; nor is a clause that publishes documents
    assert not sums(run_variant(SHENGSI, ("项目审批文件公布180个", "政务公开专栏180个")))
    assert not sums(run_variant(SHENGSI, ("项目审批文件公布180个", "公布项目审批文件180个")))


PINGYANG = TEXT + "528_wenzhou_pingyang_shichangjianguanju_2020.txt"
# 516条,其中,在各级新闻媒体发布信息…200余篇,其中在国家级媒体发布55篇,省级媒体…28篇,市级媒体…43篇,微信公众号共发布文章473篇,…
PINGYANG_LIST = "在各级新闻媒体发布信息发布信息200余篇"


def test_a_list_nested_without_brackets_ends_at_an_item_of_another_channel():
    # the media list (55, 28, 43: each a 媒体) ends before the 公众号's 473, which is the 516's next part
    assert sums(run(PINGYANG)) == [(516, 673)]
    # with an exact inner total the inner list is read on its own and stops there too (126 of 200: fine)
    assert sums(run_variant(PINGYANG, (PINGYANG_LIST, "在各级新闻媒体发布信息200篇"))) == [(516, 673)]
    # an inner item of no channel of its own keeps the inner list running: where it ends is unclear, so the outer
    # list (516) says nothing (the inner one, read on its own, is compared with its 200余 as an exact 200 is)
    assert 516 not in outer(run_variant(PINGYANG, ("微信公众号共发布文章473篇", "其他文章473篇")))
    # inner parts that do not all name the inner total's channel say nothing of where it ends
    assert 516 not in outer(run_variant(PINGYANG, ("省级媒体发布28篇", "省级发布28篇")))


JIAXING = TEXT + "544_jiaxing_shichangjianguanju_2022.txt"  # 受理…11件,其中网络申请11件,申请办结数8件,结转下一年办理1件
SHAYIBAKE = TEXT + "493_urumqi_shayibakequ_zhengfuban_2023.txt"  # 受理…33件,其中本年新收33件,上年结转0件,结转至下年办理0件


def test_what_became_of_the_applications_is_no_part_of_those_received():
    # 申请办结数8件 and 结转下一年办理1件 follow the channel's 11: the list ends there (no 11-vs-20 sum); the
    # balance (11 received, 8 + 1 accounted for) is the finding
    res = run(JIAXING)
    assert not sums(res)
    assert [(f.expected, f.actual) for f in of(res, RULE) if "不平衡" in f.message] == [(11, 9)]
    # a second channel in the place of the outcome is a part (11 + 8 > 11)
    assert sums(run_variant(JIAXING, ("申请办结数8件", "信函申请8件"))) == [(11, 19)]
    # what was carried out is no part of what came in (33 = 33 + 0; the 5 carried out stands beside)
    assert not sums(run_variant(SHAYIBAKE, ("结转至下年办理0件", "结转至下年办理5件")))


PINGLIANG = TEXT + "760_pingliang_tuiyijunrenju_2023.txt"  # 419条(…194,81,144) 41条(…=40) 26条(…=34): no marker
LINXIA = TEXT + "764_linxia_shuiwuju_tradmirror_2024.txt"  # 主動公開信息共373條,通過…93條、…323條、其他方式公開13條
HEZHANG = TEXT + "780_hezhang_jiaotongju_2021.txt"  # 累计公布信息69条,工作动态61条,…航务管理1条,依申请公开事项办结1件
ANZHEN = TEXT + "614_xishan_anzhenjiedao_2025.txt"  # 累计公开信息59条,内容涵盖政务信息12条、…通知公告3条、…6条以及…1条
HANGZHOU = TEXT + "701_hangzhou_weijianwei_2023.txt"  # 网站共发布信息3972条,“健康杭州”官方微博更新5092条,…
QINDU = TEXT + "735_xianyang_qinduqu_2024.txt"  # …105件,快递17件,合计122件,上年结转11件,截至12月底已回复126件
BOZHOU = TEXT + "818_bozhou_shizhengfuban_partlist_2025.txt"  # 共收到…申请70件(其中网络渠道申请30件,信函申请40件,…)


def test_a_breakdown_in_brackets_straight_after_the_total_needs_no_marker():
    # 26条(权益维护8条,…英烈褒扬5条: the copy cuts the bracket): 34 > 26; the 419 and 41 lists of the same
    # sentence are read too (419 = 419; 40 of 41 says nothing: nothing says the list is whole)
    assert sums(run(PINGLIANG)) == [(26, 34)]
    assert sums(run_variant(PINGLIANG, ("时政要闻194条", "时政要闻200条"))) == [(419, 425), (26, 34)]
    # a bracket on a figure inside another bracket is not read against a 共 outside it
    assert not [f for f in of(run(BOZHOU), RULE) if f.expected == 30]


def test_a_run_after_a_total_said_as_one_is_its_breakdown():
    assert sums(run(LINXIA)) == [(373, 429)]
    # the run ends at the first item in another unit (办结1件): 61 + 5 + 3 + 1 = 70, not 75
    assert sums(run(HEZHANG)) == [(69, 70)]
    # a run below its total says nothing (52 of 59: the item joined by 以及 and the one before are left out)
    assert not sums(run(ANZHEN))
    # with no 共/累计 the counts after a figure are read as before: statements beside it
    assert not sums(run_variant(HEZHANG, ("累计公布信息69条", "公布信息69条")))
    # the channels of a website's count stand beside it; a 合计 closing the parts before is no total of what follows
    assert not sums(run(HANGZHOU)) and not sums(run(QINDU))


JIANGYONG = TEXT + "650_jiangyong_xzf_2023.txt"  # 4034条,其中 2657, 1377 (= 4034), then 24, 92, 745 across them
WUMING = TEXT + "408_wuming_fumingjituan_mirror_2023.txt"  # 77条,其中 six items = 77, 机构职能1条: 78


def test_after_qizhong_two_parts_that_make_the_total_end_the_list():
    assert not sums(run(JIANGYONG))
    assert sums(run_variant(JIANGYONG, ("县直及各乡镇1377条", "县直及各乡镇1300条"))) == [(4034, 4818)]
    # a longer run that makes the total before its last item is one breakdown that does not add up
    assert sums(run(WUMING)) == [(77, 78)]


WUWEI = TEXT + "762_wuwei_shenjiju_2022.txt"  # 主动公开信息128条…其中依申请公开0条,机构设置1条,…,其他信息2条,年度公开要点2条,…= 14
XIAOGUAN = TEXT + "712_suiyang_xiaoguanxiang_2022.txt"  # 46条,其中主动公开公文14条,依申请公开0条,…3条,…7条,以企业群众…
XIONGKOU = TEXT + "719_qianjiang_xiongkouguanliqu_2025.txt"  # 188条,其中 …其他文件信息4条,… nine items = 188
BEIBEI = TEXT + "488_beibei_chengxiangjianshewei_2022.txt"  # 1365条,其中 …其他政务服务信息564条,… six items = 1365


def test_an_other_item_among_a_forms_categories_says_the_list_is_whole():
    # 其他信息2条 is the 7th of 11: the categories are all there, and they make 14 of 128 (依申请公开0条 under a
    # 主动公开 total is another quantity: no part, no sign, but no item left uncounted either)
    assert sums(run(WUWEI)) == [(128, 14)]
    # the form's indicators with no 其他 item say nothing below their total (24 of 46)
    assert not sums(run(XIAOGUAN))
    # lists of five or more with 其他 among them add up where the report is right; one item less falls short
    assert not sums(run(XIONGKOU)) and not sums(run(BEIBEI))
    assert sums(run_variant(XIONGKOU, ("公益事业建设类信息127条", "公益事业建设类信息117条"))) == [(188, 178)]
    # without the 其他 item nothing says the list is whole
    assert not sums(run_variant(WUWEI, ("其他信息2条", "党建信息2条")))


NHC = TEXT + "703_guojia_weijianwei_mirror_2024.txt"  # 1046件。其中,…862件,占比82.4%;…171件,占比16.3%;当面提交13件,占比1.3%
YUHANG = TEXT + "310_yuhang_qzf_spammirror_2023.txt"  # 1641件,其中,…1156件,占70.44%;…470件,占28.64%,…15件,占比0.91%
PINGTAN = TEXT + "926_pingtan_shiyanqu_2023.txt"  # 办结81件，其中：…42件，占51.85%；…其他处理2件，占2.47%；…复议案件2件、…
DONGCHENG = TEXT + "469_dongchengjiedao_mirror_2019.txt"  # 52条,其中…6条,占11.54%,…3条,占5.77%,… (shares = 100 %)


def test_parts_set_off_by_semicolons_keep_their_remarks():
    # each part, a comma, its share; then ；: the list runs over the ；s (it used to end at the first, one part read)
    assert not sums(run(NHC)) and not sums(run(YUHANG))
    assert sums(run_variant(NHC, ("当面提交13件", "当面提交14件"))) == [(1046, 1047)]
    assert sums(run_variant(YUHANG, ("通过当面申请15件", "通过当面申请25件"))) == [(1641, 1651)]
    # the run ends at a figure said without its remark: 81 = 42 + 5 + 31 + 1 + 2, the 复议 2件 and 诉讼 7件 after
    # the last ； are counts of their own
    assert not sums(run(PINGTAN)) and sums(run_variant(PINGTAN, ("其他处理2件", "其他处理3件"))) == [(81, 82)]
    # a remark that is not a share or a change on the year before is a clause of its own: the list ends there
    assert not sums(run_variant(NHC, ("当面提交13件,占比1.3%", "当面提交14件,均已答复")))


def test_shares_that_make_100_percent_say_the_list_is_whole():
    # every part with its share of the total, the shares adding to 100: a sum below the total is wrong too
    res = run_variant(NHC, ("当面提交13件", "当面提交12件"))
    assert sums(res) == [(1046, 1045)] and "占比合计100%" in of(res, RULE)[0].message
    # the shares as items after a comma: the share of the part before, not an uncounted item
    assert not sums(run(DONGCHENG))
    assert sums(run_variant(DONGCHENG, ("民生事项32条", "民生事项31条"))) == [(52, 51)]
    # shares that do not make 100 (one missing from the list) say nothing: a selection may be short
    assert not sums(run_variant(DONGCHENG, ("民生事项32条,占61.54%,", "")))
    assert not sums(run_variant(NHC, ("当面提交13件,占比1.3%", "当面提交12件,占比11.3%")))


HONGSHENG = TEXT + "444_noaddress_hongshengxiang_2021.txt"  # 接受群众咨询190余次,其中 140次 + 55次 = 195
JINHUA = TEXT + "980_jinhua_shichangjianguanju_spammirror_2023.txt"  # 540余篇,其中 213 + 1 + 2
XINGGUO = TEXT + "680_xingguo_juncunxiang_mirror_2023.txt"  # 300余条,其中 2+11+2+28+27 and 其他300余条


def test_a_total_said_with_yu_stays_below_its_next_round_figure():
    # 190余次 is 190 to 199: 140 + 55 = 195 fits, 150 + 55 = 205 does not (a 余 total was never compared)
    assert not sums(run(HONGSHENG))
    assert sums(run_variant(HONGSHENG, ("咨询电话接听140次", "咨询电话接听150次"))) == [(190, 205)]
    assert not sums(run(JINHUA))
    assert sums(run_variant(JINHUA, ("媒体报道213篇", "媒体报道553篇"))) == [(540, 556)]
    # 其他300余条 under 300余条: the total may be 399, so 70 + 300余 may fit (the label reads it as printed)
    assert not sums(run(XINGGUO))
    assert sums(run_variant(XINGGUO, ("公共服务清单27条", "公共服务清单57条"))) == [(300, 400)]
    # below the total says nothing, whatever says the list is whole (其他 last): it may be up to 399
    assert not sums(run_variant(XINGGUO, ("其他300余条", "其他100条")))
    # 约 has no bound either side
    assert not sums(run_variant(HONGSHENG, ("群众咨询190余次", "群众咨询约190次"), ("咨询电话接听140次", "咨询电话接听150次")))


def test_a_bracket_never_closed_after_an_items_words_encloses_nothing():
    # 君山区商务局 2025: '…财政预决算及“三公”经费信息1条;其他业务信息(如市场体系建设、…等15条。' — the bracket opened after
    # 其他业务信息 never closes, so its 15 is the last part: 1 + 3 + 3 + 1 + 1 + 15 = 24 > 23
    page = TEXT + "2541_yueyang_junshan_shangwuju_2025.txt"
    [f] = [f for f in of(run(page), "prose.inconsistent") if f.expected == 23]
    assert f.actual == 24
    assert not [f for f in of(run_variant(page, ("等15条", "等14条")), "prose.inconsistent") if f.expected == 23]
    # one opened right after a figure still holds its list to the sentence's end (760: '公布服务信息26条(权益维护8条,…')
    [f] = [f for f in of(run(TEXT + "760_pingliang_tuiyijunrenju_2023.txt"), "prose.inconsistent") if f.expected == 26]
    assert f.actual == 34


def test_the_last_of_joined_counts_is_no_total_of_the_comma_run_after_it():
    # 无锡市司法局 2023 (mirror): '累计公布地方性法规80条、政府规章120条(…),规范性文件1044条(…)、立法后评估报告80条' — the
    # 120 is the second item of a 、-joined run, not a total of 1044 + 80 (the arrival's warning false alarm)
    page = TEXT + "2538_wuxi_sifaju_tradmirror_2023.txt"
    assert not [f for f in of(run(page), "prose.inconsistent") if f.expected == 120]
    alone = run_variant(page, ("累计公布地方性法规80条、政府规章120条", "累计公布政府规章120条"))  # said alone: a total
    assert [(f.expected, f.actual) for f in of(alone, "prose.inconsistent") if f.expected == 120] == [(120, 1124)]


def test_an_item_opening_with_linian_moves_on_from_the_list():
    # 泉州市鲤城区商务局 2019: '…信息总数119条,其中2019年主动公开政府信息共18条,历年累计66条,不予公开文件101条' — the 66
    # is the stock of every year, not a part (the arrival's two warning false alarms: 185 > 119, 66 > 18)
    page = TEXT + "2529_quanzhou_licheng_shangwuju_2019.txt"
    assert not of(run(page), "prose.inconsistent")
    from audits.prose.list_words import MOVES_ON
    assert MOVES_ON.match("历年累计66条") and MOVES_ON.match("累计66条") and not MOVES_ON.match("历史文化信息66条")
