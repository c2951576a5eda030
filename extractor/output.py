"""Writing outputs so that a batch never leaves a half-written file.

Each output is written to one temporary file beside it and renamed over the target, so a reader sees
the old file or the new one, never a part. The temporary file is created with mode 0666 so the
process umask decides the final permissions (mkstemp's 0600 would leave every output private).
Where Linux allows it, the per-report writes use a file with no name yet (O_TMPFILE) that is linked
under its name once written: one change to the folder per output instead of a create and a rename.
A failure to write (permissions, disk full, a file where a folder should be) is an OutputError: one
line naming the path, which the command line prints instead of a traceback.
JSON is compact by default (the C encoder); `pretty=True` indents for people reading it.
"""
from __future__ import annotations

import errno
import itertools
import json
import os
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable, Iterator, TextIO


class OutputError(OSError):
    """An output that cannot be written (permissions, disk full, a file where a folder should be)."""

    def __init__(self, path: str | Path, problem: str):
        super().__init__(f"{path}: cannot write ({problem})")
        self.path = str(path)
        self.problem = problem

    def __str__(self) -> str:
        return f"{self.path}: cannot write ({self.problem})"


def _reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


_SERIAL = itertools.count()
_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


def _open_temp(path: Path) -> tuple[int, str]:
    """Create the temporary file beside `path`: (descriptor, its name). The name is unique per process
    without a random draw (pid + counter; O_EXCL settles a leftover of a crashed run), and the folder is
    made only when the first create finds it missing: a batch pays one create per output, no mkdir."""
    parent = path.parent
    while True:
        tmp = os.path.join(parent, f".{path.name}.{os.getpid()}-{next(_SERIAL)}.tmp")
        try:
            return os.open(tmp, _FLAGS, 0o666), tmp
        except FileExistsError:
            continue
        except FileNotFoundError:
            try:
                parent.mkdir(parents=True, exist_ok=True)
                return os.open(tmp, _FLAGS, 0o666), tmp
            except OSError as exc:
                raise OutputError(path, _reason(exc)) from None
        except OSError as exc:
            raise OutputError(path, _reason(exc)) from None


def _discard(tmp: str) -> None:
    try:
        os.unlink(tmp)
    except OSError:
        pass


@contextmanager
def _committed(path: Path, tmp: str) -> Iterator[None]:
    """Rename `tmp` over `path` when the block ends without an exception; else remove it (the one
    commit-or-discard of every writer here)."""
    try:
        yield
        os.replace(tmp, path)
    except OutputError:
        _discard(tmp)
        raise
    except OSError as exc:
        _discard(tmp)
        raise OutputError(path, _reason(exc)) from None
    except BaseException:
        _discard(tmp)
        raise


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path beside `path` (mode from the umask) that becomes `path` when the block ends
    without an exception; for writers that need a file name (XlsxWriter, pyarrow)."""
    path = Path(path)
    fd, tmp = _open_temp(path)
    os.close(fd)
    with _committed(path, tmp):
        yield Path(tmp)


@contextmanager
def atomic_writer(path: Path) -> Iterator[TextIO]:
    """A text file open for writing that appears under `path` only when the block ends without error
    (several outputs can be written side by side, each whole or not at all)."""
    with atomic_path(path) as tmp:
        try:
            with open(tmp, "w", encoding="utf-8") as fh:
                yield fh
        except OSError as exc:
            raise OutputError(path, _reason(exc)) from None


def close_quietly(fh: TextIO | None) -> None:
    """Close a line-flushed append handle; a failure at close loses no line already written."""
    if fh is not None:
        try:
            fh.close()
        except OSError:
            pass


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def write_bytes(path: Path, data: bytes) -> None:
    """The per-report write, with no file object (a batch writes two outputs per report; the kernel's
    changes to the output folder are most of what they cost, and two workers writing into one folder
    queue on each). An unnamed file linked under its name when written, else create, write, rename."""
    path = Path(path)
    if _UNNAMED[0] and _write_unnamed(path, data):
        return
    fd, tmp = _open_temp(path)
    with _committed(path, tmp):
        try:
            _write_all(fd, data)
        finally:
            os.close(fd)


_O_TMPFILE = getattr(os, "O_TMPFILE", 0)
_UNNAMED = [bool(_O_TMPFILE) and os.path.isdir("/proc/self/fd")]  # off for the process once it fails
# errors that say this system or file system cannot do it (not that this output cannot be written)
_NO_UNNAMED = {errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL, errno.EXDEV, errno.ENOENT, errno.EPERM}


def _open_unnamed(folder: str) -> int:
    return os.open(folder, _O_TMPFILE | os.O_WRONLY | getattr(os, "O_CLOEXEC", 0), 0o666)


def _unnamed_failed(path: Path, exc: OSError) -> bool:
    """False (and the other way from now on) when the system cannot; else the output's OutputError."""
    if exc.errno in _NO_UNNAMED:
        _UNNAMED[0] = False
        return False
    raise OutputError(path, _reason(exc)) from None


def _write_unnamed(path: Path, data: bytes) -> bool:
    """Write `data` into a new file with no name in path's folder, then link it as `path` (or, when
    `path` exists, as a temporary name renamed over it): the file appears whole or not at all, and a
    crash leaves nothing behind. False when this system cannot (the caller writes it the other way)."""
    parent = str(path.parent)
    try:
        fd = _open_unnamed(parent)
    except FileNotFoundError:  # the folder is made only when the first write finds it missing
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = _open_unnamed(parent)
        except FileNotFoundError:
            return False
        except OSError as exc:
            return _unnamed_failed(path, exc)
    except OSError as exc:
        return _unnamed_failed(path, exc)
    try:
        try:
            _write_all(fd, data)
        except OSError as exc:
            raise OutputError(path, _reason(exc)) from None
        # linkat(AT_SYMLINK_FOLLOW) of /proc/self/fd/N names the open file; os.link calls linkat only
        # when given a directory fd (one of an absolute path is ignored), plain link() would not follow
        src = f"/proc/self/fd/{fd}"
        try:
            os.link(src, path, src_dir_fd=fd, follow_symlinks=True)
            return True
        except FileExistsError:
            pass
        except OSError as exc:
            return _unnamed_failed(path, exc)
        while True:  # an earlier output is there: a temporary name renamed over it, as the other way
            tmp = os.path.join(parent, f".{path.name}.{os.getpid()}-{next(_SERIAL)}.tmp")
            try:
                os.link(src, tmp, src_dir_fd=fd, follow_symlinks=True)
                break
            except FileExistsError:
                continue
            except OSError as exc:
                raise OutputError(path, _reason(exc)) from None
        with _committed(path, tmp):
            pass
        return True
    finally:
        os.close(fd)


def write_text(path: Path, text: str) -> None:
    write_bytes(path, text.encode("utf-8"))


def write_chunks(path: Path, chunks: Iterable[str]) -> None:
    """Write a file from pieces (a large page is never held whole), atomically like write_text."""
    with atomic_writer(path) as fh:
        for chunk in chunks:
            fh.write(chunk)


def dumps(data: Any, pretty: bool = False) -> str:
    if pretty:
        return json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


def write_json(path: Path, data: Any, pretty: bool = True) -> None:
    """Indented by default for the small files people read (baselines, eval records); reports go
    through report_text (write_report)."""
    write_text(path, dumps(data, pretty))


def report_text(report, pretty: bool = False) -> str:
    """The report's JSON text through pydantic's own encoder (three times faster than model_dump +
    json.dumps, compact or indented): byte for byte what dumps(report.model_dump(mode="json"), pretty) gives,
    except that a float below 1e-4 is spelled 1e-5 rather than 1e-05 (the same number)."""
    return report.model_dump_json(indent=1 if pretty else None) + "\n"


def write_report(path: Path, report, pretty: bool = True) -> None:
    write_text(path, report_text(report, pretty))
