"""Provenance: over the whole eval set, the text at each span is exactly the printed value."""
from __future__ import annotations

import pytest

from extractor import extract
from extractor.cells import flatten
from extractor.values import convert, is_zero_change, parse
from extractor.template import cell_index

from conftest import ROOT, gold_files, load_gold


def loadable(path):
    gold = load_gold(path)
    try:
        return gold, extract(ROOT / gold["document"])
    except ModuleNotFoundError as exc:  # a format whose loader is not installed
        pytest.skip(str(exc))


@pytest.mark.parametrize("path", gold_files(), ids=lambda p: p.stem)
def test_every_span_holds_the_printed_value(path):
    from extractor import load

    gold, report = loadable(path)
    text = load(ROOT / gold["document"]).text
    values = flatten(report.tables.model_dump())
    if any(v is not None for v in values.values()):
        assert report.provenance, "a report with values has provenance"
    for key, prov in report.provenance.items():
        # an extracted value is read as printed, or cut from a fused run of digits by its row's total (inferred,
        # but still pointing at the digits it was cut from)
        assert prov.method == "parser" or (prov.method == "inferred" and prov.match in ("fused_total", "fused_columns")), (key, prov)
        start, end = prov.span
        printed = text[start:end]
        assert printed == printed.strip() and printed, (key, printed)
        if prov.match == "words":  # '未增未减' under 本年增/减: a change of 0 printed in words
            assert is_zero_change(printed) and values[key] == 0, (key, printed, values[key])
            continue
        value = parse(printed)
        assert value is not None, (key, printed)
        col = cell_index()[key][3]
        expected = values[key]
        got = convert(value, col.kind, "万元" if col.unit == "万元" else None)
        assert got == expected or value.number == expected, (key, printed, expected)
    # and every non-null cell has a provenance entry
    assert {k for k, v in values.items() if v is not None} <= set(report.provenance)
