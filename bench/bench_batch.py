"""-j1 vs -j2 and the Ray engine: `nianbao extract --no-llm DIR -o OUT` on N distinct reports.

Each configuration runs as a cold process on the same corpus (corpus.py), interleaved, best of
--repeat: wall seconds, reports/s, CPU seconds of the whole process tree, and the speedup of each
configuration over -j1 measured in the same run. The dataset is left out (--no-dataset): it is one
pass after the workers finish, the same for every engine, and would dilute what -j buys; `--dataset`
times it too. The machine's load average is recorded beside the figures: on a shared machine the
speedup, not the absolute rate, is the figure to read, and -j2 cannot reach 2× while other work holds
a core.

    python bench/bench_batch.py                    # N = 2,000, best of 3, -j1 / -j2 / ray -j2
    python bench/bench_batch.py --quick            # N = 600, best of 2, no Ray
"""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402
from results import save  # noqa: E402
from scratch import FreshDirs  # noqa: E402


def timed(cmd: list[str]) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "NIANBAO_", "RAY_ADDRESS"))}
    env["PYTHONPATH"] = str(ROOT)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.run(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    took = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the CLI and the workers it waited for
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    last = [line for line in proc.stderr.splitlines() if line.startswith("extracted")][-1:] or [proc.stderr[-200:]]
    return {"seconds": took, "cpu_seconds": cpu, "exit": proc.returncode, "summary": last[0]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--reports", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--quick", action="store_true", help="N = 600, best of 2, without Ray")
    ap.add_argument("--no-ray", action="store_true")
    ap.add_argument("--dataset", action="store_true", help="include the dataset pass in the timings")
    ap.add_argument("--workdir", help="where the generated reports are kept (default: a temp dir)")
    ap.add_argument("--label", default="", help="results file suffix: bench/results/batch-LABEL.json")
    args = ap.parse_args()
    n, repeat = (600, 2) if args.quick else (args.reports, args.repeat)
    work = Path(args.workdir or Path(tempfile.gettempdir()) / "nianbao-bench")
    indir = work / f"reports-{n}"
    corpus.make(n, indir)
    base = [sys.executable, "-m", "nianbao.cli", "extract", "--no-llm", "-q", str(indir)]
    if not args.dataset:
        base.append("--no-dataset")
    configs = {"-j1": ["-j", "1"], "-j2": ["-j", "2"]}
    ray = not (args.quick or args.no_ray)
    if ray:
        try:
            import ray as _  # noqa: F401
        except ImportError:
            print("ray is not installed (pip install -e '.[ray]'): the Ray engine is left out", file=sys.stderr)
            ray = False
    if ray:
        configs["ray -j2"] = ["--engine", "ray", "-j", "2"]
    runs: dict[str, list[dict]] = {k: [] for k in configs}
    load_before = os.getloadavg()
    with FreshDirs(work) as fresh:  # a new output folder per run (scratch.py says why)
        for _ in range(repeat):
            for name, extra in configs.items():
                out = fresh.next(name)
                r = timed(base + extra + ["-o", str(out)])
                r["outputs"] = sum(1 for _ in out.rglob("*.json")) if out.exists() else 0
                runs[name].append(r)
    load_after = os.getloadavg()
    ray_start = None
    if ray:  # what a Ray run pays before its first file: start a local Ray and stop it
        t = timed([sys.executable, "-c", "import ray; ray.init(num_cpus=2, include_dashboard=False, "
                   "logging_level='ERROR'); ray.shutdown()"])
        ray_start = round(t["seconds"], 2)
    best = {k: min(v, key=lambda r: r["seconds"]) for k, v in runs.items()}
    j1 = best["-j1"]["seconds"]
    rows = []
    for name, r in best.items():
        rows.append({"config": name, "seconds": round(r["seconds"], 2), "reports_per_s": round(n / r["seconds"], 1),
                     "cpu_seconds": round(r["cpu_seconds"], 2), "speedup_vs_j1": round(j1 / r["seconds"], 2),
                     "outputs": r["outputs"], "exit": r["exit"]})
    print(f"N = {n} distinct reports, best of {repeat}; load average {load_before[0]:.1f} before, "
          f"{load_after[0]:.1f} after, {os.cpu_count()} CPUs")
    if ray_start is not None:
        print(f"starting and stopping a local Ray alone: {ray_start:.2f} s")
    print(f"{'config':10} {'seconds':>8} {'reports/s':>10} {'CPU s':>8} {'× -j1':>6}")
    for row in rows:
        print(f"{row['config']:10} {row['seconds']:8.2f} {row['reports_per_s']:10.1f} {row['cpu_seconds']:8.2f} "
              f"{row['speedup_vs_j1']:6.2f}")
    save("batch", args.label, {"reports": n, "repeat": repeat, "dataset": args.dataset, "rows": rows, "runs": runs,
                               "ray_start_seconds": ray_start,
                               "load_average": {"before": load_before, "after": load_after}})


if __name__ == "__main__":
    main()
