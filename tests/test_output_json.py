"""The JSON a report is written as: pydantic's encoder (fast) spells it as json.dumps of the schema's data."""
from __future__ import annotations

import json

import pytest

from extractor import extract
from extractor.output import report_text

from conftest import ROOT, gold_files, load_gold

DOCS = gold_files(("text", "markdown", "html"))


@pytest.mark.parametrize("gold_path", DOCS, ids=lambda p: p.stem)
def test_report_text_is_what_json_dumps_writes(gold_path):
    report = extract(ROOT / load_gold(gold_path)["document"])
    data = report.model_dump(mode="json")
    assert report_text(report) == json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
    assert report_text(report, pretty=True) == json.dumps(data, ensure_ascii=False, indent=1) + "\n"
