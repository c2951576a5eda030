"""`nianbao audit INPUT... [-o OUTDIR] [--fail-on error|warning]`.

Inputs are raw reports (extracted first: deterministic unless an LLM endpoint is configured) and
extracted JSON files (their normalised text is read from the sibling <stem>.txt that `nianbao extract -o`
writes). Exit status: 0 when every input was audited (findings are not failures); 1 when an input could
not be read; 3 when --fail-on is given and a finding reaches that severity; 2 for usage errors.
"""
from __future__ import annotations

import json
import os
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .common import add_llm_arguments, build_llm, expand, extract_one, out_names

if TYPE_CHECKING:
    from audits import AuditResult
    from extractor.models import Report

OUTPUTS = ("audit-summary.md", "audit-summary.html", "findings.csv", "reports.csv")  # audits.render.pages
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
EXIT_UNREADABLE, EXIT_GATE = 1, 3


def register(sub) -> None:
    p = sub.add_parser("audit", help="audit reports (raw or extracted JSON) against the template's rules",
                       description="Audit reports: raw files are extracted first; extracted JSON is read as is.")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="report files, extracted .json files, or directories")
    p.add_argument("-o", "--out", metavar="OUTDIR",
                   help="write <stem>.json with findings and <stem>.txt as each report is audited, then "
                        "audit-summary.md/.html, findings.csv and reports.csv")
    p.add_argument("--fail-on", choices=("error", "warning"),
                   help=f"exit {EXIT_GATE} when a finding of this severity (or worse) is found")
    add_llm_arguments(p)
    p.set_defaults(func=run)


def collect(inputs: list[str]) -> tuple[list[Path], list[str]]:
    """Report files and extracted JSON files. In a directory, a <stem>.txt next to <stem>.json is the
    JSON's normalised text (what `nianbao extract -o` writes), not a report of its own; earlier audit
    summaries are skipped."""
    files: list[Path] = []
    problems: list[str] = []
    for item in inputs:
        p = Path(item)
        if not p.is_dir():
            files.append(p)
            continue
        found, _ = expand([item])
        found += sorted(f for f in p.rglob("*.json") if f.is_file() and not f.name.startswith("."))
        jsons = {f.with_suffix("") for f in found if f.suffix == ".json"}
        found = [f for f in found if f.name not in OUTPUTS
                 and not (f.suffix.lower() == ".txt" and f.with_suffix("") in jsons)]
        if not found:
            problems.append(f"{p}: no report or JSON files in this directory")
        files += sorted(set(found))
    return files, problems


def load_json(path: Path) -> tuple[Report, str | None]:
    from extractor.errors import InputError
    from extractor.models import Report

    from pydantic import ValidationError

    try:
        raw = path.read_bytes()
        report = Report.model_validate_json(raw)  # parsed and validated in one pass (pydantic's core)
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except OSError as exc:
        raise InputError(str(path), f"not a readable JSON file ({exc})") from None
    except ValidationError as exc:
        if exc.errors()[0]["type"] == "json_invalid":
            try:  # the standard library says where the JSON breaks, in the words people know
                json.loads(raw.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError) as why:
                raise InputError(str(path), f"not a readable JSON file ({why})") from None
        first = str(exc).splitlines()[0] if str(exc) else "invalid"
        raise InputError(str(path), f"not an extracted nianbao report ({first})") from None
    sibling = path.with_suffix(".txt")
    text = sibling.read_text(encoding="utf-8") if sibling.is_file() else None
    return report, text


def read_input(path: Path, filler) -> tuple[Report, str | None]:
    if path.suffix.lower() == ".json":
        return load_json(path)
    doc, report = extract_one(path, filler)
    return report, doc.text


def summary_line(name: str, res: AuditResult) -> str:
    e, w, i = res.count("error"), res.count("warning"), res.count("info")
    worst = res.worst
    tail = f"; worst: [{worst.severity}] {worst.rule}: {worst.message[:70]}" if worst else ""
    return f"{name}: {e} error(s), {w} warning(s), {i} note(s), {len(res.not_assessable)} not assessable{tail}"


@dataclass(slots=True)
class Done:
    """What the batch keeps of one audited report: a line to print, its signature for the batch rules,
    the worst severity it reached, and (with an output directory) its summary for the pages. Small and
    picklable: a worker process can return it. The report and its text are on disk by then."""
    line: str
    signature: object
    worst: str | None
    summary: object = None


def audit_one(path: Path, name: str, filler, outdir: Path | None) -> Done:
    """Read (or extract) and audit one input; with an output directory, write its JSON and text at once
    (each file atomically), so an interrupted batch keeps every report it finished."""
    from audits import audit
    from audits.render.summary import summarize
    from extractor.output import write_report, write_text

    report, text = read_input(path, filler)
    res = audit(report, text)
    if outdir is not None:
        write_report(outdir / f"{name}.json", res.report)
        if text is not None:
            write_text(outdir / f"{name}.txt", text)
    return Done(summary_line(name, res), res.signature(), res.worst.severity if res.worst else None,
                summarize(name, res) if outdir is not None else None)


def run(args) -> int:
    from audits.render.spool import Spool
    from extractor.errors import InputError

    files, problems = collect(args.inputs)
    for p in problems:
        print(f"nianbao: {p}", file=sys.stderr)
    filler = None if all(f.suffix.lower() == ".json" for f in files) else build_llm(args)
    names = out_names(files)
    outdir = Path(args.out) if args.out else None
    spool = Spool(outdir / ".audit-summaries.jsonl") if outdir is not None else None
    done: list[tuple[str, Done]] = []
    failed = list(problems)
    try:
        for path in files:
            try:
                one = audit_one(path, names[path], filler, outdir)
                if spool is not None:
                    spool.append(one.summary)
                    one.summary = None  # on disk now: the batch keeps only signatures
                print(one.line, flush=True)
                one.line = ""
                done.append((names[path], one))
            except InputError as exc:
                failed.append(str(exc))
                print(f"nianbao: {exc}", file=sys.stderr)
            except Exception as exc:  # a bug must not stop a batch or print a traceback
                failed.append(f"{path}: internal error: {type(exc).__name__}: {exc}")
                print(f"nianbao: {path}: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
                if os.environ.get("NIANBAO_DEBUG"):
                    traceback.print_exc()
        worst = [d.worst for _, d in done]
        worst += add_batch_findings(done, outdir, spool)
        if outdir is not None:
            write_outputs(outdir, spool, failed)
    finally:
        if spool is not None:
            spool.close()
    print(f"audited {len(done)} of {len(files)} report(s); {len(failed)} could not be read", file=sys.stderr)
    if failed or not files:
        return EXIT_UNREADABLE
    if args.fail_on and any(w is not None and SEVERITY_ORDER[w] <= SEVERITY_ORDER[args.fail_on] for w in worst):
        return EXIT_GATE
    return 0


def add_batch_findings(done: list[tuple[str, Done]], outdir: Path | None, spool) -> list[str]:
    """Run the batch rules (S1, S3, S12) over the signatures; print each report's batch findings and add
    them to its JSON and summary. Returns the severities found."""
    from audits.engine import amend, batch_rules
    from audits.render.summary import amend as amend_summary
    from extractor.models import Report
    from extractor.output import write_report

    found_severities = []
    for index, found, na in batch_rules([d.signature for _, d in done]):
        name = done[index][0]
        for f in found:
            print(f"{name}: [{f.severity}] {f.rule}: {f.message[:100]}")
            found_severities.append(f.severity)
        if outdir is None:
            continue
        path = outdir / f"{name}.json"
        write_report(path, amend(Report.model_validate_json(path.read_bytes()), found, na))
        needs_text = any(f.evidence for f in found)
        text = path.with_suffix(".txt").read_text(encoding="utf-8") if needs_text and path.with_suffix(".txt").is_file() else None
        spool.replace(index, amend_summary(spool.get(index), found, na, text))
    return found_severities


def write_outputs(outdir: Path, spool, failed: list[str]) -> None:
    from audits.render.pages import write_pages

    write_pages(outdir, spool.sorted, spool.totals(), failed)
