"""What a user runs: `nianbao extract --no-llm DIR -o OUT` on N distinct text reports, beside its floor.

    python bench/bench_cli.py [--quick] [--sizes 1000 10000] [--repeat 3] [--label after] [--code A B]

For each N the CLI runs as a fresh process (cold: imports, caches, OpenCC) on a directory of N distinct
reports (bench/corpus.py says how they are made) and writes every output; the floor (bench/floor.py:
read + decode + one regex scan + write, in Python) runs as a fresh process on the same directory, in the
same run, alternating with the CLI, both pinned to the same core. Each is timed wall-clock from spawn to
exit; the best of --repeat runs is kept (noise from other processes only ever adds time). Peak memory is
the child's own maximum RSS (os.wait4). The ratio CLI / floor is the figure to compare across machines;
the CPU ratio (user + system time of each child, also from os.wait4) is the steadier one on a busy machine.

Prints a table and writes bench/results/cli[-LABEL].json.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import corpus  # noqa: E402
from results import commit_of, save  # noqa: E402
from scratch import FreshDirs  # noqa: E402


def cli_module(code: Path) -> str:
    return "nianbao.cli" if (code / "nianbao/cli.py").exists() else "extractor.cli"


def one_core_args(code: Path) -> list[str]:
    """`-j 1` where the checkout's extract has worker processes (the bench measures one core)."""
    commands = code / "nianbao/commands"
    has_jobs = commands.is_dir() and any('"--jobs"' in f.read_text(encoding="utf-8") for f in commands.glob("*.py"))
    return ["-j", "1"] if has_jobs else []


def _pin() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {max(os.sched_getaffinity(0))})


def timed(cmd: list[str], code: Path) -> dict:
    """Wall seconds, CPU seconds, peak RSS (MB) and exit code of one cold child process."""
    env = dict(os.environ, PYTHONPATH=str(code))
    env.pop("OPENAI_BASE_URL", None)
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=code, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            preexec_fn=_pin)  # cwd: `python -m` puts it first on sys.path
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    took = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    proc.stderr.close()
    tail = err.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
    return {"seconds": took, "cpu_seconds": usage.ru_utime + usage.ru_stime, "peak_rss_mb": usage.ru_maxrss / 1024,
            "exit": proc.returncode, "last_line": tail[0]}


def run_size(n: int, repeat: int, work: Path, codes: list[Path], extra: list[str]) -> list[dict]:
    """One row per checkout: its CLI beside the floor, all run interleaved on the same N reports."""
    indir = work / f"reports-{n}"
    corpus.make(n, indir)
    cmds = {"floor": ([sys.executable, str(ROOT / "bench/floor.py"), str(indir)], ROOT)}
    for code in codes:
        cmds[str(code)] = ([sys.executable, "-m", cli_module(code), "extract", "--no-llm", *one_core_args(code),
                            *extra, str(indir), "-o"], code)
    runs: dict[str, list[dict]] = {k: [] for k in cmds}
    with FreshDirs(work) as fresh:  # a new output folder per run (scratch.py says why)
        for _ in range(repeat):
            for kind, (cmd, code) in cmds.items():
                out = fresh.next(kind)
                r = timed(cmd + [str(out)], code)
                r["outputs"] = len(list(out.glob("*.json"))) if out.exists() else 0
                runs[kind].append(r)
    size = sum(p.stat().st_size for p in indir.iterdir())
    floor = min(runs["floor"], key=lambda r: r["seconds"])
    floor_cpu = min(r["cpu_seconds"] for r in runs["floor"])
    rows = []
    for code in codes:
        cli = min(runs[str(code)], key=lambda r: r["seconds"])
        rows.append({"reports": n, "bytes": size, "code": str(code), "commit": commit_of(code),
                     "command": cmds[str(code)][0][1:], "floor": floor,
                     "cli": cli, "runs": {"floor": runs["floor"], "cli": runs[str(code)]},
                     "cli_reports_per_s": n / cli["seconds"], "floor_reports_per_s": n / floor["seconds"],
                     "ratio": cli["seconds"] / floor["seconds"],
                     "cpu_ratio": min(r["cpu_seconds"] for r in runs[str(code)]) / floor_cpu})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="N = 300 and 1,000, best of 3 (under 3 minutes)")
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--label", default="", help="results file suffix: bench/results/cli-LABEL.json")
    ap.add_argument("--code", nargs="+", metavar="CHECKOUT",
                    help="source checkouts to run the CLI from, side by side (default: this one), e.g. a "
                         "`git worktree add --detach /tmp/before <commit>` for before/after in one run")
    ap.add_argument("--cli-args", default="", metavar="'ARGS'",
                    help="more arguments for extract, e.g. --cli-args=--no-dataset (-j 1 is always given where it exists)")
    ap.add_argument("--workdir", help="where the generated reports are kept (default: a temp dir)")
    args = ap.parse_args()
    sizes, repeat = ([300, 1000], 3) if args.quick else (args.sizes, args.repeat)
    work = Path(args.workdir) if args.workdir else Path(tempfile.gettempdir()) / "nianbao-bench"
    codes = [Path(c).resolve() for c in args.code] if args.code else [ROOT]
    results = []
    print(f"{'N':>6} {'commit':>8} {'MB in':>6} {'floor s':>8} {'floor/s':>8} {'cli s':>7} {'cli/s':>7} {'ratio':>6} "
          f"{'CPU ratio':>9} {'cli RSS':>8} {'floor RSS':>9}  outputs")
    for n in sizes:
        for r in run_size(n, repeat, work, codes, args.cli_args.split()):
            results.append(r)
            print(f"{n:6d} {r['commit']:>8} {r['bytes'] / 1e6:6.1f} {r['floor']['seconds']:8.2f} "
                  f"{r['floor_reports_per_s']:8.0f} {r['cli']['seconds']:7.2f} {r['cli_reports_per_s']:7.0f} "
                  f"{r['ratio']:6.2f} {r['cpu_ratio']:9.2f} {r['cli']['peak_rss_mb']:6.0f}MB "
                  f"{r['floor']['peak_rss_mb']:7.0f}MB  {r['cli']['outputs']} (exit {r['cli']['exit']})", flush=True)
    save("cli", args.label, {"one_core": True, "repeat": repeat, "results": results})


if __name__ == "__main__":
    main()
