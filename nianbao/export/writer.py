"""The dataset's three files open for writing, fed one report at a time in name order.

A report enters as its *part*: its long rows and its workbook rows, made by `part()` from the report's
JSON object. The part is a plain picklable value, so the process that extracted a report can make it
while it still holds the report, and the writer (in the parent) only appends rows: nothing is read
back from disk and no cell is flattened twice. The long rows travel column by column (cells.cell_columns)
and are buffered so: Arrow takes a column as one list, and rows as tuples cost a tuple per row to make,
to pickle and unpickle, and a transposition (one cache miss per value) before each write. Every file is written to a temporary name beside its
target and appears only on `close()`; `abort()` leaves the previous dataset as it was.
"""
from __future__ import annotations

from contextlib import ExitStack
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from extractor.output import OutputError, atomic_path

from .cells import COLUMNS, Segment, cell_columns, table_cells
from .sheet_rows import encode
from .workbook import sheet_columns, wide_rows

CSV, PARQUET, XLSX = "dataset.csv", "dataset.parquet", "dataset.xlsx"
OUTPUTS = (CSV, PARQUET, XLSX)
_BATCH = 20000  # Parquet rows per row group (memory stays flat for any number of reports)

# (long rows by column, (sheet, wide row) pairs: the row as sheet_rows.encode spells it (text), else its values)
Part = tuple[list[Segment], list[tuple[str, Any]]]
_SHAPE_ERRORS = (AttributeError, KeyError, TypeError, ValueError)


@dataclass
class Exported:
    reports: int = 0
    rows: int = 0
    files: list[Path] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def _columns() -> dict[str, list[str]]:
    return sheet_columns()


def part(name: str, report: dict, amended: tuple[str, ...] = ()) -> Part:
    """The rows one report adds to the dataset; raises AttributeError, KeyError, TypeError or ValueError
    when its tables are not in SCHEMA.md's shape (a JSON from elsewhere). The wide rows come encoded
    (sheet_rows.encode), but those of the sheets in `amended`, which the caller changes before they go in."""
    cells = table_cells(report)
    wide = [(title, row if title in amended else encode(row) or row)
            for title, row in wide_rows(name, report, _columns(), cells)]
    return cell_columns(name, report, cells), wide


def part_or_none(name: str, report: dict, amended: tuple[str, ...] = ()) -> Part | None:
    """The part, or None for a report of another shape (the writer then says why, from the file)."""
    try:
        return part(name, report, amended)
    except _SHAPE_ERRORS:
        return None


def _arrow_schema():
    import pyarrow as pa

    types = {"string": pa.string(), "int": pa.int64(), "number": pa.float64(), "bool": pa.bool_()}
    return pa.schema([pa.field(c.name, types[c.type]) for c in COLUMNS])


class DatasetWriter:
    """The long table goes out in column batches through Arrow's C++ writers (CSV and Parquet from the
    same batch); the workbook streams through XlsxWriter's constant-memory mode and is saved on close."""

    def __init__(self, outdir: Path, batch: int = _BATCH):
        import pyarrow.csv as pcsv
        import pyarrow.parquet as pq

        from .workbook import Workbook

        self.outdir = Path(outdir)
        self.res = Exported()
        self.schema = _arrow_schema()
        self.batch = batch  # rows per write (a Parquet row group)
        self.book: Workbook | None = Workbook()
        self._cols: list[list[Any]] = [[] for _ in COLUMNS]  # the rows not yet written, column by column
        self._held = 0
        self._stack = ExitStack()
        try:
            csv_tmp = self._stack.enter_context(atomic_path(self.outdir / CSV))
            pq_tmp = self._stack.enter_context(atomic_path(self.outdir / PARQUET))
            with self._guard():
                self._fh = self._stack.enter_context(open(csv_tmp, "wb"))
                self._fh.write("\ufeff".encode())  # the BOM: Excel then reads the Chinese labels as UTF-8
                self._csv = pcsv.CSVWriter(self._fh, self.schema,
                                           write_options=pcsv.WriteOptions(quoting_style="needed"))
                self._pq = pq.ParquetWriter(pq_tmp, self.schema)
        except BaseException:
            self.abort()
            raise

    def _guard(self):
        return _OutputErrors(self.outdir)

    def add(self, p: Part) -> None:
        segments, wide = p
        self.res.reports += 1
        cols = self._cols
        for head, rest in segments:
            n = len(rest[0])
            for col, value in zip(cols, head):
                col += [value] * n
            for col, values in zip(cols[len(head):], rest):  # the head tells where its columns end
                col += values
            self._held += n
        self.book.add_rows(wide)
        if self._held >= self.batch:
            self._flush()

    def add_report(self, name: str, report: dict) -> None:
        try:  # a JSON from elsewhere may hold tables of another shape: one line, not a traceback
            p = part(name, report)
        except _SHAPE_ERRORS as exc:
            self.res.unreadable.append(f"{name}.json: its tables are not in SCHEMA.md's shape ({exc})")
            return
        self.add(p)

    def _flush(self) -> None:
        import pyarrow as pa

        self.res.rows += self._held
        columns, self._cols, self._held = self._cols, [[] for _ in COLUMNS], 0
        table = pa.Table.from_arrays([pa.array(col, type=f.type) for col, f in zip(columns, self.schema)],
                                     schema=self.schema)
        with self._guard():
            self._csv.write_table(table)
            self._pq.write_table(table)

    def close(self) -> Exported:
        """Commit the three files (the CSV and Parquet first, then the workbook)."""
        try:
            if self._held:
                self._flush()
            elif not self.res.rows:
                with self._guard():
                    empty = self.schema.empty_table()
                    self._csv.write_table(empty)
                    self._pq.write_table(empty)
            with self._guard():
                self._csv.close()
                self._pq.close()
        except BaseException:
            self.abort()
            raise
        with self._guard():
            self._stack.close()  # the file closes, then both renames
        self.res.files += [self.outdir / CSV, self.outdir / PARQUET]
        with atomic_path(self.outdir / XLSX) as tmp:
            try:
                self.book.save(tmp)
            except BaseException:
                self.book.discard()  # (XlsxWriter removes its row files only when a save succeeds)
                raise
        self.res.files.append(self.outdir / XLSX)
        return self.res

    def abort(self) -> None:
        """Discard the temporary files; the dataset in OUTDIR stays what it was."""
        stop = _Aborted()
        self._stack.__exit__(_Aborted, stop, None)
        if self.book is not None:
            self.book.discard()
            self.book = None


class _Aborted(Exception):
    pass


class _OutputErrors:
    """An OSError while writing becomes one OutputError line naming the folder."""

    def __init__(self, outdir: Path):
        self.outdir = outdir

    def __enter__(self) -> None:
        return None

    def __exit__(self, typ, exc, tb) -> bool:
        if exc is not None and isinstance(exc, OSError) and not isinstance(exc, OutputError):
            raise OutputError(self.outdir, exc.strerror or type(exc).__name__) from None
        return False
