"""A page without a title: the contact line names whom to ask (a service centre, a 政务公开办公室), the overview's
subject who reports (the place, its government or its government's office) — the subject is the organ where the
contact's body belongs to that place (held-out sets 1875–1889, 1890–1904, 1905–1919: 1877, 1881, 1899, 1908; and 962)."""
from __future__ import annotations

from extractor.organ_forms import reporting_subject

from conftest import organ_of


def test_the_subject_of_the_overview_reports_not_the_contact_body():
    assert organ_of("1877_") == "鄂温克族自治旗"  # '请与…旗政务服务与数据管理局政务公开办公室联系', '2025年鄂温克族自治旗坚持…'
    assert organ_of("1908_") == "子长市人民政府"  # '子长市政府政务服务中心', '2022年,子长市人民政府坚持…'
    assert organ_of("1899_") == "东至县人民政府办公室"  # '东至县政务公开办公室', '2022年,东至县人民政府办公室认真贯彻…'
    assert organ_of("962_") == "吴起县人民政府"  # '请联系吴起县政府政务服务中心'
    # '察哈尔右翼后旗电子政务网站服务中心' and '2024年,我旗认真贯彻…': the 旗 (its website's name completes it)
    assert organ_of("1881_") == "察哈尔右翼后旗人民政府"


def test_a_contact_that_is_a_government_or_its_office_keeps_to_it():
    # 1800: '请与福州市人民政府办公厅政府信息公开处联系' — the 办公厅 itself may report (organ_forms.government_office)
    assert reporting_subject("福州市人民政府办公厅", ["福州市"]) is None
    assert reporting_subject("大平镇人民政府", ["大平镇"]) is None
    # a subject of another place is no reporter of this body
    assert reporting_subject("子长市政府政务服务中心", ["延安市人民政府"]) is None


def test_a_subject_before_zijue_is_read():
    # 1930 (set 1920–1934): '请与鲤城区人民政府办公室联系' and '2021年,鲤城区人民政府办公室自觉履行…主管部门职责': the
    # office is the subject of the report's own sentence, so the organ (organ_forms.government_office)
    assert organ_of("1930_") == "鲤城区人民政府办公室"


def test_the_compilers_government_office_reports_where_a_sentence_says_so():
    # 枣阳 府办 2023 (set 2056–2070): '由枣阳市人民政府办公室编制' and '2023年,枣阳市人民政府办公室结合实际…' — the office
    # says twice that it speaks, so it is the organ (a department: its report is due by 1月31日), not the government
    assert organ_of("2061_") == "枣阳市人民政府办公室"
    # the office compiling its government's report, no sentence of its own: the government (交口县 2023, 中江县 2022)
    assert organ_of("1982_") == "交口县人民政府"
    assert organ_of("304_") == "中江县人民政府"


def test_a_government_office_is_held_to_the_departments_deadline():
    from test_audit_support import TEXT, of, run, run_variant
    path = TEXT + "2061_zaoyang_shizhengfuban_2023.txt"
    assert of(run(path), "meta.timeliness") == []  # published 2024-01-25: in time
    [f] = of(run_variant(path, ("日期:2024-01-25", "日期:2024-02-25")), "meta.timeliness")
    assert "2024-01-31" in f.message and "枣阳市人民政府办公室" in f.message, f.message
