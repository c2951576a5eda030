"""The kind of a 新区 named bare and of a name with a second name in brackets (audits/organ): a 新区 is a district
(浦东新区) or a zone (徐圩新区) and only its page tells which; one body under two names takes the government's kind
if either name is one, else the zone's (held-out set 1875–1889: 1879, 1884)."""
from __future__ import annotations

from audits.organ import classify, from_prose
from test_audit_support import of, run_variant

from conftest import eval_doc


def test_a_new_area_named_bare_is_no_district_government_by_its_name():
    for name in ("徐圩新区", "重庆两江新区"):
        organ = classify(name)
        assert organ.kind is None and not organ.zone and organ.level == "区", organ
    assert classify("长春新区管委会").kind == "department"  # its 管委会 named: as before


def test_a_new_area_the_page_names_in_brackets_after_a_zone_is_a_zone():
    # 1879: title '徐圩新区2025年…', preamble '…特向社会公布国家东中西区域合作示范区(连云港徐圩新区)2025年…'
    organ = from_prose(classify("徐圩新区"), eval_doc("1879_").read_text(encoding="utf-8"))
    assert organ.zone and organ.kind is None
    # 641 (两江新区) says neither 管委会 nor 人民政府: unknown, no deadline of its own
    organ = from_prose(classify("重庆两江新区"), eval_doc("641_").read_text(encoding="utf-8"))
    assert organ.kind is None and not organ.zone


def test_a_new_area_zone_published_after_31_january_is_late():
    # 1879: '发布日期:2026-02-05' for 2025, five days past a zone's 1月31日
    found = of(run_variant(str(eval_doc("1879_"))), "meta.timeliness")
    assert len(found) == 1 and "2026-02-05" in found[0].message and "2026-01-31" in found[0].message
    # the same page once it names the 新区's 人民政府 instead: a district government, in time until 3月31日
    res = run_variant(str(eval_doc("1879_")), ("国家东中西区域合作示范区(连云港徐圩新区)", "连云港徐圩新区人民政府"))
    assert not of(res, "meta.timeliness")


def test_a_name_with_a_second_name_in_brackets_takes_the_government_or_zone_of_either():
    assert classify("黔东南州人民政府(州政府办公室)").kind == "government"  # 1884's organ: the 州's report
    assert classify("高新区(新市区)").kind == "government"  # 785: one body, 新市区's government
    assert classify("国家东中西区域合作示范区(连云港徐圩新区)").zone  # 1879's gold organ
    assert classify("淮北市妇幼保健计划生育服务中心(市妇幼保健院)").kind == "department"  # neither: the first name's
    # 1884 published in February (2025-01-23 → 2025-02-23): in time for the 州人民政府 (3月31日)
    res = run_variant(str(eval_doc("1884_")), ("2025-01-23", "2025-02-23"))
    assert not of(res, "meta.timeliness")
