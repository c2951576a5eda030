"""An overview printed without its heading, told by its numbered items: the opening, then (一)… with no
'一、总体情况' above; two of its items naming the overview's parts are enough where the copy stops before
three parts are named — from (一) on as from a later item, and past (六) as before it (real pages)."""
from __future__ import annotations

import audits

from test_audit_support import TEXT, extract_text, edited, pair

_UNHEADED = "「一、总体情况」没有标题"
PAGES = (TEXT + "1414_harbin_acheng_houqinzhongxin_2021.txt", TEXT + "1423_shi_hezuojiaoliuban_spammirror_2022.txt",
         TEXT + "730_lucheng_qidujiedao_2024.txt")


def _sections(path: str, *edits: tuple[str, str]) -> list:
    text = edited(path, *edits) if edits else pair(path)[1]
    report = extract_text(path, text)
    return [f for f in audits.audit(report, text).findings if f.rule == "structure.sections"]


def test_seven_items_after_the_opening_with_no_heading():
    # 公积金中心 2020 (held-out 1790): the six parts announced, then (一)主动***息… (the mirror masks 公开信)
    # … (五)平台建设 … (七)依申请公开工作情况, no '一、总体情况'
    found = _sections(TEXT + "1790_gongjijin_zhongxin_mirror_2020.txt")
    assert len(found) == 1 and found[0].message.startswith(_UNHEADED)


def test_a_copy_that_lost_the_heading_above_its_first_items():
    # 阿城区机关后勤服务中心 2021, a 市合作交流办 2022 and 七都街道 2024 without their '一、总体情况' line: the
    # opening, a paragraph, then (一)主动公开… (二)依申请公开… — the copy stops before a third part is named
    for path in PAGES:
        found = _sections(path, ("一、总体情况\n", ""))
        assert len(found) == 1 and found[0].message.startswith(_UNHEADED), path


def test_the_same_pages_with_their_heading_are_not_reported():
    for path in PAGES:
        assert not _sections(path)
