"""The command-line side of a batch run, shared by extract, audit and export: find the inputs, refuse
an output location that would overwrite one, run, print one line per problem and the summary, build
the dataset, and map every way a run can end onto its exit code (run.py lists them)."""
from __future__ import annotations

import functools
import os
import sys
from pathlib import Path
from typing import Callable

from extractor.output import OutputError

from .discover import Found, Input, discover
from .run import (EXIT_BROKEN_PIPE, EXIT_OK, EXIT_UNREADABLE, EXIT_USAGE, EXIT_WRITE, BatchSpec, Refused, guard,
                  run_batch, summary)

__all__ = ["find", "to_stdout", "run_command", "dataset", "write_dataset", "EXIT_OK", "EXIT_UNREADABLE", "EXIT_USAGE", "EXIT_WRITE"]


def say(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def find(items: list[str], accept: Callable[[Path], str | None], outdir: Path | None) -> Found:
    found = discover(items, accept, outdir)
    for p in found.problems:
        say(f"nianbao: {p}")
    return found


def broken_pipe() -> int:
    """The reader of standard output went away (`| head`): stop quietly, one line, its own code."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # Python's final flush must not raise again
    except (OSError, ValueError):
        pass
    say("nianbao: standard output was closed (broken pipe); stopped")
    return EXIT_BROKEN_PIPE


def to_stdout(item: Input, settings) -> int:
    """One input, its JSON on standard output (no OUTDIR, nothing written)."""
    from . import llmgate
    from .extract_task import extract_file

    llmgate.announce(settings)  # configuration problems said once, here
    o = extract_file(settings, item)
    if o.error:
        say(f"nianbao: {o.error}")
        return EXIT_UNREADABLE
    for d in o.details:
        say(f"nianbao: {item.path}: {d}")
    try:
        sys.stdout.write(o.info["json"])
        sys.stdout.flush()
    except BrokenPipeError:
        return broken_pipe()
    counts: dict[str, int] = {}
    for st in o.tables.values():
        counts[st] = counts.get(st, 0) + 1
    tables = ", ".join(f"{n} {s}" for s, n in sorted(counts.items()))
    filler = llmgate.filler(settings)
    usage = f"; LLM: {filler.summary()}" if filler is not None else ""
    say(f"extracted {0 if o.failed else 1} of 1 report(s), {int(o.failed)} failed; tables: {tables or 'none'}; "
        f"{o.seconds:.2f} s{usage}")
    return EXIT_UNREADABLE if o.failed else EXIT_OK


def run_command(args, command: str, verb: str, found: Found, settings, *, dataset: bool = True,
                task: Callable | None = None, outputs: tuple[str, ...] = (".txt", ".json"),
                on_outcome=None, stream=None) -> int:
    """A batch run of `task` (default: the extract task) over the inputs found, with the options of
    common.add_batch_arguments; prints the summary and, when asked, builds the dataset. `stream`: a
    dataset the caller's task hands rows to (the caller finishes or discards it)."""
    from . import llmgate
    from .extract_task import extract_file

    outdir = Path(settings.outdir)
    try:
        guard(found.inputs, outdir, outputs, found.folders)
    except Refused as exc:
        say(f"nianbao: {exc}")
        return EXIT_USAGE
    except OutputError as exc:
        say(f"nianbao: {exc}")
        return EXIT_WRITE
    _, limit = llmgate.announce(settings)
    if args.engine == "local":  # workers fork with them; -j1 has them before its heap is frozen (engine)
        from .extract_task import preload

        preload()
    by_name = False
    if stream is not None:
        on_outcome = _both(stream.take, on_outcome)
    elif dataset and task is None:  # the dataset's rows come from the workers as they finish
        by_name = True
        from .dataset_stream import StreamedDataset
        from .extract_task import extract_file_with_rows

        stream = StreamedDataset(outdir)
        task = functools.partial(extract_file_with_rows, settings)
        on_outcome = _both(stream.take, on_outcome)
    spec = BatchSpec(command=command, verb=verb,
                     # in name order: the order of the dataset, so that its rows seldom wait
                     inputs=sorted(found.inputs, key=lambda i: i.name) if by_name else found.inputs,
                     task=task or functools.partial(extract_file, settings), outdir=outdir,
                     outputs=outputs, settings=settings.digest_fields(), jobs=args.jobs, engine=args.engine,
                     force=args.force, quiet=args.quiet, llm_limit=limit, on_outcome=on_outcome,
                     on_start=stream.start if stream else None, skipped=found.skipped)
    res = run_batch(spec)
    if res.write_error:
        say(f"nianbao: {res.write_error}")
    for line in summary(res, spec):
        say(line)
    code = res.code
    if dataset and not res.write_error and not res.interrupted and (res.done or res.skipped):
        code = max(code, write_dataset(outdir, outdir, args.jobs, args.quiet, stream, res.manifest))
    elif by_name:
        stream.discard()
    return code


def _both(first: Callable, then: Callable | None) -> Callable:
    if then is None:
        return first

    def both(o) -> None:
        first(o)
        then(o)
    return both


def write_dataset(folder: Path, outdir: Path, jobs: int, quiet: bool, stream=None, manifest=None) -> int:
    """The dataset of the reports in `folder` (its run manifest's) written to `outdir`, with its line;
    the exit code part (4 when it cannot be written). A command that amends its JSON after the batch
    (the audit's batch rules) calls this once they are final. `stream`: the dataset a run wrote as it
    went (dataset_stream), kept when it holds what the folder lists (`manifest`: the folder's, as the run
    wrote it), else rebuilt here."""
    from nianbao.export.dataset import export

    from .engine import default_jobs

    try:
        ex = stream.finish(manifest) if stream is not None else None
        if ex is None:
            ex = export(folder, outdir, jobs or default_jobs())
    except OutputError as exc:
        say(f"nianbao: {exc}")
        return EXIT_WRITE
    for problem in ex.unreadable:
        say(f"nianbao: {problem}")
    if not quiet:
        names = ", ".join(str(f) for f in ex.files)
        say(f"dataset: {ex.reports} report(s), {ex.rows} cell row(s): {names}")
    return EXIT_OK if not ex.unreadable else 1


def dataset(folder: Path, outdir: Path, jobs: int, quiet: bool) -> int:
    """`nianbao export`."""
    try:
        return write_dataset(folder, outdir, jobs, quiet)
    except KeyboardInterrupt:
        say("nianbao: interrupted; the dataset files were not replaced")
        return 130
