"""The batch engine's API: a per-file function and the runners that map it over inputs.

A command supplies a *task*: a picklable callable `task(item: Input) -> Outcome` that reads one input,
writes its outputs under OUTDIR (JSON last, atomically) and returns a small summary. Build it as
`functools.partial(module_level_function, settings)` so worker processes and Ray tasks can receive it.
The task never raises for bad input (it returns an Outcome with `error`), and raises
`extractor.output.OutputError` when it cannot write: the runner turns that into `Outcome.write_error`
and the run stops (the destination is broken; every further file would fail the same way).

Runners call `task` on every item and hand each Outcome to `on_outcome` in the parent process, in
completion order (outputs do not depend on that order):
  - `run_serial`  — in this process (-j1, and what tests step through);
  - `run_pool`    — a process pool over files (-j N);
  - `nianbao.batch.ray_engine.run_ray` — Ray tasks (--engine ray).
On Ctrl-C a runner stops handing out work, lets the files in progress finish (their outcomes are
delivered), and re-raises KeyboardInterrupt.
"""
from __future__ import annotations

import gc
import os
import signal
import traceback
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Sequence

from extractor.errors import InputError

from .discover import Input

if TYPE_CHECKING:
    from concurrent.futures import Future

Task = Callable[[Input], "Outcome"]
Sink = Callable[["Outcome"], None]


@dataclass
class Outcome:
    name: str
    input: str
    sha256: str | None = None
    outputs: tuple[str, ...] = ()  # written, relative to OUTDIR
    error: str | None = None  # one line: the input could not be read (names the file)
    write_error: str | None = None  # one line: an output could not be written
    failed: bool = False  # read, but nothing usable came out (counted as failed, outputs still written)
    tables: dict[str, str] = field(default_factory=dict)  # table → status
    notices: tuple[str, ...] = ()  # short, the same words for the same situation: grouped in the summary
    details: tuple[str, ...] = ()  # per-file lines for the run log
    info: dict[str, Any] = field(default_factory=dict)  # command-specific summary (e.g. finding counts)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.error is None and self.write_error is None and not self.failed


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def call_many(task: Task, items: Sequence[Input]) -> list[Outcome]:
    return [call(task, item) for item in items]


def chunks(items: Sequence[Input], workers: int, most: int = 16, budget: int = 512 * 1024) -> Iterator[list[Input]]:
    """Items in small groups, one group per hand-off: the per-task overhead (pickling, a pool round
    trip, a Ray task) is paid per group, not per file. A group stops at `most` files or `budget` bytes
    (a few PDFs are a group of their own, so a stop never waits long), and is small enough that every
    worker gets several. Made as they are handed out: the first goes out after a few sizes are read,
    not all of them (the workers wait for it)."""
    most = max(1, min(most, len(items) // max(1, workers * 8)))
    group: list[Input] = []
    size = 0
    for item in items:
        try:
            size += os.path.getsize(item.path)
        except OSError:
            pass
        group.append(item)
        if len(group) >= most or size >= budget:
            yield group
            group, size = [], 0
    if group:
        yield group


def run_serial(items: Iterable[Input], task: Task, on_outcome: Sink) -> None:
    with frozen_heap():
        for item in items:
            on_outcome(call(task, item))


@contextmanager
def frozen_heap() -> Iterator[None]:
    """What exists before the work starts (the imported modules: tens of thousands of objects that live
    as long as the process) is left out of garbage collection while the work runs: a full collection
    otherwise walks all of them again each time, and in a forked worker writing their collector
    headers copies every page they sit on. Handed back to the collector when the work ends."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _ignore_sigint() -> None:
    # Ctrl-C reaches the whole process group; the parent alone decides how to stop
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def call(task: Task, item: Input) -> Outcome:
    """The task on one item, with a write error turned into the outcome (exceptions that cross a
    process boundary lose their fields; an outcome does not)."""
    from extractor.output import OutputError

    try:
        return task(item)
    except OutputError as exc:
        return Outcome(item.name, item.path, write_error=str(exc))


def run_pool(items: Sequence[Input], task: Task, on_outcome: Sink, jobs: int,
             initializer: Callable[..., None] | None = None, initargs: tuple = ()) -> None:
    """A process pool with a bounded window of work in flight (memory stays flat for any batch size,
    and a stop leaves little to wait for)."""
    if jobs <= 1 or len(items) <= 1:
        if initializer is not None:
            initializer(*initargs)
        run_serial(items, task, on_outcome)
        return

    def init(*args) -> None:
        _ignore_sigint()
        if initializer is not None:
            initializer(*args)

    # (the pool's modules, with multiprocessing and pickle, are imported only by a run that has workers)
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    window = jobs * 3
    pending: set[Future] = set()

    def deliver(f: Future) -> None:
        for outcome in f.result():
            on_outcome(outcome)

    with frozen_heap():
        pool = ProcessPoolExecutor(max_workers=jobs, initializer=init, initargs=initargs)
        try:
            for group in chunks(items, jobs):
                pending.add(pool.submit(call_many, task, group))
                if len(pending) >= window:
                    done, pending = wait(pending, return_when=FIRST_COMPLETED)
                    for f in done:
                        deliver(f)
            while pending:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for f in done:
                    deliver(f)
        except BaseException:
            # stop handing out work; what is running finishes and is still recorded
            for f in pending:
                f.cancel()
            for f in pending:
                if not f.cancelled():
                    try:
                        deliver(f)
                    except BaseException:
                        continue
            _stop(pool)
            raise
        pool.shutdown(wait=True)


# how long a stopping run waits for its idle workers to leave before it ends them
_STOP_GRACE = 10.0


def _stop(pool) -> None:
    """Shut a pool down after a stop, never waiting forever: every result is delivered by now, and a worker forked while
    another held the call queue's lock can wait on that lock for good (CPython 3.11's pool, seen on a full disk: the
    parent joined its manager thread, one worker idle on the queue, the other blocked on its lock) — so the workers
    still there after a grace are ended. (`_processes` is the pool's own map of its workers: no public way to end them.)"""
    import time

    workers = list((getattr(pool, "_processes", None) or {}).values())  # (None once shut down)
    pool.shutdown(wait=False, cancel_futures=True)
    deadline = time.monotonic() + _STOP_GRACE
    for w in workers:
        w.join(max(0.0, deadline - time.monotonic()))
    for w in workers:
        if w.is_alive():
            w.terminate()
            w.join(1.0)


def error_line(path: Any, exc: Exception) -> str:
    """The one line a failed input gets: the reader's own words, or 'internal error' for a bug — a bug must
    not stop a batch or print a traceback (NIANBAO_DEBUG=1 prints it)."""
    if isinstance(exc, InputError):
        return str(exc)
    if os.environ.get("NIANBAO_DEBUG"):
        traceback.print_exception(exc)
    return f"{path}: internal error: {type(exc).__name__}: {exc}"
