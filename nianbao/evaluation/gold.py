"""The eval set as data: gold files (eval/gold/*.json) and where the repository and ../shared are.

The gold format is documented in eval/README.md; this module only reads it, the validator judges it.
"""
from __future__ import annotations

import fnmatch
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

GOLD_DIR = Path("eval") / "gold"


DERIVED = "eval/docs/derived/"  # documents derived from seeds to exercise the LLM path (eval/make_derived.py)

class GoldError(Exception):
    """A gold file that cannot be read at all (not JSON, not an object)."""


@dataclass(frozen=True)
class Gold:
    stem: str
    path: Path
    document: str
    format: str
    complete: bool
    meta: dict[str, Any]
    tables_present: tuple[str, ...]
    cells: dict[str, Any]
    unreadable: tuple[str, ...]
    extra_rows: dict[str, list[dict]]
    expected_findings: tuple[dict, ...]
    notes: str = ""
    raw: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def reader(self) -> str:
        """'llm' for the documents made so that only the LLM path can read their tables (eval/docs/derived),
        'parser' for every published copy: the figures of the two are reported apart."""
        return "llm" if self.document.startswith(DERIVED) else "parser"

    @property
    def layout(self) -> str:
        """The layout label used to group figures (meta.template, 'none' when the gold leaves it open)."""
        return self.meta.get("template") or "none"

    def matches(self, pattern: str) -> bool:
        return fnmatch.fnmatch(self.stem, pattern) or fnmatch.fnmatch(self.document, pattern) \
            or fnmatch.fnmatch(Path(self.document).name, pattern)


def find_root(start: Path | None = None) -> Path:
    """The repository root: the first directory upwards from `start` (cwd) holding eval/gold, else the
    checkout this package was imported from (an editable install)."""
    here = (start or Path.cwd()).resolve()
    for d in (here, *here.parents):
        if (d / GOLD_DIR).is_dir():
            return d
    pkg_root = Path(__file__).resolve().parents[2]
    if (pkg_root / GOLD_DIR).is_dir():
        return pkg_root
    raise GoldError(f"no {GOLD_DIR} directory above {here}: run from the nianbao checkout or pass --root")


def shared_dir(root: Path) -> Path | None:
    """../shared next to the checkout, when present (it is not in a fresh clone)."""
    d = root.parent / "shared"
    return d if d.is_dir() else None


def load_gold(path: Path) -> Gold:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise GoldError(f"{path}: cannot read gold file ({exc})") from None
    if not isinstance(data, dict):
        raise GoldError(f"{path}: a gold file must hold one JSON object")
    return Gold(
        stem=path.stem,
        path=path,
        document=str(data.get("document") or ""),
        format=str(data.get("format") or ""),
        complete=bool(data.get("complete")),
        meta=dict(data.get("meta") or {}),
        tables_present=tuple(data.get("tables_present") or ()),
        cells=dict(data.get("cells") or {}),
        unreadable=tuple(data.get("unreadable") or ()),
        extra_rows=dict(data.get("extra_rows") or {}),
        expected_findings=tuple(data.get("expected_findings") or ()),
        notes=str(data.get("notes") or ""),
        raw=data,
    )


def load_all(root: Path, patterns: list[str] | None = None) -> list[Gold]:
    """Every gold file (sorted by stem), or those whose stem or document path matches a pattern."""
    golds = [load_gold(p) for p in sorted((root / GOLD_DIR).glob("*.json"))]
    if patterns:
        golds = [g for g in golds if any(g.matches(p) for p in patterns)]
    return golds
