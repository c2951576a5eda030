"""Output folders for timed runs: a new, empty one per run, all removed only when the bench ends.

Why not remove the last run's output before the next: on ext4, creating a file right after thousands
were deleted makes the kernel skip over the recently freed inodes one by one (`recently_deleted` in the
inode allocator, for a minute or more). Measured here: 6,000 create+rename cost 0.25 s of kernel time
into a fresh folder and 2.4–3.7 s just after an `rm -rf` of the previous 6,000 — a tenfold, uneven
cost that no user's first run pays, and one that two workers then queue on. Deleting at the end keeps
every timed run on the footing of a user's run into a new folder.
"""
from __future__ import annotations

import itertools
import shutil
import tempfile
from pathlib import Path


class FreshDirs:
    """`with FreshDirs(work) as fresh: out = fresh.next("cli")` — a new folder name per call (not created:
    the command under test creates it, as a user's would be)."""

    def __init__(self, work: Path):
        Path(work).mkdir(parents=True, exist_ok=True)
        self.root = Path(tempfile.mkdtemp(prefix="runs-", dir=work))
        self._n = itertools.count()

    def next(self, label: str) -> Path:
        return self.root / f"{next(self._n):03d}-{label.replace('/', '_').replace(' ', '_')}"

    def __enter__(self) -> "FreshDirs":
        return self

    def __exit__(self, *exc) -> None:
        shutil.rmtree(self.root, ignore_errors=True)
