"""The per-file work of `nianbao audit`: read (or extract) one input, audit it, write <name>.txt then
<name>.json; the batch rules over the reports' signatures at the end, and the summary pages.

Apart from the command's argument handling (nianbao.commands.audit), so that `nianbao --help` and the
other commands import none of it.
"""
from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from audits import AuditResult
    from extractor.models import Report
    from nianbao.batch.engine import Outcome


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
