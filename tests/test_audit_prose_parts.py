"""prose.inconsistent, a total against the parts listed with it (共公开信息213条，其中A 184条、B 35条…): real
sentences whose parts add up to more than their total, and real sentences that add up — or are lists of
a selection, other units, shares, or lists nested in brackets — with one word or number changed."""
from __future__ import annotations

from audits.context import Context
from audits.prose.parts import listings
from test_audit_support import SEED, TEXT, of, run, run_variant

RULE = "prose.inconsistent"
KAIZHOU = TEXT + "405_kaizhou_dajinzhen_2024.txt"  # 213条，其中 184；35（其中 9 parts = 35）；1；1
XIAOLONGKAN = TEXT + "406_shapingba_xiaolongkan_jiedao_2023.txt"  # 346条，内容包括 240、1、36、two uncounted、70
FUMING = TEXT + "408_wuming_fumingjituan_mirror_2023.txt"  # 77条，其中 seven parts adding to 78
WENDENG = TEXT + "005_weihai_wendeng_zhujianju_2019.txt"  # 227条，其中 85，21，6，76，39 = 227
BAISHA = TEXT + "407_baisha_xianzf_2023.txt"  # 6931条，其中 124、2239、2009: a selection
HESHUI = TEXT + "445_heping_heshuizhen_notables_2024.txt"  # 21条，其中 4、5、4、0、1 = 14
HUADU = TEXT + "447_huadu_qichecheng_spammirror_notables_2022.txt"  # 53条，其中 4、5、3、38篇、2、其他1
WENDENG_LIST = "共主动公开政府信息227条,其中工作动态85条,公告公示21条,政策文件及解读6条,重点领域信息公开76条,其他信息39条。"


def parts(res) -> list:
    return [f for f in of(res, RULE) if "所列各项" in f.message]


def test_parts_above_their_total_are_found_in_real_reports():
    for path, total, summed in ((KAIZHOU, 213, 221), (XIAOLONGKAN, 346, 347), (FUMING, 77, 78)):
        hit = parts(run(path))
        assert [(f.expected, f.actual) for f in hit] == [(total, summed)], path
        assert "多于总数" in hit[0].message and f"{total}条" in hit[0].message
        a, b = hit[0].evidence[0]
        sentence = run(path).text[a:b]
        assert f"{total}条" in sentence.replace(" ", "") and sentence.rstrip().endswith("。")


def test_parts_that_add_up_are_not_found():
    assert not parts(run(WENDENG))
    assert not parts(run(SEED + "000_dfbaa25dea7f00ff.txt"))  # 12121条，其中：9924条、2197条
    assert not parts(run_variant(FUMING, ("发布信息77条", "发布信息78条")))
    res = run_variant(WENDENG, ("信息227条", "信息200条"))  # the same list under a smaller total
    assert [(f.expected, f.actual) for f in parts(res)] == [(200, 227)]


def test_a_list_after_qizhong_may_be_a_selection_unless_it_says_it_is_whole():
    # 其中 and three categories, none 0, no 其他: the parts may be a selection (6931 > 124+2239+2009)
    assert not parts(run(BAISHA))
    whole = run_variant(WENDENG, ("信息227条,其中", "信息250条,分别为"))
    assert [(f.expected, f.actual) for f in parts(whole)] == [(250, 227)] and "少于总数" in parts(whole)[0].message
    restated = run_variant(WENDENG, ("信息227条", "信息250条"), ("其他信息39条。", "其他信息39条,合计250条。"))
    assert [(f.expected, f.actual) for f in parts(restated)] == [(250, 227)]
    # 406 lists two items without a figure: its sum is a lower bound, never "below" even if declared whole
    assert not parts(run_variant(XIAOLONGKAN, ("公开信息346条,内容包括", "公开信息400条,分别为")))


def test_units_must_agree_and_shares_are_never_parts():
    # one part counted in another unit (人次): only the 条 parts count (1+27+4+6+2+1 = 41 < 77)
    assert not parts(run_variant(FUMING, ("招标投标信息37条", "招标投标信息37人次")))
    # 件 (documents) and 篇 (articles) count published items as 条 does: still 78 > 77
    for word in ("件", "篇"):
        assert [(f.expected, f.actual) for f in parts(run_variant(FUMING, ("招标投标信息37条", "招标投标信息37" + word)))] \
            == [(77, 78)], word
    # a share after a part is no part, and does not end the list
    res = run_variant(FUMING, ("招标投标信息37条,", "招标投标信息37条,占比48%,"))
    assert [(f.expected, f.actual) for f in parts(res)] == [(77, 78)]


def test_chinese_numerals_are_read():
    res = run_variant(FUMING, ("发布信息77条", "发布信息七十七条"), ("机构职能1条", "机构职能一条"))
    assert [(f.expected, f.actual) for f in parts(res)] == [(77, 78)]


def test_a_bracketed_list_is_its_own_list_and_an_unbracketed_nested_list_ends_the_outer_one():
    res = run(KAIZHOU)
    ctx = Context(res.report, res.text)
    inner = [item for item in listings(ctx.prose) if item.total == 35]
    assert inner and inner[0].sum == 35  # 法定主动公开35条（其中政策文件6条、…）: nine parts, never summed outside
    res = run_variant(KAIZHOU, ("法定主动公开35条", "法定主动公开30条"))
    assert sorted((f.expected, f.actual) for f in parts(res)) == [(30, 35), (213, 216)]
    # the same nested list without brackets: its items are set off by 、 and the outer list's by ；, so the inner
    # list ends at the ； and the outer one goes on after it: 184 + 35 + 1 + 1 = 221 > 213 (it used to stop at the
    # inner list, 219)
    res = run_variant(KAIZHOU, ("35条(其中", "35条,其中"), ("宅基地使用情况审核2条)", "宅基地使用情况审核2条"))
    assert [(f.expected, f.actual) for f in parts(res)] == [(213, 221)]
    res = run_variant(KAIZHOU, ("35条(其中", "35条,其中"), ("宅基地使用情况审核2条)", "宅基地使用情况审核2条"),
                      ("工作动态184条", "工作动态170条"))
    # 170 + 35 + 1 + 1 < 213: read as the bracketed list is, a note (a category list not said to be whole)
    assert [(f.severity, f.expected, f.actual) for f in parts(res)] == [("info", 213, 207)]
    assert [(f.severity, f.expected, f.actual) for f in parts(run_variant(KAIZHOU, ("工作动态184条", "工作动态170条")))] \
        == [("info", 213, 207)]


def test_a_count_stated_beside_the_list_is_not_a_part():
    # 云林街道主动公开政府信息172条，其中 seven parts = 172，云林新韵微信公众号发布信息224条: another channel's count
    assert not parts(run(TEXT + "119_wuxi_xishan_yunlinjiedao_2019.txt"))
    # a channel the total names is one of its parts (…官方微博微信等主动公开政府信息25214条，其中…微博13970条、微信2539条)
    res = run(TEXT + "411_nanchang_qingshanhu_qzf_2022.txt")
    item = next(i for i in listings(Context(res.report, res.text).prose) if i.total == 25214)
    assert item.sum == 25214 and len(item.parts) == 5
    # a comparison after the list ends it (同比增长…条 is no part)
    res = run_variant(WENDENG, ("其他信息39条。", "其他信息39条,同比增长30条。"))
    assert not parts(res)


def test_a_list_naming_a_zero_category_is_whole_and_may_not_fall_short():
    hit = parts(run(HESHUI))
    assert [(f.expected, f.actual) for f in hit] == [(21, 14)]
    assert "少于总数" in hit[0].message and "0条的一项" in hit[0].message
    # the same list without its 0 category: a selection, whatever it sums to
    # (and without its 其他文件 among five parts, the other sign of a whole list)
    assert not parts(run_variant(HESHUI, ("政务(工作)动态信息0条", "政务(工作)动态信息2条"), ("其他文件4条", "党建文件4条")))
    assert parts(run_variant(HESHUI, ("政务(工作)动态信息0条", "政务(工作)动态信息2条")))
    assert not parts(run_variant(HESHUI, ("主动公开政府信息21条", "主动公开政府信息14条")))  # adds up


def test_a_list_closing_with_its_remainder_is_whole_and_may_not_fall_short():
    hit = parts(run_variant(WENDENG, ("信息227条", "信息250条")))  # …其他信息39条。
    assert [(f.expected, f.actual) for f in hit] == [(250, 227)] and "「其他」收尾" in hit[0].message
    assert not parts(run_variant(WENDENG, ("信息227条", "信息250条"), ("其他信息39条", "专题信息39条")))
    # 其他 last, but one item counted in 篇 (工作动态38篇): the 条 parts are not the whole list (with it: 53)
    assert not parts(run(HUADU))
    assert [(f.expected, f.actual) for f in parts(run_variant(HUADU, ("工作动态38篇", "工作动态38条"),
                                                              ("政府信息53条", "政府信息60条")))] == [(60, 53)]


SUZHOU_SIP = TEXT + "2131_suzhou_gongyeyuanqu_tradmirror_2020.txt"  # 1220项,其中…1077项,…115项,其他事项28项,将…嵌入“一网通办” (normalised)


def test_a_numeral_inside_a_quoted_name_is_no_count_after_a_whole_list():
    # held-out 2131: the 一 of “一网通办” in the clause after the list made it an uncounted item, so a whole list
    # (closing with 其他) that falls short went unseen
    assert not parts(run(SUZHOU_SIP))
    hit = parts(run_variant(SUZHOU_SIP, ("其他事项28项", "其他事项18项")))
    assert [(f.expected, f.actual) for f in hit] == [(1220, 1210)] and "「其他」收尾" in hit[0].message


MINHE = TEXT + "2111_minhe_jiaoyuju_2023.txt"  # 在社会信用信息平台共计录入公开信息 1700余条,其中督导检查872条,…,政府网站、公众号等媒体发稿178篇。


def test_a_count_through_another_outlet_is_no_part_of_a_total_said_of_its_own_channel():
    # held-out 2111 (diagnostic d2111_channel): 1672 + 178篇 = 1850 above 1700余 was raised, yet the 178 went out through
    # other outlets than the 平台 the total is said of
    assert not parts(run(MINHE))
    assert not parts(run_variant(MINHE, ("督导检查872条", "督导检查1672条")))
    assert parts(run_variant(MINHE, ("督导检查872条", "督导检查1872条")))  # w2111_872: one part above 1700余 still is
