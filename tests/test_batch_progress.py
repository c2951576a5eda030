"""What a batch shows: a bar on a terminal, plain lines when piped, nothing with -q; notices that many
reports share are counted once, the per-file detail goes to the run log."""
from __future__ import annotations

import io
import shutil

from nianbao.batch.engine import Outcome
from nianbao.batch.progress import Progress, RunLog
from nianbao.cli import main

from conftest import ROOT

DERIVED = ROOT / "eval" / "docs" / "derived"


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def outcomes(n: int) -> list[Outcome]:
    out = [Outcome(f"r{i}", f"in/r{i}.txt", notices=("applications not filled — no LLM endpoint configured",),
                   details=("tables not filled (no LLM endpoint configured): applications",)) for i in range(n)]
    out.append(Outcome("bad", "in/bad.txt", error="in/bad.txt: empty file"))
    return out


def test_a_terminal_gets_a_bar_with_done_failed_rate_and_eta(tmp_path):
    screen = Terminal()
    p = Progress(4, verb="extracted", stream=screen, log=RunLog(tmp_path / "run.log"))
    p.start()
    for o in outcomes(3):
        p.update(o)
    p.stop()
    shown = screen.getvalue()
    assert "4/4" in shown and "1 failed" in shown and "/s" in shown and "ETA" in shown
    assert "nianbao: in/bad.txt: empty file" in shown
    assert p.grouped() == ["3 reports: applications not filled — no LLM endpoint configured"]
    log = (tmp_path / "run.log").read_text(encoding="utf-8")
    assert log.count("tables not filled (no LLM endpoint configured): applications") == 3
    assert "bad\tunreadable\tin/bad.txt" in log


def test_piped_output_is_plain_lines_and_quiet_is_silent_but_for_failures():
    piped = io.StringIO()
    p = Progress(4, verb="extracted", stream=piped)
    p.start()
    for o in outcomes(3):
        p.update(o)
    lines = piped.getvalue().splitlines()
    assert lines[-1].startswith("nianbao: 4/4 done, 1 failed,") and "\x1b" not in piped.getvalue()
    quiet = io.StringIO()
    q = Progress(4, verb="extracted", stream=quiet, quiet=True)
    for o in outcomes(3):
        q.update(o)
    assert quiet.getvalue().splitlines() == ["nianbao: in/bad.txt: empty file"]


def test_a_real_batch_groups_its_repeated_notices(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    for i in range(3):
        shutil.copy(DERIVED / "003_applications_prose.txt", src / f"p{i}.txt")
    assert main(["extract", str(src), "-o", str(tmp_path / "out"), "--no-llm"]) == 0
    err = capsys.readouterr().err
    assert "3 reports: applications not filled — no LLM endpoint configured" in err
    assert err.count("not filled") == 1  # once, counted; the per-file lines are in the log
    assert (tmp_path / "out" / "run.log").read_text(encoding="utf-8").count("tables not filled") == 3
