"""Inputs → the list of files to process, each with the output name that mirrors its sub-folder.

A folder is walked with symlinked sub-folders followed, each real folder once (a link back to an
ancestor, or two links to one folder, would otherwise loop or process files twice). Files that are
not taken are listed with the reason, so nothing is dropped silently.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Callable, Iterable


@dataclass(frozen=True)
class Input:
    path: str  # as the user can find it (under the folder they named)
    name: str  # output name relative to OUTDIR, posix, without suffix: "sub/report"


@dataclass
class Found:
    inputs: list[Input] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, why)
    folders: list[str] = field(default_factory=list)  # the folders named on the command line
    problems: list[str] = field(default_factory=list)  # one line each, e.g. a folder with no reports


def _walk(root: Path, accept: Callable[[Path], str | None], skip_dirs: set[tuple[int, int]],
          found: Found) -> list[Path]:
    """Files under root (sorted), following symlinked folders once each."""
    out: list[Path] = []
    seen: set[tuple[int, int]] = set()
    links: list[Path] = []  # symlinked folders, walked after the real tree so files keep their real path

    def visit(folder: Path, top: bool = False) -> None:
        try:
            st = folder.stat()
        except OSError as exc:
            found.skipped.append((str(folder), f"cannot open folder ({exc.strerror or exc})"))
            return
        ident = (st.st_dev, st.st_ino)
        if ident in skip_dirs and not top:  # OUTDIR as the named folder itself is refused later
            found.skipped.append((str(folder), "the output folder"))
            return
        if ident in seen:
            found.skipped.append((str(folder), "folder already visited (symlink loop or second link)"))
            return
        seen.add(ident)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            found.skipped.append((str(folder), f"cannot list folder ({exc.strerror or exc})"))
            return
        for e in entries:
            p = Path(e.path)
            if e.name.startswith("."):
                continue  # hidden files and our own temp files: never reports
            try:
                is_dir = e.is_dir(follow_symlinks=True)
                is_file = e.is_file(follow_symlinks=True)
            except OSError:
                is_dir = is_file = False
            if is_dir and e.is_symlink():
                links.append(p)
            elif is_dir:
                visit(p)
            elif is_file:
                why = accept(p)
                if why is None:
                    out.append(p)
                else:
                    found.skipped.append((str(p), why))
            else:
                found.skipped.append((str(p), "broken link or not a regular file"))

    visit(root, top=True)
    while links:
        visit(links.pop(0))
    return sorted(out)


def discover(items: Iterable[str], accept: Callable[[Path], str | None],
             outdir: str | Path | None = None) -> Found:
    """Files named directly are taken as they are; folders are walked and filtered by `accept` (None:
    take it; otherwise the reason it is skipped). Output names mirror the path under the named folder,
    so same-named files in different sub-folders stay apart; the output folder, when it lies inside an
    input folder, is not walked."""
    found = Found()
    skip_dirs: set[tuple[int, int]] = set()
    if outdir is not None and Path(outdir).is_dir():
        st = Path(outdir).stat()
        skip_dirs.add((st.st_dev, st.st_ino))
    named: list[tuple[Path, PurePosixPath]] = []
    for item in items:
        p = Path(item)
        if p.is_dir():
            found.folders.append(str(p))
            files = _walk(p, accept, skip_dirs, found)
            if not files:
                found.problems.append(f"{p}: no report files in this folder")
            named += [(f, PurePosixPath(f.relative_to(p).as_posix())) for f in files]
        else:
            named.append((p, PurePosixPath(p.name)))
    found.inputs = _names(named)
    return found


def _names(named: list[tuple[Path, PurePosixPath]]) -> list[Input]:
    """A unique output name per input: the relative path without its suffix; where two inputs would
    meet (x.txt and x.pdf, or the same relative path under two named folders), the later keeps its
    suffix, then gets -2, -3 …. Names depend only on the inputs, so a re-run finds its outputs."""
    used: set[str] = set()
    out: list[Input] = []
    seen_paths: set[str] = set()
    for path, rel in named:
        if str(path) in seen_paths:
            continue  # the same file named twice
        seen_paths.add(str(path))
        stem = str(rel.with_suffix("")) if rel.suffix else str(rel)
        if stem in used:
            stem = str(rel)
        base, n = stem, 2
        while stem in used:
            stem, n = f"{base}-{n}", n + 1
        used.add(stem)
        out.append(Input(str(path), stem))
    return out
