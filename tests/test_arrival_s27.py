"""Misses of the held-out sets 2401–2459 at arrival (stop 27), each on the real text: the issuing organ's field
label 发文机构 (2408) and table 二's layout told by its header alone (543, 2183, 2187, 2389, 2453, 2455, 2456)."""
from __future__ import annotations

from extractor import chrome
from extractor.organ_name import organ

from conftest import eval_doc, organ_of
from test_audit_support import TEXT, of, run, run_variant

ZHADA = TEXT + "2408_zhada_xianzhengfu_2023.txt"  # '  • 发文机构:札达县人民政府' above '…我办现向全社会公布…'


def _head(stem: str, lines: int) -> str:
    return "\n".join(eval_doc(stem).read_text(encoding="utf-8").splitlines()[:lines])


def test_the_issuing_organs_field_is_read_as_the_source_fields_are():
    # the page's index block: '发文机构:札达县人民政府' is the organ, not the contact line's 办公室 (我办)
    assert ("发文机构", "札达县人民政府") in chrome.fields("  • 发文机构:札达县人民政府")
    assert organ_of("2408_") == "札达县人民政府"
    # a 发文机构 left empty ('发文机构: 发文日期: 2022-01-05', 787) names nobody: the title's organ stays
    assert organ_of("787_") == "梓潼县金龙镇"


def test_the_government_the_field_names_is_held_to_its_own_deadline():
    # 2408 published 2024-02-19: a county government's deadline (3月31日) is met
    assert not of(run(ZHADA), "meta.timeliness")
    # published after 3月31日 the same government is late, by its own deadline
    [f] = of(run_variant(ZHADA, ("发布日期:2024-02-19", "发布日期:2024-04-08")), "meta.timeliness")
    assert (f.expected, f.actual) == ("≤ 2024-03-31", "2024-04-08") and "札达县人民政府（" in f.message
    # without the field, 我办 and the contact line's office are all the page says: the office, held to 1月31日
    [f] = of(run_variant(ZHADA, ("发文机构:札达县人民政府", "发文机构:")), "meta.timeliness")
    assert f.expected == "≤ 2024-01-31" and "札达县人民政府办公室" in f.message


def _template(stem: str) -> str | None:
    from nianbao.commands.common import extract_one

    return extract_one(eval_doc(stem), None)[1].meta.template


def test_table_twos_header_alone_tells_its_layout_by_one_forms_words():
    # whole header words: 2455 '信息内容 / 本年制发件数' (2021), 2187 '信息内容 / 本年新制作数量' (2019)
    assert _template("2455_") == "2021" and _template("2187_") == "2019"
    # cut after a prefix one form alone has: 2456 '信息内容 | 本年制' (本年制发件数; 2019's is 本年新制作数量)
    assert _template("2456_") == "2021"
    # pieces of a wrapped header, 2389 '制作数量 / 公开': words of 2019's 本年新制作数量 / 本年新公开数量 only
    assert _template("2389_") == "2019"


def test_a_header_in_words_both_forms_share_or_neither_has_tells_nothing():
    # 2183 cut at '本年新 制': 2019's 本年新制作数量 and the 2021 variant 本年新制发数 both open so
    assert _template("2183_") is None
    # 1568 (2022) '本年度实际产生数量 / 对外公开数量 / 制作 / 获': neither form's header, though '制作' is a piece of 2019's
    assert _template("1568_") is None
