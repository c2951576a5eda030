"""The gold validator: the committed gold files pass, and it catches the slips it exists for."""
from __future__ import annotations

import copy
import json
from pathlib import Path

from nianbao.evaluation import load_all, load_gold, validate
from nianbao.evaluation.gold import find_root
from nianbao.evaluation.validate import failing_identities, validate_one

ROOT = find_root(Path(__file__).resolve().parent)


def test_committed_gold_files_are_valid():
    golds = load_all(ROOT)
    assert len(golds) >= 30
    errors = [str(p) for p in validate(golds, ROOT) if p.level == "error"]
    assert errors == []


def _mutated(tmp_path: Path, stem: str, **changes):
    raw = copy.deepcopy(load_gold(ROOT / "eval" / "gold" / f"{stem}.json").raw)
    for key, change in changes.items():
        raw[key] = change(raw) if callable(change) else change
    path = tmp_path / f"{stem}.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    return [p for p in validate_one(load_gold(path), ROOT, None) if p.level == "error"]


def test_unknown_cell_key(tmp_path):
    errors = _mutated(tmp_path, "000_dfbaa25dea7f00ff",
                      cells=lambda r: {**r["cells"], "applications.granted.everyone": 1})
    assert any("not a template cell key" in e.message for e in errors)


def test_complete_report_must_cover_its_layout(tmp_path):
    errors = _mutated(tmp_path, "000_dfbaa25dea7f00ff",
                      cells=lambda r: {k: v for k, v in r["cells"].items() if k != "applications.granted.total"})
    assert any("complete report" in e.message for e in errors)


def test_cells_must_fit_the_stated_layout(tmp_path):
    errors = _mutated(tmp_path, "000_dfbaa25dea7f00ff", meta=lambda r: {**r["meta"], "template": "2019"})
    assert any("do not fit the 2019 layout" in e.message for e in errors)


def test_failing_identity_needs_an_expected_finding(tmp_path):
    # hongze-2023 prints 行政复议 10+1+0+0 with 总计 0; without the finding the gold is inconsistent
    errors = _mutated(tmp_path, "hongze-2023", expected_findings=lambda r: r["expected_findings"][1:])
    assert any("review_litigation.group_total (review) fails" in e.message for e in errors)


def test_arithmetic_finding_needs_a_failing_identity(tmp_path):
    errors = _mutated(tmp_path, "000_dfbaa25dea7f00ff", expected_findings=[
        {"rule": "applications.row_total", "cells": ["applications.granted.total"], "note": "invented"}])
    assert any("matches no failing identity" in e.message for e in errors)


def test_blank_total_may_be_raised_as_blank_cells():
    # kewei: 结转下年度 总计 printed blank; H3 fails only blank-as-zero and blank_cells covers it
    gold = load_gold(ROOT / "eval" / "gold" / "kewei_shanghai_2024_from_pdf.json")
    failing = {(i.rule, i.where) for i, _, _ in failing_identities(gold, {"applications": ("2021", False),
                                                                          "review_litigation": ("2021", False)})}
    assert ("applications.row_total", "carried_forward") in failing
    assert [p for p in validate_one(gold, ROOT, None) if p.level == "error"] == []


def test_document_must_be_byte_identical_to_shared(tmp_path):
    shared = tmp_path / "shared"
    (shared / "corpus" / "text").mkdir(parents=True)
    gold = load_gold(ROOT / "eval" / "gold" / "002_wuhan_hanyang_qzfbgs_2022.json")
    (shared / "corpus" / "text" / Path(gold.document).name).write_bytes(b"not the original")
    errors = [p for p in validate_one(gold, ROOT, shared) if p.level == "error"]
    assert any("byte-identical" in e.message for e in errors)


def test_unknown_rule_id(tmp_path):
    errors = _mutated(tmp_path, "000_dfbaa25dea7f00ff", expected_findings=[{"rule": "made.up", "cells": []}])
    assert any("unknown rule id" in e.message for e in errors)


def test_a_mixed_gold_fits_block_by_block(tmp_path):
    from extractor import template

    stem = "791_heihe_qixiangju_2021"  # 第（一）项 on the 2019 columns, the other blocks (fee included) on 2021's
    assert _mutated(tmp_path, stem) == []
    assert any("do not fit" in e.message for e in _mutated(tmp_path, stem, meta=lambda r: {**r["meta"], "template": "2021"}))
    # one block printed in both layouts at once fits no reading
    first = template.TABLES["active_disclosure"].layouts["2021"].blocks[0].key
    only_2021 = (set(template.layout_cells("active_disclosure", "2021"))
                 - set(template.layout_cells("active_disclosure", "2021", False, {first: "2019"})))
    key = sorted(only_2021)[0]
    errors = _mutated(tmp_path, stem, cells=lambda r: {**r["cells"], key: 0})
    assert any("do not fit the mixed layout" in e.message for e in errors)


def test_a_page_listed_with_its_address_needs_no_shared_copy(tmp_path):
    # pages from the stored public web pages are not under ../shared: their SOURCES.md row is their provenance
    shared = tmp_path / "shared"
    (shared / "corpus").mkdir(parents=True)
    listed = load_gold(ROOT / "eval" / "gold" / "150_shaoxing_yuecheng_donghujie_2023.json")
    assert not [p for p in validate_one(listed, ROOT, shared) if "where does it come from" in p.message]
    # a shared corpus copy that went missing is still worth a look
    unlisted = load_gold(ROOT / "eval" / "gold" / "002_wuhan_hanyang_qzfbgs_2022.json")
    assert [p for p in validate_one(unlisted, ROOT, shared) if "where does it come from" in p.message]
