"""Helpers for the audit tests (no tests here): real documents of eval/docs, and real documents with one
number (or one phrase) changed in their normalised text, re-extracted and audited."""
from __future__ import annotations

import hashlib
import json
import re
from functools import lru_cache
from pathlib import Path

import audits
from extractor import load
from extractor.ir import Document
from extractor.meta import read_meta
from extractor.pipeline import extract_document

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "eval" / "gold"
SEED = "eval/docs/seeds/"
TEXT = "eval/docs/text/"


def eval_text(number: int) -> str:
    """The path of eval/docs/text's one document numbered `number` (its stem opens `1880_`)."""
    [path] = (ROOT / TEXT).glob(f"{number}_*.txt")
    return str(path)


@lru_cache(maxsize=None)
def document(path: str) -> Document:
    return load(ROOT / path)


def extract_text(path: str, text: str):
    """Extract a (changed) normalised text of the document; a changed text is another source (sha256)."""
    doc = document(path)
    sha = doc.sha256 if text == doc.text else hashlib.sha256(text.encode("utf-8")).hexdigest()
    return extract_document(Document(doc.path, doc.format, text, sha))


def pair(path: str) -> tuple[object, str]:
    """(report, text) of a document as published."""
    doc = document(path)
    return extract_document(doc), doc.text


def run(path: str) -> audits.AuditResult:
    doc = document(path)
    return audits.audit(extract_document(doc), doc.text)


def edited(path: str, *edits: tuple[str, str]) -> str:
    """The document's normalised text with each (old → new) replaced once; asserts every `old` is there."""
    text = document(path).text
    for old, new in edits:
        assert old in text, f"{old!r} not in {path}"
        text = text.replace(old, new, 1)
    return text


def variant(path: str, *edits: tuple[str, str]) -> tuple[str, object]:
    text = edited(path, *edits)
    return text, extract_text(path, text)


def meta_of(path: str, *edits: tuple[str, str]) -> dict:
    """The meta reader's answer on the document's text with `edits` made."""
    return read_meta(edited(path, *edits), None)


def run_variant(path: str, *edits: tuple[str, str]) -> audits.AuditResult:
    text, report = variant(path, *edits)
    return audits.audit(report, text)


def set_cell(path: str, key: str, new) -> tuple[str, object]:
    """The document with the number printed for `key` replaced by `new` (at its provenance span)."""
    doc = document(path)
    report = extract_document(doc)
    prov = report.provenance[key]
    a, b = prov.span
    text = doc.text[:a] + str(new) + doc.text[b:]
    return text, extract_text(path, text)


def run_cell(path: str, key: str, new) -> audits.AuditResult:
    text, report = set_cell(path, key, new)
    return audits.audit(report, text)


def of(res: audits.AuditResult, rule: str) -> list:
    return [f for f in res.findings if f.rule == rule]


def na(res: audits.AuditResult, rule: str) -> list:
    return [n for n in res.not_assessable if n.rule == rule]


def gold_files() -> list[dict]:
    """Gold files of the documents the parser reads (eval/docs/derived need the LLM fallback)."""
    golds = [json.loads(p.read_text(encoding="utf-8")) | {"_file": p.name} for p in sorted(GOLD.glob("*.json"))]
    return [g for g in golds if "/derived/" not in g["document"]]


def matches(finding, expected: dict) -> bool:
    """A produced finding answers a gold expected finding: same rule, and overlapping cells when both
    name cells."""
    cells = expected.get("cells") or []
    return finding.rule == expected["rule"] and (not cells or not finding.cells or bool(set(cells) & set(finding.cells)))


def eval_sentences() -> list[str]:
    """Every sentence of the eval set's text documents (seeds first), spaces taken out: the corpus the prose
    patterns' scans are checked on."""
    out = []
    for p in sorted((ROOT / "eval/docs/seeds").glob("*.txt")) + sorted((ROOT / TEXT).glob("*.*")):
        for line in p.read_text(encoding="utf-8", errors="replace").splitlines():
            out += [s for s in re.split(r"(?<=[。；！？])", re.sub(r"\s+", "", line)) if s]
    return out
