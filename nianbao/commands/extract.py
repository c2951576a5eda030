"""`nianbao extract INPUT... [-o OUTDIR] [-j N] [--engine ray] [--force] [--no-llm]`.

With -o: a batch run (nianbao.batch): OUTDIR/<name>.txt then <name>.json per input (sub-folders
mirrored), the run manifest and log, and at the end the dataset (dataset.csv / .parquet / .xlsx).
Without -o, one input: its JSON on standard output.
"""
from __future__ import annotations

import sys
from pathlib import Path

from .common import add_batch_arguments, add_llm_arguments, report_file


def register(sub) -> None:
    p = sub.add_parser("extract", help="extract reports into the canonical JSON and one dataset",
                       description="Extract reports (files or folders) into the canonical JSON of "
                                   "docs/SCHEMA.md, and the run's dataset (CSV, Parquet, Excel).")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="report files or folders")
    p.add_argument("-o", "--out", metavar="OUTDIR",
                   help="write OUTDIR/<name>.json and the normalised text <name>.txt per report, the run "
                        "manifest, run.log and dataset.csv/.parquet/.xlsx")
    p.add_argument("--no-dataset", action="store_true", help="skip the dataset at the end of the run")
    add_batch_arguments(p)
    add_llm_arguments(p)
    p.set_defaults(func=run)


def settings_from(args, outdir: Path | None):
    from nianbao.batch.extract_task import ExtractSettings

    return ExtractSettings(outdir=str(outdir) if outdir is not None else None, pretty=args.pretty,
                           max_bytes=args.max_size, no_llm=args.no_llm, model=args.model,
                           llm_config=args.llm_config, no_cache=args.no_cache)


def run(args) -> int:
    from nianbao.batch import command

    outdir = Path(args.out) if args.out else None
    found = command.find(args.inputs, report_file, outdir)
    if outdir is None:
        if len(args.inputs) > 1 or len(found.inputs) > 1:
            print("nianbao extract: several inputs need -o OUTDIR", file=sys.stderr)
            return command.EXIT_USAGE
        if not found.inputs:
            return command.EXIT_UNREADABLE
        return command.to_stdout(found.inputs[0], settings_from(args, None))
    settings = settings_from(args, outdir)
    return command.run_command(args, "extract", "extracted", found, settings,
                              dataset=not args.no_dataset)
