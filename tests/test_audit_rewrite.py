"""A batch's findings added to a written report's JSON as text (audits.rewrite) give the bytes the model's
way gives (engine.amend, then write_report), on real reports with findings of every severity."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from audits.engine import amend
from audits.registry import NotAssessable
from audits.rewrite import amended
from extractor.models import Finding, Report
from test_audit_support import ROOT, run

DOCS = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "eval/docs/seeds").glob("*.txt")) + \
    sorted(str(p.relative_to(ROOT)) for p in (ROOT / "eval/docs/text").glob("*.txt"))[:12]
S12 = Finding(rule="batch.duplicate", severity="warning", message="雷同：与某局 2022年度报告（a/b.txt）：正文相似度 97%",
              expected="本年度自己的报告", actual="正文近乎相同", evidence=[])
S1 = Finding(rule="batch.carry_over", severity="warning", message="自然人列：本年度「二、上年结转」3 ≠ 「\"四\"」5\n",
             cells=["applications.carried_over.natural_person"], expected=5, actual=3, evidence=[(10, 11)])
NOTE = Finding(rule="batch.repeated_input", severity="info", message="重复输入：与 x.txt 是同一文件（不是雷同）")
NA = [NotAssessable("batch.carry_over", "商业企业列：上年报告：空白"), NotAssessable("batch.duplicate", "引号\"与\\反斜杠")]


def _model_way(raw: bytes, found, na) -> bytes:
    return (amend(Report.model_validate_json(raw), found, na).model_dump_json() + "\n").encode("utf-8")


@pytest.mark.parametrize("doc", DOCS)
def test_text_edit_is_byte_for_byte_the_model_rewrite(doc):
    res = run(doc)
    raw = (res.report.model_dump_json() + "\n").encode("utf-8")  # what the batch wrote (compact)
    for found, na in (([S12], []), ([S1, NOTE, S12], NA), ([], NA[:1]), ([NOTE], [])):
        assert amended(raw, found, na) == _model_way(raw, found, na)


def test_twice_amended_as_the_batch_does_rule_after_rule():
    raw = (run(DOCS[0]).report.model_dump_json() + "\n").encode("utf-8")
    once = amended(raw, [S1], NA[:1])
    assert amended(once, [S12, NOTE], NA[1:]) == _model_way(_model_way(raw, [S1], NA[:1]), [S12, NOTE], NA[1:])


def test_an_indented_or_foreign_file_is_left_to_the_model():
    report = run(DOCS[0]).report
    assert amended((report.model_dump_json(indent=1) + "\n").encode(), [S12], []) is None
    assert amended(b'{"findings":[],"extraction":{}}\n', [S12], []) is None
    assert amended(b'[1,2]\n', [S12], []) is None


@pytest.mark.parametrize("doc", DOCS[:8])
def test_the_two_arrays_are_found_without_parsing_the_report(doc):
    """The findings and notices of a report are found by their members' names (each once in the text);
    a text holding either name twice (an LLM record naming one) is parsed whole, with the same bytes."""
    from audits.rewrite import _arrays

    report = run(doc).report
    text = report.model_dump_json() + "\n"
    fa, fb, na, nb = _arrays(text)
    assert text[fa:fb] == (report.model_dump_json(include={"findings"})[len('{"findings":'):-1])
    assert json.loads(text[na:nb]) == report.extraction.notices and text[nb:].startswith(',"llm":')
    llm = report.model_copy(update={"extraction": report.extraction.model_copy(
        update={"llm": {"findings": [1], "notices": []}})})
    raw = (llm.model_dump_json() + "\n").encode("utf-8")
    assert _arrays(raw.decode("utf-8")) is None
    for found, na_ in (([S12], []), ([S1, NOTE, S12], NA)):
        assert amended(raw, found, na_) == _model_way(raw, found, na_)
