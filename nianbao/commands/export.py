"""`nianbao export FOLDER [-o OUTDIR] [-j N]`: the dataset (dataset.csv, dataset.parquet, dataset.xlsx)
from the extracted or audited JSON in FOLDER (the reports its run manifest lists; every *.json when it
has none)."""
from __future__ import annotations

import sys
from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser("export", help="build the dataset (CSV, Parquet, Excel) from extracted JSON",
                       description="Build one dataset from the JSON that extract or audit wrote: the long "
                                   "table (report × cell) as CSV and Parquet, and the wide Excel workbook.")
    p.add_argument("folder", metavar="FOLDER", help="a folder written by nianbao extract/audit -o")
    p.add_argument("-o", "--out", metavar="OUTDIR", help="where to write the dataset (default: FOLDER)")
    p.add_argument("-j", "--jobs", type=int, default=0, metavar="N",
                   help="processes reading the JSON (default: all cores)")
    p.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    p.set_defaults(func=run)


def run(args) -> int:
    from nianbao.batch import command

    folder = Path(args.folder)
    if not folder.is_dir():
        print(f"nianbao: {folder}: not a folder", file=sys.stderr)
        return command.EXIT_USAGE
    return command.dataset(folder, Path(args.out) if args.out else folder, args.jobs, args.quiet)
