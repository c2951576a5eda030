"""Does a change leave the audit's output byte-identical? `nianbao audit` of this tree (as it is when the
script starts, uncommitted edits included) and of another commit (default: the merge base with main) on
the same inputs, every output compared.

    python bench/audit_same.py [--before REF] [--copies N] [INPUT_DIR ...]

Inputs default to the eval set's documents, the shared corpus and N (default 5,000) of bench/corpus.py's
distinct copies (near-duplicates included, so the batch rules rewrite reports). Each tree audits each input
set into its own folder with `-o`; compared: every report's JSON and text, findings.csv, reports.csv,
dataset.csv, audit-summary.md / .html, and the command's standard output and exit status. Not compared:
run.log (dates), run-manifest.jsonl (it digests the code), the workbook and parquet (binary containers
with timestamps). Exits 1 on any difference,
naming the first few files that differ.
"""
from __future__ import annotations

import argparse
import filecmp
import os
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import corpus  # noqa: E402

_SKIP = {"run.log", "run-manifest.jsonl", "dataset.xlsx", "dataset.parquet"}
_RUN_LINE = re.compile(rb"audited \d+ of \d+ report|per-file detail: ")


def export_tree(ref: str, dest: Path) -> Path:
    """The code of commit `ref` in dest (git archive: no worktree, no checkout of this one)."""
    dest.mkdir(parents=True)
    archive = dest.with_suffix(".tar")
    subprocess.run(["git", "-C", str(ROOT), "archive", "-o", str(archive), ref], check=True)
    with tarfile.open(archive) as tar:
        tar.extractall(dest, filter="data")
    archive.unlink()
    return dest


def audit(code: Path, inputs: Path, out: Path) -> tuple[int, bytes]:
    proc = subprocess.run([sys.executable, "-m", "nianbao.cli", "audit", str(inputs), "-o", str(out), "--no-llm",
                           "-j1", "-q"], capture_output=True, cwd=code, env={**os.environ, "PYTHONPATH": str(code)})
    # the closing lines hold the run's duration and its own folder: not a difference
    said = [ln for ln in (proc.stdout + proc.stderr).splitlines(keepends=True) if not _RUN_LINE.match(ln)]
    return proc.returncode, b"".join(said)


def differences(a: Path, b: Path) -> list[str]:
    names_a = {p.relative_to(a) for p in a.rglob("*") if p.is_file() and p.name not in _SKIP}
    names_b = {p.relative_to(b) for p in b.rglob("*") if p.is_file() and p.name not in _SKIP}
    diff = [f"only in one run: {n}" for n in sorted(names_a ^ names_b)]
    diff += [str(n) for n in sorted(names_a & names_b) if not filecmp.cmp(a / n, b / n, shallow=False)]
    return diff


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("inputs", nargs="*", help="input folders (default: eval/docs, the shared corpus, the copies)")
    ap.add_argument("--before", help="commit to compare with (default: merge base of HEAD and main)")
    ap.add_argument("--copies", type=int, default=5000, help="bench/corpus.py copies audited as one batch")
    ap.add_argument("--work", help="work folder (default: a temporary one, removed)")
    args = ap.parse_args()
    before = args.before or subprocess.run(["git", "-C", str(ROOT), "merge-base", "HEAD", "main"],
                                           capture_output=True, text=True, check=True).stdout.strip()
    work = Path(args.work or tempfile.mkdtemp(prefix="audit-same-"))
    inputs = [Path(p) for p in args.inputs]
    if not inputs:
        inputs = [ROOT / "eval/docs", Path("/work/shared/corpus")]
        if args.copies:
            copies = corpus.make(args.copies, work / "copies-all")
            batch = work / f"copies{args.copies}"
            batch.mkdir(exist_ok=True)
            for p in copies:
                if not (batch / p.name).exists():
                    os.link(p, batch / p.name)
            inputs.append(batch)
    old = export_tree(before, work / f"before-{before[:10]}")
    # this tree as it is now (uncommitted edits too), so editing it during the run changes nothing
    now = subprocess.run(["git", "-C", str(ROOT), "stash", "create"], capture_output=True, text=True,
                         check=True).stdout.strip() or "HEAD"
    new = export_tree(now, work / "after-tree")
    bad = 0
    for i, folder in enumerate(inputs):
        runs = []
        for label, code in (("before", old), ("after", new)):
            out = work / f"{label}{i}"
            runs.append((out, *audit(code, folder, out)))
        (out_a, rc_a, so_a), (out_b, rc_b, so_b) = runs
        diff = differences(out_a, out_b)
        if rc_a != rc_b:
            diff.insert(0, f"exit status {rc_a} → {rc_b}")
        if so_a != so_b:
            diff.insert(0, f"standard output (both in {work}/stdout{i}-*)")
            (work / f"stdout{i}-before").write_bytes(so_a)
            (work / f"stdout{i}-after").write_bytes(so_b)
        print(f"{folder}: {len(list(out_a.rglob('*.json')))} reports, "
              + ("identical" if not diff else f"{len(diff)} difference(s): {', '.join(diff[:5])}"), flush=True)
        bad += bool(diff)
    print(f"compared with {before[:10]}; work folder {work}")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
