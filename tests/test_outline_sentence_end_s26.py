"""Outlines announced without 组成 or with 共有 (held-out 2281 正蓝旗扎格斯台苏木 2023: '本年报由总体情况、…和其他需要
报告的事项。', missed at arrival; 2251–2265's 2262 上饶广丰区 2022: '本报告共有总体情况、…等六部分。', its one-figure edit
missed): the names alone, every one a template section, make the sentence an outline."""
from __future__ import annotations

from extractor.outline import announced_outline
from test_audit_support import of, run_variant

from conftest import eval_doc


def _found(stem: str, rule: str, *edits: tuple[str, str]) -> list[str]:
    return [f.message for f in of(run_variant(str(eval_doc(stem)), *edits), rule)]


def test_an_outline_closed_by_the_sentence_end_names_the_sections_it_leaves_out():
    found = _found("2281_", "structure.sections")
    assert len(found) == 1 and "「三、收到和处理政府信息公开申请情况」、「四、政府信息公开行政复议、行政诉讼情况」" in found[0]
    # with every section named, nothing is left out
    assert not _found("2281_", "structure.sections", ("主动公开政府信息情况、存在", "主动公开政府信息情况、收到和处理政府信息"
                                                       "公开申请情况、政府信息公开行政复议和行政诉讼情况、存在"))


def test_names_that_are_not_the_templates_sections_make_no_outline():
    # a sentence of the same shape about the work, not the report's parts
    assert announced_outline("本年报由区政务公开办公室编制,电子版可在区政府门户网站下载。") is None
    assert announced_outline("报告由政务公开、政务服务和数据共享三项工作的情况。") is None


def test_an_outline_listed_after_gong_you_is_counted():
    assert not _found("2262_", "prose.outline_count")
    found = _found("2262_", "prose.outline_count", ("等六部分", "等五部分"))
    assert len(found) == 1 and found[0].startswith("开头所列提纲称由 5 个部分组成，所列名称有 6 个")


def test_a_name_printed_twice_is_counted_twice():
    # 东西湖区司法局 2019 (held-out 2399, missed on the final code): '…、主动公开政府信息情况、主动公开政府信息的情况、…等
    # 六个部分' names seven; neighbours of one section stay one name only when they differ ('行政复议、行政诉讼情况')
    found = _found("2399_", "prose.outline_count")
    assert len(found) == 1 and found[0].startswith("开头所列提纲称由 6 个部分组成，所列名称有 7 个")
    assert not _found("2399_", "prose.outline_count", ("主动公开政府信息情况、主动公开政府信息的情况", "主动公开政府信息情况"))
