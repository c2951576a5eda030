"""A batch never damages its input and never half-writes its output; every way it can fail is one line
and its own exit code (README: exit codes)."""
from __future__ import annotations

import errno
import functools
import hashlib
import json
import os
import shutil
import subprocess
import sys
import zipfile
from contextlib import contextmanager
from pathlib import Path

import pytest

from extractor.output import OutputError, write_text
from nianbao.batch.discover import discover
from nianbao.batch.extract_task import ExtractSettings, extract_file
from nianbao.batch.run import EXIT_WRITE, BatchSpec, run_batch
from nianbao.cli import main
from nianbao.commands.common import report_file

from conftest import ROOT

SEEDS = ROOT / "eval" / "docs" / "seeds"


def digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def cli(capsys, *argv) -> tuple[int, str]:
    code = main(list(argv))
    _, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, err


def nianbao_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("nianbao:")]


def test_output_onto_the_input_folder_is_refused_and_inputs_stay_byte_identical(tmp_path, capsys):
    src = tmp_path / "reports"
    shutil.copytree(SEEDS, src)
    before = digest(src)
    code, err = cli(capsys, "extract", str(src), "-o", str(src))
    assert code == 2
    assert len(nianbao_lines(err)) == 1 and "the output folder is the input folder" in err
    assert digest(src) == before  # nothing written, nothing changed
    # an audit of extracted JSON into the folder it reads is refused the same way
    out = tmp_path / "out"
    assert cli(capsys, "extract", str(src), "-o", str(out), "-q")[0] == 0
    before = digest(out)
    code, err = cli(capsys, "extract", str(out / "000_dfbaa25dea7f00ff.txt"), "-o", str(out))
    assert code == 2 and "would overwrite the input" in err and digest(out) == before


def test_sub_folders_are_mirrored_and_outputs_honour_the_umask(tmp_path, capsys):
    src = tmp_path / "in"
    for sub in ("a", "b"):
        (src / sub).mkdir(parents=True)
        shutil.copy(SEEDS / "003_236049bc670541bf.txt", src / sub / "report.txt")
    old = os.umask(0o027)
    try:
        code, _ = cli(capsys, "extract", str(src), "-o", str(tmp_path / "out"), "-q", "-j", "1")
    finally:
        os.umask(old)
    assert code == 0
    out = tmp_path / "out"
    for sub in ("a", "b"):
        js = out / sub / "report.json"
        assert json.loads(js.read_text(encoding="utf-8"))["source"]["path"] == str(src / sub / "report.txt")
        assert (js.stat().st_mode & 0o777) == 0o640 and ((out / sub / "report.txt").stat().st_mode & 0o777) == 0o640
    assert not list(out.rglob(".*.tmp"))


def test_an_output_path_that_is_a_file_is_one_line_and_exit_4(tmp_path, capsys):
    target = tmp_path / "out"
    target.write_text("not a folder")
    code, err = cli(capsys, "extract", str(SEEDS), "-o", str(target))
    assert code == EXIT_WRITE == 4
    assert nianbao_lines(err) == [f"nianbao: {target}: cannot write (it is a file, not a folder)"]




def _task_on_full_disk(settings, room_file: str, item):
    room = Path(room_file)
    left = int(room.read_text())
    if left <= 0:
        raise OutputError(Path(settings.outdir) / f"{item.name}.txt", os.strerror(errno.ENOSPC))
    room.write_text(str(left - 1))
    return extract_file(settings, item)


def test_a_full_disk_through_an_injected_writer_stops_the_run_with_one_line(tmp_path):
    out = tmp_path / "out"
    found = discover([str(SEEDS)], report_file, out)
    settings = ExtractSettings(str(out))
    room = tmp_path / "room"
    room.write_text("2")
    spec = BatchSpec("extract", "extracted", found.inputs,
                     functools.partial(_task_on_full_disk, settings, str(room)), out,
                     settings=settings.digest_fields(), jobs=1, quiet=True)
    res = run_batch(spec)
    assert res.code == EXIT_WRITE and res.done == 2 and res.left == 3
    assert "No space left on device" in res.write_error
    # what finished is whole and recorded; a re-run with room continues with the other three
    room.write_text("99")
    again = run_batch(spec)
    assert again.code == 0 and again.skipped == 2 and again.done == 3


@contextmanager
def mounted_tmpfs(path: Path, size: str, readonly: bool = False):
    path.mkdir()
    opts = f"size={size}" + (",ro" if readonly else "")
    res = subprocess.run(["mount", "-t", "tmpfs", "-o", opts, "tmpfs", str(path)], capture_output=True)
    if res.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (not root); the injected-writer test covers a full disk")
    try:
        yield path
    finally:
        subprocess.run(["umount", str(path)], capture_output=True)


def nianbao_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "nianbao.cli", *args], capture_output=True, text=True,
                          timeout=300, env={**os.environ, "PYTHONPATH": str(ROOT)})


def test_a_full_disk_is_one_line_and_exit_4(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for i in range(30):
        shutil.copy(SEEDS / "000_dfbaa25dea7f00ff.txt", src / f"r{i:02}.txt")
    with mounted_tmpfs(tmp_path / "disk", "160k") as disk:
        res = nianbao_cli("extract", str(src), "-o", str(disk), "-j", "2")
        assert res.returncode == 4, res.stderr
        assert "Traceback" not in res.stderr
        lines = [line for line in res.stderr.splitlines() if "cannot write" in line]
        assert len(lines) == 1 and "No space left on device" in lines[0]
        assert "stopped:" in res.stderr and " left" in res.stderr
        for js in disk.glob("*.json"):  # whatever was committed is whole, and has its text
            json.loads(js.read_text(encoding="utf-8"))
            assert js.with_suffix(".txt").is_file()


def test_an_unwritable_folder_is_one_line_and_exit_4(tmp_path):
    if os.geteuid() == 0:  # root writes anywhere: a read-only mount is what refuses it
        ctx = mounted_tmpfs(tmp_path / "ro", "1m", readonly=True)
    else:
        ro = tmp_path / "ro"
        ro.mkdir()
        ro.chmod(0o500)
        ctx = _nullcontext(ro)
    with ctx as out:
        res = nianbao_cli("extract", str(SEEDS), "-o", str(out / "sub"))
    assert res.returncode == 4 and "Traceback" not in res.stderr
    lines = [line for line in res.stderr.splitlines() if line.startswith("nianbao:")]
    assert len(lines) == 1 and "cannot write" in lines[0], res.stderr


@contextmanager
def _nullcontext(value):
    yield value


def test_limits_and_odd_folders_give_clear_lines(tmp_path, capsys):
    src = tmp_path / "in"
    (src / "real").mkdir(parents=True)
    shutil.copy(SEEDS / "003_236049bc670541bf.txt", src / "real" / "r.txt")
    os.symlink(src, src / "real" / "loop")  # a link back to an ancestor: followed once, never looped
    os.symlink(src / "real", src / "again")  # a second link to a folder already walked
    (src / "notes.xlsx").write_bytes(b"x")
    with zipfile.ZipFile(src / "bomb.docx", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"<w:document>" + b" " * (220 * 1024 * 1024) + b"</w:document>")
    (src / "deep.html").write_text("<html><body>" + "<div>" * 3000 + "一、总体情况" + "</div>" * 3000 + "</body></html>")
    big = src / "big.txt"
    big.write_bytes((SEEDS / "000_dfbaa25dea7f00ff.txt").read_bytes() * 200)
    out = tmp_path / "out"
    code, err = cli(capsys, "extract", str(src), "-o", str(out), "-j", "1", "--max-size", "1")
    assert code == 1
    assert "bomb.docx: the DOCX expands to" in err and "over the 210 MB limit" in err
    assert "deep.html: the HTML nests elements deeper than 2046 levels" in err
    assert "big.txt: file is" in err and "over the 1 MB input limit (--max-size)" in err
    assert (out / "real" / "r.json").is_file() and not (out / "again").exists()
    log = (out / "run.log").read_text(encoding="utf-8")
    assert "notes.xlsx\tnot a report file type" in log and "folder already visited" in log
    assert "found and not taken" in err


def test_a_file_holding_two_reports_gets_a_notice(tmp_path, capsys):
    text = (SEEDS / "003_236049bc670541bf.txt").read_text(encoding="utf-8")
    two = tmp_path / "two.txt"
    two.write_text(text + "\n\n" + (SEEDS / "000_dfbaa25dea7f00ff.txt").read_text(encoding="utf-8"), encoding="utf-8")
    code = main(["extract", str(two)])
    out, _ = capsys.readouterr()
    assert code == 0
    notices = json.loads(out)["extraction"]["notices"]
    assert any("seems to hold 2 reports" in n for n in notices)
    main(["extract", str(SEEDS / "003_236049bc670541bf.txt")])
    one, _ = capsys.readouterr()
    assert not any("seems to hold" in n for n in json.loads(one)["extraction"]["notices"])


def test_a_closed_standard_output_is_one_line_and_exit_141(tmp_path):
    proc = subprocess.Popen([sys.executable, "-m", "nianbao.cli", "extract", str(SEEDS / "000_dfbaa25dea7f00ff.txt"),
                             "--pretty"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    proc.stdout.close()  # the reader goes away before anything is written (`| head` that exits)
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 141
    assert "broken pipe" in err and "Traceback" not in err


def test_write_text_is_atomic_and_leaves_no_temp_file_on_failure(tmp_path):
    target = tmp_path / "x.json"
    write_text(target, "old")
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(OutputError) as exc:
        write_text(blocker / "y.json", "new")  # a file where a folder should be
    assert "cannot write" in str(exc.value)
    assert target.read_text() == "old" and not list(tmp_path.glob(".*.tmp"))


def test_write_text_replaces_an_earlier_output_whole_with_the_umask_mode(tmp_path):
    target = tmp_path / "new" / "x.json"  # the folder is made by the first write
    old = os.umask(0o027)
    try:
        write_text(target, "old")
        write_text(target, "new, and longer than the old")
    finally:
        os.umask(old)
    assert target.read_text() == "new, and longer than the old"
    assert (target.stat().st_mode & 0o777) == 0o640 and os.listdir(target.parent) == ["x.json"]
