"""The run manifest in OUTDIR: which input produced which outputs, from which bytes and settings.

One JSON line per finished input, appended as it finishes (a crash loses at most the line being
written, and a torn last line is ignored on reading); the latest line per output name wins. An input
is skipped on a re-run when its bytes (sha256), the run's settings and the outputs on disk all match.
At the end of a run the file is rewritten compactly.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from extractor.output import OutputError, close_quietly, write_text

MANIFEST = "run-manifest.jsonl"


def file_sha256(path: str | Path) -> str | None:
    h = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
    except OSError:
        return None  # unreadable: not skippable; the per-file step reports it
    return h.hexdigest()


@dataclass(frozen=True)
class Entry:
    name: str
    input: str
    sha256: str
    settings: str
    outputs: tuple[str, ...]


class Manifest:
    def __init__(self, outdir: Path):
        self.outdir = Path(outdir)
        self.path = self.outdir / MANIFEST
        self.entries: dict[str, Entry] = {}
        self._lines: dict[str, str] = {}  # the line add() wrote per name: the compaction writes it again
        self._fh = None
        if self.path.is_file():
            self._read()

    def _read(self) -> None:
        with open(self.path, encoding="utf-8", errors="replace") as fh:
            for line in fh:
                try:
                    d = json.loads(line)
                    e = Entry(d["name"], d["input"], d["sha256"], d["settings"], tuple(d["outputs"]))
                except (ValueError, KeyError, TypeError):
                    continue  # a torn line from an interrupted write
                self.entries[e.name] = e

    def finished(self, name: str, sha256: str | None, settings: str) -> bool:
        """Whether this input's outputs are already there from the same bytes and settings."""
        e = self.entries.get(name)
        return (e is not None and sha256 is not None and e.sha256 == sha256 and e.settings == settings
                and all((self.outdir / o).is_file() for o in e.outputs))

    def add(self, entry: Entry) -> None:
        self.entries[entry.name] = entry
        line = self._lines[entry.name] = _line(entry)
        try:
            if self._fh is None:
                self.outdir.mkdir(parents=True, exist_ok=True)
                self._fh = open(self.path, "a", encoding="utf-8")
            self._fh.write(line)
            self._fh.flush()
        except OSError as exc:
            raise OutputError(self.path, exc.strerror or type(exc).__name__) from None

    def close(self, compact: bool = True) -> None:
        close_quietly(self._fh)
        self._fh = None
        if compact and self.entries:
            made = self._lines
            lines = "".join(made.get(name) or _line(e) for name, e in sorted(self.entries.items()))
            write_text(self.path, lines)


# json.dumps with these options makes an encoder per call: a third of a line's cost, once per report in
# the parent of a -j run
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _line(e: Entry) -> str:
    return _ENCODE(e.__dict__) + "\n"


def settings_digest(settings: dict) -> str:
    """A short digest of everything that changes an output: the options given and the code that runs."""
    blob = json.dumps({"settings": settings, "code": code_digest()}, sort_keys=True, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


_CODE: str | None = None


def code_digest() -> str:
    """The extractor's and audit's source, so a re-run after a parser change redoes the reports."""
    global _CODE
    if _CODE is None:
        h = hashlib.sha256()
        root = Path(__file__).resolve().parents[2]
        for pkg in ("extractor", "audits", "prompts"):
            base = root / pkg
            for dirpath, dirnames, filenames in os.walk(base):
                dirnames.sort()
                for f in sorted(filenames):
                    if f.endswith((".py", ".txt", ".md", ".json", ".toml")):
                        p = Path(dirpath) / f
                        h.update(str(p.relative_to(root)).encode())
                        h.update(p.read_bytes())
        _CODE = h.hexdigest()[:16]
    return _CODE
