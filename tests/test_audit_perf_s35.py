"""Stop 35's cuts to the audit's own cost: each gives the answer the code before gave, on real report text; the
code before is kept here as the reference it is checked against."""
from __future__ import annotations

import csv
import html
import io
import random

from extractor.loaders import load

from conftest import EVAL_TEXT


def _texts(glob: str = "1[0-4]*.txt") -> list[str]:
    return [load(f).text for f in sorted(EVAL_TEXT.glob(glob))]


def _written(rows: list[list]) -> str:
    """csvfile._line before stop 35: the standard library's writer."""
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue()


def test_a_csv_line_is_the_one_the_writer_wrote():
    from audits.render.csvfile import _line

    # real text: every line of the eval set's texts, cut into fields at the characters the writer quotes for
    fields = [ln for t in _texts() for ln in t.splitlines()]
    fields += [t[i:i + 60] for t in _texts("1[0-1]*.txt") for i in range(0, len(t), 37)]  # line breaks inside
    assert any("," in f for f in fields) and any("\n" in f for f in fields) and any('"' in f for f in fields)
    rng = random.Random(35)
    alphabet = ["a", ",", '"', "\n", "\r", "\0", " ", "\t", "的", "，", "|", ";", "'", "\\", "", 'x"y', '""']
    for i in range(20000):
        row: list = [rng.choice(fields) for _ in range(rng.randrange(1, 14))]
        if i % 2:  # the characters the writer treats apart, ints and other types, an empty field alone
            row = [rng.randrange(-5, 3000) if rng.random() < 0.1 else rng.choice([None, 1.5, True, ""])
                   if rng.random() < 0.03 else "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 8)))
                   for _ in range(rng.randrange(1, 14))]
        rows = [row] if i % 5 else [row, row[::-1]]
        assert _line(rows) == _written(rows), rows


def test_an_escaped_piece_is_the_one_html_escape_gave():
    from audits.render.html import escape

    pieces = [ln for t in _texts() for ln in t.splitlines()] + ["", "&", "<b>", "'\"", "&amp;", "甲<乙>丙&丁'戊\""]
    for p in pieces:
        assert escape(p) == html.escape(p)
