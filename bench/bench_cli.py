"""What a user runs: `nianbao extract --no-llm -j 1 DIR -o OUT` on N distinct text reports, beside its floor.

    python bench/bench_cli.py [--quick] [--sizes 1000 10000] [--rounds 5] [--label idle] [--code A B] [--full]

For each N: one untimed CLI run first per checkout (it warms the page cache for the inputs, writes the
.pyc files and records the size of every JSON it writes), then --rounds rounds, each one floor run and one CLI run back to back (the order
swapped every other round; paired.py says why), each a cold process pinned to the same core, each
writing into a folder of its own that no run wrote to before (scratch.py says why). The floor
(floor.py) reads, decodes, regex-scans and writes the same two files per report as the CLI, its JSON
padded to the CLI's size: as many files and bytes as the CLI writes.

Figures, per N: the ratio CLI / floor of wall time within each round, as the median and the spread
(lowest–highest) over the rounds; the same for CPU time (user + system, os.wait4); the median seconds
and reports/s of each; the CLI's peak RSS (the largest over its runs). The median wall ratio is the
figure to judge by (what a user waits for); the CPU ratio says how much of it is waiting (for the disk, for another process).
`(sys)` is each one's median kernel time: most of the floor's cost is the kernel creating its files, and
that swings 3-10x from one minute to the next on this VM (0.58 s vs 2.16 s for the same 20,000 files),
while the CLI's is mostly its own CPU — when the ratio moves between runs, this column says why. The
user-CPU ratio leaves the kernel out: what the CLI's own code costs beside the floor's.
Last, `nianbao --help` as a cold process beside `python -c pass` (median of at least 5 rounds).

Prints a table, then one line per checkout with the figures to judge by (ratio and peak RSS at each N),
and writes bench/results/cli[-LABEL].json.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import corpus  # noqa: E402
from paired import child_env, per_round, rounds, run_child, show  # noqa: E402
from results import commit_of, save  # noqa: E402
from scratch import FreshDirs  # noqa: E402

from corpus import FULL_CHARS  # noqa: E402


def cli_module(code: Path) -> str:
    return "nianbao.cli" if (code / "nianbao/cli.py").exists() else "extractor.cli"


def one_core_args(code: Path) -> list[str]:
    """`-j 1` where the checkout's extract has worker processes (the bench measures one core)."""
    commands = code / "nianbao/commands"
    has_jobs = commands.is_dir() and any('"--jobs"' in f.read_text(encoding="utf-8") for f in commands.glob("*.py"))
    return ["-j", "1"] if has_jobs else []


def env_for(code: Path) -> dict:
    return child_env(code, ("OPENAI_BASE_URL",))


def json_sizes(out: Path) -> dict[str, int]:
    return {p.name: p.stat().st_size for p in out.glob("*.json")}


def run_size(n: int, n_rounds: int, work: Path, fresh: FreshDirs, codes: list[Path], extra: list[str],
             min_chars: int = 0) -> list[dict]:
    """One row per checkout: its CLI beside the floor, in rounds on the same N reports."""
    indir = work / (f"reports-{n}" + (f"-min{min_chars}" if min_chars else ""))
    corpus.make(n, indir, min_chars)
    clis = {str(code): ([sys.executable, "-m", cli_module(code), "extract", "--no-llm", *one_core_args(code),
                         *extra, str(indir), "-o"], code) for code in codes}
    warm = []
    for cmd, code in clis.values():  # untimed: page cache, .pyc files, the sizes the floor writes
        warm.append(fresh.next("warm-up"))
        run_child(cmd + [str(warm[-1])], env=env_for(code), cwd=code, pin=True)
    like = work / f"floor-sizes-{n}.json"
    like.write_text(json.dumps(json_sizes(warm[0])), encoding="utf-8")
    floor_cmd = [sys.executable, str(ROOT / "bench/floor.py"), str(indir)]

    def floor(_: int) -> dict:
        out = fresh.next("floor")
        r = run_child(floor_cmd + [str(out), "--like", str(like)], env=env_for(ROOT), cwd=ROOT, pin=True)
        r["outputs"] = sum(1 for _ in out.glob("*.json"))
        return r

    def cli(key: str):
        cmd, code = clis[key]

        def one(_: int) -> dict:
            out = fresh.next("cli")  # `python -m` puts cwd first on sys.path: run from the checkout
            r = run_child(cmd + [str(out)], env=env_for(code), cwd=code, pin=True)
            r["outputs"] = sum(1 for _ in out.glob("*.json")) if out.exists() else 0
            return r
        return one

    runs = rounds({"floor": floor, **{k: cli(k) for k in clis}}, n_rounds)
    # a CLI that never ran (no summary line: not installed in this Python, a crash) is no figure: the ratio of a
    # run that stopped at once reads as a fast one. Exit 1 alone is a batch with some reports refused (page heads).
    failed = [(k, r["exit"]) for k in clis for r in runs[k] if not r["summary"]]
    if failed:
        raise SystemExit(f"bench_cli: the CLI in {failed[0][0]} did not run (exit {failed[0][1]}, no summary line); "
                         "is the project installed in this Python?")
    size = sum(p.stat().st_size for p in indir.iterdir())
    fl = runs["floor"]
    rows = []
    for code in codes:
        c = runs[str(code)]
        med = {k: statistics.median(r["seconds"] for r in v) for k, v in (("floor", fl), ("cli", c))}
        rows.append({"reports": n, "bytes": size, "code": str(code), "commit": commit_of(code),
                     "command": clis[str(code)][0][1:], "rounds": n_rounds,
                     "ratio": per_round(c, fl), "cpu_ratio": per_round(c, fl, "cpu_seconds"),
                     "user_ratio": per_round(c, fl, "user"),
                     "floor_seconds": med["floor"], "cli_seconds": med["cli"],
                     "floor_sys": statistics.median(r["sys"] for r in fl),
                     "cli_sys": statistics.median(r["sys"] for r in c),
                     "floor_reports_per_s": n / med["floor"], "cli_reports_per_s": n / med["cli"],
                     "cli_peak_rss_mb": max(r["peak_rss_mb"] for r in c),
                     "floor_peak_rss_mb": max(r["peak_rss_mb"] for r in fl),
                     "outputs": c[-1]["outputs"], "exit": c[-1]["exit"], "last_line": c[-1]["summary"],
                     "runs": {"floor": fl, "cli": c}})
    return rows


def startup(code: Path, n_rounds: int) -> dict:
    """`nianbao --help` as a cold process beside `python -c pass` (the interpreter's own start), in rounds."""
    env = env_for(code)
    runs = rounds({"help": lambda _: run_child([sys.executable, "-m", cli_module(code), "--help"], env=env, cwd=code),
                   "python": lambda _: run_child([sys.executable, "-c", "pass"], env=env, cwd=code)}, n_rounds)
    return {k: statistics.median(r["seconds"] for r in v) for k, v in runs.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="N = 300 and 1,000, 3 rounds (under 3 minutes)")
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--rounds", type=int, default=5, help="floor + CLI rounds per N (default 5)")
    ap.add_argument("--label", default="", help="results file suffix: bench/results/cli-LABEL.json")
    ap.add_argument("--code", nargs="+", metavar="CHECKOUT",
                    help="source checkouts to run the CLI from, side by side (default: this one), e.g. a "
                         "`git worktree add --detach /tmp/before <commit>` for before/after in one run")
    ap.add_argument("--cli-args", default="", metavar="'ARGS'",
                    help="more arguments for extract, e.g. --cli-args=--no-dataset (-j 1 is always given where it exists)")
    ap.add_argument("--workdir", help="where the generated reports are kept (default: a temp dir)")
    ap.add_argument("--full", action="store_true",
                    help=f"whole reports only: sources of at least {FULL_CHARS:,} characters (default: every text copy, "
                         "mostly page heads)")
    args = ap.parse_args()
    min_chars = FULL_CHARS if args.full else 0
    sizes, n_rounds = ([300, 1000], 3) if args.quick else (args.sizes, args.rounds)
    work = Path(args.workdir) if args.workdir else Path(tempfile.gettempdir()) / "nianbao-bench"
    codes = [Path(c).resolve() for c in args.code] if args.code else [ROOT]
    load_before = os.getloadavg()
    print(f"one core; {n_rounds} rounds of floor + CLI per N; ratio = CLI / floor within a round: "
          f"median (lowest–highest); load average {load_before[0]:.1f}, {os.cpu_count()} CPUs")
    print(f"{'N':>6} {'commit':>8} {'MB in':>6} {'floor s':>8} {'(sys)':>6} {'cli s':>7} {'(sys)':>6} {'cli/s':>6} "
          f"{'ratio (wall)':>18} {'ratio (CPU)':>18} {'ratio (user)':>18} {'cli RSS':>8}  outputs")
    results = []
    with FreshDirs(work) as fresh:  # every run's folder is removed only when the bench ends
        for n in sizes:
            for r in run_size(n, n_rounds, work, fresh, codes, args.cli_args.split(), min_chars):
                results.append(r)
                print(f"{n:6d} {r['commit']:>8} {r['bytes'] / 1e6:6.1f} {r['floor_seconds']:8.2f} {r['floor_sys']:6.2f} "
                      f"{r['cli_seconds']:7.2f} {r['cli_sys']:6.2f} {r['cli_reports_per_s']:6.0f} {show(r['ratio']):>18} "
                      f"{show(r['cpu_ratio']):>18} {show(r['user_ratio'], 1):>18} {r['cli_peak_rss_mb']:6.0f}MB  {r['outputs']} (exit {r['exit']})",
                      flush=True)
    start = startup(codes[0], max(5, n_rounds))
    load_after = os.getloadavg()
    by_code: dict[str, list[dict]] = {}
    for r in results:
        by_code.setdefault(r["commit"], []).append(r)
    for commit, rs in by_code.items():
        rss = ", ".join(f"{r['cli_peak_rss_mb']:.0f} MB at {r['reports']:,}" for r in rs)
        print(f"{commit}: CLI / floor (median wall ratio) " +
              ", ".join(f"{r['ratio']['median']:.2f}× at {r['reports']:,}" for r in rs) + f"; peak RSS {rss}")
    print(f"nianbao --help: {start['help']:.3f} s (python -c pass: {start['python']:.3f} s), median of "
          f"{max(5, n_rounds)}")
    print(f"load average {load_before[0]:.1f} before, {load_after[0]:.1f} after")
    save("cli", args.label, {"one_core": True, "rounds": n_rounds, "min_chars": min_chars, "load_average": {"before": load_before,
                                                                                    "after": load_after},
                             "help_seconds": start["help"], "python_seconds": start["python"],
                             "results": results})


if __name__ == "__main__":
    main()
