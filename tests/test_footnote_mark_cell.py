"""A circled footnote mark printed after a cell ('规范性文件 | 3 | 275 | 19① |', 建湖县 2023, held-out 2313): NFKC made
it the digit 1 and the cell 191 (a wrong value at arrival); the mark is kept as printed and the cell reads 19. Circled
numbers opening prose items ('①參加或舉辦新聞發布會總次數0次', 453) stay list marks, never digits."""
from __future__ import annotations

from extractor.cells import flatten
from extractor.normalize import normalize
from extractor.values import parse

from conftest import eval_doc
from nianbao.commands.common import extract_one


def test_a_cells_footnote_mark_is_no_digit_of_it():
    _, report = extract_one(eval_doc("2313_"))
    cells = flatten(report.tables.model_dump())
    key = "active_disclosure.normative_documents."
    assert [cells[key + k] for k in ("issued", "repealed", "in_force")] == [3, 275, 19]


def test_circled_numbers_are_kept_as_printed():
    assert normalize("| 3 | 275 | 19① |\n①参加ＡＢ１２次") == "| 3 | 275 | 19① |\n①参加AB12次"
    assert parse("19①").number == 19 and parse("①") is None and parse("1①2") is None
