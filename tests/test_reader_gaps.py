"""Eval pages the reader rejects outright (tests/parser_gaps.py, check "read") stay rejected with a one-line
error naming the file, never a traceback; once the reader learns to read one, this fails until its entry is
dropped, so the list cannot go stale."""
from __future__ import annotations

import pytest

from nianbao.cli import main
from parser_gaps import check, unreadable

from conftest import ROOT


@pytest.mark.parametrize("stem", sorted(unreadable()))
def test_a_known_unreadable_eval_page(stem, tmp_path, capsys):
    path = next((ROOT / "eval" / "docs").rglob(f"{stem}.*"))
    rc = main(["extract", str(path), "-o", str(tmp_path), "-q", "--no-llm"])
    err = capsys.readouterr().err
    assert "Traceback" not in err and (rc == 0 or path.name in err)
    # a page read as a report whose tables are prose only still makes `extract` fail ("no table could be read"):
    # the gap is the refusal itself
    check(stem, "read", "no annual report inside" not in err, f"{path.name} still rejected: {err.strip()[:120]}")
