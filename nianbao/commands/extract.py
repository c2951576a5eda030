"""`nianbao extract INPUT... [-o OUTDIR] [--no-llm]`."""
from __future__ import annotations

import os
import sys
import time
import traceback
from pathlib import Path

from .common import add_llm_arguments, build_llm, expand, extract_one, out_names


def register(sub) -> None:
    p = sub.add_parser("extract", help="extract reports into the canonical JSON",
                       description="Extract reports (files or directories) into the canonical JSON of SCHEMA.md.")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="report files or directories")
    p.add_argument("-o", "--out", metavar="OUTDIR",
                   help="write OUTDIR/<stem>.json and the normalised text OUTDIR/<stem>.txt per report")
    add_llm_arguments(p)
    p.set_defaults(func=run)


def unfilled(report) -> list[str]:
    return [k for k, st in report.extraction.tables.items() if st.status == "unparsed"
            or (st.status == "partial" and st.incomplete_rows)]


def run(args) -> int:
    from extractor.errors import InputError
    from extractor.output import report_json, write_json, write_text

    files, problems = expand(args.inputs)
    if not args.out and len(files) > 1:
        print("nianbao extract: several inputs need -o OUTDIR", file=sys.stderr)
        return 2
    for p in problems:
        print(f"nianbao: {p}", file=sys.stderr)
    filler = build_llm(args)  # None without an endpoint: said per report below where a table stays unfilled
    names = out_names(files)
    outdir = Path(args.out) if args.out else None
    ok = failed = 0
    counts: dict[str, int] = {}
    started = time.perf_counter()
    for path in files:
        try:
            doc, report = extract_one(path, filler)
        except InputError as exc:
            failed += 1
            print(f"nianbao: {exc}", file=sys.stderr)
            continue
        except Exception as exc:  # a bug must not stop a batch or print a traceback
            failed += 1
            print(f"nianbao: {path}: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
            if os.environ.get("NIANBAO_DEBUG"):
                traceback.print_exc()
            continue
        for st in report.extraction.tables.values():
            counts[st.status] = counts.get(st.status, 0) + 1
        left = unfilled(report)
        if left:
            why = "no LLM endpoint configured" if filler is None else "the LLM fallback could not fill them"
            print(f"nianbao: {path}: tables not filled ({why}): {', '.join(left)}", file=sys.stderr)
        if all(v is None for v in report.tables.model_dump().values()):
            failed += 1
            print(f"nianbao: {path}: no table could be read from this report", file=sys.stderr)
        else:
            ok += 1
        data = report_json(report)
        if outdir is None:
            import json

            print(json.dumps(data, ensure_ascii=False, indent=1))
        else:
            write_text(outdir / f"{names[path]}.txt", doc.text)
            write_json(outdir / f"{names[path]}.json", data)
    took = time.perf_counter() - started
    tables = ", ".join(f"{n} {s}" for s, n in sorted(counts.items()))
    usage = f"; LLM: {filler.summary()}" if filler is not None and hasattr(filler, "summary") else ""
    print(f"extracted {ok} of {len(files)} report(s), {failed} failed; tables: {tables or 'none'}; "
          f"{took:.2f} s{usage}", file=sys.stderr)
    return 1 if failed or problems else 0
