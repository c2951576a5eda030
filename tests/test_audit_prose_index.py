"""The paragraph's shared index (Para.full_sentences, Para.holding) and the list pieces cut in C (items._pieces)
read the real documents exactly as the per-sentence scans and the per-character walk they replace."""
from __future__ import annotations

import re
from pathlib import Path

from audits.prose import items
from audits.prose.items import FIGURE, depths, split_items
from audits.prose.list_words import MARKER
from audits.prose.list_bridges import read_paragraph
from audits.prose.text import paragraphs

ROOT = Path(__file__).resolve().parents[1]
_OLD_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]?")


def _paragraphs():
    for p in sorted((ROOT / "eval/docs/seeds").glob("*.txt")) + sorted((ROOT / "eval/docs/text").glob("*.*")):
        yield from paragraphs(p.read_text(encoding="utf-8", errors="replace"))


def test_a_sentence_holds_a_figure_in_the_index_exactly_when_its_own_scan_finds_one():
    seen = with_figure = 0
    for para in _paragraphs():
        spans = [m.span() for m in _OLD_SENTENCE.finditer(para.text)]
        assert para.full_sentences() == spans
        assert para.holding(FIGURE, full=True) == [FIGURE.search(para.text[a:b]) is not None for a, b in spans]
        assert para.holding(FIGURE) == [FIGURE.search(para.text[a:b]) is not None for a, b in para.sentences()]
        seen += len(spans)
        with_figure += sum(para.holding(FIGURE, full=True))
    assert seen > 5000 and 0 < with_figure < seen  # it does tell sentences apart


def test_the_index_is_worked_out_once_per_pattern():
    para = paragraphs("收到申请12件，其中自然人5件、法人7件。本年度无变化。")[0]
    first = para.holding(FIGURE, full=True)
    assert first == [True, False] and para.holding(FIGURE, full=True) is first


def test_list_pieces_cut_in_c_are_those_of_the_character_walk():
    compared = 0
    for para in _paragraphs():
        for a, b in para.full_sentences():
            s = para.text[a:b]
            depth = depths(s)
            for m in MARKER.finditer(s):
                level = depth[m.start("marker")]
                end = items.region_end(s, depth, m.end(), level)
                if m.end() < end and depth[m.end()] == level and not items.BRACKET.search(s, m.end(), end):
                    assert items._pieces(s, m.end(), end) == items.walk_pieces(s, depth, m.end(), end, level), s
                    compared += 1
    assert compared > 300
    # a colon opening a piece and a sentence end are left out of its text, as the walk leaves them
    s = "其中：：政策文件3条、：解读2条。"
    assert items._pieces(s, 2, len(s)) == items.walk_pieces(s, [0] * len(s), 2, len(s), 0)
    assert [t for _, t in split_items(s, [0] * len(s), 2, len(s), 0)] == ["政策文件3条", "解读2条"]


def test_a_paragraph_read_with_its_index_reads_what_it_reads_alone():
    for para in _paragraphs():
        alone = [(a, s, r.total.span(), [p.at for p in r.parts]) for a, s, r in read_paragraph(para.text)]
        shared = [(a, s, r.total.span(), [p.at for p in r.parts]) for a, s, r in read_paragraph(para.text, para)]
        assert alone == shared


def test_a_figure_shared_by_a_list_is_scouted_in_every_sentence_that_states_one():
    from audits.prose.shared import EACH

    stated = 0
    for para in _paragraphs():
        for a, b in para.sentences():
            s = para.text[a:b]
            if EACH.pattern.search(s):
                stated += 1
                assert EACH.scout.search(s), s
    assert stated > 10
    assert EACH.scout.search("行政复议和行政诉讼均为零。") and not EACH.scout.search("收到申请12件，办结12件。")
