"""One dataset per run from the extracted JSON in a folder: the long table as CSV and Parquet, and the
wide workbook. Reports are taken in name order, so the dataset does not depend on the order the
files were processed in, nor on how many runs it took.

The reports of a folder are those its run manifest lists (finished outputs only); a folder without
a manifest (JSON from elsewhere) contributes every *.json under it.
"""
from __future__ import annotations

import json
import multiprocessing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from extractor.output import OutputError, atomic_path

from nianbao.batch.manifest import MANIFEST, Manifest

from .cells import COLUMNS, cell_rows

CSV, PARQUET, XLSX = "dataset.csv", "dataset.parquet", "dataset.xlsx"
OUTPUTS = (CSV, PARQUET, XLSX)
_BATCH = 20000  # Parquet rows per row group (memory stays flat for any number of reports)


@dataclass
class Exported:
    reports: int = 0
    rows: int = 0
    files: list[Path] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)


def reports_in(folder: Path) -> list[tuple[str, Path]]:
    """(name, JSON path) in name order."""
    if (folder / MANIFEST).is_file():
        m = Manifest(folder)
        out = []
        for name, e in sorted(m.entries.items()):
            js = [o for o in e.outputs if o.endswith(".json")]
            if js and (folder / js[0]).is_file():
                out.append((name, folder / js[0]))
        return out
    found = sorted(p for p in folder.rglob("*.json") if not any(part.startswith(".") for part in p.parts))
    return [(p.relative_to(folder).with_suffix("").as_posix(), p) for p in found]


def _read(item: tuple[str, Path]) -> tuple[str, dict | None, str | None]:
    name, path = item
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        return name, None, f"{path}: not a readable JSON file ({exc})"
    if not isinstance(data, dict) or "tables" not in data or "source" not in data:
        return name, None, f"{path}: not an extracted nianbao report"
    return name, data, None


def _reports(items: list[tuple[str, Path]], jobs: int) -> Iterator[tuple[str, dict | None, str | None]]:
    if jobs > 1 and len(items) > 64:
        with multiprocessing.get_context().Pool(jobs) as pool:
            yield from pool.imap(_read, items, chunksize=32)  # imap keeps the name order
    else:
        yield from map(_read, items)


def _arrow_schema():
    import pyarrow as pa

    types = {"string": pa.string(), "int": pa.int64(), "number": pa.float64(), "bool": pa.bool_()}
    return pa.schema([pa.field(c.name, types[c.type]) for c in COLUMNS])


def export(folder: Path, outdir: Path | None = None, jobs: int = 1) -> Exported:
    """Write the dataset of `folder` into `outdir` (default: the folder itself). The long table is
    built in column batches and written by Arrow's C++ writers (CSV and Parquet from the same batch)."""
    import pyarrow as pa
    import pyarrow.csv as pcsv
    import pyarrow.parquet as pq

    from .workbook import Workbook

    folder = Path(folder)
    outdir = Path(outdir or folder)
    res = Exported()
    items = reports_in(folder)
    schema = _arrow_schema()
    book = Workbook()

    def flush(buf: list[tuple], csv_out, pq_out) -> None:
        columns = list(zip(*buf))
        table = pa.Table.from_arrays([pa.array(col, type=f.type) for col, f in zip(columns, schema)], schema=schema)
        csv_out.write_table(table)
        pq_out.write_table(table)

    with atomic_path(outdir / CSV) as csv_tmp, atomic_path(outdir / PARQUET) as pq_tmp:
        try:
            with open(csv_tmp, "wb") as fh:
                fh.write("\ufeff".encode())  # the BOM: Excel then reads the Chinese labels as UTF-8
                csv_out = pcsv.CSVWriter(fh, schema, write_options=pcsv.WriteOptions(quoting_style="needed"))
                pq_out = pq.ParquetWriter(pq_tmp, schema)
                buf: list[tuple] = []
                for name, data, problem in _reports(items, jobs):
                    if data is None:
                        res.unreadable.append(problem)
                        continue
                    try:  # a JSON from elsewhere may hold tables of another shape: one line, not a traceback
                        rows = list(cell_rows(name, data))
                        book.add(name, data)
                    except (AttributeError, KeyError, TypeError, ValueError) as exc:
                        res.unreadable.append(f"{name}.json: its tables are not in SCHEMA.md's shape ({exc})")
                        continue
                    res.reports += 1
                    buf.extend(rows)
                    if len(buf) >= _BATCH:
                        res.rows += len(buf)
                        flush(buf, csv_out, pq_out)
                        buf = []
                if buf:
                    res.rows += len(buf)
                    flush(buf, csv_out, pq_out)
                elif not res.rows:
                    empty = schema.empty_table()
                    csv_out.write_table(empty)
                    pq_out.write_table(empty)
                csv_out.close()
                pq_out.close()
        except OSError as exc:
            raise OutputError(outdir, exc.strerror or type(exc).__name__) from None
    res.files += [outdir / CSV, outdir / PARQUET]
    with atomic_path(outdir / XLSX) as tmp:
        book.save(tmp)
    res.files.append(outdir / XLSX)
    return res
