"""Stop 34's cuts to the audit's own cost: each gives the answer the code before gave, on real report text; the
code before is kept here as the reference it is checked against."""
from __future__ import annotations

import re

import pytest

from extractor.loaders import load

from conftest import EVAL_TEXT


def _texts(glob: str = "1[0-4]*.txt") -> list[str]:
    return [load(f).text for f in sorted(EVAL_TEXT.glob(glob))]


def _offsets(para) -> list[int]:
    """Para.offsets before stop 34: the normalised-text position of every compact character, in a list."""
    offs: list[int] = []
    for a, b in para._ranges:
        for m in re.finditer(r"\S+", para._source[a:b]):
            offs.extend(range(a + m.start(), a + m.end()))
    return offs


def test_a_compact_position_is_the_one_the_list_of_offsets_gave():
    from audits.prose.text import paragraphs

    each = [paragraphs(t) for t in _texts()]
    paras = [p for ps in each for p in ps]
    paras += [a.then(b) for ps in each for a, b in zip(ps, ps[1:])]  # two paragraphs read as one (parts.listings)
    assert len(paras) > 500
    for p in paras:
        offs = _offsets(p)
        assert len(offs) == len(p.text)
        n = len(offs)
        for i in [*range(n), -1, -n]:
            assert p._at(i) == offs[i]
        for i, j in ((0, 0), (0, n), (n - 1, n), (n // 2, min(n, n // 2 + 3))):
            assert p.span(i, j) == (offs[i], offs[max(j, i + 1) - 1] + 1)
        for bad in (n, n + 5, -n - 1):
            with pytest.raises(IndexError):
                p._at(bad)


def test_a_date_is_found_where_the_lookbehind_first_pattern_found_it():
    from audits.years import date_in_text

    def before(text: str, iso: str) -> list[tuple[int, int]]:
        y, m, d = (int(x) for x in iso.split("-"))
        pat = re.compile(rf"(?<!\d){y}\s*[-/.年]\s*0?{m}\s*[-/.月]\s*0?{d}(?!\d)")
        return [(x.start(), x.end()) for x in pat.finditer(text)]

    made = "2023年1月5日、12023-01-05、2023.1.5，x2023 - 01 - 05日；发布日期：2023/01/050；２2023年01月05日"
    texts = _texts("1[0-2]*.txt") + [made, "2023年1月5日", "12023年1月5日"]
    dates = {m.group(0) for t in texts for m in re.finditer(r"(?:19|20)\d\d-\d\d-\d\d", t)}
    isos = sorted({f"{y}-{mo:02d}-{d:02d}" for y, mo, d in ((2023, 1, 5), (2021, 3, 30), (2022, 12, 31))} | dates)
    found = 0
    for text in texts:
        for iso in isos + [f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
                           for m in re.finditer(r"(20\d\d)年(\d{1,2})月(\d{1,2})日", text)]:
            got = date_in_text(text, iso)
            assert got == before(text, iso), (iso, text[:40])
            found += bool(got)
    assert found > 20


def test_the_number_first_flags_are_the_patterns_in_num_first():
    from audits.prose import claims
    from audits.prose.patterns import NUM_FIRST

    assert claims._FIGURE_FIRST == tuple(pat in NUM_FIRST for _, _, pat in claims._TRIED)
    assert sum(claims._FIGURE_FIRST) >= 30


def test_a_term_names_the_cell_as_the_label_split_each_time_did():
    from extractor import template

    from audits.context import Context
    from audits.rules.arithmetic import _term_name

    keys = {k for lay in template.LAYOUTS for i in template.identities(lay) for k in i.lhs + i.rhs}
    assert len(keys) > 100
    for key in keys:
        label = template.cell_label(key)
        for by_column in (False, True):
            want = label.split("·")[-1] if "·" in label else (
                label.rsplit(" / ", 1)[-1] if by_column else Context.row_name(key))
            assert _term_name(key, by_column) == want
