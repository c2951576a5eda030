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


def test_an_underscore_printed_for_a_number_is_a_blank_not_a_row_label():
    # 深圳龙华 2020 (one cell per line): '规章' then '_' '_' '_', '规范性文件' then '_' '3' '3' — the '_' lines are
    # the row's blank cells; read as labels they took the 3s away from their row
    from extractor import extract

    from conftest import ROOT

    report = extract(ROOT / "eval/docs/text/949_shenzhen_longhua_zhongdianquyu_2020.txt")
    ad = report.tables.active_disclosure
    assert ad.regulations.model_dump() == {"made": None, "published": None, "total": None}
    assert (ad.normative_documents.made, ad.normative_documents.published, ad.normative_documents.total) == (None, 3, 3)
    assert not report.extraction.tables["active_disclosure"].incomplete_rows
    assert parse("_").blank_mark
