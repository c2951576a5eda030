"""The organ's name where the page prints it in a form the reader used to refuse or cut: a place whose name
begins like 'this'/'all' (本溪, 全椒), an index block printed as a pipe row, a verb phrase before an announced
title, a committee named short (…委) beside its full form, and a government's office the contact line names
whole while a sentence names it without the parent city (real pages; the held-out sets 1500–1554 found them)."""
from __future__ import annotations

import pytest

from extractor import chrome
from extractor.organ_name import is_organ, organ

from test_audit_support import TEXT, document, meta_of


def meta(name: str) -> dict:
    return meta_of(TEXT + name)


def test_a_place_whose_name_begins_like_this_or_all_is_a_name():
    # 1551: the title '本溪高新技术产业开发区管理委员会' was refused as 'this …'
    assert meta("1551_benxi_gaoxinqu_2023.txt")["organ"] == "本溪高新技术产业开发区管理委员会"
    assert is_organ("本溪市卫生健康委员会") and is_organ("全椒县教育局") and is_organ("全南县") and is_organ("全州县人民政府")
    # the words themselves still name no organ ('全州公安机关' in 临夏州's report is the whole prefecture's police)
    assert not is_organ("全州公安局") and not is_organ("本局") and not is_organ("全县")


@pytest.mark.parametrize("line, label, want", [
    ("发布机构: | 县民政局 | 发文日期: | 2020-01-08 |", "发布机构", "县民政局"),  # 1529
    ("发布机构: | 五泄镇 | 公开日期: | 2023-01-19 |", "发布机构", "五泄镇"),  # 689
    ("发文机关: | 冷水滩区高科园 | 发文日期: | |", "发文机关", "冷水滩区高科园"),  # 542
])
def test_a_field_of_an_index_block_printed_as_a_pipe_row_is_read_without_its_bars(line, label, want):
    assert dict(chrome.fields(line))[label] == want


def test_an_announced_title_saying_its_place_again_after_the_year_names_the_organ():
    # 2068 (set 2056–2070): title '2023年汨罗市政府信息公开工作年度报告', opening '现公布汨罗市人民政府2023年汨罗市政府信息
    # 公开工作年度报告' — the organ announced before the title, whose place the title says again: its fuller form
    assert meta("2068_miluo_shi_2023.txt")["organ"] == "汨罗市人民政府"
    text = "根据规定,现公布汨罗市人民政府2023年汨罗市政府信息公开工作年度报告。"
    assert organ(text, None) == "汨罗市人民政府"
    # another place after the year is another organ's report: not read as this one's
    assert organ("根据规定,现公布汨罗市人民政府2023年岳阳市政府信息公开工作年度报告。", None) != "汨罗市人民政府"


def test_a_field_that_names_no_place_gives_way_to_the_full_name_printed_elsewhere():
    # 1529: the index row is the only name on the page
    assert meta("1529_tiantai_minzhengju_2019.txt")["organ"] == "县民政局"
    # 1508: '发布机构: | 区府办 |' beside '请与湖州市吴兴区人民政府办公室联系' and '吴兴区人民政府办公室全面贯彻…'
    assert meta("1508_huzhou_wuxing_quzhengfuban_2024.txt")["organ"] == "湖州市吴兴区人民政府办公室"


def test_the_second_verb_of_the_announcing_phrase_is_no_part_of_the_name():
    # 1549: '编制并向社会公布昌吉州卫生健康委2021年度政府信息公开年度报告'
    assert meta("1549_changji_weijianwei_2021.txt")["organ"] == "昌吉州卫生健康委"
    text = document(TEXT + "1549_changji_weijianwei_2021.txt").text
    assert organ(text.replace("编制并向社会公布", "编制并公布"), None) == "昌吉州卫生健康委"


def test_a_committee_named_short_takes_the_full_form_the_page_prints():
    # 1548: contact '请与兴安盟卫生健康委信息公开领导小组办公室联系', body '负责兴安盟卫生健康委员会在线留言平台'
    assert meta("1548_xinganmeng_weijianwei_2022.txt")["organ"] == "兴安盟卫生健康委员会"


def test_a_zone_named_bare_is_judged_by_its_committees_deadline():
    # 1550 '临汾经济开发区' (dated 2021-01-29): its 管委会 reports, as '…管理委员会' would, by 31 January
    from audits.organ import classify
    from test_audit_support import na, of, run, run_variant

    path = TEXT + "1550_linfen_kaifaqu_2020.txt"
    got = classify("临汾经济开发区")
    assert got.kind is None and got.zone and not classify("临汾经济开发区管理委员会").zone
    res = run(path)
    assert not of(res, "meta.timeliness") and not na(res, "meta.timeliness")
    # one date changed: 2021-01-29 → 2021-02-09
    [f] = of(run_variant(path, ("2021-01-29", "2021-02-09")), "meta.timeliness")
    assert f.expected == "≤ 2021-01-31" and "管委会" in f.message
