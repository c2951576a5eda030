"""One finding as the batch outputs show it.

A finding is first an `Item` (its cells' labels, its values as text, its evidence cut out of the report's text as
`Mark`s), then at once the pieces each output prints of it (`Shown`: the review page's block, the Markdown table's
row, findings.csv's line). A batch spools every report's summary to disk and reads it back at the end (spool.py):
finished pieces, as the bytes the files will hold, pickle and unpickle as they are (no objects to make, no text
to encode and decode again; a whole report shows ~30 findings with ~120 evidence snippets, ~100 KB of output),
and each is rendered exactly once either way, in the process that audited the report.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import NamedTuple

SEVERITY_WORDS = {"error": "错误", "warning": "警告", "info": "提示"}


def spelled(text: str) -> bytes:
    """The bytes an output's text file writes for `text` (UTF-8, its line ends the system's)."""
    return (text if os.linesep == "\n" else text.replace("\n", os.linesep)).encode("utf-8")


@dataclass
class Mark:
    before: str
    marked: str
    after: str
    span: tuple[int, int]
    blank: bool = False  # a blank slot (the marked text is empty or a blank mark)


@dataclass
class Item:
    rule: str
    severity: str
    message: str
    cells: list[str]
    labels: str
    expected: str
    actual: str
    prose: bool  # the finding compares the prose with the tables: 表格 / 正文, not 应为 / 实为
    marks: list[Mark] = field(default_factory=list)


class Shown(NamedTuple):
    """A finding as the outputs print it: what the overview and the order read (severity, rule, message),
    and its piece of each output as its bytes (html.finding, markdown.finding_row, csvfile.finding_row)."""
    severity: str
    rule: str
    message: str
    html: bytes
    md: bytes
    csv: bytes
