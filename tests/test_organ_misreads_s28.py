"""Organ reads the held-out pages of stop 27 left without an organ (which switches S5, timeliness and the prose
checks off), each on the real text: a copy's space after the place's level word (2555), a subject followed by its
以下简称 (2566), a supply and marketing cooperative (2556, 2566), the organ's 电子政务网 (2503), the site's breadcrumb
beside 我局 (2529) and its column on a portal (2114), a field's system under its title (2509), a byline under a title
naming none (1513, 1748), a subject saying 本年度 (1532); and a township's government the contact line names whole
(610, 1721). Each with the reads that must stay: a contact office, a compiler's office, a title's form."""
from __future__ import annotations

from audits.organ import classify
from extractor.normalize import normalize
from extractor.organ_forms import last_word_spelled
from extractor.organ_name import from_title, is_organ, organ

from conftest import eval_doc, line_with, organ_of


def _lines(stem: str, first: int, last: int) -> str:
    """Lines first..last (1-based) of eval/docs/text/<stem>_*.txt, normalised as the reader reads them."""
    lines = eval_doc(f"{stem}_").read_text(encoding="utf-8").split("\n")
    return normalize("\n".join(lines[first - 1:last]))


def test_a_space_after_the_places_level_word_is_no_part_of_the_name():
    # 武定县审计局 2020 (a mirror): no title; '2020年,武定縣 審計局按照中央和省市…' and 我局
    sentence = normalize(line_with("2555", "審計局按照"))
    assert organ(sentence, None) == "武定县审计局"
    assert organ_of("2555_") == "武定县审计局"
    assert classify("武定县审计局").tier() != "township"  # a department: S5's 规章 and the timeliness of a 部门
    # two places set off by a space are one area's two names, not one name: the office that speaks (我办) is not read
    # as the area ('黄埔區 廣州開發區政務公開工作辦公室(下稱我辦)立足新形勢…')
    joint = normalize(line_with("2349", "(下稱我辦)立足"))
    assert organ(joint, None) != "黄埔区广州开发区"
    assert organ_of("2349_") is None


def test_a_subject_followed_by_its_short_name_in_brackets():
    # 中山市供销合作联社 2023 (a mirror): '2023年,中山市供銷合作聯社(以下簡稱“市供銷社”)堅持以…'
    sentence = normalize(line_with("2566", "(以下簡稱“市供銷社”)堅持"))
    assert organ(sentence, None) == "中山市供销合作联社"
    assert organ_of("2566_") == "中山市供销合作联社"


def test_a_supply_and_marketing_cooperative_is_a_body():
    # 区供销社 2021: title '2021年区供销社政府信息公开年度报告', field '发布机构: | 区供销合作社'
    assert is_organ("中山市供销合作联社") and is_organ("区供销合作社") and is_organ("区供销社")
    assert not is_organ("供销社") and not is_organ("全区供销社")  # whose it is, said
    assert organ_of("2556_") == "区供销社"  # the title's form kept (as 2558's 兴化市科技局 under 信息来源:兴化市科学技术局)
    assert last_word_spelled("区供销社", "发布机构: | 区供销合作社 |") == "区供销合作社"
    assert organ_of("2558_") == "兴化市科技局"


def test_the_organs_own_e_government_site_beside_woju():
    # 息烽县统计局 2020: '县统计局' and 我局 in the opening; '通过息烽县统计局电子政务网门户网站236条'
    text = _lines("2503", 1, 3)
    assert organ(text, None) == "息烽县统计局"
    assert organ_of("2503_") == "息烽县统计局"
    # the county's own portal, named after a verb beside 我局, is no site of a 局
    assert organ("我局通过息烽县人民政府网主动公开信息210件。", None) is None


def test_the_sites_breadcrumb_beside_woju():
    # 鲤城区商务局 2019: only '- 首页 > 政务公开 > 商务局 > 政府信息公开年度报告' and 我局 name it
    text = _lines("2529", 1, 7)
    assert organ(text, None) == "商务局"
    assert organ_of("2529_") == "商务局"
    # a breadcrumb that names no body of the page's word, or a page that never calls itself 我局, gives none
    assert organ("- 首页 > 政务公开 > 政府信息公开年度报告\n截止12月31日,我局制作、获取的政府信息总数119条。", None) is None
    assert organ("- 首页 > 政务公开 > 商务局 > 政府信息公开年度报告\n截止12月31日,共制作政府信息119条。", None) is None


def test_a_fields_system_reporting_under_its_title():
    # 大同市气象部门 2023: the title '大同市气象部门2023年政府信息公开工作年度报告'
    assert from_title("大同市气象部门2023年政府信息公开工作年度报告") == "大同市气象部门"
    assert organ_of("2509_") == "大同市气象部门"
    # a government's or a scope's departments never are: 市政府部门, 县直各部门, 有关部门
    assert from_title("市政府部门2023年政府信息公开工作年度报告") is None
    assert from_title("某某县直属部门2023年政府信息公开工作年度报告") is None
    assert from_title("某某县各部门2023年政府信息公开工作年度报告") is None


def test_a_townships_government_the_contact_line_names_whole():
    # 田黄镇 2020: '我镇认真编制了《田黄镇2020年政府信息公开工作年度报告》' and '请与邹城市田黄镇人民政府联系'
    assert organ_of("610_") == "邹城市田黄镇人民政府"
    # 龙安镇 2024: no title; '请与平武县龙安镇人民政府联系'
    assert organ_of("1721_") == "平武县龙安镇人民政府"
    # a contact office is never the organ, nor a fuller form of it: '请与茶园街道办事处政府信息公开办公室联系' beside
    # the announced '茶园街道2022年…报告'
    assert organ_of("681_") == "茶园街道"
    # the page's own title keeps its form ('龙游县横山镇2023年…报告' beside '请与龙游县横山镇人民政府…联系')
    assert organ_of("728_") == "龙游县横山镇"
    # a compiler's office is not the organ when the report is its government's ('由…人民政府办公室编制')
    assert organ_of("1411_") == "上海市长宁区人民政府"
    assert organ_of("1982_") == "交口县人民政府"


def test_the_organs_column_on_a_portal_beside_woju():
    # 武隆区人社局 2021 (我局 only): '通过区政府门户网站区人力社保局专栏主动公开政府信息311条'
    line = line_with("2114", "区人力社保局专栏主动公开")
    assert organ(line + "\n我局按照上级要求开展工作。", None) == "区人力社保局"
    assert organ_of("2114_") == "区人力社保局"
    # a column that is no body's ('…政务公开专栏') names none
    assert organ("我局通过区政府门户网站政务公开专栏主动公开政府信息311条。", None) is None


def test_a_byline_under_a_title_that_names_no_organ():
    # 区数据局 2025: '2025年政府信息公开工作年度报告' then '区数据局' on its own line
    head = "2025年政府信息公开工作年度报告\n区数据局\n2025 年,本单位深入贯彻落实《条例》。"
    assert organ(head, "2025年政府信息公开工作年度报告") == "区数据局"
    assert organ_of("1513_") == "区数据局"
    assert organ_of("1748_") == "武昌经开区(滨江)管委会"  # '2020年…年度报告' then '武昌经开区(滨江)管委会'
    # a heading under it is no byline; a title that names its organ keeps it over a column line before it ('市政府部门')
    assert organ("2025年政府信息公开工作年度报告\n一、总体情况\n本单位深入贯彻落实《条例》。",
                 "2025年政府信息公开工作年度报告") is None
    assert organ_of("2558_") == "兴化市科技局"


def test_a_subject_that_says_this_year_after_its_name():
    # 区科技工业商务信息化局 2021 (a mirror): '区科技工业商务信息化局本年度主动公开政府信息229 条'
    assert organ(_lines("1532", 1, 2), None) == "区科技工业商务信息化局"
    assert organ_of("1532_") == "区科技工业商务信息化局"
    assert organ("本年度报告由区科技工业商务信息化局本年度报告编制。", None) is None  # 本年度报告 is no act


def test_a_name_never_holds_the_pages_word_for_itself():
    # 华容区机关事务服务中心 2022: '…增强了我中心政务公开工作…' was read as the organ '增强了我中心'; the page calls itself
    # 我中心 and prints its name only in a position ('由机关事务服务中心主任担任'): none is read
    assert not is_organ("增强了我中心") and not is_organ("本中心")
    assert is_organ("武汉市政务服务中心") and is_organ("全椒县政务服务中心")  # (全椒: a place's own name)
    assert organ_of("2342_") is None


def test_a_townships_subject_that_received_none_or_cares_much():
    # 沩山镇 2025: '2025年,沩山镇未收到政府信息公开申请。'
    assert organ(_lines("2049", 1, 12), None) == "沩山镇"
    assert organ_of("2049_") == "沩山镇"
    # 红升乡 2021: '2021年,红升乡政府十分重视政府信息公开工作' gives the fuller form of '红升乡政府信息公开工作…'
    assert organ_of("444_") == "红升乡政府"
    # 未 after a body named by its level alone opens no subject ('2020年,县医院未收到…': the page names none)
    assert organ("(二)依申请公开办理情况。2020年,县医院未收到通过受理电话提出的申请。", None) is None
    assert organ_of("1343_") is None


def test_a_governments_research_office_is_a_body():
    # 孝感市政府研究室 2019: the title '市政府研究室2019年政府信息公开' / '工作年度报告', broken over two lines
    assert is_organ("孝感市政府研究室") and is_organ("市政府研究室") and not is_organ("研究室")
    assert from_title("市政府研究室2019年政府信息公开工作年度报告") == "市政府研究室"
    assert organ_of("2122_") == "市政府研究室"  # (the label's 孝感市 stands only in a sentence no subject reader takes)
