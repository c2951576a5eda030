"""Organ and year misreads of the held-out sets of stop 24, each read on the real sentence: a year set off by spaces in
an announced title (2008), a place-less 来源 field against the report's own subject (2008), the issuer of a notice the
report cites as its basis (1976), a name holding a second name in brackets (1453), a title run into its preamble
with no space (1985), a year named in the subject of the overview's first sentence (1970), and an index block's 内容概述
row holding the title (1949); and a compiler named before 汇总编制 (2028, set 2026–2040)."""
from __future__ import annotations

from extractor.meta import stated_year, title
from extractor.organ_name import organ

from conftest import line_with
from test_audit_support import TEXT, document


def test_an_announced_title_may_set_its_year_off_by_spaces():
    # 2008 (the title names no place: '2019年市政府信息公开工作年度报告')
    line = line_with("2008", "现将 2019 年射洪市人民政府")
    assert organ(line, None) == "射洪市人民政府"


def test_a_source_field_naming_no_place_gives_way_to_the_subject_that_names_one():
    # 2008: '来源:市政府办公室' read as a department made its 2020-02-20 report late against 1月31日
    field = line_with("2008", "来源:市政府办公室")
    subject = line_with("2008", "2019年,射洪市人民政府认真贯彻")
    assert organ(field + "\n" + subject, None) == "射洪市人民政府"
    # a subject that names no place either leaves the field its place
    assert organ(field + "\n" + subject.replace("射洪市人民政府", "市政府"), None) == "市政府办公室"


def test_the_issuer_of_a_notice_cited_as_the_reports_basis_is_not_the_organ():
    # 1976 (我局, no title): '…和《广西壮族自治区大数据发展局关于做好2020年…的通知》(桂数函〔2020〕448号)要求,现将我局…'
    cited = line_with("1976", "《广西壮族自治区大数据发展局关于")
    site = line_with("1976", "在百色市投资促进局网站")
    assert organ(cited + "\n" + site, None) == "百色市投资促进局"
    # a document of its own that the page quotes still names it
    own = "我局印发了《广西壮族自治区大数据发展局关于做好政务公开工作的通知》。"
    assert organ(own + "\n" + site, None) == "广西壮族自治区大数据发展局"


def test_a_subject_may_hold_a_second_name_in_brackets():
    # 1453: the next subject, '管委会办公室作为高新区…', was taken instead
    line = line_with("1453", "2019年,宁波国家高新区(新材料科技城)管委会办公室")
    assert organ(line + "\n" + line_with("1453", "管委会办公室作为高新区"), None) == "宁波国家高新区(新材料科技城)管委会办公室"


def test_a_title_run_into_its_preamble_without_a_space_is_read():
    # 1985: '2024年丽水市政府信息公开工作年度报告根据《中华人民共和国政府信息公开条例》编制并向社会公布。…'
    line = line_with("1985", "2024年丽水市政府信息公开工作年度报告根据")
    assert title(line, None)[0] == "2024年丽水市政府信息公开工作年度报告"
    # a title followed by another word is still no run-in title
    assert title(line.replace("报告根据", "报告的编制根据"), None)[0] is None


def test_the_year_named_in_the_subject_of_the_first_sentence_is_the_reports():
    # 1970 (no title, no date; a traditional-script mirror, read simplified): '儋州市2016年政府信息公开工作,认真贯彻…'
    text = document(TEXT + "1970_danzhou_shizhengfu_tradmirror_2016.txt").text
    at = text.index("儋州市2016年政府信息公开工作,")
    line = text[at: text.index("\n", at)]
    assert stated_year(line, None) == 2016
    # a plan of that year named in a sentence is no subject
    assert stated_year("认真落实儋州市2016年政府信息公开工作要点,以完善机制为核心", None) is None


def test_a_summary_field_of_an_index_block_gives_its_value_as_the_title():
    # 1949: the pipe row '内容概述 | 江阴市人民政府2011年政府信息公开年度报告 |' was no title (its label kept), so the
    # 发布机构 field's office, a department, was taken for the city's own report
    head = "\n".join(line_with("1949", needle) for needle in ("发布机构 |", "内容概述 |"))
    assert title(head, None)[0] == "江阴市人民政府2011年政府信息公开年度报告"
    assert organ(head, title(head, None)[0]) == "江阴市人民政府"


def test_the_compiler_may_say_how_it_compiled_before_bian_zhi():
    # 2028: '由南京市鼓楼区人民政府办公室汇总编制' kept 汇总 in the name, so the subject '鼓楼区' was taken instead
    line = line_with("2028", "汇总编制")
    assert organ(line, None) == "南京市鼓楼区人民政府"
