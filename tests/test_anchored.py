"""extractor.anchored: scans that skip where no match can start find pattern.finditer's matches, no more, no fewer."""
from __future__ import annotations

import re
from pathlib import Path

from extractor import organ_announced, organ_lines, organ_name
from extractor.anchored import finditer_ending

ROOT = Path(__file__).resolve().parents[1]


def _same(pattern: re.Pattern, text: str, word: str, longest: int) -> None:
    def sig(ms):
        return [(m.span(), m.groups()) for m in ms]
    assert sig(finditer_ending(pattern, text, word, longest)) == sig(pattern.finditer(text))


def test_longest_is_what_the_engine_computes():
    # (a change to a pattern that lets its matches grow must grow its bound too)
    from re import _parser
    for pattern, (word, longest) in organ_name._ENDING.items():
        if longest is not None:
            assert _parser.parse(pattern.pattern).getwidth()[1] == longest


def test_compiler_lines_of_real_reports():
    text = ("根据《中华人民共和国政府信息公开条例》(以下简称《条例》)规定,由南宁经济技术开发区管理委员会(以下简称经开区管委会)编制"
            "本报告。\n本报告由通化市东昌区政务服务和数字化建设管理局依据《中华人民共和国政府信息公开条例》和省、市有关文件要求编制而成,"
            "全文包括总体情况等。按照要求,南京市浦口区人民政府永宁街道办事处综合事务部编制本年度报告,由昌江区委信访局结合有关统计数据编制。")
    _same(organ_lines.COMPILED_BY, text, "编制", 139)
    # windows that overlap (two 编制 close together) and ones apart, past a long stretch without the word
    _same(organ_lines.COMPILED_BY, text + "。" * 400 + text, "编制", 139)
    assert [m.group("org") for m in finditer_ending(organ_lines.COMPILED_BY, text, "编制", 139)][:2] == [
        "南宁经济技术开发区管理委员会", "通化市东昌区政务服务和数字化建设管理局"]


def test_title_as_subject_before_its_short_name():
    # (no bound on its length: read from the text's start to the last 简称, nothing where none is printed)
    text = ("黄石港区人民政府2025年政府信息公开年度报告(以下简称年报)根据《条例》编制。\n中村乡2020年政府信息公开工作年度报告"
            "(以下简称年报)由中村乡人民政府编制。")
    _same(organ_announced.SELF_NAMED, text, "简称", None)
    assert [m.group("org") for m in finditer_ending(organ_announced.SELF_NAMED, text, "简称", None)] == ["黄石港区人民政府", "中村乡"]
    assert finditer_ending(organ_announced.SELF_NAMED, text.replace("简称", "称"), "简称", None) == []


def test_eval_texts():
    for path in sorted((ROOT / "eval/docs/text").glob("*.txt"))[:300]:
        body = path.read_text(encoding="utf-8")[:6000]
        for pattern, (word, longest) in organ_name._ENDING.items():
            _same(pattern, body, word, longest)


def _skips_ahead(pattern: re.Pattern) -> bool:
    """Whether the engine skips to the pattern's first characters (a literal prefix or a set of first characters)
    instead of trying every position."""
    from re import _compiler, _constants, _parser
    code = _compiler._code(_parser.parse(pattern.pattern, pattern.flags), pattern.flags)
    return bool(code[2] & (_constants.SRE_INFO_PREFIX | _constants.SRE_INFO_CHARSET))


def test_announced_title_skips_ahead():
    assert _skips_ahead(organ_announced.ANNOUNCED)
    quoted = organ_announced.ANNOUNCED.search("我镇认真编制了《田黄镇2020年政府信息公开工作年度报告》")
    assert quoted.group("org") == "田黄镇" and quoted.group("quote") is not None
    assert organ_announced.ANNOUNCED.search("现向社会公布北海市2021年度政府信息公开工作年度报告").group("quote") is None
