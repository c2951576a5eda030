"""The baseline gate against the committed eval/baseline.json: it passes on the real parser and
fails on deliberately broken ones injected through the runner's `extract` seam."""
from __future__ import annotations

from pathlib import Path

import pytest

from nianbao.cli import main
from nianbao.evaluation import compare, default_extract, diff_runs, evaluate, load_all, load_baseline
from nianbao.evaluation import runner
from nianbao.evaluation.gold import find_root
from extractor.models import Tables

ROOT = find_root(Path(__file__).resolve().parent)
BASELINE = ROOT / "eval" / "baseline.json"


@pytest.fixture(scope="module")
def extract():
    """The real pipeline, each document extracted once for all the tests of this module."""
    seen = {}
    real = default_extract()

    def cached(path):
        if path not in seen:
            seen[path] = real(path)
        return seen[path]
    return cached


@pytest.fixture(scope="module")
def baseline():
    data = load_baseline(BASELINE)
    assert data is not None, "eval/baseline.json is committed"
    return data


def _rewrite(extract, change):
    """An extract callable whose reports' `tables` go through `change` (a parser bug, simulated)."""
    def broken(path):
        text, report = extract(path)
        tables = report.tables.model_dump()
        change(tables)
        return text, report.model_copy(update={"tables": Tables.model_validate(tables)})
    return broken


def swap_columns(a: str, b: str):
    def change(tables):
        def walk(node):
            if isinstance(node, dict):
                if a in node and b in node and not isinstance(node[a], dict):
                    node[a], node[b] = node[b], node[a]
                for v in node.values():
                    walk(v)
        walk(tables.get("applications"))
    return change


def drop_row(row: str):
    def change(tables):
        if tables.get("applications"):
            tables["applications"][row] = None
    return change


def test_gate_passes_on_the_real_parser(baseline, extract):
    run = evaluate(load_all(ROOT), ROOT, extract=extract)
    cmp = compare(baseline, run.records(), run.config.to_dict())
    assert cmp.ok, cmp.failures
    assert not any(d.regressed for d in cmp.documents)


def test_gate_fails_when_two_columns_are_swapped(baseline, extract):
    run = evaluate(load_all(ROOT), ROOT, extract=_rewrite(extract, swap_columns("natural_person", "total")))
    cmp = compare(baseline, run.records())
    assert not cmp.ok
    regressed = {d.stem: d.regressed for d in cmp.documents if d.regressed}
    # kewei prints 32 自然人 of 34 in 新收: swapping the columns makes both cells wrong
    assert "applications.new_received.natural_person: right → wrong" in regressed["kewei_shanghai_2024_from_pdf"]
    assert "applications.new_received.total: right → wrong" in regressed["kewei_shanghai_2024_from_pdf"]


def test_gate_fails_when_a_row_is_dropped(baseline, extract):
    run = evaluate(load_all(ROOT), ROOT, extract=_rewrite(extract, drop_row("carried_over")))
    cmp = compare(baseline, run.records())
    assert not cmp.ok
    assert any("carried_over" in r for d in cmp.documents for r in d.regressed)
    assert any("cells.accuracy dropped" in f for f in cmp.failures)


def test_gate_fails_when_an_organ_the_tests_accept_turns_wrong(baseline, extract):
    """1411 prints '长宁区人民政府' and is read '上海市长宁区人民政府': wrong for the metric before and after the organ
    reader gave its compiling office instead, so the counts did not move; the gate sees it through `near`."""
    stem = "1411_shanghai_changningqu_2024"
    assert baseline["documents"][stem]["near"] == ["organ"]

    def office(path):
        text, report = extract(path)
        if path.stem == stem:  # the office the page names as compiler: '由上海市长宁区人民政府办公室编制'
            assert "上海市长宁区人民政府办公室" in text
            meta = report.meta.model_copy(update={"organ": "上海市长宁区人民政府办公室"})
            report = report.model_copy(update={"meta": meta})
        return text, report

    golds = load_all(ROOT, ["1411_*", "000_*"])
    run = evaluate(golds, ROOT, extract=office)
    cmp = compare(baseline, run.records())
    assert not cmp.ok
    assert cmp.of(stem).regressed == ["meta.organ: near → wrong ('上海市长宁区人民政府' → '上海市长宁区人民政府办公室')"]
    assert cmp.of("000_dfbaa25dea7f00ff").verdict == "unchanged"
    assert compare(baseline, evaluate(golds, ROOT, extract=extract).records()).ok


def test_cli_exit_status(baseline, extract, monkeypatch, tmp_path, capsys):
    args = ["eval", "--root", str(ROOT), "--report-dir", str(tmp_path), "--docs", "00*"]
    monkeypatch.setattr(runner, "default_extract", lambda filler=None: extract)
    assert main(args) == 0
    assert (tmp_path / "eval-report.md").is_file() and (tmp_path / "eval-run.json").is_file()
    monkeypatch.setattr(runner, "default_extract", lambda filler=None: _rewrite(extract, drop_row("new_received")))
    assert main(args) == 1
    assert "FAIL" in capsys.readouterr().out


def test_a_missing_module_stops_the_run_instead_of_scoring_documents_as_missing():
    golds = load_all(ROOT, ["000_*"])

    def broken_install(path):
        raise ModuleNotFoundError("No module named 'pdfplumber'", name="pdfplumber")

    with pytest.raises(ModuleNotFoundError, match="pdfplumber"):
        evaluate(golds, ROOT, extract=broken_install)


def test_a_refused_document_misses_every_finding_its_gold_expects():
    from extractor.errors import InputError

    golds = load_all(ROOT, ["420_*"])  # a page whose label expects one prose finding
    assert golds[0].expected_findings

    def refuses(path):
        raise InputError(str(path), "no annual report inside")

    m = evaluate(golds, ROOT, extract=refuses).metrics()
    assert m["errors"] == 1
    assert m["audit"]["expected"] == len(golds[0].expected_findings) and m["audit"]["recall"] == 0
    assert evaluate(golds, ROOT, extract=refuses, audit=False).metrics()["audit"] is None


def test_validate_subcommand():
    assert main(["eval", "--root", str(ROOT), "--validate"]) == 0


def test_side_by_side_lists_the_cells_that_differ(extract):
    golds = load_all(ROOT, ["kewei*"])
    a = evaluate(golds, ROOT, extract=extract)
    b = evaluate(golds, ROOT, extract=_rewrite(extract, drop_row("carried_over")))
    diffs = diff_runs(a, b)
    assert {d.key for d in diffs} == {f"applications.carried_over.{c}" for c in
                                      ("natural_person", "commercial", "research", "social_welfare", "legal_service",
                                       "other_org", "total")}
    d = next(d for d in diffs if d.key.endswith("natural_person"))
    assert (d.gold, d.a, d.b, d.state_a, d.state_b) == (2, 2, None, "right", "missing")
