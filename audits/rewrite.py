"""A written report's compact JSON with batch findings added, edited as text.

A batch writes each report as soon as it is audited, and the batch rules (S1, S3, S12) add their findings
at the end: in a batch of copied reports most reports get one. Reading each back into the model and
writing it whole costs more than its audit's own rules; only two arrays change (`findings`, and the
not-assessable lines of `extraction.notices`), so they are the only parts re-made. The bytes are those
`engine.amend` then `extractor.output.write_report` would write: the findings in the engine's order, the
new ones serialised by pydantic's own encoder (the one write_report uses), everything else kept as
written. A file of any other shape (indented, or not the report's layout) gets None: the caller takes the
model's way.
"""
from __future__ import annotations

import json
from json.decoder import scanstring
from typing import Sequence

from pydantic import TypeAdapter

from extractor.models import Finding

from .engine import NA_NOTICE, finding_ranker
from .registry import NotAssessable

_DECODE = json.JSONDecoder()
_FINDINGS = TypeAdapter(list[Finding])
_STRINGS = TypeAdapter(list[str])


def _members(s: str, i: int) -> tuple[dict[str, tuple[int, int]], int]:
    """The members of the compact JSON object at s[i]: key → (start, end) of its value; and its end."""
    if s[i] != "{":
        raise ValueError(i)
    out, i = {}, i + 1
    if s[i] == "}":
        return out, i + 1
    while True:
        if s[i] != '"':
            raise ValueError(i)
        key, i = scanstring(s, i + 1)
        if s[i] != ":":
            raise ValueError(i)
        _, end = _DECODE.raw_decode(s, i + 1)
        out[key] = (i + 1, end)
        if s[end] == "}":
            return out, end + 1
        if s[end] != ",":
            raise ValueError(end)
        i = end + 1


def _elements(s: str, a: int, b: int) -> list[tuple[object, str]]:
    """(value, text) of each element of the compact JSON array s[a:b]."""
    out, i = [], a + 1
    while i < b - 1:
        value, end = _DECODE.raw_decode(s, i)
        out.append((value, s[i:end]))
        if s[end] not in ",]":
            raise ValueError(end)
        i = end + 1
    return out


def _walk(s: str, a: int) -> tuple[list[tuple[object, str]], int]:
    """(value, text) of each element of the compact JSON array that opens at s[a], and the array's end: the
    elements parsed once, for their values and their bounds alike."""
    out, i = [], a + 1
    if s[i] == "]":
        return out, i + 1
    while True:
        value, end = _DECODE.raw_decode(s, i)
        out.append((value, s[i:end]))
        if s[end] == "]":
            return out, end + 1
        if s[end] != ",":
            raise ValueError(end)
        i = end + 1


_FINDINGS_KEY, _NOTICES_KEY, _AFTER_NOTICES = ',"findings":[', ',"notices":[', ',"llm":'


def _member_at(s: str, key: str) -> int | None:
    """Where the array that member `key` (',"name":[') holds opens, when the text holds that member once.
    A quote inside a JSON string is escaped, so the text can only be an object's member of that name: the
    report's own, which every report has, when it is the only one. None otherwise."""
    at = s.find(key)
    if at < 0 or s.find(key, at + 1) >= 0:
        return None
    return at + len(key) - 1


def _located(s: str) -> tuple[int, int, int, int, list[tuple[object, str]]] | None:
    """Where the findings and the extraction's notices lie, with the findings' elements, found without
    parsing the whole report (most of the text is its tables and provenance); None when the text does not
    say so plainly."""
    fa, na = _member_at(s, _FINDINGS_KEY), _member_at(s, _NOTICES_KEY)
    if fa is None or na is None:
        return None
    old, fb = _walk(s, fa)
    _, nb = _DECODE.raw_decode(s, na)
    if not s.startswith(',"extraction":{"tables":', fb) or not s.startswith(_AFTER_NOTICES, nb):
        return None
    return fa, fb, na, nb, old


def _arrays(s: str) -> tuple[int, int, int, int] | None:
    """(start, end) of the findings array and of the extraction's notices (_located)."""
    at = _located(s)
    return None if at is None else at[:4]


def amended(raw: bytes, findings: Sequence[Finding], na: Sequence[NotAssessable]) -> bytes | None:
    """`raw` (a report as write_report wrote it, compact) with these batch findings and not-assessables
    added; None when `raw` is not such a file."""
    s = raw.decode("utf-8")
    if not s.endswith("}\n") or s[:2] == "{\n":
        return None
    try:
        at = _located(s)
        if at is not None:
            fa, fb, na_, nb, old = at
        else:
            top, end = _members(s, 0)
            if end != len(s) - 1 or "findings" not in top or "extraction" not in top:
                return None
            fa, fb = top["findings"]
            ext, _ = _members(s, top["extraction"][0])
            na_, nb = ext["notices"]
            old = _elements(s, fa, fb)
    except (ValueError, KeyError, IndexError, json.JSONDecodeError):
        return None
    if not (fb <= na_ and s[fa] == "[" and s[na_] == "[" and all(isinstance(v, dict) for v, _ in old)):
        return None
    finding_rank = finding_ranker()
    ranked = [(finding_rank(v["severity"], v["rule"]), text) for v, text in old]
    ranked += [(finding_rank(f.severity, f.rule), _FINDINGS.dump_json([f]).decode("utf-8")[1:-1]) for f in findings]
    ranked.sort(key=lambda r: r[0])  # stable, old before new among equals: as engine.amend sorts them
    notices = s[na_:nb]
    if na:
        added = _STRINGS.dump_json([f"{NA_NOTICE}{n.rule}: {n.reason}" for n in na]).decode("utf-8")[1:-1]
        notices = notices[:-1] + ("," if notices != "[]" else "") + added + "]"
    out = s[:fa] + "[" + ",".join(t for _, t in ranked) + "]" + s[fb:na_] + notices + s[nb:]
    return out.encode("utf-8")
