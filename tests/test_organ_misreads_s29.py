"""Organ misreads of the held-out pages of stop 29, each on the real text: a contact body turned into its place
though the page speaks as that body (2836 我局), a compiler read past '结合…数据' (2836), the compiler's government
office where the contact names the government's disclosure office and the page says 我办 (2838), a 处 with an office
of its own cut back to its 管委会 (2781), a zone's bare kind word taken as a name (2777); and older misreads with a verb
or preposition kept before the name (2175 编制并发布, 2186 将) or the posting site's name before a title's (2807, 1769),
and a department named by its bare level ('市城市管理局') whose place the page prints in a document or account of its
own (2599, 2128, 2673, 969, 985).
Each with the reads that must stay: a contact office is never the organ, a compiler's office is not the organ unless the page says it is its own."""
from __future__ import annotations

from extractor.normalize import normalize
from extractor.organ_forms import reporting_subject
from extractor.organ_name import from_title, organ
from extractor.organ_office import without_unit
from extractor.organ_words import is_organ

from conftest import eval_doc, line_with, organ_of


def _lines(stem: str, first: int, last: int) -> str:
    lines = eval_doc(f"{stem}_").read_text(encoding="utf-8").split("\n")
    return normalize("\n".join(lines[first - 1:last]))


def test_a_page_speaking_as_the_contacts_body_is_its_report_not_its_places():
    # 昌江区委信访局 2022: '请与昌江区委信访局办公室联系', '2022年,我局坚持…' and later '我区主动公开各类政府信息30条'
    assert organ(_lines("2836", 1, 5), None) == "昌江区委信访局"
    assert organ_of("2836_") == "昌江区委信访局"
    assert reporting_subject("昌江区委信访局", ["我局", "我区"]) is None
    # must stay: where the page speaks only as its place, the contact's body gives way to it (察哈尔右翼后旗)
    assert reporting_subject("察哈尔右翼后旗电子政务网站服务中心", ["我旗"]) == "察哈尔右翼后旗"
    assert reporting_subject("昌江区委信访局", ["我区"]) == "昌江区"


def test_a_compiler_read_past_what_it_compiled_with():
    # '…要求,由昌江区委信访局结合有关统计数据编制。' alone: the compiler, without its 由
    sentence = normalize(line_with("2836", "结合有关统计数据编制").split("。本报告的电子版")[0] + "。")
    assert organ(sentence, None) == "昌江区委信访局"


def test_the_compilers_government_office_speaking_as_我办_is_the_organ():
    # 长乐区人民政府办公室 2023: '由福州市长乐区人民政府办公室编制完成本报告', '可与福州市长乐区政府信息公开办联系' and
    # '2023年我办重视重点领域信息公开'
    assert organ(_lines("2838", 1, 4), None) == "福州市长乐区人民政府办公室"
    assert organ_of("2838_") == "福州市长乐区人民政府办公室"
    # must stay: without 我办 the compiler's office only compiled its government's report
    assert organ(_lines("2838", 1, 1), None) == "福州市长乐区政府"


def test_a_division_with_an_office_of_its_own_is_the_body_that_office_serves():
    # '请与九华山风景区管委会发展规划处办公室联系'
    assert without_unit("九华山风景区管委会发展规划处办公室") == "九华山风景区管委会发展规划处"
    assert organ(_lines("2781", 1, 1), None) == "九华山风景区管委会发展规划处"
    # must stay: a 处 of an office is an office inside it ('请与市外办综合处联系'), a contact office is dropped
    assert without_unit("市外办综合处") == "市外办"
    assert without_unit("福州市人民政府办公厅政府信息公开处") != "福州市人民政府办公厅政府信息公开处"


def test_a_zones_bare_kind_word_is_no_name():
    # 张家港保税区 2021 (a mirror): '2021年,保税区在市政务公开办的领导下…' — whose zone, the page does not say
    assert not is_organ("保税区")
    assert organ_of("2777_") is None
    assert is_organ("张家港保税区")  # must stay: its place before it


def test_the_verbs_and_prepositions_before_a_name_are_no_part_of_it():
    # 襄阳市农业农村局 2022: '…工作要求,编制并发布襄阳市农业农村局政府信息公开工作2022年度报告。'
    assert organ_of("2175_") == "襄阳市农业农村局"
    # 大英县玉峰镇 2021 (a mirror): '二是将玉峰镇人民政府预算决算在大英县人民政府网站面向社会公开'
    assert organ(normalize(line_with("2186", "二是将玉峰镇")), None) == "玉峰镇人民政府"
    assert organ_of("2186_") == "玉峰镇人民政府"
    # must stay: the 将 of 将乐县 ('将乐县2020年政府信息公开工作年度报告')
    assert organ_of("2255_") == "将乐县人民政府"


def test_the_posting_sites_name_before_a_titles_name_is_dropped():
    # '永顺县人民政府-湖南猛洞河风景名胜区管理处2020年度政府信息公开工作年度报告': the site's owner, then a dash
    assert from_title(line_with("2807", "2020年度政府信息公开工作年度报告")) == "湖南猛洞河风景名胜区管理处"
    # '梅州市人民政府门户网站 梅州市人力资源和社会保障局 政府信息公开年报 梅州市…局2023年度…报告'
    assert from_title(line_with("1769", "梅州市人民政府门户网站")) == "梅州市人力资源和社会保障局"
    # must stay: two organs reporting as one, set off by a space, are both the name
    assert from_title("广州市黄埔区人民政府 广州开发区管委会2021年政府信息公开工作年度报告") == "广州市黄埔区人民政府 广州开发区管委会"


def test_a_department_named_by_its_bare_level_takes_its_place_from_its_own_documents():
    # 临沂市城市管理局 2023: '…工作部署,市城市管理局认真…' and '修改完善了《临沂市城市管理局依申请公开申请方式说明》'
    assert organ(_lines("2599", 1, 5), None) == "临沂市城市管理局"
    assert organ_of("2599_") == "临沂市城市管理局"
    # '并以“万源市行政审批局”微信公众号进行政务信息…发布' beside '2022年,市行政审批局认真贯彻…'
    assert organ_of("2673_") == "万源市行政审批局"
    assert organ_of("2128_") == "泰安市城市管理局"  # '《泰安市城市管理局政府信息主动公开基本目录》'
    # must stay: without a document or account of its own the bare level is kept, never guessed
    assert organ(_lines("2599", 1, 1), None) == "市城市管理局"
