"""Stop 25's cuts to the audit's cost: each computes what it replaced, exactly, on real report text."""
from __future__ import annotations

import re

import pytest

from extractor import outline
from extractor.loaders import load

from conftest import EVAL_TEXT


# the opening as a pattern: _OPENING printed characters (neither a pipe nor white space), whatever stands between
_PRINTED_HEAD = re.compile(r"(?:[|\s]*[^|\s]){1,%d}" % outline._OPENING)


def _printed_head_by_pattern(text: str) -> int:
    return _PRINTED_HEAD.match(text).end()


def test_the_printed_head_ends_where_its_pattern_ends_on_every_eval_text():
    texts = [load(p).text for p in sorted(EVAL_TEXT.glob("*.txt"))]
    assert len(texts) > 900
    for text in texts:
        if text.strip(" |\n\t\u3000"):
            assert outline._head_end(text) == _printed_head_by_pattern(text)


@pytest.mark.parametrize("pad", ["", " | " * 400, "\n" * 1200, "|" * 3000 + "\u3000" * 50])
def test_the_printed_head_skips_a_title_rows_empty_cells(pad):
    # 卓尼县人民政府 2020: a layout table's title row of empty cells before the preamble; padded further, and cut
    # short (fewer than _OPENING printed characters: the head stops after the last one, spaces left out)
    text = load(next(EVAL_TEXT.glob("1781_*.txt"))).text
    lines = text.split("\n")
    padded = lines[0] + pad + "\n".join(lines[1:])
    for t in (padded, padded[:1500] + "  |  \n", padded[:300]):
        assert outline._head_end(t) == _printed_head_by_pattern(t)
    # the outline stands within the first _OPENING printed characters however many blank cells come before
    assert outline.announced_outline(padded).named == outline.announced_outline(text).named


def test_a_paragraph_without_a_figure_is_read_by_no_list_reader_and_never_cut_into_sentences():
    # every list (list_bridges.read_paragraph) and every category named twice (repeated) needs a figure in a sentence: a
    # paragraph without one is passed over whole, its sentences never cut; those with one read as before
    from audits.prose.items import FIGURE
    from audits.prose.list_bridges import read_paragraph
    from audits.prose.repeated import repeats
    from audits.prose.text import paragraphs

    paras = [p for f in sorted(EVAL_TEXT.glob("10*.txt")) for p in paragraphs(load(f).text)]
    bare = [p for p in paras if FIGURE.scout.search(p.text) is None]  # not even a figure's end
    counted = [p for p in paras if FIGURE.search(p.text) is not None]
    assert len(bare) > 100 and len(counted) > 50
    for p in bare:
        assert read_paragraph(p.text, p) == [] and repeats([p]) == ([], 0, 0)
        assert p._full is None  # not cut into sentences
    assert any(read_paragraph(p.text, p) for p in counted)
