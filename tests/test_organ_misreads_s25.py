"""Organ reads the held-out sets of stop 25 found weak, each on the real sentence: a compiler named with its short name
in brackets (2136), a subject whose verb is 有序推进 (2091), a site's greeting banner (2098), the contact line's office
that receives applications (2099), and the office of a superior organ issuing a notice the report cites (2114)."""
from __future__ import annotations

from extractor.organ_name import organ
from extractor.organ_office import without_unit
from extractor.organ_self_named import quoted_by
from extractor.organ_words import is_organ

from conftest import line_with, organ_of


def test_a_compiler_named_with_its_short_name_in_brackets_is_the_organ():
    # 南宁经开区 2021: '由南宁经济技术开发区管理委员会(以下简称经开区管委会)编制', the contact '经开区管委会政府信息公开机构'
    assert organ_of("2136_") == "南宁经济技术开发区管理委员会"
    line = line_with("2136", "以下简称经开区管委会")
    assert organ(line, None) == "南宁经济技术开发区管理委员会"


def test_a_subject_that_proceeds_in_order_is_read():
    # 吉林省财政厅 2024: '2024年,按照省委、省政府…部署要求,省财政厅有序推进政府信息公开工作开展'
    assert organ_of("2091_") == "省财政厅"


def test_a_sites_greeting_banner_is_no_form_of_the_name():
    # 海南省工信厅 2022: the head line '欢迎光临海南省工业和信息化厅' above the title
    assert organ_of("2098_") == "海南省工业和信息化厅"
    assert not is_organ("欢迎光临海南省工业和信息化厅") and not is_organ("欢迎访问海南省工业和信息化厅")


def test_the_office_receiving_applications_is_cut_from_the_contact_line():
    # 渝中区医保局 2023: '请与重庆市渝中区医疗保障局政府信息公开申请受理机构联系'
    assert organ_of("2099_") == "重庆市渝中区医疗保障局"
    assert without_unit("重庆市渝中区医疗保障局政府信息公开申请受理机构") == "重庆市渝中区医疗保障局"


def test_a_notice_its_superiors_office_issued_is_no_document_of_its_own():
    # 武隆区人社局 2021 (我局 only): '二是按照《重庆市人力资源和社会保障局办公室关于建设…专栏的通知》(渝人社办〔2021〕285号)要求'
    # (its own column on the portal names it since stop 28: '通过区政府门户网站区人力社保局专栏主动公开…')
    assert organ_of("2114_") == "区人力社保局"
    line = line_with("2114", "按照《重庆市人力资源和社会保障局办公室关于")
    assert list(quoted_by("局", line)) == []
    # the organ's own document keeps its name ('我局…《武隆区人力社保局政务信息发布流程》' read, no basis cited)
    assert list(quoted_by("局", "我局制定了《武隆区人力社保局政务信息发布流程》。")) == ["武隆区人力社保局"]
