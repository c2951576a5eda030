"""Running the pipeline over the eval set and scoring each document.

The extraction step is a seam: `evaluate(..., extract=f)` takes any callable path → (text, Report),
so a test can inject a deliberately broken parser and watch the baseline gate catch it.
"""
from __future__ import annotations

import datetime as _dt
import os
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from extractor.cells import flatten
from extractor.errors import InputError
from extractor.models import Report
from .config import Config, make_filler
from .gold import Gold
from .score import DocScore, llm_totals, llm_usage, metrics, score_document

Extract = Callable[[Path], "tuple[str, Report]"]


def default_extract(filler=None) -> Extract:
    """The real pipeline, as the command line runs it: load, parse, let the LLM filler (if any) fill what
    the parser could not, and refuse a file with no annual report inside (recorded as an error)."""
    from extractor import read_report

    def extract(path: Path) -> tuple[str, Report]:
        doc, report = read_report(path, llm=filler)
        return doc.text, report

    return extract


@dataclass
class Run:
    config: Config
    scores: list[DocScore]
    audit_available: bool
    started: str = ""
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)

    def records(self) -> dict[str, dict]:
        return {s.stem: s.record() for s in self.scores}

    def metrics(self) -> dict[str, Any]:
        m = metrics(self.records())
        m["llm"] = llm_totals(self.scores)
        return m


def evaluate(golds: list[Gold], root: Path, config: Config | None = None, *, extract: Extract | None = None,
             audit: bool = True) -> Run:
    """Extract and score every gold document under a configuration (default: parser only)."""
    config = config or Config()
    if extract is None:
        extract = default_extract(make_filler(config, root))
    audit_fn = None
    if audit:
        from audits import audit as audit_fn
    run = Run(config, [], audit_fn is not None, _dt.datetime.now().isoformat(timespec="seconds"))
    started = time.perf_counter()
    for gold in golds:
        run.scores.append(_one(gold, root, extract, audit_fn, run.notes))
    run.seconds = time.perf_counter() - started
    return run


def _one(gold: Gold, root: Path, extract: Extract, audit_fn, notes: list[str]) -> DocScore:
    t0 = time.perf_counter()
    # a refused or crashed document raised none of the findings its gold expects: they count as missed
    none_raised = [] if audit_fn is not None else None
    try:
        text, report = extract(root / gold.document)
    except ImportError:  # a broken install is no property of one document: stop the run, loudly
        raise
    except InputError as exc:
        return score_document(gold, None, produced=none_raised, status="error", reason=exc.problem,
                              seconds=time.perf_counter() - t0)
    except Exception as exc:  # a crash on one document must not hide the figures of the others
        if os.environ.get("NIANBAO_DEBUG"):
            traceback.print_exc()
        return score_document(gold, None, produced=none_raised, status="error",
                              reason=f"internal error: {type(exc).__name__}: {exc}", seconds=time.perf_counter() - t0)
    seconds = time.perf_counter() - t0
    produced = None
    if audit_fn is not None:
        try:
            result = audit_fn(report, text)
            # cells are scored as extracted; audit-inferred cells (result.report) are the audit's business
            produced = [f.model_dump() for f in result.findings]
        except Exception as exc:
            notes.append(f"{gold.stem}: audit failed: {type(exc).__name__}: {exc}")
            produced = []
    return score_document(gold, flatten(report.tables.model_dump()), report.meta.model_dump(), produced,
                          llm=llm_usage(report.extraction.llm), seconds=seconds)
