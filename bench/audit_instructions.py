"""The audit's own work counted in instructions (valgrind's callgrind), not timed: a before/after that load cannot
blur. On this shared VM a run's CPU seconds swing by 30 % and more (bench_audit.py's ratios with them), so a change of a
few percent is only seen in counts.

    python bench/audit_instructions.py [--reports N] [--code A B ...]

For each checkout: one process that loads N extracted reports (JSON and text, from a `nianbao extract -o` folder of
bench/corpus.py copies, made once) and audits each in process as `nianbao audit` does (audit, batch signature, summary
for the pages, report JSON, dataset rows), and one that only loads them; both audit two first (the patterns compiled
on first use), so the difference is the count of N warm audits. Start-up,
extraction, files written, the batch rules and the pages are not counted. ~50× slower than a plain run: N = 150 takes
minutes. Needs valgrind.
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import corpus  # noqa: E402
from results import commit_of  # noqa: E402

_AUDIT = """
import sys
from pathlib import Path
from extractor.models import Report
folder, n, audited = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3] == "1"
items = [(p.stem, Report.model_validate_json(p.read_bytes()), p.with_suffix(".txt").read_text(encoding="utf-8"))
         for p in sorted(folder.glob("*.json"))[:n] if p.with_suffix(".txt").is_file()]
import audits.rules  # noqa: F401
from audits import audit
from audits.render.summary import summarize
from extractor.output import report_text
from nianbao.export.writer import part_or_none


def one(name, report, text):
    res = audit(report, text)
    res.signature(); summarize(name, res); report_text(res.report, False)
    part_or_none(name, res.report.model_dump())


for item in items[:2]:  # in both processes: the patterns compiled on first use are no report's cost
    one(*item)
if audited:
    for item in items:
        one(*item)
"""
_REFS = re.compile(rb"I\s+refs:\s+([\d,]+)")


def instructions(code: Path, folder: Path, n: int, audited: bool, work: Path) -> int:
    out = work / f"callgrind-{os.getpid()}-{audited}.out"
    proc = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, "-c", _AUDIT,
                           str(folder), str(n), "1" if audited else "0"], capture_output=True, cwd=code,
                          env={**os.environ, "PYTHONPATH": str(code)})
    out.unlink(missing_ok=True)
    m = _REFS.search(proc.stderr)
    if proc.returncode != 0 or m is None:
        raise SystemExit(f"callgrind failed in {code}: {proc.stderr[-500:].decode(errors='replace')}")
    return int(m.group(1).replace(b",", b""))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reports", type=int, default=150)
    ap.add_argument("--code", nargs="+", metavar="CHECKOUT", help="source trees to count (default: this one)")
    ap.add_argument("--work", help="folder for the copies and their extraction (default: a temporary one, kept)")
    args = ap.parse_args()
    codes = [Path(c).resolve() for c in args.code] if args.code else [ROOT]
    work = Path(args.work or tempfile.mkdtemp(prefix="audit-instructions-"))
    folder = work / f"extracted{args.reports}"
    if not folder.is_dir():  # extracted once, by this tree: every checkout audits the same reports
        copies = work / f"in{args.reports}"
        copies.mkdir(parents=True, exist_ok=True)
        for p in corpus.make(args.reports, work / "all"):
            if not (copies / p.name).exists():
                os.link(p, copies / p.name)
        subprocess.run([sys.executable, "-m", "nianbao.cli", "extract", str(copies), "-o", str(folder), "--no-llm", "-q"],
                       cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True)
    first = None
    for code in codes:
        audited = instructions(code, folder, args.reports, True, work)
        loaded = instructions(code, folder, args.reports, False, work)
        own = audited - loaded
        first = first or own
        print(f"{commit_of(code)}: {own / 1e9:.3f} G instructions for {args.reports} audits "
              f"({own / args.reports / 1e6:.2f} M a report; {100 * (own / first - 1):+.2f} % against the first)", flush=True)
    print(f"work folder {work}")


if __name__ == "__main__":
    main()
