"""An interrupted run of 2,000 files resumes without redoing finished ones and ends with the same
dataset as an uninterrupted run."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT
from parser_gaps import unreadable

DOCS = ROOT / "eval" / "docs"
N = 2000


def _as_from_a_terminal() -> None:
    # a suite started in the background (`&`, nohup, a CI runner) hands its children SIGINT ignored, and
    # Python keeps an ignored SIGINT ignored: the Ctrl-C below would never reach the run, which then ends
    # whole. A run started from a terminal has the default, so its child here does too.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def nianbao(*args: str, **kw):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env = {k: v for k, v in env.items() if not k.startswith(("OPENAI_", "NIANBAO_"))}
    kw.setdefault("stderr", subprocess.PIPE)
    return subprocess.Popen([sys.executable, "-m", "nianbao.cli", *args], env=env, stdout=subprocess.PIPE,
                            text=True, preexec_fn=_as_from_a_terminal, **kw)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> Path:
    """2,000 copies of the eval set's text reports under distinct names, and one empty file early in the
    order: unreadable, so it gets no manifest line and every run takes it again."""
    src = [p for p in sorted((DOCS / "seeds").glob("*.txt")) + sorted((DOCS / "text").glob("*"))
           if p.stem not in unreadable()]  # known reader gaps would add unreadable inputs beyond the empty one
    folder = tmp_path_factory.mktemp("many")
    for i in range(N):
        f = src[i % len(src)]
        shutil.copy(f, folder / f"r{i:04}_{f.name}")
    (folder / "r0000_empty.txt").write_bytes(b"")
    return folder


def finished(out: Path) -> dict[str, str]:
    m = out / "run-manifest.jsonl"
    if not m.is_file():
        return {}
    names = {}
    for line in m.read_text(encoding="utf-8").splitlines():
        try:
            d = json.loads(line)
        except ValueError:
            continue
        names[d["name"]] = d["sha256"]
    return names


def test_an_interrupted_run_resumes_and_ends_with_the_same_dataset(inputs, tmp_path):
    full, part = tmp_path / "full", tmp_path / "part"
    p = nianbao("extract", str(inputs), "-o", str(full), "-j", "2", "--no-llm")
    _, err = p.communicate(timeout=900)
    assert p.returncode == 1 and "Traceback" not in err, err  # 1: the empty file could not be read
    assert f" of {N + 1} report(s)" in err and "internal error" not in err

    # its stderr goes to a file, not to a pipe nobody reads while the test waits: each report without
    # tables says so there, and a run that fills the pipe's 64 KB stops writing, and working, before the stop
    with open(tmp_path / "stderr", "w+", encoding="utf-8") as said:
        p = nianbao("extract", str(inputs), "-o", str(part), "-j", "2", "--no-llm", stderr=said)
        deadline = time.time() + 600
        while len(finished(part)) < N // 5 and time.time() < deadline and p.poll() is None:
            time.sleep(0.02)  # a run of 2,000 takes a few seconds: look often, so the stop lands mid-run
        assert p.poll() is None, "the run ended before it could be stopped"
        p.send_signal(signal.SIGINT)  # Ctrl-C
        p.communicate(timeout=300)
        said.seek(0)
        err = said.read()
    assert p.returncode == 130, err
    assert "Traceback" not in err
    done = finished(part)
    assert N // 5 <= len(done) < N
    line = next(line for line in err.splitlines() if line.startswith("interrupted:"))
    # the empty file was reached first: not done, left for the re-run
    assert line.startswith(f"interrupted: {len(done)} done, {N + 1 - len(done)} left (1 unreadable")
    assert not (part / "dataset.csv").exists()  # no dataset from a stopped run
    stamps = {n: (part / f"{n}.json").stat().st_mtime_ns for n in done}
    for n in done:  # whatever was recorded is whole
        assert json.loads((part / f"{n}.json").read_text(encoding="utf-8"))["source"]["sha256"] == done[n]

    p = nianbao("extract", str(inputs), "-o", str(part), "-j", "2", "--no-llm")
    _, err = p.communicate(timeout=900)
    assert p.returncode == 1 and "Traceback" not in err, err
    assert f"{len(done)} already done (skipped" in err and "r0000_empty.txt" in err
    assert all((part / f"{n}.json").stat().st_mtime_ns == t for n, t in stamps.items())  # not redone
    assert len(finished(part)) == N

    assert (part / "dataset.csv").read_bytes() == (full / "dataset.csv").read_bytes()
    import pyarrow.parquet as pq

    assert pq.read_table(part / "dataset.parquet").equals(pq.read_table(full / "dataset.parquet"))
    import openpyxl

    a = openpyxl.load_workbook(part / "dataset.xlsx", read_only=True)
    b = openpyxl.load_workbook(full / "dataset.xlsx", read_only=True)
    assert a.sheetnames == b.sheetnames
    for name in a.sheetnames:
        assert list(a[name].values) == list(b[name].values)
