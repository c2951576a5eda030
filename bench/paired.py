"""Timing cold processes in interleaved rounds, and the median and spread of ratios taken within a round.

On a shared VM the same run can take twice as long a minute later (other work, file creation after
someone's mass deletion, CPU time that varies with what the other core does). A ratio of two figures
taken far apart carries all of that; a ratio of two figures taken back to back carries little of it.
So every bench here runs its configurations one after the other in rounds (A B, then B A, …: neither
always goes first), takes each ratio within a round, and reports the median of those ratios and their
spread (lowest–highest), never a best-of taken from different moments.

Each child's CPU time (user + system) comes from os.wait4, which includes the worker processes it
waited for; the accounting runner (rusage_run.py) splits it into the parent's own and its workers'.
"""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Callable, Sequence

HERE = Path(__file__).resolve().parent
ACCOUNTING = HERE / "rusage_run.py"


def child_env(code: Path, drop: tuple[str, ...] = ()) -> dict:
    """The environment of a timed child: `code` (a checkout) first on the path, variables starting with
    any of `drop` removed, and bytecode caching on — an installed package has its .pyc files, while
    PYTHONDONTWRITEBYTECODE (set in some shells, this machine's among them) makes every cold start of a
    checkout compile its ~45 modules again, a cost no user's second run pays. The untimed warm-up run of
    each bench writes them."""
    env = {k: v for k, v in os.environ.items() if not (drop and k.startswith(drop))}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = str(code)
    return env


def run_child(cmd: Sequence[str], *, env: dict, cwd: Path, pin: bool = False, split: bool = False) -> dict:
    """Wall seconds, CPU seconds (user, system), peak RSS (MB), exit code and last stderr line of one cold
    child. `split`: cmd is `python -m MODULE ARGS…`, run under rusage_run.py to also get the parent's own
    CPU and its workers' (`parent_cpu`, `workers_cpu`)."""
    cmd = list(cmd)
    acct = None
    if split:
        assert cmd[1] == "-m", cmd
        fd, acct = tempfile.mkstemp(prefix="rusage-", suffix=".json")
        os.close(fd)
        cmd = [cmd[0], str(ACCOUNTING), acct, *cmd[2:]]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            preexec_fn=_pin if pin else None)
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    took = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    proc.stderr.close()
    lines = err.decode("utf-8", "replace").strip().splitlines()
    r = {"seconds": took, "cpu_seconds": usage.ru_utime + usage.ru_stime, "user": usage.ru_utime,
         "sys": usage.ru_stime, "peak_rss_mb": usage.ru_maxrss / 1024, "exit": proc.returncode,
         "last_line": (lines[-1:] or [""])[0],
         "summary": ([ln for ln in lines if ln.startswith(("extracted", "audited"))][-1:] or [""])[0]}
    if acct is not None:
        try:
            r.update(json.loads(Path(acct).read_text() or "{}"))
        except ValueError:
            pass
        os.unlink(acct)
    return r


def _pin() -> None:
    """One core for the child and everything it starts (the highest numbered one we may use)."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {max(os.sched_getaffinity(0))})


def rounds(configs: dict[str, Callable[[int], dict]], n: int) -> dict[str, list[dict]]:
    """Run every configuration once per round, n rounds, the order reversed every other round;
    configs[name](round) runs one and returns its figures."""
    runs: dict[str, list[dict]] = {k: [] for k in configs}
    names = list(configs)
    for i in range(n):
        for name in (names if i % 2 == 0 else names[::-1]):
            runs[name].append(configs[name](i))
    return runs


def spread(values: Sequence[float]) -> dict:
    return {"median": statistics.median(values), "low": min(values), "high": max(values), "n": len(values)}


def per_round(a: list[dict], b: list[dict], key: str = "seconds") -> dict:
    """The spread of a[i][key] / b[i][key] over the rounds."""
    return spread([x[key] / y[key] for x, y in zip(a, b) if y[key] > 0])


def show(s: dict, digits: int = 2) -> str:
    return f"{s['median']:.{digits}f} ({s['low']:.{digits}f}–{s['high']:.{digits}f})"
