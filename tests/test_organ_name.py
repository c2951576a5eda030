"""The organ, its level and the publication date, read on real eval pages (extractor/organ_name.py,
extractor/chrome.py, audits/organ.py): page metadata labels are never part of a name, the sources are read in
their declared order, an office inside the organ is dropped, and the name's last word gives the level."""
from __future__ import annotations

import pytest

from audits.organ import classify
from extractor import chrome
from extractor.meta import read_meta
from extractor.organ_name import organ
from extractor.organ_office import without_unit
from extractor.sign_off import signature

from test_audit_support import TEXT, document, meta_of, extract_text


def meta(name: str, *edits: tuple[str, str]) -> dict:
    return meta_of(TEXT + name, *edits)


@pytest.mark.parametrize("name, want", [
    ("425_baiyin_tongjiju_2020.txt", "白银区统计局"),  # title line '文       号: 关键字: 白银区统计局…报告'
    ("426_huining_gongxinju_2021.txt", "会宁县工业和信息化局"),  # '栏目:政府信息公开年报来源:会宁县…局', title '…局关于2021年度…'
    ("128_zibo_zhongbuzhen_2020.txt", "中埠镇人民政府"),  # '标题: 中埠镇人民政府2020年…报告'
])
def test_page_metadata_labels_are_no_part_of_a_name(name, want):
    assert meta(name)["organ"] == want


@pytest.mark.parametrize("name, want", [
    ("544_jiaxing_shichangjianguanju_2022.txt", "嘉兴市市场监督管理局"),  # title '【图文】嘉兴市市场监督管理局2022年度…'
    ("469_dongchengjiedao_mirror_2019.txt", "东城街道"),  # a mirror's title 'puroview.com东城街道2019年…'
])
def test_a_pages_tag_or_a_mirrors_brand_before_the_title_is_no_part_of_the_name(name, want):
    assert meta(name)["organ"] == want


def test_latin_letters_are_never_part_of_an_organs_name():
    # beat365官方网站大全_旧版彩票365下载_mobile 365365051人民政府: a spam title, not a name
    assert meta("433_datong_szf_spammirror_2021.txt")["organ"] is None


def test_metadata_fields_split_where_they_are_glued_and_prose_is_no_field():
    assert chrome.fields("信息来源:省统计局发布时间:2022-01-21 16:49被阅览数:") == [
        ("信息来源", "省统计局"), ("发布时间", "2022-01-21 16:49"), ("被阅览数", "")]
    assert chrome.parts("文       号: 关键字: 白银区统计局2020年政府信息公开工作年度报告") == [
        "白银区统计局2020年政府信息公开工作年度报告"]
    assert chrome.parts("如对本报告有任何疑问,请与兴和县人民政府办公室联系。(地址:兴和县党政大楼后楼,电话:0474-7216993)") == [
        "如对本报告有任何疑问,请与兴和县人民政府办公室联系。(地址:兴和县党政大楼后楼,电话:0474-7216993)"]


def test_the_publication_date_is_read_from_its_field_not_from_the_statistics_period():
    assert meta("414_anhui_tongjiju_2021.txt")["published"] == "2022-01-21"  # glued to 信息来源 and 被阅览数
    # the same field holding the statistics period is no publication date
    got = meta("414_anhui_tongjiju_2021.txt", ("发布时间:2022-01-21 16:49", "统计时间:2021-01-01至2021-12-31"))
    assert got["published"] is None  # and the page prints no other date


def test_the_announced_title_comes_before_the_contact_line():
    # 北海市 announces "现向社会公布北海市2021年度…报告"; its contact line names 市行政审批局政务公开科
    assert meta("412_beihai_szf_2021.txt")["organ"] == "北海市"
    got = meta("412_beihai_szf_2021.txt", ("现向社会公布北海市2021年度政府信息公开工作年度报告", "现予公布。"))
    assert got["organ"] == "市行政审批局"  # without it, the contact line: the office's organ, its 科 dropped


@pytest.mark.parametrize("name, want", [
    ("421_lintao_xintianzhen_2022.txt", "临洮县新添镇"),  # 现发布《临洮县新添镇2022年…报告》 in a one-paragraph copy
    ("422_xinghe_xianzf_2024.txt", "兴和县"),  # 现向社会公布2024年兴和县政府信息公开工作年度报告
    ("423_huangpi_wuhujie_2020.txt", "武湖街"),  # 2020年,武湖街认真贯彻…
    ("434_beijing_chaowaijie_2025.txt", "朝外街道"),  # 2025年,朝外街道在区委、区政府的正确领导下…
    ("410_yongtai_xianzfb_2019.txt", "永泰县人民政府办公室"),  # 可与永泰县人民政府办公室数字信息科联系
    ("113_zhashui_fenghuangzhen_tradpinyin_2021.txt", "柞水县凤凰镇人民政府"),  # 请与…人民政府党政办公室联系
    ("1827_tulufan_gaochangqu_zhujianju_2025.txt", "吐鲁番市高昌区住建局"),  # '2025,吐鲁番市高昌区住建局以…' (年 lost)
])
def test_an_organ_without_a_title_is_read_from_the_prose(name, want):
    assert meta(name)["organ"] == want


@pytest.mark.parametrize("name, want", [
    ("1763_bayannaoer_linhequ_yibaoju_2023.txt", "临河区医疗保障局"),  # '临河区医疗保障局2023年为深入推进…'
    ("1621_hengyang_shuiliju_2025.txt", "衡阳市水利局"),  # '2025年,在市委市政府的正确领导下,衡阳市水利局结合…'
    # '2020年,根据《文山州人民政府办公室关于编制公布2020年…的通知》(〔2021〕—43)要求,砚山县交通运输局认真…'
    ("1560_yanshan_jiaotongju_2020.txt", "砚山县交通运输局"),
    ("1037_shangrao_shizhengfu_spammirror_2022.txt", "上饶市人民政府"),  # '根据《…》要求,上饶市人民政府根据…'
    ("1602_yuxian_jiaotongju_oldtemplate_2023.txt", "盂县交通运输局"),  # '现就盂县交通运输局2023年度…工作报告如下'
    # '…等文件规定,特向社会公布武汉市生态环境局东湖生态旅游风景区分局以下简称…': the verb is no part of a name
    ("647_wuhan_donghu_shengtaihuanjingfenju_2023.txt", "武汉市生态环境局东湖生态旅游风景区分局"),
    ("1805_shanxi_tuiyijunrenting_2022.txt", "山西省退役军人事务厅"),  # '2022年,山西省退役军人事务厅准确把握…'
    ("781_lixian_jiaotongju_2022.txt", "蠡县交通运输局"),  # '2022年,蠡县交通运输局对政府信息高度重视'
    ("972_yangxian_ziranziyuanju_2023.txt", "洋县自然资源局"),  # '2023年度,洋县自然资源局共完成政府网站信息发布65条'
    ("702_shaoxing_weijianwei_2020.txt", "绍兴市卫生健康委"),  # '绍兴市卫生健康委是主管全市医疗卫生健康事业的…'
    ("506_jiangmen_zhujianju_mirror_2023.txt", "江门市住房和城乡建设局"),  # '制作江门市住房和城乡建设局2023年…年度报告'
    ("482_hunnan_minzongju_notables_2021.txt", "浑南区民族和宗教事务局"),  # '2021年,浑南区民族和宗教事务局贯彻落实…'
    ("979_fogang_zhujianju_2024.txt", "佛冈县住房和城乡建设局"),  # '…要求,佛冈县住房和城乡建设局特向社会公布…'
    # '郑州高新技术产业开发区管委会国土规划住建局向社会公布2022年度信息公开年度报告'
    ("1262_zhengzhou_gaoxin_guotuguihuazhujianju_2022.txt", "郑州高新技术产业开发区管委会国土规划住建局"),
    # the short verbs never cut a name: '天水市公共資源交易中心在…' (公共), and '2020年,县医院未收到…' gives no organ
    ("1815_tianshui_gonggongziyuanjiaoyizhongxin_tradmirror_2023.txt", "天水市公共资源交易中心"),
])
def test_the_subject_after_a_long_根据_clause_or_before_its_year_and_verb(name, want):
    assert meta(name)["organ"] == want


@pytest.mark.parametrize("name", [
    "427_suining_jingkaiqu_2021.txt",  # '经开区坚持…': a kind of zone, no place name
    "013_pjmajestic_mirror_trad_pinyin_2021.txt",  # '多次召开会议专题研究部署信息公开相关工作'
    "319_changtu_ju_oldtemplate_2021.txt",  # '以及昌图县政务公开办关于…', '以上是我局…'
    "1771_tieshangang_caigouzhongxin_2019.txt",  # '积极参加区政府信息公开工作业务培训' (我中心 only): a verb, not 积极参加区
])
def test_a_sentence_subject_that_names_no_organ_gives_none(name):
    assert meta(name)["organ"] is None


def test_an_office_inside_the_organ_is_dropped_once():
    assert without_unit("衢州市衢江区湖南镇政府综合督考办公室") == "衢州市衢江区湖南镇政府"
    assert without_unit("永泰县人民政府办公室数字信息科") == "永泰县人民政府办公室"
    assert without_unit("来凤县政务服务和大数据管理局") == "来凤县政务服务和大数据管理局"
    assert organ("请与办公室联系。", None) is None


@pytest.mark.parametrize("name, kind, level", [
    ("423_huangpi_wuhujie_2020.txt", "township", "街道"),  # 武湖街
    ("434_beijing_chaowaijie_2025.txt", "township", "街道"),
    ("421_lintao_xintianzhen_2022.txt", "township", "镇"),
    ("422_xinghe_xianzf_2024.txt", "government", "县"),  # 兴和县, printed bare
    ("412_beihai_szf_2021.txt", "government", "市"),
    ("425_baiyin_tongjiju_2020.txt", "department", None),  # a 局 is no territory, whatever its place name
])
def test_the_level_is_told_by_the_names_last_word(name, kind, level):
    got = classify(meta(name)["organ"])
    assert (got.kind, got.level) == (kind, level)


@pytest.mark.parametrize("name, tier", [
    ("766_xizang_shenjiting_2025.txt", "province department"),  # 西藏自治区审计厅
    ("966_guizhou_weijianwei_2022.txt", "province department"),  # 贵州省…: the 州 of 贵州, then 省
    ("973_guangzhou_renshe_tradmirror_2022.txt", "city department"),  # 广州市… (a 设区的市)
    ("1244_ningguo_renshe_mirror_2020.txt", "county department"),  # 宁国市… (a 县级市: the gazetteer tells it from a 设区的市)
    ("1208_taian_taishan_xingzhengshenpi_2022.txt", "county department"),  # 泰山区行政审批服务局
    ("412_beihai_szf_2021.txt", None),  # a government above county: no department's level
])
def test_the_tier_is_what_the_name_places(name, tier):
    assert classify(meta(name)["organ"]).tier() == tier


def test_the_township_rule_runs_on_a_street_named_only_in_its_prose():
    import audits
    path = TEXT + "423_huangpi_wuhujie_2020.txt"
    res = audits.audit(extract_text(path, document(path).text), document(path).text)
    assert any(f.rule == "active_disclosure.township_normative_documents" for f in res.findings)
    text = document(path).text.replace("武湖街", "武湖区统计局")  # the same page from a department: no note
    res = audits.audit(extract_text(path, text), text)
    assert not any(f.rule == "active_disclosure.township_normative_documents" for f in res.findings)


def test_a_name_printed_only_inside_the_prose_is_the_last_resort():
    assert meta("404_qilixiang_spammirror_newtemplate_2020.txt")["organ"] == "七里乡政府"  # '主要包括七里乡政府规范性文件'
    # two township governments named in sentences: which one reports is not told
    two = meta("404_qilixiang_spammirror_newtemplate_2020.txt", ("主要包括七里乡政府", "主要包括七里乡政府和大河乡政府"))
    assert two["organ"] is None
    # 河西区市场监管局: the page says 我局 and quotes its own 《河西区市场监管局政务信息发布流程》
    seed = document("eval/docs/seeds/004_0611940f34059ea7.txt").text
    assert read_meta(seed, None)["organ"] == "河西区市场监管局"
    assert read_meta(seed.replace("我局", "本单位"), None)["organ"] is None  # a quoted name alone is not its own


def test_a_township_under_its_parent_printed_without_a_place_is_named_alone():
    # '2020年,在区委、区政府的正确领导下,区人民政府北京街道办事处认真贯彻…'
    assert meta("009_guangzhou_beijingjie_spammirror_2020.txt")["organ"] == "北京街道办事处"
    # a department of that government keeps it: '按照区委、区政府有关要求,区政府政务服务办进一步…'
    assert meta("179_tianjin_hq_zhengwufuwuban_2022.txt")["organ"] == "区政府政务服务办"


def test_a_function_word_before_a_body_word_is_no_organ():
    # 淮安 自然资源和规划局 2021 (held-out 462): the sentence "因政府信息公开工作申请行政复议0件" once gave the organ
    # 因政府; a one-character place before 镇 (螅镇, 175) is still a name, as is a bare level (县政府)
    from extractor.organ_name import is_organ, organ

    text = "一、总体情况\n2021年,本机关认真落实条例。因政府信息公开工作申请行政复议0件,未经复议直接提起行政诉讼0件。\n"
    assert organ(text, None) is None
    assert not is_organ("因政府") and not is_organ("对局")
    assert is_organ("螅镇") and is_organ("县政府") and is_organ("区局") and is_organ("卫健委")


def test_the_sign_off_names_the_organ_only_over_a_line_that_is_a_date():
    # 重庆市市场监督管理局 (seed 003): a page title with no organ; the report closes with the organ over '2021年3月30日'
    text = document("eval/docs/seeds/003_236049bc670541bf.txt").text
    assert read_meta(text, None)["organ"] == "重庆市市场监督管理局"
    close = text.rindex("2021年3月30日")
    assert read_meta(text[:close] + "特此报告。" + text[close + 11:], None)["organ"] is None  # no date: no sign-off
    # a date inside a sentence signs nothing
    assert read_meta(text[:close] + "发布于2021年3月30日" + text[close + 11:], None)["organ"] is None


def test_the_sign_off_is_read_past_blank_lines_spaces_a_closing_stop_and_only_from_its_start():
    # seed 003 closes with '重庆市市场监督管理局', a blank line, then '2021年3月30日': the date line is found among all
    # lines by its end and its 年 (sign_off reads each line's end inline), the name above it past blank lines
    text = document("eval/docs/seeds/003_236049bc670541bf.txt").text
    close = text.rindex("2021年3月30日")
    name = text.rindex("重庆市市场监督管理局", 0, close)
    assert signature(text) == (name, close + 10)
    spaced = text[:close] + "\n \n2021 年 3 月 30 日 。 " + text[close + 10:]
    assert signature(spaced) == (name, close + 21)
    assert signature(text[:close] + "2021.3.30" + text[close + 10:]) == (name, close + 9)
    assert signature(text[:close] + "20210330" + text[close + 10:]) is None  # a number, no date
    assert signature(text, close) is None and signature(text, name) == (name, close + 10)  # read from `start` on


@pytest.mark.parametrize("name, want", [
    ("766_xizang_shenjiting_2025.txt", "西藏自治区审计厅"),  # '标      题 西藏自治区审计厅2025年…' (an index block without colons)
    ("671_heilongjiang_shengtaihuanjingting_tradmirror_2022.txt", "黑龙江省生态环境厅"),  # '• 發布單位:黑龍江省…廳'
    ("762_wuwei_shenjiju_2022.txt", "市审计局"),  # '发布机构: 市审计局 组配分类: 政府信息公开年报'
    ("514_chengguanju_spammirror_2021.txt", "城市管理综合执法局"),  # 'UedBet体育城市管理综合执法局…' (brand and trade word)
    ("746_lanzhou_kexueyuan_fenyuan_2021.txt", "中国科学院兰州分院"),  # '…兰州分院机关信息公开工作2021年度报告'
    ("687_huangpu_dapuqiaojiedao_mirror_2023.txt", "上海市黄浦区人民政府打浦桥街道办事处"),  # '2023年上海市…办事处' / '政府信息…'
])
def test_field_labels_bullets_brands_and_a_titles_year_are_no_part_of_the_name(name, want):
    assert meta(name)["organ"] == want


@pytest.mark.parametrize("name, want", [
    ("672_jilin_waishiban_mirror_2020.txt", "吉林市人民政府外事办公室"),  # contact '…外事办公室综合处'
    ("681_jinan_chayuanjiedao_2022.txt", "茶园街道"),  # '特向社会公布茶园街道2022年政府信息 公开…' / '请与茶园街道办事处政府信息公开办公室'
    ("550_huaibei_renminyiyuan_2022.txt", "淮北市人民医院"),  # contact '淮北市人民医院办公室'
    ("551_fuzhou_gaoxinqu_2023.txt", "福州高新技术产业开发区"),  # contact '…开发区党政办公室'
    ("864_nanjing_pukou_jiaoyuju_pipe_2024.txt", "南京市浦口区教育局"),  # compiled by '南京市浦口区教育局办公室', contact '浦口区教育局办公室'
])
def test_the_office_named_to_contact_or_as_compiler_is_dropped(name, want):
    assert meta(name)["organ"] == want


def test_a_governments_office_that_compiles_the_report_is_the_organ_not_an_office_inside_it():
    # 1808: '…要求,福州市人民政府外事办公室编制完成本报告' and '请与福州市人民政府外事办公室联系': a department
    assert meta("1808_fuzhou_waiban_2023.txt")["organ"] == "福州市人民政府外事办公室"
    # 941: '请与安庆市招商中心办公室联系' and '2021年,安庆市招商中心办公室共主动公开…': an office of the 中心
    assert meta("941_anqing_zhaoshangzhongxin_2021.txt")["organ"] == "安庆市招商中心"


def test_an_office_unit_is_never_the_办事处_of_a_street_nor_the_政府_of_its_office():
    assert without_unit("吉林市人民政府外事办公室综合处") == "吉林市人民政府外事办公室"
    assert without_unit("茶园街道办事处") == "茶园街道办事处"
    assert without_unit("茶园街道办事处政府信息公开办公室") == "茶园街道办事处"


@pytest.mark.parametrize("name, want", [
    ("663_qitaihe_taoshan_shangwuju_2022.txt", "桃山区商务局"),  # '2022年度桃山区商务局政务信息公开工作依托…'
    ("786_rudong_shuiwuju_spammirror_2020.txt", "如东县水务局"),  # '《2020年度如东县水务局信息公开工作年度报告》已经研究同意'
    ("793_xuancheng_qixiangju_2020.txt", "宣城市气象局"),  # '宣城市气象局办公室作为宣城市气象局信息公开工作机构' is no fuller form
    ("640_hengyangxian_xingzhengshenpiju_mirror_2023.txt", "行政审批服务局"),  # '进一步明确了行政审批服务局…'
])
def test_prose_forms_of_the_name(name, want):
    assert meta(name)["organ"] == want


def test_an_index_block_printed_without_colons_gives_its_values_not_its_labels():
    # 766: '标      题 西藏自治区审计厅2025年政务信息公开工作开展年度报告'; 853: '组配分类 信息公开年报 发布机构 县府办'
    assert chrome.parts("标      题 西藏自治区审计厅2025年政务信息公开工作开展年度报告") == [
        "西藏自治区审计厅2025年政务信息公开工作开展年度报告"]
    assert chrome.parts("组配分类 信息公开年报 发布机构 县府办")[0].startswith("信息公开年报")
    # a field glued to the next one's label: '发布机构: 市审计局 组配分类: 政府信息公开年报' (762)
    assert chrome.field(["发布机构: 市审计局 组配分类: 政府信息公开年报"], chrome.SOURCE_LABELS) == "市审计局"


@pytest.mark.parametrize("name, want", [
    ("869_jurong_zhujianju_tradmirror_2022.txt", "句容市住房和城乡建设局"),  # 我局 … '在句容市住房和城鄉建設局官網上'
    ("761_gansu_linyecaoyuanju_mirror_2023.txt", "甘肃林业和草原局"),  # 我局 … '通过甘肃林业和草原局门户网站'
])
def test_a_page_calling_itself_我局_is_named_by_the_website_it_calls_its_own(name, want):
    assert meta(name)["organ"] == want


def test_a_website_of_another_kind_of_body_names_no_organ():
    # 506 says 我局 and publishes '在江门市人民政府门户网站': a government's site is not the 局's name (its opening
    # '制作江门市住房和城乡建设局2023年…报告' names it: taken out here)
    assert meta("506_jiangmen_zhujianju_mirror_2023.txt",
                ("制作江门市住房和城乡建设局2023年", "制作2023年"))["organ"] is None


def test_a_governments_own_信息公开_office_keeps_its_人民政府():
    # 728's contact '龙游县横山镇人民政府信息公开领导小组办公室' beside 681's '茶园街道办事处政府信息公开办公室'
    assert without_unit("龙游县横山镇人民政府信息公开领导小组办公室") == "龙游县横山镇人民政府"


@pytest.mark.parametrize("name, want", [
    ("445_heping_heshuizhen_notables_2024.txt", "合水镇人民政府"),  # '…公布2024年合水镇人民政府信息公开工作年度报告'
    ("680_xingguo_juncunxiang_mirror_2023.txt", "均村乡人民政府"),  # 我乡 … '《均村乡人民政府信息公开指南》'
])
def test_人民政府_before_信息公开_belongs_to_the_name(name, want):
    assert meta(name)["organ"] == want


@pytest.mark.parametrize("name, want", [
    ("763_linze_shenjiju_notables_2025.txt", "临泽县审计局"),  # '今年以来,临泽县审计局认真贯彻…'
    ("522_chongqing_rongchang_linyeju_2019.txt", "荣昌区林业局"),  # '今年以来,荣昌区林业局认真贯彻…'
    ("670_shuozhou_waishiban_2023.txt", "朔州市人民政府外事办公室"),  # '现公布朔州市人民政府外事办公室(…台港澳事务办公室)2023年…'
])
def test_an_opening_subject_after_今年以来_and_an_announced_name_with_a_second_name_in_brackets(name, want):
    assert meta(name)["organ"] == want


@pytest.mark.parametrize("name, want", [
    # the place printed without its level word in the subject, with it in the next sentence
    ("942_dezhou_sthjj_wucheng_fenju_2021.txt", "德州市生态环境局武城分局"),
    ("771_jimusaer_shengtaihuanjing_2024.txt", "昌吉州生态环境局吉木萨尔县分局"),  # '昌吉州州…' (a doubled word) is no form of it
    # a subject whose verb is 根据 ('2022年,海口国家高新区根据国务院…'); 838's '襄州区人社局根据…' as before
    ("901_haikou_gaoxinqu_mirror_2022.txt", "海口国家高新区"),
    ("838_xiangzhou_renshe_oneline_2022.txt", "襄州区人社局"),
    # a zone naming itself by its kind ('2022年,开发区坚持…') and its Party committee ('开发区党工委高度重视…'): the name
    # is the one its own 《西宁经济技术开发区政府信息公开指南》 prints; where no document or site of its own names it, none
    ("914_xining_jingkaiqu_2022.txt", "西宁经济技术开发区"),
    ("427_suining_jingkaiqu_2021.txt", None),
    ("641_chongqing_liangjiangxinqu_2024.txt", "重庆两江新区"),
])
def test_short_forms_of_a_name_and_a_party_committee(name, want):
    assert meta(name)["organ"] == want


def test_a_party_body_is_no_organ():
    from extractor.organ_name import is_organ
    assert not is_organ("开发区党工委") and not is_organ("区卫健局党组") and is_organ("西宁经济技术开发区")


@pytest.mark.parametrize("name, want", [
    ("954_xuancheng_xuanzhou_ziranziyuanguihuaju_mirror_2021.txt", "宣城市宣州区自然资源和规划局"),
    ("1033_zhenglanqi_qizhengfu_2021.txt", "正蓝旗"),
])
def test_the_report_as_a_sentences_subject_is_no_part_of_the_organ_that_made_it(name, want):
    # '本报告由宣城市宣州区自然资源和规划局根据《条例》…编制' — printed as well without 本 ('报告由重庆市綦江区关坝镇
    # 人民政府根据…'): the organ follows 由, and '报告由…' is never a fuller form of its name
    assert meta(name)["organ"] == meta(name, ("本报告由", "报告由"))["organ"] == want
