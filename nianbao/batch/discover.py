"""Inputs → the list of files to process, each with the output name that mirrors its sub-folder.

A folder is walked with symlinked sub-folders followed, each real folder once (a link back to an
ancestor, or two links to one folder, would otherwise loop or process files twice). Files that are
not taken are listed with the reason, so nothing is dropped silently.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
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
          found: Found) -> list[tuple[str, str]]:
    """(path, path relative to root) of the files under root, in the order of their paths' parts,
    following symlinked folders once each. Paths are spelled as pathlib spells them (`str(Path(...))`),
    built as strings: a Path per file and its relative_to cost more than the walk (~15 µs a file, before
    the first report is handed out)."""
    out: list[tuple[tuple[str, ...], str, str]] = []
    seen: set[tuple[int, int]] = set()
    links: list[tuple[str, tuple[str, ...]]] = []  # symlinked folders, walked after the real tree

    def child(folder: str, name: str) -> str:
        return name if folder == "." else f"{folder}{name}" if folder.endswith("/") else f"{folder}/{name}"

    def visit(folder: str, rel: tuple[str, ...], top: bool = False) -> None:
        try:
            st = os.stat(folder)
        except OSError as exc:
            found.skipped.append((folder, f"cannot open folder ({exc.strerror or exc})"))
            return
        ident = (st.st_dev, st.st_ino)
        if ident in skip_dirs and not top:  # OUTDIR as the named folder itself is refused later
            found.skipped.append((folder, "the output folder"))
            return
        if ident in seen:
            found.skipped.append((folder, "folder already visited (symlink loop or second link)"))
            return
        seen.add(ident)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            found.skipped.append((folder, f"cannot list folder ({exc.strerror or exc})"))
            return
        for e in entries:
            if e.name.startswith("."):
                continue  # hidden files and our own temp files: never reports
            path = child(folder, e.name)
            try:
                is_dir = e.is_dir(follow_symlinks=True)
                is_file = e.is_file(follow_symlinks=True)
            except OSError:
                is_dir = is_file = False
            if is_dir and e.is_symlink():
                links.append((path, rel + (e.name,)))
            elif is_dir:
                visit(path, rel + (e.name,))
            elif is_file:
                why = accept(Path(path))
                if why is None:
                    parts = rel + (e.name,)
                    out.append((parts, path, "/".join(parts)))
                else:
                    found.skipped.append((path, why))
            else:
                found.skipped.append((path, "broken link or not a regular file"))

    visit(str(root), (), top=True)
    while links:
        visit(*links.pop(0))
    out.sort(key=lambda f: f[0])  # as Paths sort: part by part
    return [(path, rel) for _, path, rel in out]


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
    named: list[tuple[str, str]] = []  # (path, the output name's source: a posix path relative to its folder)
    for item in items:
        p = Path(item)
        if p.is_dir():
            found.folders.append(str(p))
            files = _walk(p, accept, skip_dirs, found)
            if not files:
                found.problems.append(f"{p}: no report files in this folder")
            named += files
        else:
            named.append((str(p), p.name))
    found.inputs = _names(named)
    return found


def _names(named: list[tuple[str, str]]) -> list[Input]:
    """A unique output name per input: the relative path without its suffix; where two inputs would
    meet (x.txt and x.pdf, or the same relative path under two named folders), the later keeps its
    suffix, then gets -2, -3 …. Names depend only on the inputs, so a re-run finds its outputs."""
    used: set[str] = set()
    out: list[Input] = []
    seen_paths: set[str] = set()
    for path, rel in named:
        if path in seen_paths:
            continue  # the same file named twice
        seen_paths.add(path)
        stem = _without_suffix(rel)
        if stem in used:
            stem = rel
        base, n = stem, 2
        while stem in used:
            stem, n = f"{base}-{n}", n + 1
        used.add(stem)
        out.append(Input(path, stem))
    return out


def _without_suffix(rel: str) -> str:
    """PurePosixPath(rel).with_suffix("") as a string: the last part's suffix (from its last dot, which
    is neither its first nor its last character) dropped."""
    cut = rel.rfind("/") + 1
    dot = rel.rfind(".")
    return rel[:dot] if cut < dot < len(rel) - 1 else rel
