"""The organ's name in the form the report prints it, where a contact line, a short form or a title worded
off the template could give another (real pages, one phrase changed where a variant is named)."""
from __future__ import annotations

import pytest

from audits.organ import classify
from extractor.organ_name import autonomy_dropped, organ

from test_audit_support import TEXT, document, meta_of


def meta(name: str, *edits: tuple[str, str]) -> dict:
    return meta_of(TEXT + name, *edits)


def test_the_governments_office_named_as_the_reports_subject_is_the_organ():
    # '请与台州市政府办公室联系' beside '2024年,台州市人民政府办公室在…': the office reports, not the city government
    assert meta("1213_taizhou_shizhengfuban_2024.txt")["organ"] == "台州市人民政府办公室"



def test_a_name_longer_than_any_full_form_is_read_as_printed():
    # a subject of 17 characters between the place and 局 (a town's name run into a bureau's) once made the
    # pattern for its full form invalid ({18,16}) and the report unreadable
    got = meta("1106_zhaohua_weizizhen_2022.txt", ("卫子镇", "普洱区东街道人力资源和社会保障局"))
    assert got["organ"] and "人力资源和社会保障局" in got["organ"]

@pytest.mark.parametrize("name, want", [
    ("963_tongzi_xianzf_2023.txt", "桐梓县人民政府"),  # contact '请与桐梓县人民政府办公室联系': the government's report
    ("530_yiyang_szf_2019.txt", "益阳市人民政府"),
    ("968_suiyang_xianzf_2023.txt", "绥阳县人民政府"),
])
def test_a_governments_report_whose_contact_is_its_office_stays_the_governments(name, want):
    # read without the title too: the contact line and the sentences' subjects alone decide
    assert meta(name)["organ"] == want and organ(document(TEXT + name).text, None) == want


@pytest.mark.parametrize("name, want", [
    ("1244_ningguo_renshe_mirror_2020.txt", "宁国市人力资源和社会保障局"),  # contact '宁国市人社局办公室'; '可在宁国市人力资源和社会保障局…下载'
    ("983_yongjing_shichangjianguanju_2023.txt", "永靖县市场监督管理局"),  # subject '永靖县市场监管局按照…'; its rules' titles
])
def test_a_short_form_gives_way_to_the_full_name_the_page_prints(name, want):
    assert meta(name)["organ"] == want


def test_a_short_form_read_without_a_title():
    text = document(TEXT + "544_jiaxing_shichangjianguanju_2022.txt").text
    assert organ(text, None) == "嘉兴市市场监督管理局"
    # a name that begins with the whole short one is another body (衡阳市商务局 beside 衡阳市商务和粮食局)
    assert organ("2022年,衡阳市商务局认真贯彻…。衡阳市商务和粮食局原有职能…", None) == "衡阳市商务局"
    # an address between the place and the name is no part of it
    assert organ("2020年,宁国市人社局认真贯彻…。地址:宁国市人民路南侧人力资源和社会保障局。"
                 "可在宁国市人力资源和社会保障局网站下载。", None) == "宁国市人力资源和社会保障局"


@pytest.mark.parametrize("name, want", [
    ("1242_kaiping_shuiliju_tradmirror_2025.txt", "开平市水利局"),  # '現向社會公布開平市水利局2025年信息公開工作年度報告'
    ("746_lanzhou_kexueyuan_fenyuan_2021.txt", "中国科学院兰州分院"),  # '现公布中国科学院兰州分院2021年度信息公开工作报告'
    ("630_changan_weijianju_2021.txt", "西安市长安区卫生健康局"),  # '向社会公布西安市长安区卫生健康局2021年度信息公开年度报告'
])
def test_a_title_announced_with_a_bare_信息公开_after_its_year_names_the_organ(name, want):
    # read without the page's title: the announcing sentence alone names the organ
    assert organ(document(TEXT + name).text, None) == want


@pytest.mark.parametrize("name", [
    "1248_chibi_pufanggongyeyuanqu_2020.txt",  # 蒲纺工业园区
    "551_fuzhou_gaoxinqu_2023.txt",  # 福州高新技术产业开发区
    "914_xining_jingkaiqu_2022.txt",  # 西宁经济技术开发区
    "320_xianning_gaoxinqu_mirror_2020.txt",  # 咸宁高新区
])
def test_a_zone_is_no_district_government(name):
    got = classify(meta(name)["organ"])
    # its kind is unknown (a 管委会), though it covers an area it calls 全区 / 我区
    assert got.kind is None and got.level == "区" and "全区" in got.territory_words()


def test_a_district_named_新区_is_a_government_where_its_page_says_so():
    # a 新区 is a district (浦东新区) or a zone (徐圩新区: tests/test_organ_kind_new_area.py): the name alone tells neither
    from audits.organ import from_prose
    assert classify("上海市浦东新区").kind is None and classify("兴庆区").kind == "government"
    said = from_prose(classify("上海市浦东新区"), "根据…要求，现公布上海市浦东新区人民政府2024年政府信息公开工作年度报告。")
    assert said.kind == "government" and said.level == "区"


def test_a_title_without_the_autonomy_qualifier_gives_way_to_the_full_name():
    # 通道侗族自治县卫生健康局 2022: title '通道县卫生健康局2022年度…', announced '现公布通道侗族自治县卫生健康局2022年…'
    assert meta("1272_tongdao_weijianju_2022.txt")["organ"] == "通道侗族自治县卫生健康局"
    # the same pair on other real pages: 芷江侗族自治县 2025 (title '芷江侗族自治縣2025年…', source '芷江縣人民政府'),
    # 通道侗族自治县人民政府 2019 ('请与通道侗族自治縣政务服务中心联系', address '通道縣城東…'), 湘西州 (1260)
    for short, full in (("芷江县人民政府", "芷江侗族自治县人民政府"), ("通道县", "通道侗族自治县"),
                        ("湘西州乡村振兴局", "湘西土家族苗族自治州乡村振兴局"), ("大理州", "大理白族自治州")):
        assert autonomy_dropped(short, full), short
    # another body of the same place is no fuller form of it (764: '申請臨夏回族自治州水土保持規劃' beside 临夏州水务局)
    assert not autonomy_dropped("临夏州水务局", "临夏回族自治州水土保持规划")
    assert not autonomy_dropped("通道县", "通道侗族自治县人民政府")


ZHUSHAN = "1750_jingdezhen_zhushanqu_zhengfuban_2020.txt"  # no title; '由珠山区人民政府办公室编制', '请联系珠山区人民政府办公室'


def test_the_governments_office_as_the_subject_with_its_year_after_it_is_the_organ():
    # '珠山区人民政府办公室2020年主要开展了以下几个方面的工作': the office says what it did, so the report is the
    # office's, not the government's whose office compiles its report
    assert meta(ZHUSHAN)["organ"] == "珠山区人民政府办公室"
    from test_audit_support import of, run_variant
    # so a dated copy is judged by a department's deadline (31 January), not a government's (31 March)
    late = of(run_variant(TEXT + ZHUSHAN, ("本年报依据", "发布日期:2021-02-10\n本年报依据")), "meta.timeliness")
    assert len(late) == 1 and "2021-01-31" in late[0].message


def test_a_subject_with_its_year_after_it_names_the_organ_on_other_pages():
    # '芝罘区行政审批服务局2022年共收到政府信息公开申请4件': with the title and the other subject sentence gone, the
    # subject still names the bureau
    text = document(TEXT + "665_yantai_zhifu_xingzhengshenpiju_2022.txt").text
    text = text.split("\n", 1)[1].replace("芝罘区行政审批服务局认真贯彻", "认真贯彻")
    assert organ(text, None) == "芝罘区行政审批服务局"
    text = document(TEXT + "1208_taian_taishan_xingzhengshenpi_2022.txt").text  # '泰山区行政审批服务局2021年在…'
    assert organ(text, None) == "泰山区行政审批服务局"


@pytest.mark.parametrize("name, want", [
    # title '杨园街道2025年…', 发布机构 field '武汉市武昌区人民政府杨园街道办事处'
    ("1730_wuchang_yangyuanjiedao_2025.txt", "武汉市武昌区人民政府杨园街道办事处"),
    # title '桂花坪街道2020年…', signed '长沙市天心区桂花坪街道办事处' above the date
    ("507_changsha_tianxin_guihuapingjiedao_notables_2020.txt", "长沙市天心区桂花坪街道办事处"),
])
def test_a_fuller_form_with_both_its_place_and_its_body_word_is_the_organ(name, want):
    assert meta(name)["organ"] == want


@pytest.mark.parametrize("name, edits", [
    # '由上海市静安区人民政府办公室编制' beside '请联系上海市静安区人民政府办公室' (no title printed)
    ("1845_shanghai_jingan_quzhengfu_2023.txt", ()),
    # the office as the subject of '珠山区人民政府办公室2020年主要开展了…' left out: the compiler and the contact
    # line still name it
    ("1750_jingdezhen_zhushanqu_zhengfuban_2020.txt", (("珠山区人民政府办公室2020年主要开展", "2020年主要开展"),)),
])
def test_the_governments_office_that_compiled_the_report_and_is_its_contact_is_the_organ(name, edits):
    text = document(TEXT + name).text
    for old, new in edits:
        assert old in text
        text = text.replace(old, new)
    assert organ(text, None).endswith("区人民政府办公室")


@pytest.mark.parametrize("name, want", [
    ("1856_minhou_xianzhengfuban_2023.txt", "闽侯县人民政府办公室"),  # '请与闽侯县人民政府办公室联系', '本年度我办…'
    ("1511_meizhou_meixian_quzhengfuban_2025.txt", "梅州市梅县区人民政府办公室"),  # '请联系…办公室', '2025年,我办…'
])
def test_the_governments_office_that_calls_itself_我办_and_is_its_contact_is_the_organ(name, want):
    assert organ(document(TEXT + name).text, None) == want  # read without the title


@pytest.mark.parametrize("name, want", [
    ("304_zhongjiang_xianzf_mirror_2022.txt", "中江县人民政府"),  # compiled by the office, no contact line: 全县's report
    ("106_weishan_liangchengzhen_2020.txt", "两城镇人民政府"),  # a township's 党政办公室 compiles and answers
    ("734_xuanzhou_yangliuzhen_2021.txt", "杨柳镇人民政府"),  # a township's 人民政府办公室 compiles and answers
    ("1850_hegang_gongnongqu_2024.txt", "工农区人民政府"),  # the office is only whom to ask
])
def test_an_office_named_once_or_a_townships_office_leaves_the_government_the_organ(name, want):
    assert meta(name)["organ"] == want
