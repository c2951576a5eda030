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

import os
import sys
from pathlib import Path

from .common import add_batch_arguments, add_llm_arguments, build_llm, expand, extract_one, out_names, report_file

TYPE_CHECKING = False  # typing itself is not imported: `nianbao --help` loads this module
if TYPE_CHECKING:
    from extractor.models import Report
    from nianbao.batch.audit_task import Done

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


def read_input(path: Path, filler) -> tuple[Report, str | None]:
    if path.suffix.lower() == ".json":
        from nianbao.batch.audit_task import load_json

        return load_json(path)
    doc, report = extract_one(path, filler)
    return report, doc.text


def audit_one(path: Path, name: str, filler) -> Done:
    """Read (or extract) and audit one input, writing nothing (the command without -o)."""
    from audits import audit
    from nianbao.batch.audit_task import Done, summary_line

    report, text = read_input(path, filler)
    res = audit(report, text)
    return Done(summary_line(name, res), res.signature(), res.worst.severity if res.worst else None)


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
    from nianbao.batch.audit_task import add_batch_findings, audit_file, write_outputs

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
    from nianbao.batch.audit_task import add_batch_findings

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
                import traceback

                traceback.print_exc()
    worst = [d.worst for _, d, _ in done] + add_batch_findings(done, None, None)
    print(f"audited {len(done)} of {len(files)} report(s); {len(failed)} could not be read", file=sys.stderr)
    if failed or not files:
        return EXIT_UNREADABLE
    if args.fail_on and any(w is not None and SEVERITY_ORDER[w] <= SEVERITY_ORDER[args.fail_on] for w in worst):
        return EXIT_GATE
    return 0
