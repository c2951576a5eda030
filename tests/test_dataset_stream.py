"""The dataset an extract run writes from the rows its workers hand over is the dataset the folder's
JSON gives when read back (`nianbao export`): CSV and Parquet byte for byte, the workbook cell for
cell — on a fresh run, and on a run that resumes an earlier one (its reports merged in from disk)."""
from __future__ import annotations

import functools
import shutil
from pathlib import Path

import openpyxl

from nianbao.batch.dataset_stream import StreamedDataset
from nianbao.batch.discover import discover
from nianbao.batch.extract_task import ExtractSettings, extract_file_with_rows
from nianbao.batch.run import BatchSpec, run_batch
from nianbao.commands.common import report_file
from nianbao.export.dataset import export

from conftest import ROOT
from parser_gaps import unreadable

DOCS = ROOT / "eval" / "docs"


def streamed_run(inputs: Path, out: Path, jobs: int):
    found = discover([str(inputs)], report_file, out)
    settings = ExtractSettings(outdir=str(out))
    stream = StreamedDataset(out)
    spec = BatchSpec(command="extract", verb="extracted", inputs=sorted(found.inputs, key=lambda i: i.name),
                     task=functools.partial(extract_file_with_rows, settings), outdir=out,
                     settings=settings.digest_fields(), jobs=jobs, quiet=True, on_outcome=stream.take,
                     on_start=stream.start)
    run_batch(spec)
    return stream.finish()


def cells(path: Path) -> list:
    wb = openpyxl.load_workbook(path)
    out = []
    for ws in wb.worksheets:
        out.append((ws.title, ws.freeze_panes, sorted(str(r) for r in ws.merged_cells.ranges)))
        out += [tuple((c.value, c.data_type) for c in row) for row in ws.iter_rows()]
    return out


def same_as_read_back(out: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    export(out, again)
    for name in ("dataset.csv", "dataset.parquet"):
        assert (out / name).read_bytes() == (again / name).read_bytes(), name
    assert cells(out / "dataset.xlsx") == cells(again / "dataset.xlsx")


def test_a_fresh_run_writes_the_dataset_from_the_handed_over_rows(tmp_path):
    inputs = tmp_path / "in"
    shutil.copytree(DOCS / "text", inputs / "text")
    shutil.copytree(DOCS / "seeds", inputs / "seeds")
    out = tmp_path / "out"
    ex = streamed_run(inputs, out, jobs=2)
    assert ex is not None  # written as the run went, not rebuilt from disk
    assert ex.reports > 50 and ex.rows > 1000
    same_as_read_back(out, tmp_path)


def test_a_resumed_run_merges_the_earlier_reports_in_name_order(tmp_path):
    inputs = tmp_path / "in"
    shutil.copytree(DOCS / "seeds", inputs / "seeds")
    out = tmp_path / "out"
    assert streamed_run(inputs, out, jobs=1) is not None
    # later inputs on both sides of the earlier ones' names, and one earlier output gone
    shutil.copytree(DOCS / "text", inputs / "text")
    for f in sorted((DOCS / "seeds").glob("*.txt"))[:2]:
        shutil.copy(f, inputs / f"a_{f.name}")
    gone = sorted((out / "seeds").glob("*.json"))[0]
    gone.unlink()
    ex = streamed_run(inputs, out, jobs=2)
    assert ex is not None
    assert (out / "seeds" / gone.name).is_file()  # redone: its input was not finished any more
    same_as_read_back(out, tmp_path)


def test_a_report_that_breaks_the_order_falls_back_to_reading_the_folder(tmp_path):
    inputs = tmp_path / "in"
    shutil.copytree(DOCS / "seeds", inputs / "seeds")
    out = tmp_path / "out"
    found = discover([str(inputs)], report_file, out)
    stream = StreamedDataset(out)
    stream.start(found.inputs)
    assert stream.finish() is None  # no outcome came: nothing it wrote is kept
    assert not (out / "dataset.csv").exists()


def test_the_writer_is_opened_after_the_workers_start(tmp_path):
    """start() runs before the pool forks: the writer's libraries (pyarrow, xlsxwriter) are imported when
    the first report goes in, beside the running workers, not before them (in a fresh interpreter, since
    this one has them already); the dataset is still written."""
    import subprocess
    import sys

    shutil.copytree(DOCS / "seeds", tmp_path / "in")
    code = (
        "import sys; from pathlib import Path\n"
        "from nianbao.batch.dataset_stream import StreamedDataset\n"
        "from nianbao.batch.discover import discover\n"
        "from nianbao.commands.common import report_file\n"
        f"out = Path({str(tmp_path / 'out')!r})\n"
        f"found = discover([{str(tmp_path / 'in')!r}], report_file, out)\n"
        "s = StreamedDataset(out); s.start(found.inputs)\n"
        "print(sorted(m for m in ('pyarrow', 'xlsxwriter') if m in sys.modules), s.broken)\n"
    )
    got = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert got.stdout.strip() == "[] False", got.stderr
    ex = streamed_run(tmp_path / "in", tmp_path / "out", jobs=2)
    assert ex is not None and ex.reports == len(list((tmp_path / "in").glob("*.txt")))


def test_the_rows_are_made_from_the_same_object_the_written_json_reads_back_as():
    """Workers make the rows from pydantic's Python-mode dump of the report they wrote (faster than parsing
    the written text again); the rows made from a folder's JSON read that text. On every eval document (text,
    HTML, DOCX) the JSON-mode dump and the parsed text are the same object, key order and int/float included,
    and the rows made from the Python-mode dump are those made from the parsed text: the same dataset."""
    import json

    from extractor.output import report_text
    from nianbao.commands.common import extract_one
    from nianbao.export.writer import part

    files = [p for sub in ("seeds", "text", "html", "docx") for p in sorted((DOCS / sub).iterdir())
             if p.is_file() and p.stem not in unreadable()]  # known reader gaps: no report to dump
    assert len(files) > 400
    for f in files:
        _, report = extract_one(f, None)  # any other refusal is a failure, never a document left out
        dumped, parsed = report.model_dump(mode="json"), json.loads(report_text(report))
        assert dumped == parsed, f.name
        assert json.dumps(dumped, ensure_ascii=False) == json.dumps(parsed, ensure_ascii=False), f.name
        assert part(f.stem, report.model_dump()) == part(f.stem, parsed), f.name


def test_an_audited_reports_rows_are_made_from_its_dump_as_from_its_written_json(tmp_path):
    """The audit's task (audit_file with rows) makes a report's rows from the audited report's Python-mode
    dump (findings included), not from its written JSON parsed again: the same rows as that JSON gives, on
    every eval text document, the sheet of reports left as values for the batch findings."""
    import json

    from nianbao.batch.discover import Input
    from nianbao.batch.audit_task import audit_file
    from nianbao.export.workbook import REPORTS
    from nianbao.export.writer import part

    files = [p for sub in ("seeds", "text") for p in sorted((DOCS / sub).iterdir())
             if p.is_file() and p.stem not in unreadable()]
    assert len(files) > 400
    settings = ExtractSettings(outdir=str(tmp_path))
    found = 0
    for f in files:
        name = f"{f.parent.name}/{f.stem}"
        out = audit_file(settings, Input(str(f), name), rows=True)
        assert out.error is None, f.name
        written = json.loads((tmp_path / f"{name}.json").read_text(encoding="utf-8"))
        found += bool(written["findings"])
        rows = out.info["dataset"]
        assert rows == part(name, written, amended=(REPORTS,)), f.name
        assert any(title == REPORTS and type(row) is list for title, row in rows[1]), f.name
    assert found > 100  # reports with findings among them: the rows count them
