"""-j1 vs -j2 and the Ray engine: `nianbao extract --no-llm DIR -o OUT` on N distinct reports.

    python bench/bench_batch.py                    # N = 3,000, 5 rounds, -j1 / -j2 / ray -j2
    python bench/bench_batch.py --quick            # N = 600, 3 rounds, no Ray
    python bench/bench_batch.py --no-ray --dataset --code /tmp/before .   # two checkouts, alternating

Each configuration runs as a cold process on the same corpus (corpus.py), in rounds: one run of each
back to back, the order reversed every other round (paired.py says why), each into a folder no run
wrote to before (scratch.py says why). Figures: the speedup of each configuration over -j1 *within a
round*, as the median and the spread (lowest–highest) over the rounds; the CPU seconds of the whole
process tree and its ratio to -j1's, again per round; and where a run's CPU went — the parent
process's own (start-up, manifest, progress, every result) and its workers' (rusage_run.py). On a
2-core machine a CPU second of the parent is one the workers do not get, and -j2 cannot reach 2×
while other work holds a core: the load average is printed beside the figures. (Ray's CPU counts only
the processes the run waited for; its daemons' is not all there.)

The dataset is left out by default (--no-dataset), to compare engines on extraction alone; `--dataset`
times it too. An extract run writes it while the workers run (the parent appends the rows each worker
hands over, nianbao/batch/dataset_stream.py), so with -j2 it is no longer a serial pass after them: it
is parent CPU, shown apart.

`--code A B …` runs -j1 and -j2 from each checkout (each from inside itself) in the same rounds, so a
before / after pair is measured under the same load: each checkout's -j2 / -j1 ratio is taken within
the round, against its own -j1, and the parent's CPU per report is printed for each.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402
from paired import child_env, per_round, rounds, run_child, show  # noqa: E402
from results import commit_of, save  # noqa: E402
from scratch import FreshDirs  # noqa: E402


def env(code: Path = ROOT) -> dict:
    return child_env(code, ("OPENAI_", "NIANBAO_", "RAY_ADDRESS"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--reports", type=int, default=3000)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--quick", action="store_true", help="N = 600, 3 rounds, without Ray")
    ap.add_argument("--no-ray", action="store_true")
    ap.add_argument("--dataset", action="store_true", help="include the dataset pass in the timings")
    ap.add_argument("--workdir", help="where the generated reports are kept (default: a temp dir)")
    ap.add_argument("--label", default="", help="results file suffix: bench/results/batch-LABEL.json")
    ap.add_argument("--code", nargs="+", metavar="CHECKOUT",
                    help="checkouts to run -j1 and -j2 from, in the same rounds (before / after); no Ray")
    args = ap.parse_args()
    n, n_rounds = (600, 3) if args.quick else (args.reports, args.rounds)
    work = Path(args.workdir or Path(tempfile.gettempdir()) / "nianbao-bench")
    indir = work / f"reports-{n}"
    corpus.make(n, indir)
    base = [sys.executable, "-m", "nianbao.cli", "extract", "--no-llm", "-q", str(indir)]
    if not args.dataset:
        base.append("--no-dataset")
    configs = {"-j1": ["-j", "1"], "-j2": ["-j", "2"]}
    codes = {"": ROOT}
    if args.code:
        codes = {f"{Path(c).resolve().name}@{commit_of(Path(c))} ": Path(c).resolve() for c in args.code}
        configs = {f"{tag}{name}": cfg for tag in codes for name, cfg in configs.items()}
    ray = not (args.quick or args.no_ray or args.code)
    if ray:
        try:
            import ray as _  # noqa: F401
        except ImportError:
            print("ray is not installed (pip install -e '.[ray]'): the Ray engine is left out", file=sys.stderr)
            ray = False
    if ray:
        configs["ray -j2"] = ["--engine", "ray", "-j", "2"]
    load_before = os.getloadavg()
    with FreshDirs(work) as fresh:
        def code_of(name: str) -> Path:
            return next((c for tag, c in codes.items() if tag and name.startswith(tag)), ROOT)

        def config(name: str):
            def one(_: int) -> dict:
                out = fresh.next(name)
                code = code_of(name)
                r = run_child(base + configs[name] + ["-o", str(out)], env=env(code), cwd=code, split=True)
                r["outputs"] = sum(1 for _ in out.rglob("*.json")) if out.exists() else 0
                return r
            return one

        for code in codes.values():  # untimed: page cache, .pyc
            run_child(base + ["-j", "1", "-o", str(fresh.next("warm-up"))], env=env(code), cwd=code)
        runs = rounds({name: config(name) for name in configs}, n_rounds)
    load_after = os.getloadavg()
    ray_start = None
    if ray:  # what a Ray run pays before its first file: start a local Ray and stop it
        t = run_child([sys.executable, "-c", "import ray; ray.init(num_cpus=2, include_dashboard=False, "
                       "logging_level='ERROR'); ray.shutdown()"], env=env(), cwd=ROOT)
        ray_start = round(t["seconds"], 2)
    rows = []
    for name, rs in runs.items():
        j1 = runs[f"{next((t for t in codes if t and name.startswith(t)), '')}-j1"]
        med = lambda key: statistics.median(r.get(key, 0.0) for r in rs)  # noqa: E731
        rows.append({"config": name, "seconds": med("seconds"), "reports_per_s": n / med("seconds"),
                     "speedup_vs_j1": per_round(j1, rs), "cpu_seconds": med("cpu_seconds"),
                     "cpu_vs_j1": per_round(rs, j1, "cpu_seconds"), "parent_cpu": med("parent_cpu"),
                     "workers_cpu": med("workers_cpu"), "sys": med("sys"),
                     # the kernel's time swings with the file system's state (another session's mass deletion):
                     # its spread over the rounds tells a busy run from a quiet one
                     "sys_range": [min(r.get("sys", 0.0) for r in rs), max(r.get("sys", 0.0) for r in rs)],
                     "parent_cpu_per_report_us": med("parent_cpu") / n * 1e6,
                     "outputs": rs[-1]["outputs"], "exit": rs[-1]["exit"]})
    print(f"N = {n} distinct reports, {n_rounds} rounds; load average {load_before[0]:.1f} before, "
          f"{load_after[0]:.1f} after, {os.cpu_count()} CPUs; medians, and (lowest–highest) of per-round ratios")
    if ray_start is not None:
        print(f"starting and stopping a local Ray alone: {ray_start:.2f} s")
    print(f"{'config':28} {'seconds':>8} {'reports/s':>9} {'× -j1 (wall)':>18} {'CPU s':>6} {'CPU / -j1':>18} "
          f"{'parent CPU':>10} {'µs/report':>9} {'workers CPU':>11} {'sys (lowest–highest)':>20}")
    for r in rows:
        print(f"{r['config']:28} {r['seconds']:8.2f} {r['reports_per_s']:9.0f} {show(r['speedup_vs_j1']):>18} "
              f"{r['cpu_seconds']:6.2f} {show(r['cpu_vs_j1'], 3):>18} {r['parent_cpu']:10.2f} "
              f"{r['parent_cpu_per_report_us']:9.0f} {r['workers_cpu']:11.2f} {_sys(r):>20}")
    for r in rows:
        if r["config"].endswith("-j2") and not r["config"].startswith("ray"):
            j1 = next(x for x in rows if x["config"] == r["config"][:-1] + "1")
            print(f"{r['config']} / -j1 at N = {n:,}: {show(r['speedup_vs_j1'])}× wall (median of {n_rounds} "
                  f"rounds), CPU {show(r['cpu_vs_j1'], 3)}×; kernel time -j1 {_sys(j1)} s, -j2 {_sys(r)} s")
    save("batch", args.label, {"reports": n, "rounds": n_rounds, "dataset": args.dataset, "rows": rows,
                               "runs": runs, "ray_start_seconds": ray_start,
                               "load_average": {"before": load_before, "after": load_after}})


def _sys(row: dict) -> str:
    lo, hi = row["sys_range"]
    return f"{row['sys']:.2f} ({lo:.2f}–{hi:.2f})"


if __name__ == "__main__":
    main()
