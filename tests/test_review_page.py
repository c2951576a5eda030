"""The review page (audit-summary.html) in a real headless Chromium (Debian's package, driven by
playwright without a browser download): it loads without console errors, and what the overview counts
and the evidence it highlights are what the reports' JSON says."""
from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest

from nianbao.cli import main
from test_audit_support import ROOT, SEED, TEXT

CHROMIUM = Path(os.environ.get("NIANBAO_CHROMIUM", "/usr/bin/chromium"))
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
INPUTS = [SEED + "003_236049bc670541bf.txt", TEXT + "kewei_shanghai_2024_from_pdf.md",
          TEXT + "001_changchun_erdao_zhengshouban_2022.txt", TEXT + "015_weihai_wendeng_xinfangju_flipbook_p8_2022.txt",
          SEED + "004_0611940f34059ea7.txt", "eval/docs/pdf/hongze-2023.pdf"]  # hongze: 复议 总计 printed wrong (errors)
SEVERITY = {"error": 0, "warning": 1, "info": 2}


def _browser():
    """Chromium, or a skip outside CI; in CI (CI=true) a missing browser or driver is a failure."""
    why = None
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        why, sync_playwright = "playwright is not installed (pip install -e '.[dev]')", None
    if why is None and not CHROMIUM.is_file():
        why = f"{CHROMIUM} is missing (apt-get install chromium)"
    if why is not None:
        if os.environ.get("CI") == "true":
            pytest.fail(why)
        pytest.skip(why)
    return sync_playwright


def _flat(x: str) -> str:  # how the page shows line breaks of the text
    return re.sub(r"\s*\n\s*", " ⏎ ", x)


@pytest.fixture(scope="module")
def page_and_out(tmp_path_factory):
    sync_playwright = _browser()
    tmp = tmp_path_factory.mktemp("review")
    twice = tmp / "again.txt"
    shutil.copy(ROOT / INPUTS[0], twice)  # the same file twice: a repeated-input note added at the end
    out = tmp / "out"
    assert main(["audit", *[str(ROOT / p) for p in INPUTS], str(twice), "-o", str(out)]) == 0
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        problems: list[str] = []
        page.on("console", lambda m: problems.append(f"{m.type}: {m.text}") if m.type in ("error", "warning") else None)
        page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
        page.goto((out / "audit-summary.html").as_uri())
        page.wait_for_load_state("load")
        page.screenshot(path=str(tmp / "review.png"))  # for a person to look at (pytest's tmp dir)
        overview = page.eval_on_selector_all("#overview tbody tr", """rows => rows.map(r => ({
            report: r.dataset.report, copy: r.cells[3].innerText, worst: r.cells[8].innerText,
            counts: Object.fromEntries([...r.querySelectorAll('td[data-k]')].map(td => [td.dataset.k, +td.innerText]))}))""")
        marks = page.eval_on_selector_all("section[data-report] .finding mark", """ms => ms.map(m => ({
            report: m.closest('section').dataset.report, rule: m.closest('.finding').dataset.rule,
            span: m.dataset.span, text: m.innerText, blank: m.classList.contains('blank')}))""")
        folds = page.eval_on_selector_all("section[data-report] details.fold > summary",
                                          "ss => ss.map(s => [s.closest('section').dataset.report, s.innerText])")
        browser.close()
    return {"problems": problems, "overview": overview, "marks": marks, "folds": dict(folds), "out": out}


def _json(out: Path, name: str) -> dict:
    return json.loads((out / f"{name}.json").read_text("utf-8"))


def test_page_loads_without_console_errors(page_and_out):
    assert page_and_out["problems"] == []


def test_overview_counts_are_the_json_findings_worst_first(page_and_out):
    out, rows = page_and_out["out"], page_and_out["overview"]
    assert sorted(r["report"] for r in rows) == sorted(p.stem for p in out.glob("*.json"))
    for r in rows:
        data = _json(out, r["report"])
        expected = {s: sum(f["severity"] == s for f in data["findings"]) for s in SEVERITY}
        expected["not_assessable"] = sum(n.startswith("audit: not assessable: ") for n in data["extraction"]["notices"])
        assert r["counts"] == expected, r["report"]
        worst = data["findings"][0]["message"][:80].strip() if data["findings"] else "未发现问题"
        assert worst in r["worst"]
    ranks = [min((SEVERITY[s] for s in SEVERITY if r["counts"][s]), default=3) for r in rows]
    assert ranks == sorted(ranks) and ranks[0] == 0
    assert "batch.repeated_input" in {f["rule"] for f in _json(out, "again")["findings"]}  # added at the end
    assert next(r for r in rows if r["report"] == "again")["counts"]["info"] == 1


def test_highlighted_evidence_is_what_the_json_points_at(page_and_out):
    out, marks = page_and_out["out"], page_and_out["marks"]
    assert marks and any(m["blank"] for m in marks)
    for m in marks:
        text = (out / f"{m['report']}.txt").read_text("utf-8")
        s, e = (int(x) for x in m["span"].split("-"))
        data = _json(out, m["report"])
        if m["blank"]:  # a blank slot: an empty field or a blank mark, in a row the finding names
            assert text[s:e].strip() in ("", "/", "-", "—", "无") and m["text"] in ("□", text[s:e].strip())
            continue
        spans = [tuple(sp) for f in data["findings"] if f["rule"] == m["rule"] for sp in f["evidence"]]
        assert (s, e) in spans, m
        assert m["text"] == _flat(text[s:e]).strip()


def test_fragment_checks_fold_into_one_line_saying_where_the_copy_stops(page_and_out):
    folds, rows = page_and_out["folds"], page_and_out["overview"]
    flip = "015_weihai_wendeng_xinfangju_flipbook_p8_2022"
    assert folds[flip].startswith("副本为片段（起于「四、政府信息公开行政复议、行政诉讼情况」")
    assert "项检查无法评估" in folds[flip]
    cut = next(r for r in rows if r["report"] == "001_changchun_erdao_zhengshouban_2022")
    assert cut["copy"].startswith("片段（止于表三「") and "完整" == next(
        r for r in rows if r["report"] == "003_236049bc670541bf")["copy"]
