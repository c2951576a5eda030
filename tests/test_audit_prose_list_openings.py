"""Lists the reader left unread, cut short or summed wrong (audits/prose/lists.py, list_parts.py, parts.py, items.py):
a 其中 after a sentence of several figures, a list opened by 在…中, a share printed with words between 占 and its
figure or without 占, a separator that changes after a verb-led category, and the old form's split of all
information by how it was handled. Real sentences, each as printed and with one figure edited."""
from __future__ import annotations

from test_audit_support import TEXT, of, run, run_variant

RULE = "prose.inconsistent"
LINXIA = TEXT + "1540_linxia_gonganju_2023.txt"  # 754条,…2808条,…54条。其中,微信公众号…1205条、微博12984条…
LIUPANSHUI = TEXT + "909_liupanshui_zhengfuban_2023.txt"  # 22件,其中…答复21件,结转…1件。在已答复的信件中,予以公开7件…
YONGAN = TEXT + "1241_yongan_weijianju_2024.txt"  # 30条,其中24条…6条…0条。在公开信息中,…4条,…11条,…9条
FUTIAN = TEXT + "1530_futian_huafujiedao_2020.txt"  # 394条。在主动公开的信息中,…216条,占总体比例的55 %;…
DAPING = TEXT + "1103_anyue_dapingzhen_2021.txt"  # 127条。在本年度主动公开的政府信息中,…2条,重点工作类60条,…
CHANGQIAO = TEXT + "1526_guangchang_changqiaoxiang_2019.txt"  # 57条:其中部门公告4条,信息公开总量的7.02%;…
HAICHENG = TEXT + "1510_anshan_haicheng_shizhengfuban_2025.txt"  # 95件。其中:…24件,约占总量的26%;…
LINFEN = TEXT + "1550_linfen_kaifaqu_2020.txt"  # 1505条,其中…6条、…19条,…31条,发布…52条,转载…640条
NANFENG = TEXT + "1527_guanghan_nanfengzhen_2020.txt"  # 总数为304条,其中主动公开…304条,年度报告为1条,依申请…0条…
QINBEI = TEXT + "907_qinbei_changtanzhen_2022.txt"  # 28条。其中法定主动公开信息28条,财政信息3条,…
XUSHUGUAN = TEXT + "2210_suzhou_xushuguan_jingkaiqu_mirror_2023.txt"  # 政务新媒体1个,按政务新媒体类型分,微信公众号1个、…
GUANDU = TEXT + "725_hechuan_guanduzhen_2025.txt"  # …其他渠道132条;按类别划分,政务信息类137条、…


def sums(res, severity: str = "warning") -> list:
    return [(f.expected, f.actual) for f in of(res, RULE) if "所列各项" in f.message and f.severity == severity]


def test_a_qizhong_after_several_figures_lists_parts_of_their_sum():
    # the five platforms are parts of one of the three channel counts or of all three: 16949 > 754 + 2808 + 54
    assert sums(run(LINXIA)) == [(3616, 16949)]
    assert "前句各数之和" in of(run(LINXIA), RULE)[0].message
    # below the sum nothing is said (which figure the items split is unknown)
    assert not sums(run_variant(LINXIA, ("微博12984条", "微博12条"), ("今日头条1118条", "今日头条11条")))
    # 在已答复的信件中 after 22, 21 and 1: 7 + 6 + 8 = 21; 22 is split into 21 and 1 (no figure is counted twice), so
    # the list splits 22 or one of its parts: above 22 the parts are wrong under any reading
    assert not of(run(LIUPANSHUI), RULE)
    assert sums(run_variant(LIUPANSHUI, ("予以公开7件", "予以公开40件"))) == [(22, 54)]
    assert not of(run(YONGAN), RULE)
    # (the shares printed, 4 of 24 = 16.67 %, 9 of 24 = 37.5 %, are of the 24 published: that is the list's total)
    assert sums(run_variant(YONGAN, ("行政许可类信息11条", "行政许可类信息50条"))) == [(24, 63)]


def test_a_list_opened_by_zai_zhong_is_read_as_a_qizhong():
    assert not of(run(FUTIAN), RULE)
    # the three channels, each with its share, make the 394 (55 + 17 + 28 = 100 %): the list is the whole
    assert sums(run_variant(FUTIAN, ("其他方式公开信息113条", "其他方式公开信息115条"))) == [(394, 396)]
    assert sums(run_variant(FUTIAN, ("其他方式公开信息113条", "其他方式公开信息110条"))) == [(394, 391)]
    assert not of(run(DAPING), RULE)
    assert sums(run_variant(DAPING, ("重点工作类60条", "重点工作类70条"))) == [(127, 137)]


def test_a_share_with_words_before_its_figure_or_without_zhan_is_a_remark():
    # '信息公开总量的7.02%' (no 占) used to end the list after its first part
    assert not of(run(CHANGQIAO), RULE)
    assert sums(run_variant(CHANGQIAO, ("工作动态43条", "工作动态45条"))) == [(57, 59)]
    assert sums(run_variant(CHANGQIAO, ("工作动态43条", "工作动态41条"))) == [(57, 55)]  # shares make 100 %
    # '约占总量的26%': read; the shares (26 + 69 + 3 = 98 %) say the list leaves some out, so 93 of 95 is no note
    assert not of(run(HAICHENG), RULE)
    assert sums(run_variant(HAICHENG, ("信函邮寄申请66件", "信函邮寄申请70件"))) == [(95, 97)]


def test_a_list_runs_on_past_a_comma_over_a_category_named_after_its_verb():
    assert not of(run(LINFEN), RULE)
    assert sums(run_variant(LINFEN, ("重要新闻640条", "重要新闻650条"))) == [(1505, 1515)]
    assert sums(run_variant(LINFEN, ("文件52条", "文件62条"))) == [(1505, 1515)]


def test_the_old_forms_split_by_handling_leaves_the_details_of_zhudong_gongkai_out():
    # the 年度报告 is one of the 304 published: 304 + 0 + 0 = 304
    assert not of(run(NANFENG), RULE)
    assert sums(run_variant(NANFENG, ("依申请公开信息数为0条", "依申请公开信息数为3条"))) == [(304, 307)]
    # without 依申请/不予公开 beside it, the items after 法定主动公开 28 are listed side by side (the label's reading)
    assert sums(run(QINBEI)) == [(28, 34)]


def test_a_split_by_kind_after_the_totals_comma_opens_a_list():
    # 2210 as printed: 微信公众号1个 + 视频号1个 = 2 > 政务新媒体1个
    assert sums(run(XUSHUGUAN)) == [(1, 2)]
    assert not sums(run_variant(XUSHUGUAN, ("等政务新媒体1个", "等政务新媒体2个")))
    assert sums(run_variant(XUSHUGUAN, ("按政务新媒体类型分", "按政务新媒体类型划分"))) == [(1, 2)]
    # a split opening a clause of its own after ；may split any figure before it: read as before, nothing more
    assert [e for e, _ in sums(run(GUANDU))] == [827]
