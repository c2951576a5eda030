"""Run `python -m MODULE ARGS…` and record where its CPU time went: the process's own, and its worker
processes' (those it waited for), as JSON in OUTFILE.

    python bench/rusage_run.py OUTFILE MODULE ARGS…

The parent of a -j2 run reads the manifest, records every result and shows progress; on a 2-core
machine each CPU second it spends is one its workers do not get, so the benches report it apart.
"""
from __future__ import annotations

import atexit
import json
import resource
import runpy
import sys


def _record(path: str) -> None:
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    figures = {"parent_cpu": me.ru_utime + me.ru_stime, "parent_sys": me.ru_stime,
               "workers_cpu": kids.ru_utime + kids.ru_stime, "workers_sys": kids.ru_stime}
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(figures, fh)


if __name__ == "__main__":
    out, module = sys.argv[1], sys.argv[2]
    atexit.register(_record, out)
    sys.argv = [module, *sys.argv[3:]]
    sys.path[0] = ""  # as `python -m` has it: the working directory first
    runpy.run_module(module, run_name="__main__", alter_sys=True)
