"""Writing outputs so that a batch never leaves a half-written file: write to a temp file, then rename."""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from contextlib import contextmanager
from typing import Any, Iterable, Iterator, TextIO


def write_text(path: Path, text: str) -> None:
    write_chunks(path, (text,))


def write_chunks(path: Path, chunks: Iterable[str]) -> None:
    """Write a file from pieces (a large page is never held whole), atomically like write_text."""
    with atomic_writer(path) as fh:
        for chunk in chunks:
            fh.write(chunk)


@contextmanager
def atomic_writer(path: Path) -> Iterator[TextIO]:
    """A text file open for writing that appears under `path` only when the block ends without error
    (several outputs can be written side by side, each whole or not at all)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            yield fh
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_json(path: Path, data: Any) -> None:
    write_text(path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")


def report_json(report) -> dict:
    """The report as the JSON of SCHEMA.md (pydantic model → plain data)."""
    return report.model_dump(mode="json")


def write_report(path: Path, report) -> None:
    """The report's JSON, byte for byte what write_json(path, report_json(report)) writes, through
    pydantic's own encoder (several times faster than json.dumps with indent)."""
    write_text(path, report.model_dump_json(indent=1) + "\n")
