"""One batch run: guard the inputs, skip what is already done, run the task on an engine, record,
and stop cleanly — the part every command (extract, audit, export) shares.

    spec = BatchSpec(command="extract", verb="extracted", inputs=found.inputs,
                     task=functools.partial(extract_file, settings), outdir=Path(out),
                     outputs=(".txt", ".json"), settings=settings.digest_fields())
    result = run_batch(spec)          # result.code is the exit status

Exit codes (README): 0 done; 1 an input could not be read; 2 usage (including an output location
that would overwrite an input); 3 the audit gate (--fail-on); 4 an output could not be written
(permissions, disk full, a file where the output folder should be); 130 interrupted (Ctrl-C);
141 the reader of standard output went away (broken pipe).
"""
from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Sequence

from extractor.output import OutputError

from .discover import Input
from .engine import Outcome, Task, default_jobs, run_pool
from .manifest import Entry, Manifest, file_sha256, settings_digest
from .progress import LOG, Progress, RunLog

EXIT_OK, EXIT_UNREADABLE, EXIT_USAGE, EXIT_GATE, EXIT_WRITE = 0, 1, 2, 3, 4
EXIT_INTERRUPTED, EXIT_BROKEN_PIPE = 130, 141


class _WriteFailed(Exception):
    pass


class Refused(Exception):
    """The run must not start (an output would overwrite an input); one line, exit 2."""


@dataclass
class BatchSpec:
    command: str
    verb: str  # "extracted", "audited"
    inputs: Sequence[Input]
    task: Task
    outdir: Path | None
    outputs: tuple[str, ...] = (".txt", ".json")  # suffixes each input writes as OUTDIR/<name><suffix>
    settings: dict[str, Any] = field(default_factory=dict)
    jobs: int = 0  # 0: all cores
    engine: str = "local"
    force: bool = False
    quiet: bool = False
    llm_limit: int = 0  # requests in flight for the whole run; 0: no LLM
    interactive: bool | None = None  # None: a terminal on stderr
    on_outcome: Callable[[Outcome], None] | None = None  # command-specific bookkeeping
    on_start: Callable[[list[Input]], None] | None = None  # told the inputs to process, before the first
    skipped: Sequence[tuple[str, str]] = ()  # files found and not taken (path, why): listed in the log


@dataclass
class BatchResult:
    total: int = 0
    done: int = 0
    skipped: int = 0
    unreadable: int = 0
    failed: int = 0
    interrupted: bool = False
    write_error: str | None = None
    seconds: float = 0.0
    tables: dict[str, int] = field(default_factory=dict)
    llm: dict[str, float] = field(default_factory=dict)  # LLM usage summed over the reports
    progress: Progress | None = None
    manifest: Manifest | None = None  # OUTDIR's, as the run left it (compacted) when it ended cleanly

    @property
    def left(self) -> int:
        """Inputs a re-run will take: never reached, plus the unreadable ones (they have no manifest line)."""
        return self.total - self.skipped - self.done + self.unreadable

    @property
    def finished(self) -> int:
        """Inputs this run finished with outputs written (what a re-run skips)."""
        return self.done - self.unreadable

    def stopped_line(self, verb: str) -> str:
        retried = f" ({self.unreadable} unreadable, tried again then)" if self.unreadable else ""
        return f"{verb}: {self.finished} done, {self.left} left{retried}"

    @property
    def code(self) -> int:
        if self.write_error:
            return EXIT_WRITE
        if self.interrupted:
            return EXIT_INTERRUPTED
        return EXIT_UNREADABLE if self.unreadable or self.failed else EXIT_OK


def guard(inputs: Sequence[Input], outdir: Path | None, suffixes: Sequence[str],
          folders: Sequence[str] = ()) -> None:
    """Refuse (Refused) an output location that would overwrite an input — OUTDIR is a folder named
    as input, or one of its outputs is an input file; OutputError when OUTDIR cannot be a folder."""
    if outdir is None:
        return
    if outdir.exists() and not outdir.is_dir():
        raise OutputError(outdir, "it is a file, not a folder")
    for f in folders:
        if outdir.is_dir() and os.path.samefile(f, outdir):
            raise Refused(f"{outdir}: the output folder is the input folder {f}; its reports would be "
                          "overwritten or read back as reports; choose another -o")
    if not outdir.is_dir():
        return  # a folder still to be made holds no input (a fresh run stats nothing here)
    ids: dict[tuple[int, int], str] = {}
    for i in inputs:
        try:
            st = os.stat(i.path)
        except OSError:
            continue
        ids[(st.st_dev, st.st_ino)] = i.path
    names = [f"{i.name}{s}" for i in inputs for s in suffixes]
    for n in names:
        try:
            st = os.stat(outdir / n)
        except OSError:
            continue
        hit = ids.get((st.st_dev, st.st_ino))
        if hit is not None:
            raise Refused(f"{outdir}: writing {n} here would overwrite the input {hit}; choose another -o")


def run_batch(spec: BatchSpec) -> BatchResult:
    """Run one batch; never raises for bad input, write errors or Ctrl-C (they are in the result)."""
    res = BatchResult(total=len(spec.inputs))
    started = time.perf_counter()
    manifest = Manifest(spec.outdir) if spec.outdir is not None else None
    digest = settings_digest({"command": spec.command, **spec.settings})
    todo: list[tuple[Input, str | None]] = []
    for item in spec.inputs:
        # only an input the manifest already names is hashed here (to tell whether it changed); a new
        # one is hashed by its worker, which reads the bytes anyway: a fresh run has no serial pass
        known = manifest is not None and not spec.force and item.name in manifest.entries
        sha = file_sha256(item.path) if known else None
        if known and manifest.finished(item.name, sha, digest):
            res.skipped += 1
        else:
            todo.append((item, sha))
    log = RunLog(spec.outdir / LOG if spec.outdir is not None else None)
    log.line(f"# {time.strftime('%Y-%m-%d %H:%M:%S')} nianbao {spec.command}: {len(todo)} to do, "
             f"{res.skipped} already done")
    for path, why in spec.skipped:
        log.line(f"skipped\t{path}\t{why}")
    progress = Progress(len(todo), verb=spec.verb, quiet=spec.quiet, log=log, interactive=spec.interactive)
    res.progress = progress
    shas = {item.name: sha for item, sha in todo}

    def record(o: Outcome) -> None:
        if o.write_error:
            raise _WriteFailed(o.write_error)  # the destination is broken: stop the run
        res.done += 1
        if o.error:
            res.unreadable += 1
        elif o.failed:
            res.failed += 1
        for st in o.tables.values():
            res.tables[st] = res.tables.get(st, 0) + 1
        for k, v in (o.info.get("llm") or {}).items():
            res.llm[k] = res.llm.get(k, 0) + v
        if manifest is not None and o.outputs and o.write_error is None:
            manifest.add(Entry(o.name, o.input, shas.get(o.name) or o.sha256 or "", digest, tuple(o.outputs)))
        progress.update(o)
        if spec.on_outcome is not None:
            spec.on_outcome(o)

    progress.start()
    try:
        if spec.on_start is not None:
            spec.on_start([i for i, _ in todo])
        _engine(spec, [i for i, _ in todo], record)
    except (OutputError, _WriteFailed) as exc:
        res.write_error = str(exc)
    except KeyboardInterrupt:
        res.interrupted = True
    finally:
        progress.stop()
        res.seconds = time.perf_counter() - started
        if manifest is not None:
            try:
                manifest.close(compact=res.write_error is None)
                res.manifest = manifest
            except OutputError as exc:
                res.write_error = res.write_error or str(exc)
        if res.write_error:
            log.line(f"stopped: {res.write_error}")
        elif res.interrupted:
            log.line(res.stopped_line("interrupted"))
        log.close()
    return res


def _engine(spec: BatchSpec, items: list[Input], record: Callable[[Outcome], None]) -> None:
    jobs = spec.jobs or default_jobs()
    if spec.engine == "ray":
        from .ray_engine import run_ray

        run_ray(items, spec.task, record, llm_limit=spec.llm_limit, num_cpus=spec.jobs or None)
        return
    if spec.llm_limit and jobs > 1 and len(items) > 1:
        import multiprocessing

        from . import llmgate

        gate = multiprocessing.get_context().BoundedSemaphore(spec.llm_limit)
        run_pool(items, spec.task, record, jobs, initializer=llmgate.install, initargs=(gate,))
    else:
        run_pool(items, spec.task, record, jobs)


def summary(res: BatchResult, spec: BatchSpec) -> list[str]:
    """The closing lines: counts, what was skipped, grouped notices, where the log is."""
    tables = ", ".join(f"{n} {s}" for s, n in sorted(res.tables.items()))
    rate = res.done / res.seconds if res.seconds > 0 else 0.0
    skipped = f", {res.skipped} already done (skipped; --force redoes them)" if res.skipped else ""
    bad = res.unreadable + res.failed
    why = f" ({res.unreadable} could not be read, {res.failed} without tables)" if res.unreadable and res.failed \
        else ""
    lines = [f"{spec.verb} {res.done - bad + res.skipped} of {res.total} report(s), {bad} failed{why}{skipped}; "
             f"tables: {tables or 'none'}; {res.seconds:.2f} s ({rate:.1f} reports/s)"]
    if res.llm:
        u = res.llm
        lines.append(f"LLM: {int(u.get('requests', 0))} request(s), {int(u.get('cached', 0))} cached answer(s), "
                     f"{int(u.get('failed', 0))} failed; {int(u.get('prompt_tokens', 0))} prompt + "
                     f"{int(u.get('completion_tokens', 0))} completion tokens")
    if res.interrupted:
        lines.append(res.stopped_line("interrupted") + "; run the same command again to continue")
    if res.write_error:
        lines.append(res.stopped_line("stopped"))
    if spec.skipped:
        lines.append(f"{len(spec.skipped)} file(s) found and not taken (not reports, loops, the output "
                     "folder): listed in the run log")
    if not spec.quiet and res.progress is not None:
        lines += res.progress.grouped()
    if spec.outdir is not None and res.done:
        lines.append(f"per-file detail: {spec.outdir / LOG}")
    return lines
