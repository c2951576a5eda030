"""What a user runs: `nianbao extract --no-llm DIR -o OUT` on N distinct text reports, beside its floor.

    python bench/bench_cli.py [--quick] [--sizes 1000 10000] [--repeat 3] [--label after]

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
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import corpus  # noqa: E402


def cli_module() -> str:
    return "nianbao.cli" if (ROOT / "nianbao/cli.py").exists() else "extractor.cli"


def _pin() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {max(os.sched_getaffinity(0))})


def timed(cmd: list[str]) -> dict:
    """Wall seconds, peak RSS (MB) and exit code of one cold child process."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("OPENAI_BASE_URL", None)
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, preexec_fn=_pin)
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    took = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    proc.stderr.close()
    tail = err.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
    return {"seconds": took, "cpu_seconds": usage.ru_utime + usage.ru_stime, "peak_rss_mb": usage.ru_maxrss / 1024,
            "exit": proc.returncode, "last_line": tail[0]}


def run_size(n: int, repeat: int, work: Path) -> dict:
    indir = work / f"reports-{n}"
    corpus.make(n, indir)
    out = work / "out"
    runs: dict[str, list[dict]] = {"floor": [], "cli": []}
    cmds = {"floor": [sys.executable, str(ROOT / "bench/floor.py"), str(indir), str(out)],
            "cli": [sys.executable, "-m", cli_module(), "extract", "--no-llm", str(indir), "-o", str(out)]}
    for _ in range(repeat):
        for kind, cmd in cmds.items():
            shutil.rmtree(out, ignore_errors=True)
            r = timed(cmd)
            r["outputs"] = len(list(out.glob("*.json"))) if out.exists() else 0
            runs[kind].append(r)
    best = {k: min(v, key=lambda r: r["seconds"]) for k, v in runs.items()}
    return {"reports": n, "bytes": sum(p.stat().st_size for p in indir.iterdir()),
            "floor": best["floor"], "cli": best["cli"], "runs": runs,
            "cli_reports_per_s": n / best["cli"]["seconds"], "floor_reports_per_s": n / best["floor"]["seconds"],
            "ratio": best["cli"]["seconds"] / best["floor"]["seconds"],
            "cpu_ratio": min(r["cpu_seconds"] for r in runs["cli"]) / min(r["cpu_seconds"] for r in runs["floor"])}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="N = 300 and 1,000, best of 2 (under 3 minutes)")
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--label", default="", help="results file suffix: bench/results/cli-LABEL.json")
    ap.add_argument("--workdir", help="where the generated reports are kept (default: a temp dir)")
    args = ap.parse_args()
    sizes, repeat = ([300, 1000], 2) if args.quick else (args.sizes, args.repeat)
    work = Path(args.workdir) if args.workdir else Path(tempfile.gettempdir()) / "nianbao-bench"
    results = []
    print(f"{'N':>6} {'MB in':>6} {'floor s':>8} {'floor/s':>8} {'cli s':>7} {'cli/s':>7} {'ratio':>6} {'CPU ratio':>9} "
          f"{'cli RSS':>8} {'floor RSS':>9}  outputs")
    for n in sizes:
        r = run_size(n, repeat, work)
        results.append(r)
        print(f"{n:6d} {r['bytes'] / 1e6:6.1f} {r['floor']['seconds']:8.2f} {r['floor_reports_per_s']:8.0f} "
              f"{r['cli']['seconds']:7.2f} {r['cli_reports_per_s']:7.0f} {r['ratio']:6.2f} {r['cpu_ratio']:9.2f} "
              f"{r['cli']['peak_rss_mb']:6.0f}MB {r['floor']['peak_rss_mb']:7.0f}MB  "
              f"{r['cli']['outputs']} (exit {r['cli']['exit']})", flush=True)
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True).stdout.strip()
    doc = {"bench": "cli", "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "commit": commit,
           "python": platform.python_version(), "cpus": os.cpu_count(), "load": os.getloadavg(),
           "one_core": True, "repeat": repeat, "results": results}
    dest = ROOT / "bench/results" / (f"cli-{args.label}.json" if args.label else "cli.json")
    dest.parent.mkdir(exist_ok=True)
    dest.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"written {dest.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
