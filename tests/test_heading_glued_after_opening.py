"""The overview's heading glued right after the sentence that presents the report, in a page printed as one line
('…现公布随县经济开发区…2019年政府信息公开工作年度报告。一、总体情况2019年,…'): what the opening presents begins
there, so the glued words are its first heading, even when the line heads fewer than three sections."""
from __future__ import annotations

from extractor.segment import spans

from test_audit_support import TEXT, document, of, run

SUIXIAN = TEXT + "1741_suixian_jingjikaifaqu_mirror_2019.txt"  # one line, cut inside table 二
# the same opening, '。', '一、总体情况' and its first sentence on three lines: 河西街道 2019, 市统计局 2022
LINED = [TEXT + "1355_guangyuan_lizhou_hexijiedao_2019.txt", TEXT + "474_fuzhou_tongjiju_spammirror_2022.txt"]


def test_the_glued_overview_heading_after_the_opening_is_read():
    assert [s["heading"] for s in spans(document(SUIXIAN).text)] == ["一、总体情况", "二、主动公开政府信息情况"]
    assert not of(run(SUIXIAN), "structure.sections")


def test_the_same_opening_and_heading_run_into_one_line_are_read_so():
    # the pages as a mirror prints them, their line breaks lost: only the opening's line and the two after it joined
    for path in LINED:
        text = document(path).text
        at = text.index("\n一、总体情况\n")
        glued = text[:at] + text[at + 1:].replace("\n", "", 1)
        line = next(l for l in glued.split("\n") if "一、总体情况" in l)
        assert "。一、总体情况" in line and len(line) > 60, path
        assert [s["heading"] for s in spans(glued)][:1] == ["一、总体情况"], path
        assert [s["key"] for s in spans(glued)] == [s["key"] for s in spans(text)], path


def test_a_numbered_phrase_after_other_words_stays_prose():
    # the heading's words after a sentence that presents no report: a numbered phrase in prose
    text = "我乡信息公开工作开展良好。一、总体情况良好，二是制度完善。"
    assert spans(text) == []
