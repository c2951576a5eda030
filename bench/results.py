"""Where every bench writes its figures: bench/results/<bench>[-<label>].json, stamped with what makes a
figure comparable (commit, Python, cores, load average, time)."""
from __future__ import annotations

import json
import os
import platform
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def commit_of(code: Path) -> str:
    return subprocess.run(["git", "-C", str(code), "rev-parse", "--short", "HEAD"], capture_output=True,
                          text=True).stdout.strip() or str(code)


def save(bench: str, label: str, figures: dict) -> Path:
    doc = {"bench": bench, "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "commit": commit_of(ROOT),
           "python": platform.python_version(), "cpus": os.cpu_count(), "load": os.getloadavg(), **figures}
    dest = ROOT / "bench" / "results" / (f"{bench}-{label}.json" if label else f"{bench}.json")
    dest.parent.mkdir(exist_ok=True)
    dest.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"written {dest.relative_to(ROOT)}")
    return dest
