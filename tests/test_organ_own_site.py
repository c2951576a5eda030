"""A place read only from a sentence's subject ('彝良县坚持…', '2021年,施秉县按照…') whose government's full name
the page prints only in the name of its own website ('彝良县人民政府门户网站', '大英县人民政府网'): that full name
is the organ (real pages; a fresh page of 施秉县 2021 with and without its contact line)."""
from __future__ import annotations

import json

import pytest

from extractor.organ_name import organ
from nianbao.commands.common import extract_one

from conftest import ROOT, eval_doc

TEXT = ROOT / "eval" / "docs" / "text"

# 施秉县人民政府 2021 (qdnsb.gov.cn, a dev page): its preamble and the overview's first sentence as printed
SHIBING = """根据《中华人民共和国政府信息公开条例》(国务院令第711号,以下简称《条例》)和国务院办公厅政府信息与政务公开办公室关于印发《中华人民共和国政府信息公开工作年度报告格式》的通知(国办公开办函〔2021〕30号)及省政务公开领导小组办公室《关于做好2021年度政府信息公开工作年度报告编制及发布工作的通知》等文件要求,结合我县政府信息公开工作有关统计数据撰写。本报告中使用数据统计期限为2021年1月1日至2021年12月31日。报告电子版可在施秉县人民政府门户网站政府信息公开专栏下载(链接:http://www.qdnsb.gov.cn/zwgk/zfxxgk/zfxxgkzn_5862987/index.html)。如对本报告有任何疑问,请联系施秉县人民政府办公室(联系电话:0855-4223131)。
一、总体情况
2021年,施秉县按照党中央、国务院和省委、省政府、州委、州政府的决策部署,认真贯彻落实《条例》精神,聚焦全县经济社会发展和人民群众关注关切重点、热点,全面推进政务公开,以政务公开为抓手,将提升政府透明度与强化服务效能有机结合,全面推进基层政务公开标准化规范化建设,不断拓展广度和深度,坚持“公开为常态,不公开为例外”,全方位、多元化、多渠道开展政策解读,及时回应社会关切,政府信息公开工作取得积极成效。"""
CONTACT = "如对本报告有任何疑问,请联系施秉县人民政府办公室(联系电话:0855-4223131)。"


@pytest.mark.parametrize("stem", ["526_zhaotong_yiliang_xianzf_2020", "532_suining_daying_xianzf_2020"])
def test_a_place_named_in_the_prose_takes_its_governments_name_from_its_own_website(stem):
    gold = json.loads((ROOT / "eval" / "gold" / f"{stem}.json").read_text(encoding="utf-8"))["meta"]["organ"]
    _, report = extract_one(TEXT / f"{stem}.txt", None)
    assert report.meta.organ == gold


def test_the_same_shape_on_a_fresh_page():
    assert CONTACT in SHIBING
    assert organ(SHIBING, None) == "施秉县人民政府"  # the contact line names it too
    assert organ(SHIBING.replace(CONTACT, ""), None) == "施秉县人民政府"  # only its website does


def test_a_name_printed_whole_is_kept_as_printed():
    # 江永县 2023: the title prints '江永县2023年度…', the body '江永县人民政府…': the title's form stands
    _, report = extract_one(eval_doc("650_"), None)
    assert report.meta.organ == "江永县"
