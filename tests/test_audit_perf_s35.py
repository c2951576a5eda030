"""Stop 35's cuts to the audit's own cost: each gives the answer the code before gave, on real report text; the
code before is kept here as the reference it is checked against."""
from __future__ import annotations

import html

from extractor.loaders import load

from conftest import EVAL_TEXT


def _texts(glob: str = "1[0-4]*.txt") -> list[str]:
    return [load(f).text for f in sorted(EVAL_TEXT.glob(glob))]


def test_an_escaped_piece_is_the_one_html_escape_gave():
    from audits.render.html import escape

    pieces = [ln for t in _texts() for ln in t.splitlines()] + ["", "&", "<b>", "'\"", "&amp;", "甲<乙>丙&丁'戊\""]
    for p in pieces:
        assert escape(p) == html.escape(p)
