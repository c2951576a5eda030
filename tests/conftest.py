"""Shared fixtures: the eval set's documents and their hand-labelled gold files."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "eval" / "gold"
EVAL_TEXT = ROOT / "eval" / "docs" / "text"


def gold_files(formats: tuple[str, ...] | None = None, derived: bool = False) -> list[Path]:
    """Gold files of the eval set; the derived documents (tables the parser cannot read, made for the
    LLM fallback) only when asked for."""
    out = []
    for p in sorted(GOLD_DIR.glob("*.json")):
        gold = json.loads(p.read_text(encoding="utf-8"))
        if "/derived/" in gold["document"] and not derived:
            continue
        if formats is None or gold["format"] in formats:
            out.append(p)
    return out


def load_gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def eval_doc(stem: str) -> Path:
    """The eval document eval/docs/text/<stem>*.txt (`stem` its number with the underscore, '665_', or more)."""
    return next(EVAL_TEXT.glob(f"{stem}*.txt"))


def organ_of(stem: str) -> str | None:
    """The organ the extractor reads for eval/docs/text/<stem>*.txt (its meta.organ)."""
    from nianbao.commands.common import extract_one

    return extract_one(eval_doc(stem), None)[1].meta.organ


def line_with(stem: str, needle: str) -> str:
    """The line of eval/docs/text/<stem>_*.txt that holds `needle` (a real sentence to read on its own)."""
    text = eval_doc(f"{stem}_").read_text(encoding="utf-8")
    at = text.index(needle)
    end = text.find("\n", at)
    return text[text.rfind("\n", 0, at) + 1: end if end >= 0 else len(text)]


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT
