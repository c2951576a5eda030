"""The eval harness: hand-labelled gold (eval/gold) → scores, baseline gate, side-by-side comparison.

Public API:
    load_all(root, patterns) / find_root()     the gold files and the checkout they live in
    validate(golds, root) -> [Problem]         gold consistency (template, document, identities)
    Config, load_config(name), make_filler     run configurations (parser only, LLM live or replay)
    evaluate(golds, root, config, extract=)    run and score; `extract` is the seam for tests
    compare(baseline, records) -> Comparison   the gate; TOLERANCE is its one setting
    diff_runs(run_a, run_b)                    cells where two configurations differ
"""
from __future__ import annotations

from .baseline import TOLERANCE, Comparison, Tolerance, build_baseline, compare, load_baseline, write_baseline
from .sidebyside import diff_runs
from .config import Config, ConfigError, load_config, make_filler
from .gold import Gold, find_root, load_all, load_gold
from .runner import Run, default_extract, evaluate
from .score import DocScore, match_findings, metrics, score_document
from .validate import Problem, validate

__all__ = [
    "Gold", "find_root", "load_all", "load_gold", "Problem", "validate",
    "Config", "ConfigError", "load_config", "make_filler",
    "Run", "default_extract", "evaluate",
    "DocScore", "score_document", "match_findings", "metrics",
    "TOLERANCE", "Tolerance", "Comparison", "compare", "build_baseline", "load_baseline", "write_baseline",
    "diff_runs",
]
