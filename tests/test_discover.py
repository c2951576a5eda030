"""discover spells paths and names as pathlib does (it builds them as strings, for speed): the order of
paths part by part, the named folder as given ('.', a trailing slash), names without their last suffix."""
from __future__ import annotations

import os
from pathlib import Path, PurePosixPath

from nianbao.batch.discover import _without_suffix, discover
from nianbao.commands.common import report_file


def _tree(root: Path) -> None:
    for f in ("a.txt", "a.pdf", "b/c.txt", "b-c/y.txt", "b/d/x.md", ".hidden.txt", "notes.xyz", "v.tar.txt"):
        (root / f).parent.mkdir(parents=True, exist_ok=True)
        (root / f).write_text("x", encoding="utf-8")
    (root / "link").symlink_to(root / "b")


def test_paths_and_names_are_pathlib_s(tmp_path, monkeypatch):
    _tree(tmp_path / "in")
    monkeypatch.chdir(tmp_path)
    found = discover(["in/"], report_file)
    paths = [i.path for i in found.inputs]
    # part by part, as Paths sort: b/… before b-c/… (a string sort puts '-' before '/')
    assert paths == ["in/a.pdf", "in/a.txt", "in/b/c.txt", "in/b/d/x.md", "in/b-c/y.txt", "in/v.tar.txt"]
    assert [i.name for i in found.inputs] == ["a", "a.txt", "b/c", "b/d/x", "b-c/y", "v.tar"]
    assert ("in/link", "folder already visited (symlink loop or second link)") in found.skipped
    assert ("in/notes.xyz", "not a report file type") in found.skipped
    monkeypatch.chdir(tmp_path / "in")
    assert [i.path for i in discover(["."], report_file).inputs] == [p[3:] for p in paths]
    assert [i.path for i in discover([str(tmp_path / "in")], report_file).inputs] == \
        [str(tmp_path / p) for p in paths]


def test_a_name_loses_its_suffix_as_pathlib_drops_it():
    for rel in ("a.txt", "a", ".a", "a.", "d/a.b.c", "d.x/a", "d.x/.a", "a..b", "d/..txt", "sp ace.TXT"):
        p = PurePosixPath(rel)
        assert _without_suffix(rel) == (str(p.with_suffix("")) if p.suffix else rel), rel


def test_odd_names_are_ordered_and_named_as_pathlib_orders_and_names_them(tmp_path, monkeypatch):
    # names around '/' in code order (space, '!', '-', '.', '_', '~'), letters past ASCII, a full-width
    # space, dots at either end, and a name that is not UTF-8: discover's strings against pathlib's own walk
    names = ["a", "a b", "a!b", "a-b", "a.b", "a_b", "a~", "A", "ä", "年报", "a\u3000b", "a.", "..a", "x\udcff"]
    root = tmp_path / "in"
    for i, d in enumerate(["", *names, "a/b", "a b/a", "a-b/a.b"]):
        for n in names[i % 5:i % 5 + 4]:
            f = root / d / f"{n}.txt"
            f.parent.mkdir(parents=True, exist_ok=True)
            f.write_text("x", encoding="utf-8")
    want = sorted(p for p in root.rglob("*") if p.is_file() and report_file(p) is None
                  and not any(part.startswith(".") for part in p.relative_to(root).parts))
    assert len(want) > 60
    monkeypatch.chdir(tmp_path)
    for given in ("in", "in/", "./in", str(root)):
        found = discover([given], report_file)
        assert [i.path for i in found.inputs] == [str(Path(given) / p.relative_to(root)) for p in want], given
        assert [i.name for i in found.inputs] == \
            [str(PurePosixPath(p.relative_to(root).as_posix()).with_suffix("")) for p in want], given
