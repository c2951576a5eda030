"""`nianbao audit INPUT... [-o OUTDIR] [-j N] [--fail-on error|warning]`.

Inputs are raw reports (extracted first: deterministic unless an LLM endpoint is configured) and
extracted JSON files (their normalised text is read from the sibling <stem>.txt that `nianbao extract -o`
writes). With -o the run is a batch (nianbao.batch: -j workers, progress, run log, manifest): each
report's JSON and text are written as soon as it is audited, the batch rules (S1, S3, S12) run at the
end over the reports' signatures, then the summaries. A run that is started again re-audits the reports
it already wrote from their JSON (no second extraction): the batch rules need every report.
Exit status: 0 when every input was audited (findings are not failures); 1 when an input could not be
read; 3 when --fail-on is given and a finding reaches that severity; 2 for usage errors; 4 when an
output cannot be written.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
import time
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .common import add_batch_arguments, add_llm_arguments, build_llm, expand, extract_one, out_names, report_file

if TYPE_CHECKING:
    from audits import AuditResult
    from extractor.models import Report
    from nianbao.batch.engine import Outcome

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
    add_batch_arguments(p)
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
    report, text, _ = read_json(path)
    return report, text


def read_json(path: Path) -> tuple[Report, str | None, str]:
    """load_json, and the sha256 of the bytes read (what the manifest keys on: the file is not read again)."""

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
    return report, text, hashlib.sha256(raw).hexdigest()


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


def audit_one(path: Path, name: str, filler) -> Done:
    """Read (or extract) and audit one input, writing nothing (the command without -o)."""
    from audits import audit

    report, text = read_input(path, filler)
    res = audit(report, text)
    return Done(summary_line(name, res), res.signature(), res.worst.severity if res.worst else None)


def audit_file(settings, item, rows: bool = False) -> "Outcome":
    """The batch engine's task: one input → OUTDIR/<name>.txt, then <name>.json (committed last); the
    outcome carries the report's line, worst severity, signature and summary to the parent process, and
    with `rows` its dataset rows and notices (audit_dataset)."""
    from audits import audit
    from audits.render.summary import summarize
    from extractor.output import report_text, write_text
    from nianbao.batch.engine import Outcome, error_line
    from nianbao.batch.extract_task import read_report

    started = time.perf_counter()
    out = Outcome(item.name, item.path)
    path = Path(item.path)
    try:
        if path.suffix.lower() == ".json":
            report, text, digest = read_json(path)
        else:
            doc, report, _ = read_report(path, settings)
            text, digest = doc.text, report.source.sha256
        res = audit(report, text)
    except Exception as exc:
        out.error = error_line(path, exc)
        return out
    base = Path(settings.outdir)
    if text is not None:
        write_text(base / f"{item.name}.txt", text)
    written = report_text(res.report, settings.pretty)
    write_text(base / f"{item.name}.json", written)
    if rows:  # the dataset's rows from the report just written, dumped, not its text parsed again (as extract's)
        from nianbao.export.workbook import REPORTS
        from nianbao.export.writer import part_or_none

        # the row of the sheet of reports waits for the batch findings (audit_dataset): left as values
        out.info["dataset"] = part_or_none(item.name, _dataset_view(res.report), amended=(REPORTS,))
        out.info["notices"] = res.report.extraction.notices
    out.sha256 = digest  # the manifest keys on the bytes of the input given: for extracted JSON, the JSON file's
    out.outputs = tuple(f"{item.name}{s}" for s in ((".txt", ".json") if text is not None else (".json",)))
    out.tables = {k: st.status for k, st in res.report.extraction.tables.items()}
    out.info["done"] = Done(summary_line(item.name, res), res.signature(), res.worst.severity if res.worst else None,
                            summarize(item.name, res))
    out.seconds = time.perf_counter() - started
    return out


def _dataset_view(report: Report) -> dict:
    """The report as the dataset's rows read it (export.writer.part): dumped without its sections, which no
    row reads, and with its findings as their severities, all the sheet of reports counts. An audited
    report's findings (their messages, cells and evidence) are most of its dump: half the cost of a whole
    report's, for three numbers."""
    data = report.model_dump(exclude={"findings", "sections"})
    data["findings"] = [{"severity": f.severity} for f in report.findings]
    return data


def _accept(path: Path) -> str | None:
    """Which files of a folder are inputs: reports, and extracted JSON (its sibling .txt is its text)."""
    if path.name in OUTPUTS:
        return "an audit summary"
    if path.suffix.lower() == ".json":
        return None
    if path.suffix.lower() == ".txt" and path.with_suffix(".json").is_file():
        return f"the normalised text of {path.with_suffix('.json').name}"
    return report_file(path)


def run(args) -> int:
    if not args.out:
        return run_here(args)
    return run_batch(args, Path(args.out))


def run_batch(args, outdir: Path) -> int:
    """With -o: a batch run on nianbao.batch, then the batch rules and the summaries."""
    import functools

    from audits.render.spool import Spool
    from nianbao.batch import command
    from nianbao.batch.audit_dataset import AuditDataset

    from .extract import settings_from

    found = command.find(args.inputs, _accept, outdir)
    settings = settings_from(args, outdir)
    spool = Spool(outdir / ".audit-summaries.pickle")
    stream = AuditDataset(outdir)  # the dataset written as reports are audited, their batch findings added at the end
    finished = False
    done: list[tuple[str, Done, int]] = []  # name, what is kept, index in the spool
    failed = list(found.problems)

    def keep(name: str, one: Done) -> None:
        print(one.line, flush=True)
        one.line = ""
        done.append((name, one, spool.append(one.summary)))
        one.summary = None  # on disk now: the batch keeps only signatures

    def on_outcome(o) -> None:
        if o.error:
            failed.append(o.error)
        elif "done" in o.info:
            keep(o.name, o.info["done"])

    try:
        code = command.run_command(args, "audit", "audited", found, settings, dataset=False,
                                   task=functools.partial(audit_file, settings, rows=True), on_outcome=on_outcome,
                                   stream=stream)
        if code in (command.EXIT_OK, command.EXIT_UNREADABLE):
            seen = {name for name, _, _ in done}
            for item in found.inputs:  # audited by an earlier run (skipped): again, from its JSON
                written = outdir / f"{item.name}.json"
                if item.name not in seen and written.is_file():
                    o = audit_file(settings, type(item)(str(written), item.name))
                    on_outcome(o)
            done.sort(key=lambda d: d[0])  # the batch rules see the reports in one order whatever -j did
            worst = [d.worst for _, d, _ in done]
            worst += add_batch_findings(done, outdir, spool, stream)
            write_outputs(outdir, spool, failed)
            if code == command.EXIT_OK and args.fail_on and any(
                    w is not None and SEVERITY_ORDER[w] <= SEVERITY_ORDER[args.fail_on] for w in worst):
                code = EXIT_GATE
            # the dataset once the batch findings are in the JSON (finding counts per report)
            finished = True
            if command.write_dataset(outdir, outdir, args.jobs, args.quiet, stream) == command.EXIT_WRITE:
                code = command.EXIT_WRITE
        if not found.inputs:
            code = max(code, EXIT_UNREADABLE)
    finally:
        spool.close()
        if not finished:
            stream.discard()
    return code


def run_here(args) -> int:
    """Without -o: the reports' lines and batch findings on standard output, nothing written."""
    from extractor.errors import InputError

    files, problems = collect(args.inputs)
    for p in problems:
        print(f"nianbao: {p}", file=sys.stderr)
    filler = None if all(f.suffix.lower() == ".json" for f in files) else build_llm(args)
    names = out_names(files)
    done: list[tuple[str, Done, int]] = []
    failed = list(problems)
    for path in files:
        try:
            one = audit_one(path, names[path], filler)
            print(one.line, flush=True)
            done.append((names[path], one, -1))
        except InputError as exc:
            failed.append(str(exc))
            print(f"nianbao: {exc}", file=sys.stderr)
        except Exception as exc:  # a bug must not stop a batch or print a traceback
            failed.append(f"{path}: internal error: {type(exc).__name__}: {exc}")
            print(f"nianbao: {path}: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
            if os.environ.get("NIANBAO_DEBUG"):
                traceback.print_exc()
    worst = [d.worst for _, d, _ in done] + add_batch_findings(done, None, None)
    print(f"audited {len(done)} of {len(files)} report(s); {len(failed)} could not be read", file=sys.stderr)
    if failed or not files:
        return EXIT_UNREADABLE
    if args.fail_on and any(w is not None and SEVERITY_ORDER[w] <= SEVERITY_ORDER[args.fail_on] for w in worst):
        return EXIT_GATE
    return 0


def add_batch_findings(done: list[tuple[str, Done, int]], outdir: Path | None, spool, stream=None) -> list[str]:
    """Run the batch rules (S1, S3, S12) over the signatures; print each report's batch findings and add
    them to its JSON (rewritten once, whatever number of rules found something in it), its summary and
    its row of the dataset's sheet of reports (`stream`). Returns the severities found."""
    from audits.engine import NA_NOTICE, amend, batch_rules
    from audits.rewrite import amended
    from extractor.models import Report
    from extractor.output import write_bytes, write_report

    found_severities = []
    added: dict[int, tuple[list, list]] = {}  # index → its batch findings and not-assessables, in the rules' order
    for index, found, na in batch_rules([d.signature for _, d, _ in done]):
        name, _, at = done[index]
        for f in found:
            print(f"{name}: [{f.severity}] {f.rule}: {f.message[:100]}")
            found_severities.append(f.severity)
        if outdir is None:
            continue
        fs, ns = added.setdefault(index, ([], []))
        fs += found
        ns += na
        needs_text = any(f.evidence for f in found)
        text = path.read_text(encoding="utf-8") if needs_text and (path := outdir / f"{name}.txt").is_file() else None
        spool.amend(at, found, na, text)
    for index in sorted(added):
        name = done[index][0]
        found, na = added[index]
        path = outdir / f"{name}.json"
        raw = path.read_bytes()
        # a compact report: its two arrays re-made, the rest kept as written (engine.amend sorts stably, so
        # the findings of several rules added at once are those added rule by rule)
        edited = amended(raw, found, na)
        if edited is not None:
            write_bytes(path, edited)
        else:
            pretty = raw[:2] == b"{\n"  # keep the layout the report was written in
            write_report(path, amend(Report.model_validate_json(raw), found, na), pretty)
        if stream is not None:
            stream.amend(name, found, [f"{NA_NOTICE}{n.rule}: {n.reason}" for n in na])
    return found_severities


def write_outputs(outdir: Path, spool, failed: list[str]) -> None:
    from audits.render.pages import write_pages

    write_pages(outdir, spool.sorted, spool.totals(), failed)
