"""structure.sections on a copy that shows no section heading at all: its preamble announces the report (or
presents it) and the overview's sub-items (一)…(五) follow with no '一、总体情况' above them — the overview is
printed, its heading is not (real pages, and real pages with the heading line taken out and cut in 一)."""
from __future__ import annotations

import re

import pytest

import audits

from test_audit_support import TEXT, document, extract_text, run

UNHEADED = "没有标题：开头之后直接是总体情况的分项"


def _sections(res):
    return [f for f in res.findings if f.rule == "structure.sections"]


def test_the_overviews_sub_items_straight_after_the_preamble_are_said_unheaded():
    # 长宁 新华路街道 2023: '本年度报告根据…编制,全文包括总体情况、…六部分。…' then '(一)公开主动方面' … '(五)监督保障方面'
    found = _sections(run(TEXT + "686_changning_xinhualujiedao_2023.txt"))
    assert len(found) == 1 and UNHEADED in found[0].message and "公开主动方面" in found[0].message


def _cut_in_overview(path: str, drop_heading: bool):
    """The page (a copy that stops in 一 already, or cut before its section 二), with or without its
    '一、总体情况' line."""
    text = document(path).text
    second = re.search(r"^\s*二、", text, re.M)
    text = text[: second.start()] if second else text
    if drop_heading:
        text, n = re.subn(r"^\s*一、\s*总体情况\s*\n", "", text, count=1, flags=re.M)
        assert n == 1
    return audits.audit(extract_text(path, text), text)


@pytest.mark.parametrize("stem", ["406_shapingba_xiaolongkan_jiedao_2023", "315_shenyang_yuhong_yingbinlujiedao_2021"])
def test_a_real_overview_whose_heading_line_is_taken_out_is_said_unheaded(stem):
    path = TEXT + stem + ".txt"
    assert [f for f in _sections(_cut_in_overview(path, drop_heading=True)) if UNHEADED in f.message]
    # the same cut with its heading: the overview is there, headed; nothing about it
    assert not _sections(_cut_in_overview(path, drop_heading=False))


def test_an_overview_headed_in_another_numbering_is_not_unheaded():
    # 白沙县 2023: '(一)总体情况' heads the overview, its sub-items (一)主动公开方面… follow
    assert not [f for f in _sections(run(TEXT + "407_baisha_xianzf_2023.txt")) if UNHEADED in f.message]


def _first_item_unnumbered(path: str, second_item: str = "依申请公开"):
    """The page cut in its overview, its '一、总体情况' line and its '(一)…' item line taken out: the overview's first
    part runs as prose, and '(二)依申请公开…' is the first item printed (榆林高新区 2022's shape), its words
    replaced by `second_item`."""
    text = document(path).text
    second = re.search(r"^\s*二、", text, re.M)
    text = text[: second.start()] if second else text
    text = re.sub(r"^\s*一、\s*总体情况\s*\n", "", text, count=1, flags=re.M)
    text, n = re.subn(r"^\s*[(（]一[)）][^\n]*\n", "", text, count=1, flags=re.M)
    assert n == 1
    text, n = re.subn(r"^(\s*[(（]二[)）])依申请公开", rf"\g<1>{second_item}", text, count=1, flags=re.M)
    assert n == 1
    return audits.audit(extract_text(path, text), text)


def test_an_overview_whose_first_part_is_unnumbered_prose_is_said_unheaded():
    # 榆林高新区管委会党政办公室 2022: the preamble, the 主动公开 paragraph without '(一)', then '(二)依申请公开情况。',
    # '(三)政府信息管理。' — a copy cut in (三), naming only two parts: its items say it is the overview
    found = _sections(run(TEXT + "1541_yulin_gaoxinqu_2022.txt"))
    assert len(found) == 1 and UNHEADED in found[0].message and "(二)依申请公开情况" in found[0].message


@pytest.mark.parametrize("stem", ["406_shapingba_xiaolongkan_jiedao_2023", "315_shenyang_yuhong_yingbinlujiedao_2021",
                                  "686_changning_xinhualujiedao_2023"])
def test_the_same_shape_on_other_real_overviews_is_said_unheaded(stem):
    res = _first_item_unnumbered(TEXT + stem + ".txt")
    assert [f for f in _sections(res) if UNHEADED in f.message and "(二)" in f.message]
    # the same page with that '(二)' naming no overview part: an item of some other list, not the overview
    res = _first_item_unnumbered(TEXT + stem + ".txt", "加强队伍建设")
    assert not [f for f in _sections(res) if UNHEADED in f.message]


def test_a_second_item_of_another_list_is_not_the_overview():
    # '(二)' heading something that is no overview part (a list inside the preamble's prose) is not taken
    from extractor.outline import _ITEM_HEAD, OVERVIEW_WORDS as _OVERVIEW_WORDS
    assert not any(p in _ITEM_HEAD.match("(二)加强队伍建设").group(1) for p in _OVERVIEW_WORDS)
    assert any(p in _ITEM_HEAD.match("(二)依申请公开情况。").group(1) for p in _OVERVIEW_WORDS)
