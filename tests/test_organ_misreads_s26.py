"""Organ reads the held-out sets of stop 26 found weak, each on the real text: a contact line's office taken before
the report's own name (2256 政务公开办公室, 2333 a bare 党政综合办公室, 2339 the Party committee's office), a compiler
that is a leading group's office (2259), and the names the readers did not take."""
from __future__ import annotations

from extractor.organ_name import organ
from extractor.organ_self_named import quoted_by
from extractor.organ_words import is_organ

from conftest import eval_doc, line_with, organ_of


def test_a_disclosure_office_on_the_contact_line_is_no_organ():
    # 泾县 2023 (我办, no organ printed): '如对本报告有疑问,请与泾县政务公开办公室联系'
    assert organ_of("2256_") is None
    line = line_with("2256", "请与泾县政务公开办公室联系")
    assert organ(line, None) is None
    assert not is_organ("泾县政务公开办公室")


def test_the_office_of_a_cited_general_office_is_no_name_beside_wo_ban():
    # 2256: '《国务院办公厅政府信息与政务公开办公室关于印发…的通知》' beside 我办 names no '国务院办'
    line = line_with("2256", "《国务院办公厅政府信息与政务公开办公室")
    assert list(quoted_by("办", line)) == []
    assert list(quoted_by("办", "我办制定了《丰县政府办政务信息发布流程》。")) == ["丰县政府办"]


def test_a_bare_office_on_the_contact_line_gives_way_to_the_subject():
    # 良渚街道 2022: '良渚街道认真贯彻…' then '请与党政综合办公室联系'
    assert organ_of("2333_") == "良渚街道"
    assert not is_organ("党政综合办公室") and not is_organ("党政办")
    assert is_organ("榆林高新区管委会党政办公室")  # a 党政办公室 whose it is said stays a name


def test_a_party_committees_office_on_the_contact_line_gives_way_to_the_compiler():
    # 马桥镇 2024: '由上海市闵行区马桥镇人民政府编制' then '请联系中共闵行区马桥镇委员会党政办公室'
    assert organ_of("2339_") == "上海市闵行区马桥镇人民政府"
    assert not is_organ("中共闵行区马桥镇委员会")
    line = line_with("2339", "由上海市闵行区马桥镇人民政府编制")
    assert organ(line[: line.index("一、")], None) == "上海市闵行区马桥镇人民政府"


def test_a_leading_groups_office_compiles_its_governments_report():
    # 良庆区 2020: '由南宁市良庆区政务公开工作领导小组办公室编制', '良庆区人民政府成立了政务公开工作领导小组'
    from extractor.organ_forms import group_government

    assert organ_of("2259_") == "良庆区人民政府"
    body = eval_doc("2259_").read_text(encoding="utf-8")
    assert group_government("南宁市良庆区政务公开工作领导小组办公室", body) == "良庆区人民政府"
    assert group_government("南宁市良庆区政务公开工作领导小组办公室", "") is None  # no government printed: none
    assert group_government("南宁市良庆区卫生健康局办公室", body) is None


def test_a_sites_breadcrumb_is_no_name():
    # 2259's head: '您当前所在的位置: 首页 > 政府信息公开 > …' (您当前所 is no 所)
    assert not is_organ("您当前所")


def test_a_subject_that_keeps_close_to_its_tasks_is_read():
    # 常州市政府办 2021: '2021年,常州市人民政府办公室紧扣国家、省对政府信息公开提出的各项工作要求'
    assert organ_of("2278_") == "常州市人民政府办公室"
    assert organ(line_with("2045", "铁西区发改局紧扣"), None) == "铁西区发改局"


def test_a_unit_of_an_office_named_short_is_cut_from_the_contact_line():
    # 南通市外办 2019: '请与市外办综合处联系'
    assert organ_of("2279_") == "市外办"
    from extractor.organ_office import without_unit

    assert without_unit("市外办综合处") == "市外办"
    assert without_unit("乳山市城区街道办事处") == "乳山市城区街道办事处"  # the 办 of 办事处 heads nothing


def test_a_joint_organ_set_off_by_a_space_is_read_whole():
    # 黄埔区 2022: '现公布广州市黄埔区人民政府 广州开发区管委会2022年政府信息公开工作年度报告'
    assert organ_of("2263_") == "广州市黄埔区人民政府 广州开发区管委会"
    line = line_with("2263", "2022年,广州市黄埔区人民政府 广州开发区管委会始终坚持")
    assert organ(line, None) == "广州市黄埔区人民政府 广州开发区管委会"


def test_a_source_field_ends_where_the_pages_next_field_begins():
    # 永宁街道 2025: '发布时间:… 来源:浦口区人民政府永宁街道办事处 字体大小:【大】【中】【小】 浏览量:…', and the compiler
    # without 由: '…相关规定,南京市浦口区人民政府永宁街道办事处综合事务部编制本年度政府信息公开工作报告'
    assert organ_of("2332_") == "南京市浦口区人民政府永宁街道办事处"
    head = eval_doc("2332_").read_text(encoding="utf-8").split("\n")[0]
    assert organ(head, None) == "浦口区人民政府永宁街道办事处"
    line = line_with("2332", "综合事务部编制本年度")
    assert organ(line[: line.index("。")], None) == "南京市浦口区人民政府永宁街道办事处"


def test_a_source_field_that_posts_a_places_report_gives_way_to_the_place():
    # 枣阳市 2023 (city-wide, '2023年,我市通过政府门户网站…'): '来源:枣阳市行政审批局 字体:[ 大 中 小 ] 打印' names the
    # office that posts it, as the contact line '请与枣阳市行政审批局联系' does: the place, as before the field was read
    assert organ_of("2166_") == "枣阳市"


def test_a_compiler_without_you_is_a_name_printed_whole():
    # '…有关规定,县政府编制了2020…' (大英县): a bare level is no compiler; '年度报告由瓯海区机关事务管理中心办公室编制' (1028)
    assert organ_of("532_") == "大英县人民政府"
    assert organ(line_with("1028", "年度报告由瓯海区机关事务管理中心办公室编制"), None) == "瓯海区机关事务管理中心"


def test_an_organ_in_brackets_after_the_title_is_read():
    # 曹路镇 2024: '2024年政府信息公开工作年度报告 (上海市浦东新区曹路镇人民政府)', the 发布机构 field '曹路镇'
    assert organ_of("2328_") == "上海市浦东新区曹路镇人民政府"
    from extractor.organ_name import from_title

    assert from_title("2024年政府信息公开工作年度报告 (上海市浦东新区曹路镇人民政府)") == "上海市浦东新区曹路镇人民政府"
    assert from_title("张家口市宣化区政府信息公开工作年度报告(2019年)") == "张家口市宣化区"


def test_a_report_on_a_years_disclosure_work_is_a_title():
    # 西藏自治区住建厅 2025: '标      题 西藏自治区住房和城乡建设厅2025年度政务公开工作情况的报告' (我厅 in the prose)
    from extractor.meta import TITLE_PATTERN

    assert organ_of("2299_") == "西藏自治区住房和城乡建设厅"
    assert TITLE_PATTERN.search("西藏自治区住房和城乡建设厅2025年度政务公开工作情况的报告")
    assert not TITLE_PATTERN.search("关于政务公开工作情况的说明")


def test_a_short_name_the_prose_announces_gives_way_to_its_full_form():
    # 贵州省科技厅 2023: '现公布贵州省科技厅2023年政府信息公开年度报告', '可在贵州省科学技术厅信息公开专栏下载'
    assert organ_of("2310_") == "贵州省科学技术厅"
    # the page's own title keeps its form (襄城区人社局 2024, as labelled)
    assert organ_of("1500_") == "襄城区人社局"


def test_the_name_its_website_goes_by_completes_a_bare_field():
    # 杭州市民政局 2019: '发布单位: | 市民政局 |', '本年度“杭州市民政局”门户网站主动公开信息总数1282条'
    assert organ_of("2266_") == "杭州市民政局"


def test_a_contact_unit_gives_way_to_the_place_a_report_speaks_as():
    # 建湖县 2023 (county-wide, no title): '请与建湖县经济信息中心联系' and '2023年度,我县强化政策文件发布和政策解读…'
    # — the centre runs the website; the report is the county's ('建湖县人民政府门户网站' names its government)
    assert organ_of("2313_") == "建湖县人民政府"


def test_a_section_of_a_townships_office_compiles_the_townships_report():
    # 厚桥街道 2023: '由无锡市锡山区人民政府厚桥街道党政办公室综合科编制'
    from extractor.organ_office import without_unit

    assert organ_of("2348_") == "无锡市锡山区人民政府厚桥街道"
    assert without_unit("无锡市锡山区人民政府厚桥街道党政办公室综合科") == "无锡市锡山区人民政府厚桥街道"
    assert without_unit("武汉东湖新技术开发区党政办公室综合科") == "武汉东湖新技术开发区党政办公室"  # a zone's office reports
