"""prose.inconsistent on published counts (主动公开/发布 信息 N条 through one channel) and prose.table_mismatch on
table 二(一)'s column headers written in the prose (规章对外公开总数量1件), on real held-out report pages."""
from __future__ import annotations

from test_audit_support import TEXT, document, of, run, run_cell, run_variant

P425 = TEXT + "425_baiyin_tongjiju_2020.txt"  # 政务公开网站: 31条 in 一(一), 32条 in 一(二)
P429 = TEXT + "429_yangling_shenjiju_2022.txt"  # 审计信息栏目 20条 in 一(一), 审计信息专栏 16条 in 一(四)
P424 = TEXT + "424_huitong_linyeju_2020.txt"  # '规章对外公开总数量1件', table 二 规章 0/0/0 (2019 layout)
P156 = TEXT + "156_xiliuzhen_spammirror_2023.txt"  # 微信 149, 微博 149, 抖音 46, 快手 46: four channels

S425 = "在政务公开网站主动公开政务信息数32条"
S429 = "全年通过审计信息专栏公开政府信息16条"
S429_FIRST = "2022年,我局通过示范区管委会网站审计信息栏目公开信息20条。"


def test_one_channel_count_stated_twice_with_different_numbers():
    hit = of(run(P425), "prose.inconsistent")
    assert [(f.expected, f.actual) for f in hit] == [(31, 32)]
    assert len(hit[0].evidence) == 2 and hit[0].severity == "warning"
    assert "政务公开网站" in hit[0].message
    assert not of(run_variant(P425, (S425, S425.replace("32条", "31条"))), "prose.inconsistent")


def test_a_section_of_a_site_named_twice_in_two_words_is_one_channel():
    hit = of(run(P429), "prose.inconsistent")  # 审计信息栏目 / 审计信息专栏; 信息 / 政府信息
    assert [(f.expected, f.actual) for f in hit] == [(20, 16)]
    text = document(P429).text  # the evidence holds each statement with its channel
    assert [text[a:b] for a, b in hit[0].evidence] == ["我局通过示范区管委会网站审计信息栏目公开信息20条",
                                                       "全年通过审计信息专栏公开政府信息16条"]
    assert not of(run_variant(P429, (S429, S429.replace("16条", "20条"))), "prose.inconsistent")


def test_another_year_or_a_change_is_another_quantity():
    assert not of(run_variant(P429, (S429, S429.replace("全年", "2021年"))), "prose.inconsistent")
    assert not of(run_variant(P429, (S429, "上年通过审计信息专栏公开政府信息16条")), "prose.inconsistent")
    assert not of(run_variant(P429, (S429, "全年通过审计信息专栏公开政府信息较上年增加16条")), "prose.inconsistent")


def test_other_channels_subjects_or_verbs_are_other_quantities():
    assert not of(run(P156), "prose.inconsistent")
    assert not of(run_variant(P429, (S429, "全年通过微信公众号公开政府信息16条")), "prose.inconsistent")
    assert not of(run_variant(P429, (S429, "全年通过审计信息专栏公开工作动态16条")), "prose.inconsistent")
    assert not of(run_variant(P429, (S429, "全年通过审计信息专栏发布信息16条")), "prose.inconsistent")


def test_a_part_is_never_compared_with_its_own_total():
    part = "2022年,我局主动公开政府信息20条。其中公开政务信息16条。"
    assert not of(run_variant(P429, (S429_FIRST, part)), "prose.inconsistent")
    second = "2022年,我局主动公开政府信息20条。全年公开政务信息16条。"
    hit = of(run_variant(P429, (S429_FIRST, second)), "prose.inconsistent")
    assert [(f.expected, f.actual) for f in hit] == [(20, 16)]


def test_a_2019_column_header_in_the_prose_names_its_column():
    hit = of(run(P424), "prose.table_mismatch")
    assert [(f.expected, f.actual, f.cells) for f in hit] == [(0, 1, ["active_disclosure.regulations.total"])]
    assert not of(run_cell(P424, "active_disclosure.regulations.total", 1), "prose.table_mismatch")
    said = "规章对外公开总数量1件"
    assert not of(run_variant(P424, (said, "规章本年新制作数量0件")), "prose.table_mismatch")
    hit = of(run_variant(P424, (said, "规范性文件本年新公开数量2件")), "prose.table_mismatch")
    assert [(f.expected, f.actual, f.cells) for f in hit] == [
        (0, 2, ["active_disclosure.normative_documents.published"])]


def test_a_count_with_no_object_after_its_verb_takes_the_words_around_it():
    first = (S429_FIRST, "2022年,我局共公开20条。")
    hit = of(run_variant(P429, first, (S429, "全年共公开16条")), "prose.inconsistent")
    assert [(f.expected, f.actual) for f in hit] == [(20, 16)]
    assert not of(run_variant(P429, first, (S429, "全年公开16条政务动态")), "prose.inconsistent")
    assert not of(run_variant(P429, first, (S429, "全年社区事务公开16条")), "prose.inconsistent")


def test_a_document_count_stated_twice_by_the_same_issuer():
    said = "现行有效的规范性文件0件。"  # 156: '西柳镇人民政府办公室共制定规范性文件0件,废止…0件,现行有效的规范性文件0件。'
    again = said + "全年西柳镇人民政府办公室共制定规范性文件2件。"
    hit = of(run_variant(P156, (said, again)), "prose.inconsistent")
    assert [(f.expected, f.actual) for f in hit] == [(0, 2)]
    other = said + "全年镇党委共制定规范性文件2件。"  # another issuer: another quantity
    assert not of(run_variant(P156, (said, other)), "prose.inconsistent")


P2089 = TEXT + "2089_neimenggu_jiaotongyunshuting_2024.txt"
# '集中公开现行有效规范性文件43件' … '全面清理后列入继续有效目录的行政规范性文件43件,废止6件'
S2089 = "继续有效目录的行政规范性文件43件"


def test_an_in_force_count_stated_twice_whatever_verb_phrase_leads_to_it():
    # held-out 2089: 清理后 is done (the stock it left is in force), and 集中公开 / 列入继续 name no issuer
    assert not of(run(P2089), "prose.inconsistent")
    hit = of(run_variant(P2089, (S2089, S2089.replace("43件", "45件"))), "prose.inconsistent")  # w2089_43
    assert [(f.expected, f.actual) for f in hit] == [(43, 45)]
    # said of the documents cleared (清理 with no 后): another count
    assert not of(run_variant(P2089, (S2089, S2089.replace("43件", "45件")), ("全面清理后列入", "全面清理并列入")),
                  "prose.inconsistent")


P474 = TEXT + "474_fuzhou_tongjiju_spammirror_2022.txt"  # 市统计局门户网站 22条 vs 政府网站 …等信息55条
S474 = "通过政府网站公开政府文件、政策解读、财政预决算公开等信息55条"


def test_the_organs_own_site_under_two_names_is_one_channel():
    # the organ's site named by itself (市统计局门户网站) and a 政府网站 naming no territory; 等信息 is all 信息
    hit = of(run(P474), "prose.inconsistent")
    assert [(f.expected, f.actual) for f in hit] == [(22, 55)]
    assert not of(run_variant(P474, (S474, S474.replace("55条", "22条"))), "prose.inconsistent")
    # another territory's site (市政府网站 in a 统计局's report) or another organ's stays its own channel
    for other in ("市政府网站", "省统计局网站"):
        assert not of(run_variant(P474, (S474, S474.replace("政府网站", other, 1))), "prose.inconsistent"), other


P426 = TEXT + "426_huining_gongxinju_2021.txt"  # 门户网站: categories 5+4+1+1+5+5 = 21; elsewhere 门户网站 20条
S426 = "2021年通过政府门户网站公开政策法规5条"


def test_categories_published_through_a_channel_above_its_stated_count():
    hit = [f for f in of(run(P426), "prose.inconsistent") if "所列各类" in f.message]
    assert [(f.expected, f.actual) for f in hit] == [(20, 21)]
    assert not of(run_variant(P426, ("政策解读5条。", "政策解读4条。")), "prose.inconsistent")  # 20: adds up
    # below the channel's count the categories may be a selection: no finding
    assert not of(run_variant(P426, ("政策解读5条。", "政策解读1条。")), "prose.inconsistent")
    # another channel's categories are not that count's parts
    assert not of(run_variant(P426, (S426, S426.replace("政府门户网站", "公示栏"))), "prose.inconsistent")
