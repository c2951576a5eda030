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
from pathlib import Path
from typing import TYPE_CHECKING

from .common import add_llm_arguments, build_llm, expand, extract_one, out_names

if TYPE_CHECKING:
    from audits import AuditResult
    from extractor.models import Report

OUTPUTS = ("audit-summary.md", "audit-summary.html", "findings.csv")
EXIT_UNREADABLE, EXIT_GATE = 1, 3


def register(sub) -> None:
    p = sub.add_parser("audit", help="audit reports (raw or extracted JSON) against the template's rules",
                       description="Audit reports: raw files are extracted first; extracted JSON is read as is.")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="report files, extracted .json files, or directories")
    p.add_argument("-o", "--out", metavar="OUTDIR",
                   help="write <stem>.json with findings, <stem>.txt, audit-summary.md/.html and findings.csv")
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

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        report = Report.model_validate(data)
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(str(path), f"not a readable JSON file ({exc})") from None
    except ValueError as exc:  # pydantic
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


def run(args) -> int:
    from audits import audit_batch
    from extractor.errors import InputError

    files, problems = collect(args.inputs)
    for p in problems:
        print(f"nianbao: {p}", file=sys.stderr)
    filler = None if all(f.suffix.lower() == ".json" for f in files) else build_llm(args)
    names = out_names(files)
    items, read, failed = [], [], list(problems)
    for path in files:
        try:
            items.append(read_input(path, filler))
            read.append(path)
        except InputError as exc:
            failed.append(str(exc))
            print(f"nianbao: {exc}", file=sys.stderr)
        except Exception as exc:  # a bug must not stop a batch or print a traceback
            failed.append(f"{path}: internal error: {type(exc).__name__}: {exc}")
            print(f"nianbao: {path}: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
            if os.environ.get("NIANBAO_DEBUG"):
                traceback.print_exc()
    results = audit_batch(items) if items else []
    named = [(names[p], res) for p, res in zip(read, results)]
    for name, res in named:
        print(summary_line(name, res))
    if args.out:
        write_outputs(Path(args.out), named, failed)
    print(f"audited {len(named)} of {len(files)} report(s); {len(failed)} could not be read", file=sys.stderr)
    if failed or not files:
        return EXIT_UNREADABLE
    if args.fail_on and any(res.fails(args.fail_on) for res in results):
        return EXIT_GATE
    return 0


def write_outputs(outdir: Path, named: list[tuple[str, AuditResult]], failed: list[str]) -> None:
    from audits.render import csvfile, html, markdown
    from extractor.output import report_json, write_json, write_text

    for name, res in named:
        write_json(outdir / f"{name}.json", report_json(res.report))
        if res.text is not None:
            write_text(outdir / f"{name}.txt", res.text)
    write_text(outdir / "audit-summary.md", markdown.render(named, failed))
    write_text(outdir / "audit-summary.html", html.render(named, failed))
    write_text(outdir / "findings.csv", csvfile.render(named))
