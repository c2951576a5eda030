"""Prose shapes of real reports met on fresh pages (eval/docs/text/7NN_*, labelled before the audit ran on
them): each behaviour on the page itself, and on other real reports with the same shape (the same sentence
with one word or one figure changed where no second page has it)."""
from __future__ import annotations

from extractor.segment import find_sections
from test_audit_support import TEXT, document, of, run, run_variant

RULE = "prose.inconsistent"
HUITONG = TEXT + "707_huitong_xian_tradmirror_2021.txt"  # 2954条;其中 86 + 473 + 38 + 2470 = 3067
WENDENG = TEXT + "005_weihai_wendeng_zhujianju_2019.txt"  # 227条,其中 85 + 21 + 6 + 76 + 39 = 227
CHAOWAI = TEXT + "434_beijing_chaowaijie_2025.txt"  # 212条,其中 2 + 51 + 97 = 150 (categories: a note)
XIAOGUAN = TEXT + "712_suiyang_xiaoguanxiang_2022.txt"  # 主动公开…46条,其中 公文14,依申请公开0,会议3,解读7
HEDONG = TEXT + "709_dean_hedongxiang_2022.txt"  # 累公开206条,其中主动公开206条,依申请公开0条,不予公开0条
HESHUI = TEXT + "445_heping_heshuizhen_notables_2024.txt"  # 主动公开21条,其中 4+5+4+0(动态)+1 = 14
JINAN = TEXT + "312_jinan_szf_2024.txt"  # 一、总体情况 with (一)主动公开情况, (二)依申请公开情况; cut before 二


def sums(res, severity: str = "warning") -> list:
    return [(f.expected, f.actual) for f in of(res, RULE) if "所列各项" in f.message and f.severity == severity]


def test_a_list_opened_after_a_semicolon_splits_the_figure_before_it():
    # 共计发布各类信息2954条;其中…86条;…473条,…38条,…2470条: the parts are 3067, more than the total
    assert sums(run(HUITONG)) == [(2954, 3067)]
    assert sums(run_variant(HUITONG, ("2470", "2357"))) == []  # the same list adding up
    # other real lists, their comma typed as a semicolon: read the same
    assert sums(run_variant(WENDENG, ("227条,其中", "227条;其中"))) == []
    assert sums(run_variant(WENDENG, ("227条,其中", "220条;其中"))) == [(220, 227)]
    assert sums(run_variant(CHAOWAI, ("212条,其中", "212条;其中")), "info") == [(212, 150)]


def test_applications_listed_under_a_published_total_are_no_part_of_it():
    # a form's fixed indicators after 主动公开…46条: 依申请公开0条 is another count, so its 0 says nothing
    # about the list being whole (it used to make 24 < 46 a warning) ...
    assert sums(run(XIAOGUAN)) == [] and sums(run(XIAOGUAN), "info") == []
    # ... and a figure there is not added to the published parts (14 + 30 + 3 + 7 = 54 > 46 used to be raised)
    assert sums(run_variant(XIAOGUAN, ("依申请公开0条", "依申请公开30条"))) == []
    assert sums(run_variant(XIAOGUAN, ("数量46条", "数量20条"))) == [(20, 24)]  # the published parts still count
    # a total that is not 主动公开 is split by 主动/依申请/不予 (and its 0 items still show the list whole)
    assert sums(run_variant(HEDONG, ("累公开206条", "累公开210条"))) == [(210, 206)]
    # a 0 category of the published information itself still shows the list whole (labelled: 14 ≠ 21)
    assert sums(run(HESHUI)) == [(21, 14)]


def test_items_numbered_1_under_an_overview_numbered_yi_are_no_sections():
    # 一、总体情况 then 1、主动公开情况, 2、依申请公开政府信息情况: items of the overview (section 二 used to be
    # read at 1、主动公开情况, and 三 at 2、…, and a missing table 二 raised)
    assert [h.key for h in find_sections(document(HEDONG).text)] == ["overview"]
    assert not of(run(HEDONG), "structure.tables")
    # another report's overview, its (一)/(二) items numbered 1、/2、
    text = document(JINAN).text.replace("(一)主动公开情况", "1、主动公开情况", 1)
    text = text.replace("(二)依申请公开情况", "2、依申请公开政府信息情况", 1)
    assert "1、主动公开情况" in text and [h.key for h in find_sections(text)] == ["overview"]


YONGCHENG = TEXT + "2060_yongcheng_shizhengfu_2021.txt"  # 一、总体情况, its paragraph, 一、主动公开情况 (the overview's)


def test_an_overview_part_numbered_yi_again_is_no_section():
    # 永城 2021 (set 2056–2070): '一、主动公开情况' below '一、总体情况' heads the overview's narrative (专题专栏, 解读率);
    # no section follows the overview under its own numeral, so it is not section 二 misnumbered ('应为二' was raised)
    assert [h.key for h in find_sections(document(YONGCHENG).text)] == ["overview"]
    assert not of(run(YONGCHENG), "structure.sections")
    # numbered 二, the same short form is section 二 as the template numbers it
    text = document(YONGCHENG).text.replace("一、主动公开情况", "二、主动公开情况", 1)
    assert [h.key for h in find_sections(text)] == ["overview", "active_disclosure"]
    # and a section's full heading under a repeated 一 is still that section, misnumbered (应为二)
    res = run_variant(YONGCHENG, ("一、主动公开情况", "一、主动公开政府信息情况"))
    assert any("应为二" in f.message for f in of(res, "structure.sections"))


SANDAN = TEXT + "733_sandanxiang_spammirror_2021.txt"  # 三、收到和处理飞禽走兽老虎机申请情况 (a mirror's advert)
XIANGANG = TEXT + "729_kaiping_xiangangzhen_spammirror_2025.txt"  # 二、三、四 back to back, headings intact


def test_a_heading_whose_phrase_a_mirror_replaced_is_still_its_section_under_its_numeral():
    keys = [h.key for h in find_sections(document(SANDAN).text)]
    assert keys == ["overview", "active_disclosure", "applications", "review_litigation", "problems"]
    assert not of(run(SANDAN), "structure.sections") and len(of(run(SANDAN), "structure.tables")) == 3
    # another page's intact headings with the phrase swapped or dropped: the same sections
    text = document(XIANGANG).text
    for old, new in (("处理政府信息公开申请", "处理某某娱乐申请"), ("四、政府信息公开行政复议", "四、行政复议")):
        assert old in text
        assert [h.key for h in find_sections(text.replace(old, new))] == [h.key for h in find_sections(text)]
    # under another numeral such words are no section (an item of the overview numbered 三、)
    assert "applications" not in [h.key for h in find_sections(text.replace("三、收到和处理政府信息公开申请情况", "二、收到和处理某某娱乐申请情况"))]


LIANXI = TEXT + "736_jiujiang_lianxiqu_2024.txt"  # …办结255件，其中予以公开71件、部分公开5件、不予公开28 (copy ends)
XINTIAN = TEXT + "421_lintao_xintianzhen_2022.txt"  # …微信公众号2443条，其中 15 categories = 668 (copy ends)


def test_a_list_the_copy_cuts_falls_short_of_nothing():
    # more parts may follow, and the last figure may have lost digits: no note that 104 < 255
    assert sums(run(LIANXI), "info") == []
    assert sums(run_variant(LIANXI, ("不予公开28", "不予公开28件。")), "info") == [(255, 104)]  # the sentence ended
    # another page cut inside a list: its labelled warning (382 vs 35 + 80 + 2443) stays, the shortfall note goes
    assert sums(run(XINTIAN)) and sums(run(XINTIAN), "info") == []
    assert sums(run_variant(XINTIAN, ("全域无垃圾67条", "全域无垃圾67条。")), "info") == [(2443, 668)]
