"""The per-file function of `nianbao extract`: one input → OUTDIR/<name>.txt, then OUTDIR/<name>.json.

The JSON is committed last, after its text, so a JSON on disk always has its text beside it; a run
stopped between the two leaves a text without JSON, which the next run redoes (the manifest has no
entry for it) and which readers of the folder never take for a result.
"""
from __future__ import annotations

import os
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from extractor import any_table
from extractor.errors import InputError
from extractor.output import report_text, write_text

from . import llmgate
from .discover import Input
from .engine import Outcome, error_line

DEFAULT_MAX_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class ExtractSettings:
    outdir: str | None
    pretty: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES
    # the LLM options as given on the command line (rebuilt in each worker process)
    no_llm: bool = True
    model: str | None = None
    llm_config: str | None = None
    no_cache: bool = False

    def digest_fields(self) -> dict[str, Any]:
        """What changes an output (not where it goes)."""
        d = dict(self.__dict__)
        d.pop("outdir")
        if d["llm_config"]:
            try:
                d["llm_config"] = Path(d["llm_config"]).read_text(encoding="utf-8")
            except OSError:
                pass
        for var in ("OPENAI_BASE_URL", "NIANBAO_MODEL"):
            d[var] = os.environ.get(var)
        return d


def preload() -> None:
    """Import the extraction modules in the parent before a pool forks: workers then share them instead
    of each importing them again (about 0.3 s of CPU per worker)."""
    import extractor.loaders  # noqa: F401
    import extractor.pipeline  # noqa: F401
    import nianbao.commands.common  # noqa: F401


def check_size(path: Path, max_bytes: int) -> None:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except OSError as exc:
        raise InputError(str(path), f"cannot read ({exc.strerror or exc})") from None
    if max_bytes and size > max_bytes:
        raise InputError(str(path), f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB input "
                                    "limit (--max-size)")


def read_report(path: Path, settings: ExtractSettings):
    """(Document, Report) of one input; InputError for bad input."""
    from nianbao.commands.common import extract_one

    check_size(path, settings.max_bytes)
    filler = llmgate.filler(settings)
    doc, report = extract_one(path, filler)
    return doc, report, filler


def unfilled(report) -> list[str]:
    return [k for k, st in report.extraction.tables.items() if st.status == "unparsed"
            or (st.status == "partial" and st.incomplete_rows)]


def describe(outcome: Outcome, report, filler) -> None:
    """Table statuses, the grouped notices and the per-file log lines of one extracted report."""
    outcome.tables = {k: st.status for k, st in report.extraction.tables.items()}
    notices, details = [], []
    left = unfilled(report)
    if left:
        why = "no LLM endpoint configured" if filler is None else "the LLM fallback could not fill them"
        notices += [f"{t} not filled — {why}" for t in left]
        details.append(f"tables not filled ({why}): {', '.join(left)}")
    for n in report.extraction.notices:
        notices.append(group_key(n))
        details.append(n)
    if not any_table(report):
        outcome.failed = True
        details.append("no table could be read from this report")
        notices.append("no table could be read")
    outcome.notices, outcome.details = tuple(notices), tuple(details)
    llm = report.extraction.llm
    if llm and isinstance(llm.get("usage"), dict):
        outcome.info["llm"] = {k: v for k, v in llm["usage"].items() if isinstance(v, (int, float))}


def group_key(notice: str) -> str:
    """The same words for the same situation: numbers and quoted labels dropped."""
    return re.sub(r"\d+", "N", re.sub(r"「[^」]*」", "「…」", notice))[:120]


def extract_file(settings: ExtractSettings, item: Input) -> Outcome:
    return _extract(settings, item)[0]


def extract_file_with_rows(settings: ExtractSettings, item: Input) -> Outcome:
    """extract_file, and the report's dataset rows made from the report just written (outcome.info
    ["dataset"]): the parent then writes the dataset as reports arrive, without reading them back."""
    out, report, _ = _extract(settings, item)
    if report is not None and out.outputs:
        from nianbao.export.writer import part_or_none

        # the rows the dataset rebuilt from disk makes of the JSON just written: pydantic's Python-mode dump
        # takes half the time of parsing that text again, and gives the same rows (tests/test_dataset_stream.py)
        out.info["dataset"] = part_or_none(item.name, report.model_dump())
    return out


def _extract(settings: ExtractSettings, item: Input) -> tuple[Outcome, Any, str | None]:
    started = time.perf_counter()
    out = Outcome(item.name, item.path)
    path = Path(item.path)
    try:
        doc, report, filler = read_report(path, settings)
    except Exception as exc:
        out.error = error_line(path, exc)
        return out, None, None
    out.sha256 = doc.sha256
    describe(out, report, filler)
    text = report_text(report, settings.pretty)
    if settings.outdir is not None:
        base = Path(settings.outdir)
        write_text(base / f"{item.name}.txt", doc.text)
        write_text(base / f"{item.name}.json", text)  # committed last
        out.outputs = (f"{item.name}.txt", f"{item.name}.json")
    else:
        out.info["json"] = text
    out.seconds = time.perf_counter() - started
    return out, report, text
