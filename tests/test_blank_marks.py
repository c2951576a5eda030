"""One set of blank marks: every reader treats a printed blank the same way, and never as 0."""
from __future__ import annotations

import pytest

from extractor.loaders.pdfgeom import is_num
from extractor.values import BLANK_MARKS, SYMBOL_BLANKS, WORD_BLANKS, parse


@pytest.mark.parametrize("mark", sorted(BLANK_MARKS))
def test_every_mark_reads_as_a_blank_not_zero(mark):
    v = parse(f" {mark} ")
    assert v is not None and v.number is None and v.blank_mark


def test_pdf_geometry_takes_symbols_for_value_cells_and_words_for_text():
    assert all(is_num(m) for m in SYMBOL_BLANKS)
    assert not any(is_num(m) for m in WORD_BLANKS)  # 无 beside a label may be prose ("无此类情况")
    assert is_num("0") and not is_num("行政许可")
