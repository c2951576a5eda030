"""prose.inconsistent: a total set apart from its parts — a clause that says no count of its own between the total
and its 其中 (涉及…等, 未制发规范性文件, 主要公开内容有…: the parts are read against the figure before that clause,
lists._total_before), the next sentence opening its list by naming the kinds of what the total counts
(2024年主动公开的政府信息类别主要包括:…; 主要类别包括:…), a list opened by 具体为 ("specifically"), or a total restated after its parts with its noun
(共公开信息44条, 合计共221条). Real sentences, each as printed and with one figure edited."""
from __future__ import annotations

from audits.prose.list_bridges import read_paragraph
from test_audit_support import TEXT, document, of, run, run_variant

RULE = "prose.inconsistent"
BAOTING = TEXT + "1753_baoting_xianzhengfuban_mirror_2021.txt"  # 74条,涉及政策文件、…、公示公告等,其中…39条,…其他信息2条
SUZHOU = TEXT + "1810_suzhou_jiguanshiwuju_mirror_2024.txt"  # …等945条,未制发规范性文件;其中…共710条,…235条
QINGCHUAN = TEXT + "618_qingchuan_xiangcunzhenxingju_mirror_2021.txt"  # 98条,公开信息主要包括…等内容,其中,…66条,…32条
ANYUE = TEXT + "1711_anyue_weijianju_2022.txt"  # …20条,…8条,…6条,疫情防控信息10条,共公开信息44条
GUOYANG = TEXT + "1623_guoyang_shuiliju_2025.txt"  # …基础信息135条,…5条,水利领域信息81条,合计共221条
YONGCHUAN = TEXT + "1706_yongchuan_shichangjianguanju_2022.txt"  # 21218条政府信息,具体为局门户网站396条、…145条
DAYE = TEXT + "026_daye_ziranziyuan_guihuaju_2025.txt"  # 共受理依申请公开9件,具体为土地征收类6件,…1件,…1件,…1件
ANDING = TEXT + "724_pingjiang_andingzhen_2025.txt"  # 189条,公开内容分类细化、重点突出,具体为:…2条、…、今日平江发布84条
SHUANGXI = TEXT + "1731_panan_shuangxixiang_2024.txt"  # 49条,…100%。2024年主动公开的政府信息类别主要包括:…17条;…0条
HUDONG = TEXT + "865_lufeng_hudongzhen_pipe_2025.txt"  # …67条。主要类别包括:组织机构3条、…、工作动态52条、通知公告6条
LIANGSHAN = TEXT + "534_liangshan_zhouzfb_2021.txt"  # …重点领域信息2891条,政务新媒体…微信公众号和今日头条号分别发布信息…
SHUANGTA = TEXT + "716_chaoyang_shuangtaqu_2022.txt"  # …9540条,区档案局、图书馆…查阅中心分别接待查询14人,…
YANTA = TEXT + "872_yanta_minzhengju_pipe_2023.txt"  # 106条,主要公开内容有…及其他信息其中新闻动态35篇,…8篇,…63篇


def sums(res) -> list:
    return [(f.expected, f.actual) for f in of(res, RULE) if "所列各项" in f.message and f.severity == "warning"]


def test_parts_after_a_clause_on_what_the_total_covers_are_read_against_it():
    for path in (BAOTING, SUZHOU, QINGCHUAN, YANTA):
        assert not sums(run(path)), path  # each adds up as printed
    assert sums(run_variant(BAOTING, ("政策文件信息39条", "政策文件信息49条"))) == [(74, 84)]
    # the list closes with 其他信息2条: it is the whole, so a sum below the total is wrong too
    assert sums(run_variant(BAOTING, ("政策文件信息39条", "政策文件信息29条"))) == [(74, 64)]
    assert sums(run_variant(SUZHOU, ("发布信息235条", "发布信息245条"))) == [(945, 955)]
    assert sums(run_variant(QINGCHUAN, ("新媒体发布66条", "新媒体发布76条"))) == [(98, 108)]
    assert sums(run_variant(YANTA, ("新闻动态35篇", "新闻动态45篇"))) == [(106, 116)]


def test_a_clause_with_a_figure_of_its_own_stops_the_search():
    # '…整改政务公开相关问题10处,其中:发布扶贫信息43条…': 10处 is a count of its own, so the list is none of 130's
    res = run(TEXT + "112_wenzhou_dongtou_nongyenongcunju_2021.txt")
    assert not sums(res)


def test_a_total_after_its_parts_may_name_their_noun():
    assert not sums(run(ANYUE)) and not sums(run(GUOYANG))
    # the total closes the run, so the list is the whole: a sum above or below it is wrong
    assert sums(run_variant(ANYUE, ("疫情防控信息10条", "疫情防控信息12条"))) == [(44, 46)]
    assert sums(run_variant(ANYUE, ("疫情防控信息10条", "疫情防控信息8条"))) == [(44, 42)]
    assert sums(run_variant(GUOYANG, ("水利领域信息81条", "水利领域信息91条"))) == [(221, 231)]


def test_a_list_opened_by_juti_wei_is_read():
    for path in (YONGCHUAN, DAYE, ANDING):
        assert not sums(run(path)), path
    assert sums(run_variant(YONGCHUAN, ("(重庆)20580条", "(重庆)20590条"))) == [(21218, 21228)]
    assert sums(run_variant(DAYE, ("土地征收类6件", "土地征收类7件"))) == [(9, 10)]
    # a clause on the contents between the total and 具体为 too
    assert sums(run_variant(ANDING, ("今日平江发布84条", "今日平江发布94条"))) == [(189, 199)]


def test_a_sentence_naming_the_kinds_of_the_figure_before_lists_its_parts():
    assert not sums(run(SHUANGXI)) and not sums(run(HUDONG))
    assert sums(run_variant(SHUANGXI, ("政府信息17条", "政府信息27条"))) == [(49, 59)]
    # the list names a category with 0 (磐安公共资源交易中心0条): it is the whole, so below is wrong too
    assert sums(run_variant(SHUANGXI, ("政府信息17条", "政府信息7条"))) == [(49, 39)]
    assert sums(run_variant(HUDONG, ("工作动态52条", "工作动态62条"))) == [(67, 77)]


def test_fenbie_splits_the_words_right_before_it_never_a_total_behind_them():
    # '分别' is said of the outlets just named, whose counts follow it: no list of the 2891 or the 9540
    for path, total in ((LIANGSHAN, "2891条"), (SHUANGTA, "9540条")):
        read = [r for line in document(path).text.splitlines() for _, _, r in read_paragraph(line)]
        assert not [r for r in read if r.total.group(0) == total], path
        assert not sums(run(path))
