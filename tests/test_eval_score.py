"""Scoring arithmetic on small synthetic cases: cell states, precision/recall, invented values, meta,
findings, metric sums, and the baseline comparison."""
from __future__ import annotations

from pathlib import Path

import pytest

from nianbao.evaluation import Config, ConfigError, compare, load_config, make_filler, match_findings, metrics
from nianbao.evaluation.baseline import Tolerance, build_baseline
from nianbao.evaluation.gold import Gold
from nianbao.evaluation.report import summary_lines
from nianbao.evaluation.runner import Run
from nianbao.evaluation.score import llm_usage, organ_key, score_document

NEW = "applications.new_received"


def gold(cells, unreadable=(), meta=None, findings=(), fmt="text", stem="doc", document=None):
    return Gold(stem=stem, path=Path(f"{stem}.json"), document=document or f"{stem}.txt", format=fmt, complete=False,
                meta=meta or {"organ": "某局", "year": 2021, "published": None, "template": "2021"},
                tables_present=("applications",), cells=dict(cells), unreadable=tuple(unreadable),
                extra_rows={}, expected_findings=tuple(findings))


G = gold({f"{NEW}.natural_person": 5, f"{NEW}.commercial": 0, f"{NEW}.research": None, f"{NEW}.total": 5},
         unreadable=[f"{NEW}.other_org"])


def test_cell_states_and_counters():
    pred = {f"{NEW}.natural_person": 5,      # right
            f"{NEW}.commercial": 3,          # wrong
            f"{NEW}.research": None,         # right: printed blank, emitted blank
            # total: not emitted -> missing
            f"{NEW}.other_org": 7,           # unreadable, a value emitted -> wrong + invented
            f"{NEW}.legal_service": 0}       # not labelled (cut off) -> invented
    s = score_document(G, pred)
    assert s.cells == {f"{NEW}.natural_person": "right", f"{NEW}.commercial": "wrong",
                       f"{NEW}.research": "right", f"{NEW}.total": "missing", f"{NEW}.other_org": "wrong"}
    c = s.counts["applications"]
    assert (c["scored"], c["right"], c["wrong"], c["missing"]) == (5, 2, 2, 1)
    assert (c["gold_values"], c["values_right"], c["emitted"]) == (3, 1, 4)
    assert set(s.invented) == {f"{NEW}.other_org", f"{NEW}.legal_service"} and c["invented_unreadable"] == 1
    assert not s.exact
    m = metrics({"doc": s.record()})
    assert m["cells"]["accuracy"] == pytest.approx(2 / 5)
    assert m["cells"]["precision"] == pytest.approx(1 / 4)
    assert m["cells"]["recall"] == pytest.approx(1 / 3)
    assert m["cells"]["invented"] == 2


def test_blank_needs_the_cell_and_unreadable_needs_no_value():
    g = gold({f"{NEW}.research": None}, unreadable=[f"{NEW}.other_org"])
    assert score_document(g, {}).cells == {f"{NEW}.research": "missing", f"{NEW}.other_org": "right"}
    s = score_document(g, {f"{NEW}.research": None, f"{NEW}.other_org": None})
    assert s.exact


def test_money_compares_as_numbers():
    g = gold({"active_disclosure.fees.amount": 33.0231, "active_disclosure.licensing.decisions": 0})
    s = score_document(g, {"active_disclosure.fees.amount": 33.0231000000001,
                           "active_disclosure.licensing.decisions": 0.0})
    assert s.exact


def test_a_document_that_cannot_be_read_counts_as_missing():
    s = score_document(G, None, status="error", reason="not a readable PDF")
    assert set(s.cells.values()) == {"right", "missing"}  # the unreadable cell needs no value
    m = metrics({"doc": s.record()})
    missing = sum(state == "missing" for state in s.cells.values())
    assert (m["errors"], m["loaded"], m["by_format"]["text"]["missing"]) == (1, 0, missing) and missing
    assert not any(v["ok"] for v in s.meta.values())


def test_documents_only_the_llm_can_read_are_counted_apart():
    published = score_document(gold({f"{NEW}.total": 1}, stem="a"), {f"{NEW}.total": 1})
    derived = score_document(gold({f"{NEW}.total": 2, f"{NEW}.commercial": 0}, stem="b",
                                  document="eval/docs/derived/b.txt"), {})
    run = Run(Config(), [published, derived], audit_available=False)
    m = run.metrics()
    assert m["cells"]["right"] == 1 and m["cells"]["missing"] == 2
    assert (m["by_reader"]["parser"]["right"], m["by_reader"]["parser"]["missing"]) == (1, 0)
    assert (m["by_reader"]["llm"]["documents"], m["by_reader"]["llm"]["missing"]) == (1, 2)
    lines = [line.strip() for line in summary_lines(run, m)]
    assert "published copies: 1 docs, 1/1 right = 100.0%; 0 missing, 0 wrong" in lines
    assert "LLM-only (eval/docs/derived): 1 docs, 0/2 right = 0.0%; 2 missing, 0 wrong" in lines


def test_metrics_are_sums_not_means():
    a = score_document(gold({f"{NEW}.total": 1}, stem="a"), {f"{NEW}.total": 1})
    b = score_document(gold({f"{NEW}.total": 1, f"{NEW}.commercial": 0, f"{NEW}.research": 0}, stem="b",
                            fmt="pdf"), {f"{NEW}.total": 1})
    m = metrics({"a": a.record(), "b": b.record()})
    assert m["cells"]["accuracy"] == pytest.approx(2 / 4)
    assert m["exact_match"] == 1 and m["exact_match_rate"] == pytest.approx(0.5)
    assert m["by_format"]["text"]["accuracy"] == 1.0
    assert m["by_format"]["pdf"]["accuracy"] == pytest.approx(1 / 3)


def test_meta_organ_after_t2s_and_match_key():
    assert organ_key("撫遠市自然資源局") == organ_key("抚远市 自然资源局")
    g = gold({}, meta={"organ": "撫遠市自然資源局", "year": 2022, "published": None, "template": "2021"})
    s = score_document(g, {}, {"organ": "抚远市自然资源局", "year": 2022, "published": "2023-01-01",
                               "template": "2019"})
    assert {k: v["ok"] for k, v in s.meta.items()} == {"year": True, "template": False, "organ": True,
                                                       "published": False}


def test_findings_recall_and_precision():
    expected = [{"rule": "applications.column_balance", "cells": [f"{NEW}.total"]},
                {"rule": "structure.sections", "cells": []}]
    produced = [{"rule": "applications.column_balance", "cells": [f"{NEW}.total", "x"]},
                {"rule": "applications.column_balance", "cells": [f"{NEW}.commercial"]},
                {"rule": "meta.dates", "cells": []}]
    r = match_findings(expected, produced)
    assert (r["matched_expected"], r["matched_produced"]) == (1, 1)
    assert r["missed"] == ["structure.sections"] and r["found"] == [True, False]
    s = score_document(gold({}, findings=expected), {}, produced=produced)
    m = metrics({"doc": s.record()})
    assert m["audit"]["recall"] == pytest.approx(1 / 2) and m["audit"]["precision"] == pytest.approx(1 / 3)
    assert metrics({"doc": score_document(gold({}), {}).record()})["audit"] is None


def test_one_produced_finding_may_cover_several_expected_ones():
    expected = [{"rule": "applications.blank_cells", "cells": [f"{NEW}.research"]},
                {"rule": "applications.blank_cells", "cells": ["review_litigation.review.total"]}]
    produced = [{"rule": "applications.blank_cells", "cells": [f"{NEW}.research", "review_litigation.review.total"]}]
    r = match_findings(expected, produced)
    assert (r["matched_expected"], r["matched_produced"]) == (2, 1)


def test_a_prose_finding_naming_no_cell_must_quote_a_figure_of_the_auditors_note():
    expected = [{"rule": "prose.inconsistent", "cells": [],
                 "note": "'发布政务公开信息共计615条。其中…' — the parts add up to 616 > 615"}]
    other = {"rule": "prose.inconsistent", "cells": [], "expected": 6, "actual": 5,
             "message": "正文先称「收到依申请公开6条」，后称「收到自然人申请政府信息公开申请5条」，同一数量前后不一"}
    same = {"rule": "prose.inconsistent", "cells": [], "expected": 615, "actual": 616,
            "message": "正文称「发布政务公开信息共计615条」，所列各项合计 616条（…），多于总数"}
    assert match_findings(expected, [other])["found"] == [False]
    assert match_findings(expected, [other, same])["matched_produced"] == 1
    # no quote: its expected/actual figures; none at all: the rule alone, as for other kinds
    assert match_findings(expected, [{"rule": "prose.inconsistent", "cells": [], "expected": 615}])["found"] == [True]
    assert match_findings(expected, [{"rule": "prose.inconsistent", "cells": []}])["found"] == [True]
    assert match_findings([{"rule": "structure.sections", "cells": [], "note": "no 六"}],
                          [{"rule": "structure.sections", "cells": [], "expected": 6}])["found"] == [True]


def test_llm_usage_reads_the_llm_packages_names():
    assert llm_usage({"usage": {"requests": 3, "cached": 1, "prompt_tokens": 10, "completion_tokens": 4,
                                "cost": 0.5}}) == {"calls": 3, "cached": 1, "input_tokens": 10,
                                                   "output_tokens": 4, "cost": 0.5}
    assert llm_usage(None) == {}


# ---------------------------------------------------------------------------------------------- baseline

def _records(pred_a, pred_b):
    ga, gb = gold({f"{NEW}.total": 5, f"{NEW}.commercial": 0}, stem="a"), gold({f"{NEW}.total": 2}, stem="b")
    return {"a": score_document(ga, pred_a).record(), "b": score_document(gb, pred_b).record()}


def test_gate_passes_unchanged_and_improved_runs():
    base = build_baseline(_records({f"{NEW}.total": 5}, {}), Config().to_dict())
    assert compare(base, _records({f"{NEW}.total": 5}, {})).ok
    cmp = compare(base, _records({f"{NEW}.total": 5, f"{NEW}.commercial": 0}, {f"{NEW}.total": 2}))
    assert cmp.ok and cmp.counts() == {"improved": 2}


def test_gate_fails_on_a_regressed_cell_and_ranks_wrong_below_missing():
    base = build_baseline(_records({f"{NEW}.total": 5}, {}), Config().to_dict())
    cmp = compare(base, _records({}, {f"{NEW}.total": 3}))  # a: right→missing; b: missing→wrong
    assert not cmp.ok
    assert cmp.of("a").regressed == [f"{NEW}.total: right → missing"]
    assert cmp.of("b").regressed == [f"{NEW}.total: missing → wrong"]
    assert compare(base, _records({}, {}), tolerance=Tolerance(regressions=5, metric_drop=1.0)).ok


def test_gate_fails_on_an_invented_value():
    base = build_baseline(_records({f"{NEW}.total": 5}, {}), Config().to_dict())
    cmp = compare(base, _records({f"{NEW}.total": 5, f"{NEW}.research": 1}, {}))
    assert not cmp.ok and cmp.of("a").regressed == [f"{NEW}.research: value invented"]


# 1411 prints '长宁区人民政府'; its parser reads '上海市长宁区人民政府' (near: wrong for the metric, accepted by
# test_extract_text); once the organ reader gave the office that compiled it, '上海市长宁区人民政府办公室'
_1411 = {"organ": "长宁区人民政府", "year": 2024, "published": None, "template": None}


def _organ_records(organ):
    g = gold({f"{NEW}.total": 5}, meta=_1411, stem="a")
    return {"a": score_document(g, {f"{NEW}.total": 5}, {**_1411, "organ": organ}).record()}


def test_meta_states_right_near_wrong():
    from nianbao.evaluation.score import meta_state, organ_accepted

    assert meta_state("organ", "长宁区人民政府", "长宁区人民政府") == "right"
    assert meta_state("organ", "长宁区人民政府", "上海市长宁区人民政府") == "near"
    assert organ_accepted("上海市长宁区人民政府", "长宁区人民政府")  # either way round
    assert meta_state("organ", "长宁区人民政府", "上海市长宁区人民政府办公室") == "wrong"
    assert meta_state("organ", "长宁区人民政府", None) == "wrong"
    assert meta_state("year", 2024, 2023) == "wrong"  # only an organ is near
    r = _organ_records("上海市长宁区人民政府")["a"]
    assert r["meta"]["organ"] is False and r["near"] == ["organ"] and r["read"] == {"organ": "上海市长宁区人民政府"}
    assert _organ_records("长宁区人民政府")["a"]["read"] == {}  # read as printed: the gold holds it


def test_gate_fails_when_an_accepted_organ_turns_wrong_and_names_the_values():
    base = build_baseline(_organ_records("上海市长宁区人民政府"), Config().to_dict())
    cmp = compare(base, _organ_records("上海市长宁区人民政府办公室"))
    assert not cmp.ok
    assert cmp.of("a").regressed == ["meta.organ: near → wrong ('上海市长宁区人民政府' → '上海市长宁区人民政府办公室')"]
    cmp = compare(base, _organ_records(None))
    assert cmp.of("a").regressed == ["meta.organ: near → wrong ('上海市长宁区人民政府' → None)"]
    cmp = compare(base, _organ_records("长宁区人民政府"))
    assert cmp.ok and cmp.of("a").improved == ["meta.organ: near → right ('上海市长宁区人民政府' → as printed)"]
    # a wrong name read as another wrong one is no regression, but the note names it
    wrong = build_baseline(_organ_records("长宁区"), Config().to_dict())
    cmp = compare(wrong, _organ_records("上海市长宁区人民政府办公室"))
    assert cmp.ok and cmp.of("a").verdict == "unchanged"
    assert any("'长宁区' → '上海市长宁区人民政府办公室'" in n for n in cmp.notes)


def test_a_baseline_without_read_values_compares_right_and_wrong_only():
    base = build_baseline(_organ_records("上海市长宁区人民政府"), Config().to_dict())
    for r in base["documents"].values():
        del r["read"], r["near"]
    assert compare(base, _organ_records("上海市长宁区人民政府")).of("a").verdict == "unchanged"
    assert compare(base, _organ_records("上海市长宁区人民政府办公室")).ok  # the gate's blind spot before `near`


def test_newly_loadable_document_does_not_gate():
    g = gold({f"{NEW}.total": 5}, stem="a")
    base = build_baseline({"a": score_document(g, None, status="error").record()}, Config().to_dict())
    cmp = compare(base, {"a": score_document(g, {f"{NEW}.total": 4}).record()})
    assert cmp.ok and cmp.of("a").verdict == "newly loadable" and cmp.notes


def test_partial_update_keeps_other_documents():
    base = build_baseline(_records({f"{NEW}.total": 5}, {}), Config().to_dict())
    new = build_baseline({"b": _records({}, {f"{NEW}.total": 2})["b"]}, Config().to_dict(), base, partial=True)
    assert set(new["documents"]) == {"a", "b"} and new["documents"]["b"]["exact"]


# ---------------------------------------------------------------------------------------------- config

def test_configs(tmp_path):
    assert not load_config("default").uses_llm and make_filler(load_config("default")) is None
    f = tmp_path / "q.toml"
    f.write_text('model = "m"\nendpoint = "http://localhost:1/v1"\nprompt_version = "v2"\nmode = "replay"\n'
                 '[params]\ntemperature = 0\n', encoding="utf-8")
    c = load_config(str(f))
    assert c.name == "q" and c.uses_llm and c.mode == "replay" and c.params == {"temperature": 0}
    assert load_config("default").replaying().uses_llm is False
    with pytest.raises(ConfigError):
        load_config("no-such-config", tmp_path)
    (tmp_path / "bad.toml").write_text('model = "m"\nmode = "sometimes"\n', encoding="utf-8")
    with pytest.raises(ConfigError):
        load_config(str(tmp_path / "bad.toml"))


def test_replay_must_be_confirmed_by_the_filler():
    import types

    class Store:
        mode, may_call = "use", True  # a store that would call the endpoint on a miss

    class Filler:
        def __init__(self, cfg):
            self.cfg, self.store = cfg, Store()

    seen = {}

    def load_config(file=None, **overrides):
        seen.update(overrides, file=file)
        return types.SimpleNamespace(configured=False, model=overrides.get("model"))

    llm = types.SimpleNamespace(load_config=load_config, LLMFiller=Filler)
    with pytest.raises(ConfigError, match="replay-only"):
        make_filler(Config(name="r", model="m", mode="replay", params={"temperature": 0}), llm=llm)
    assert seen["cache_mode"] == "replay" and seen["model"] == "m" and seen["temperature"] == 0
    Store.mode, Store.may_call = "replay", False
    assert isinstance(make_filler(Config(name="r", model="m", mode="replay"), llm=llm), Filler)
    with pytest.raises(ConfigError, match="no endpoint"):  # live without an endpoint: refused, not run
        make_filler(Config(name="live", model="m"), llm=llm)


def test_findings_are_counted_by_kind_and_unexpected_errors_apart():
    from nianbao.evaluation.score import match_findings

    expected = [{"rule": "applications.column_balance", "cells": ["applications.new_received.total"]},
                {"rule": "prose.table_mismatch", "cells": []},
                {"rule": "meta.template_year", "cells": []}]
    produced = [{"rule": "applications.column_balance", "severity": "error",
                 "cells": ["applications.new_received.total"]},
                {"rule": "applications.results_total", "severity": "error", "cells": ["applications.total.total"]},
                {"rule": "structure.sections", "severity": "warning", "cells": []}]
    m = match_findings(expected, produced)
    assert m["kinds"] == ["arithmetic", "prose", "layout"]
    assert m["found"] == [True, False, False]
    assert m["false_errors"] == 1  # the unexpected H2 error; the unexpected warning is not counted here


def test_every_rule_of_the_catalogue_has_a_kind_from_its_reference():
    from audits import RULES
    from audits.registry import KINDS

    refs = {ref for refs in KINDS.values() for ref in refs}
    for r in RULES.values():
        assert not r.ref or r.ref in refs, f"{r.id}: reference {r.ref} has no kind"
    # and no reference is given a kind that no rule carries
    assert refs <= {r.ref for r in RULES.values()}


def test_an_auditors_note_may_write_its_count_in_chinese_numerals():
    # 2018's label writes the announced count as 六个部分 and quotes no Arabic figure; the finding nianbao
    # raises on the page quotes the outline (no digits) and carries 6 announced / 5 named
    import json
    gold = json.loads((Path(__file__).parents[1] / "eval/gold/2018_baishan_hunjiang_weijianju_2025.json")
                      .read_text(encoding="utf-8"))
    produced = [{"rule": "prose.outline_count", "cells": [], "expected": 6, "actual": 5,
                 "message": "开头所列提纲称由 6 个部分组成，所列名称有 5 个，少于所说的数目（「“总体情况、…”"
                            "“其他需要报告的事项”六个部分」）"}]
    assert match_findings(gold["expected_findings"], produced)["found"] == [True]
    # a numeral that is a word, not a count (一是, 二者), names no figure
    assert match_findings([{"rule": "prose.outline_count", "cells": [], "note": "一是…二者皆有"}],
                          [{"rule": "prose.outline_count", "cells": [], "expected": 1, "actual": 2}])["found"] == [False]
