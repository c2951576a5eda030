"""How far a listed total reaches, and which published counts are the same quantity, on the held-out pages
of stop 18 that the readers stopped on: a total said figure first (8条信息), in brackets ((1386)条), with a
comma before its bracketed list, with a change from the year before between it and its 。其中; a list that
changes separator while short of its total; a total that names the media; a list already closed before a
figure without unit; a channel named in the clause a count continues; a count of one numbered item's domain.
Real sentences, and the same sentences with one word changed."""
from __future__ import annotations

from audits.context import Context
from audits.prose.parts import listings
from test_audit_support import TEXT, of, run, run_variant

RULE = "prose.inconsistent"
HAIKOU = TEXT + "901_haikou_gaoxinqu_mirror_2022.txt"  # 政务信息(1386)条，其中:(22)条、(1335)条,(350)条 = 1707
GANGU_SJ = TEXT + "903_gangu_shichangjianguanju_2022.txt"  # 各级政务平台和媒体平台报送工作信息96条，其中 nine outlets = 250
SHUGUANG = TEXT + "906_linhe_shuguangxiang_2022.txt"  # 总共发布8条信息,其中 eight items = 9
CHANGJI = TEXT + "913_changji_zhengziju_2022.txt"  # 26709个其中 four parts = 26709, then 公共资源交易…8453(其中…)
PINGTAN_2019 = TEXT + "922_pingtan_shiyanqu_2019.txt"  # 2599条，(其中 eleven parts … 其他…856条) = 2533
PINGTAN_2022 = TEXT + "925_pingtan_shiyanqu_2022.txt"  # 全区…14571条; 二是做好各类规划公开。…专栏，本年度公开信息77条
PINGTAN_2023 = TEXT + "926_pingtan_shiyanqu_2023.txt"  # 全区…13561条; 四是强化基层政务公开，…，公开信息1654条
JUNSHAN = TEXT + "929_pingtan_junshanpianqu_2022.txt"  # 156条，其中 four parts ， then three ； = 151
WUCHENG = TEXT + "942_dezhou_sthjj_wucheng_fenju_2021.txt"  # 128条,与去年相比增加40条。其中 106 + 183
TOUCU = TEXT + "946_nanjing_touzicujinju_tradmirror_2021.txt"  # 公众号…訂閱…個,全年發布信息189條;頭條號…,全年發布信息1047條
SHUIYANG = TEXT + "690_xuanzhou_shuiyangzhen_tradmirror_2023.txt"  # 716條,其中 、 and ， mixed, twelve parts = 352
CCXI = TEXT + "163_ccxi_jiaowenweiju_2025.txt"  # 发布了401条信息,其中…55项,…3项,…4条,…11条
TIANMEN = TEXT + "718_tianmen_szfb_2025.txt"  # 124条,其中 six parts with 、 = 101,其他23条 = 124
HLJ = TEXT + "671_heilongjiang_shengtaihuanjingting_tradmirror_2022.txt"  # 案件89件,其中2件、罚款…万元,31件,11件,23件,22件
ZHUJIAN = TEXT + "506_jiangmen_zhujianju_mirror_2023.txt"  # 一是及时主动公开。…主动公开政府信息765条
HAIMEN = TEXT + "940_nantong_haimen_qzf_2020.txt"  # 一是继续做好主动公开,2020年度,…主动发布信息31852条


def sums(res) -> list:
    return [(f.expected, f.actual) for f in of(res, RULE) if "所列各项" in f.message and f.severity != "info"]


def notes(res) -> list:
    return [(f.expected, f.actual) for f in of(res, RULE) if "所列各项" in f.message and f.severity == "info"]


def twice(res) -> list:
    return [(f.expected, f.actual) for f in of(res, RULE) if "同一数量" in f.message]


def test_a_total_said_figure_first_before_its_noun():
    # 总共发布8条信息,其中…: the total's figure stands before 信息 (it used to need the figure last)
    assert sums(run(SHUGUANG)) == [(8, 9)]
    assert not sums(run_variant(SHUGUANG, ("总共发布8条信息", "总共发布9条信息")))
    # another page of this shape: 发布了401条信息,其中 55项, 3项 (another unit), 4条, 11条 is read, and says nothing
    # (items in 项 stand in it: not every item counted, so a sum below the total is no finding)
    res = run(CCXI)
    read = [x for x in listings(Context(res.report, res.text).prose) if x.total == 401]
    assert [p.value for p in read[0].parts] == [4, 11] and not read[0].complete and not sums(res)


def test_figures_in_brackets_and_a_list_whose_separator_changes():
    # 发布政务信息(1386)条,其中:概况类信息(22)条、政务动态信息(1335)条,信息公开目录(350)条: the bracketed figures
    # are read, the list runs past the comma (the parts so far, 1357, fall short of the total), and the message
    # quotes the figures as printed
    f = [x for x in of(run(HAIKOU), RULE) if "所列各项" in x.message]
    assert [(x.expected, x.actual) for x in f] == [(1386, 1707)] and "(1386)条" in f[0].message
    assert not sums(run_variant(HAIKOU, ("目录(350)条", "目录(29)条")))  # 22 + 1335 + 29 = 1386
    # the same page's (29)件全部办结,其中主办(6)件,协办(23)件 closes: nothing
    assert not [x for x in of(run(HAIKOU), RULE) if "29" in x.message]


def test_a_list_runs_on_past_a_semicolon_while_short_of_its_total():
    # 156条，其中 12，0，2，12；47；33；其他…45条: the list used to end at the first ； (26 shown for 151)
    assert sums(run(JUNSHAN)) == [(156, 151)]
    # an item after the ； that states its own publishing through an outlet ends the list there (no 151 read); the
    # four parts before it (26, a 0 among them) are not shown whole, as the categories run on after it (33, 其他 45)
    assert sums(run_variant(JUNSHAN, ("12条;突发公共事件应急预案类信息47条", "12条;微信公众号发布信息47条"))) == []
    # another page: 716條,其中 、 and ， mixed — the twelve categories are read (352), a note, not a warning
    assert notes(run(SHUIYANG)) == [(716, 352)]
    # …政府会议20条,其他23条: the remainder after the comma is read, and the list closes (101 + 23 = 124)
    assert not of(run(TIANMEN), RULE)
    assert sums(run_variant(TIANMEN, ("其他23条", "其他25条"))) == [(124, 126)]
    # 案件89件,其中按日计罚案件2件、罚款802.3万元,查封扣押案件31件,…: the cases after the comma make the 89
    assert not of(run(HLJ), RULE)
    assert sums(run_variant(HLJ, ("环境污染犯罪案件22件", "环境污染犯罪案件32件"))) == [(89, 99)]


def test_a_comma_before_the_bracketed_list():
    assert (2599, 2533) in sums(run(PINGTAN_2019))
    assert (2599, 2533) in sums(run_variant(PINGTAN_2019, ("2599条,(其中", "2599条(其中")))


def test_a_change_from_the_year_before_is_said_of_the_total():
    # 128条,与去年相比增加40条。其中 106 + 183: the 其中 sentence joins the total, never the 40
    assert sums(run(WUCHENG)) == [(128, 289)]
    assert sums(run_variant(WUCHENG, ("增加40条。其中", "增加40条,其中"))) == [(128, 289)]


def test_a_total_that_names_the_media_names_every_outlet():
    # …政务平台和媒体平台报送工作信息96条，其中 nine outlets: 新天水客户端81条 is a part although the sum passed 96
    assert sums(run(GANGU_SJ)) == [(96, 250)]
    # a total that names no media: a new outlet's count once the parts make the total stands beside it
    assert sums(run_variant(GANGU_SJ, ("政务平台和媒体平台报送", "政务平台报送"))) == [(96, 112)]


def test_a_closed_list_does_not_run_into_a_figure_without_unit():
    # 26709个其中 2261 + 19944 + 1669 + 2835 = 26709, then …公告类信息8453(其中…): the outer list's next item
    assert not sums(run(CHANGJI))
    # while the parts fall short, a figure whose unit the copy dropped is still read in the list's unit
    assert sums(run_variant(CHANGJI, ("村社区2835个", "村社区2834个"))) == [(26709, 35161)]


def test_a_count_continuing_a_clause_that_names_its_channel():
    # 微信公眾號共有訂閱10069個,全年發布信息189條;投資南京今日頭條號訂閱7508個,全年發布信息1047條: two channels
    assert not twice(run(TOUCU))
    assert twice(run_variant(TOUCU, ("投资南京今日头条号订阅", "微信公众号订阅"))) == [(189, 1047)]


def test_a_count_in_a_numbered_item_about_one_domain():
    # the year's total against one item's count: 规划 专栏 (925), 基层 (926), three bureaus' domains (922)
    assert not twice(run(PINGTAN_2022)) and not twice(run(PINGTAN_2023)) and not twice(run(PINGTAN_2019))
    # an item that names no domain of its own (政务公开, 主动公开) leaves the count the year's
    for path, value in ((ZHUJIAN, 765), (HAIMEN, 31852)):
        res = run(path)
        quantities = [c.extra["quantity"] for c in Context(res.report, res.text).claims
                      if c.kind == "disclosed" and c.value == value]
        assert quantities and all(q[1] == "信息" for q in quantities), (path, quantities)
    assert twice(run_variant(PINGTAN_2023, ("四是强化基层政务公开", "四是强化政务公开"))) == [(13561, 1654)]
