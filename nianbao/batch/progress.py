"""What a batch run shows while it works and writes when it ends.

On a terminal: a rich progress bar (done, failed, rate, ETA). Piped: a plain line now and then.
`-q`: neither. A file that cannot be read is always one line. Notices that many reports share are
counted, not repeated ("400 reports: applications not filled — no LLM endpoint configured"); each
file's own lines go to the run's log file in OUTDIR.
"""
from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path
from typing import TextIO

from extractor.output import close_quietly

from .engine import Outcome

LOG = "run.log"


class RunLog:
    """OUTDIR/run.log: one block per run, one line per file (and its details, indented)."""

    def __init__(self, path: Path | None):
        self.path = path
        self._fh = None

    def line(self, text: str) -> None:
        if self.path is None:
            return
        try:
            if self._fh is None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._fh = open(self.path, "a", encoding="utf-8", buffering=1)  # line by line: a crash keeps it
            self._fh.write(text + "\n")
        except OSError:
            self.path = None  # the log is a convenience: a full disk shows up where outputs are written

    def close(self) -> None:
        close_quietly(self._fh)
        self._fh = None


class Progress:
    SAY_EVERY = 0.5  # seconds between prints above a bar

    def __init__(self, total: int, *, verb: str, quiet: bool = False, stream: TextIO | None = None,
                 log: RunLog | None = None, interactive: bool | None = None):
        self.total, self.verb, self.quiet = total, verb, quiet
        self.stream = stream or sys.stderr
        self.log = log or RunLog(None)
        tty = self.stream.isatty() if interactive is None else interactive
        self.interactive = tty and not quiet
        self.done = self.failed = 0
        self.notices: Counter[str] = Counter()
        self.started = time.perf_counter()
        self._last_plain = self.started
        self._bar = self._task = None
        self._said: list[str] = []  # lines for above the bar, printed together (each print redraws it)
        self._last_said = 0.0

    # ---------------------------------------------------------------- live

    def start(self) -> None:
        if not self.interactive or self.total == 0:
            return
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress as Bar, TextColumn,
                                   TimeElapsedColumn, TimeRemainingColumn)

        console = Console(file=self.stream, highlight=False)
        self._bar = Bar(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("{task.fields[failed]} failed"), TextColumn("{task.fields[rate]}"),
                        TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                        console=console, transient=False, refresh_per_second=4)
        self._bar.start()
        self._task = self._bar.add_task(self.verb, total=self.total, failed=0, rate="")

    def say(self, line: str) -> None:
        """A line that must be seen (a file that could not be read), above the bar when there is one.
        There, lines that come within SAY_EVERY seconds of the last print wait and go out together:
        each print redraws the bar (~1.5 ms of the parent's CPU, which -j workers then lack, for every
        failed file of a batch)."""
        if self._bar is not None:
            self._said.append(line)
            self._say_due()
        else:
            print(line, file=self.stream, flush=True)

    def _say_due(self, now: bool = False) -> None:
        t = time.perf_counter()
        if self._said and self._bar is not None and (now or t - self._last_said >= self.SAY_EVERY):
            self._bar.console.print("\n".join(self._said), markup=False, highlight=False, soft_wrap=True)
            self._said.clear()
            self._last_said = t

    def rate(self) -> float:
        took = time.perf_counter() - self.started
        return self.done / took if took > 0 else 0.0

    def update(self, o: Outcome) -> None:
        self.done += 1
        if not o.ok:
            self.failed += 1
        self.notices.update(dict.fromkeys(o.notices, 1))
        status = "ok" if o.ok else ("unreadable" if o.error else "write error" if o.write_error else "no tables")
        block = [f"{o.name}\t{status}\t{o.input}", *(f"    {d}" for d in o.details)]
        if o.error:
            block.append(f"    {o.error}")
        self.log.line("\n".join(block))  # one write per file (the log is line-buffered)
        if o.error:
            self.say(f"nianbao: {o.error}")
        elif o.failed:
            self.say(f"nianbao: {o.input}: no table could be read from this report")
        if self._bar is not None:
            self._bar.update(self._task, advance=1, failed=self.failed, rate=f"{self.rate():.1f}/s")
            self._say_due()
        elif not self.quiet:
            self._plain()

    def _plain(self) -> None:
        now = time.perf_counter()
        if self.done != self.total and now - self._last_plain < 5.0:
            return
        self._last_plain = now
        rate = self.rate()
        eta = f", ETA {(self.total - self.done) / rate:.0f} s" if rate > 0 and self.done < self.total else ""
        print(f"nianbao: {self.done}/{self.total} done, {self.failed} failed, {rate:.1f} reports/s{eta}",
              file=self.stream, flush=True)

    def stop(self) -> None:
        if self._bar is not None:
            self._say_due(now=True)
            self._bar.stop()
            self._bar = None

    # ---------------------------------------------------------------- end

    def grouped(self, limit: int = 12) -> list[str]:
        lines = [f"{n} report{'s' if n != 1 else ''}: {what}" for what, n in self.notices.most_common(limit)]
        rest = len(self.notices) - limit
        if rest > 0:
            lines.append(f"… and {rest} other notice(s); every file's detail is in the run log")
        return lines
