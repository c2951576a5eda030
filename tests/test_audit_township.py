"""active_disclosure.township_normative_documents, on real eval documents."""
from __future__ import annotations

from audits.tolerance import TOWNSHIP_NORMATIVE_DOCUMENTS
from test_audit_support import TEXT, na, of, run

TOWNSHIP = "active_disclosure.township_normative_documents"


def test_a_township_with_many_normative_documents_gets_a_note():
    res = run(TEXT + "155_hengdong_yanglinzhen_oldtemplate_2023.txt")  # 杨林镇: 规范性文件 22 / 22 / 22
    [f] = of(res, TOWNSHIP)
    assert f.severity == "info" and "杨林镇" in f.message and "22" in f.message
    assert set(f.cells) == {"active_disclosure.normative_documents.made", "active_disclosure.normative_documents.total"}
    assert all(v > TOWNSHIP_NORMATIVE_DOCUMENTS for v in f.actual.values())


def test_a_township_on_the_2021_layout_is_noted_on_its_2021_columns():
    res = run(TEXT + "173_zhushan_damiaoxiang_2024.txt")  # 大庙乡: 行政规范性文件 18 制发, 18 现行有效
    [f] = of(res, TOWNSHIP)
    assert f.cells == ["active_disclosure.normative_documents.issued", "active_disclosure.normative_documents.in_force"]


def test_a_township_named_only_in_its_prose_is_a_township():
    res = run(TEXT + "318_noaddress_zhen_2019.txt")  # no organ name; the prose says 我镇; 规范性文件 15 / 15 / 15
    assert res.report.meta.organ is None
    [f] = of(res, TOWNSHIP)
    assert "我镇" in f.message and "15" in f.message


def test_a_few_normative_documents_or_a_department_get_no_note():
    assert not of(run(TEXT + "021_huichang_zhongcunxiang_2020.txt"), TOWNSHIP)  # 中村乡: 5 / 5 / 5
    res = run(TEXT + "112_wenzhou_dongtou_nongyenongcunju_2021.txt")  # a 局 with 18 in force
    assert res.context.values["active_disclosure.normative_documents.in_force"] > TOWNSHIP_NORMATIVE_DOCUMENTS
    assert not of(res, TOWNSHIP) and not na(res, TOWNSHIP)

