"""One dataset per run from the extracted JSON in a folder: the long table as CSV and Parquet, and the
wide workbook. Reports are taken in name order, so the dataset does not depend on the order the
files were processed in, nor on how many runs it took.

The reports of a folder are those its run manifest lists (finished outputs only); a folder without
a manifest (JSON from elsewhere) contributes every *.json under it.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Iterator

from nianbao.batch.manifest import MANIFEST, Manifest

from .writer import CSV, OUTPUTS, PARQUET, XLSX, DatasetWriter, Exported  # noqa: F401 (the names callers import)


def reports_in(folder: Path, manifest: Manifest | None = None) -> list[tuple[str, Path]]:
    """(name, JSON path) in name order. `manifest`: the folder's, when the caller holds it as written."""
    if manifest is not None or (folder / MANIFEST).is_file():
        return [(name, folder / js) for name, js in listed(folder, manifest or Manifest(folder))]
    found = sorted(p for p in folder.rglob("*.json") if not any(part.startswith(".") for part in p.parts))
    return [(p.relative_to(folder).with_suffix("").as_posix(), p) for p in found]


def listed(folder: Path, manifest: Manifest) -> list[tuple[str, str]]:
    """(name, its JSON relative to the folder) of every manifest entry whose JSON is there, in name order."""
    base = str(folder)
    out = []
    for name, e in sorted(manifest.entries.items()):
        js = next((o for o in e.outputs if o.endswith(".json")), None)
        if js and os.path.isfile(os.path.join(base, js)):
            out.append((name, js))
    return out


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
        import multiprocessing  # (only here: a run streams its dataset and never rebuilds it so)

        with multiprocessing.get_context().Pool(jobs) as pool:
            yield from pool.imap(_read, items, chunksize=32)  # imap keeps the name order
    else:
        yield from map(_read, items)


def export(folder: Path, outdir: Path | None = None, jobs: int = 1) -> Exported:
    """Write the dataset of `folder` into `outdir` (default: the folder itself), reading each report's
    JSON back from disk (`nianbao export`, and a run whose reports were not handed over as parts)."""
    folder = Path(folder)
    writer = DatasetWriter(Path(outdir or folder))
    try:
        for name, data, problem in _reports(reports_in(folder), jobs):
            if data is None:
                writer.res.unreadable.append(problem)
            else:
                writer.add_report(name, data)
    except BaseException:
        writer.abort()
        raise
    return writer.close()
