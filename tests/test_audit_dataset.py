"""The dataset of `nianbao audit -o` written as reports are audited (nianbao.batch.audit_dataset), with the
batch findings added at the end to the rows of the sheet of reports: the same files as the dataset rebuilt
from the folder once the JSON holds them."""
from __future__ import annotations

import functools
import json
import shutil
from pathlib import Path

from audits.render.spool import Spool
from nianbao.batch.audit_dataset import AuditDataset
from nianbao.batch.discover import discover
from nianbao.batch.extract_task import ExtractSettings
from nianbao.batch.run import BatchSpec, run_batch
from nianbao.batch.audit_task import add_batch_findings, audit_file
from nianbao.commands.audit import _accept

from conftest import ROOT
from test_dataset_stream import same_as_read_back

DOCS = ROOT / "eval" / "docs"


def audited(inputs: Path, out: Path, stream: AuditDataset):
    """A batch audit as the command runs it (run_batch, then the batch rules), with the stream's outcome."""
    found = discover([str(inputs)], _accept, out)
    settings = ExtractSettings(outdir=str(out))
    spool = Spool(out / ".spool.pickle")
    done = []

    def keep(o) -> None:
        stream.take(o)
        if "done" in o.info:
            done.append((o.name, o.info["done"], spool.append(o.info["done"].summary)))

    spec = BatchSpec(command="audit", verb="audited", inputs=found.inputs, outputs=(".txt", ".json"),
                     task=functools.partial(audit_file, settings, rows=True), outdir=out,
                     settings=settings.digest_fields(), jobs=1, quiet=True, on_outcome=keep, on_start=stream.start)
    run_batch(spec)
    done.sort(key=lambda d: d[0])
    add_batch_findings(done, out, spool, stream)
    spool.close()
    return stream.finish()


def test_the_streamed_dataset_holds_the_batch_findings(tmp_path):
    inputs = tmp_path / "in"
    shutil.copytree(DOCS / "text", inputs / "text")
    for f in sorted((DOCS / "text").glob("*.txt"))[:4]:  # the same file twice: a batch finding for both
        shutil.copy(f, inputs / f"again_{f.name}")
    out = tmp_path / "out"
    ex = audited(inputs, out, AuditDataset(out))
    assert ex is not None and ex.reports > 20  # written as the run went, not rebuilt from disk
    batch = [p for p in out.rglob("*.json") if any(f["rule"].startswith("batch.")
                                                   for f in json.loads(p.read_text(encoding="utf-8"))["findings"])]
    assert len(batch) >= 8
    same_as_read_back(out, tmp_path)


def test_an_earlier_run_in_the_folder_makes_it_rebuild(tmp_path):
    inputs = tmp_path / "in"
    shutil.copytree(DOCS / "seeds", inputs)
    out = tmp_path / "out"
    assert audited(inputs, out, AuditDataset(out)) is not None
    assert audited(inputs, out, AuditDataset(out)) is None  # its reports are audited again after the run
