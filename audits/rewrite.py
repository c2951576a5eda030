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


_FINDINGS_KEY, _NOTICES_KEY, _AFTER_NOTICES = ',"findings":[', ',"notices":[', ',"llm":'


def _array_at(s: str, key: str) -> tuple[int, int] | None:
    """(start, end) of the array that member `key` (',"name":[') holds, when the text holds that member
    once. A quote inside a JSON string is escaped, so the text can only be an object's member of that
    name: the report's own, which every report has, when it is the only one. None otherwise."""
    at = s.find(key)
    if at < 0 or s.find(key, at + 1) >= 0:
        return None
    a = at + len(key) - 1
    _, b = _DECODE.raw_decode(s, a)
    return a, b


def _arrays(s: str) -> tuple[int, int, int, int] | None:
    """Where the findings and the extraction's notices lie, found without parsing the whole report (most
    of the text is its tables and provenance); None when the text does not say so plainly."""
    found, notices = _array_at(s, _FINDINGS_KEY), _array_at(s, _NOTICES_KEY)
    if found is None or notices is None or not s.startswith(',"extraction":{"tables":', found[1]) \
            or not s.startswith(_AFTER_NOTICES, notices[1]):
        return None
    return found + notices


def amended(raw: bytes, findings: Sequence[Finding], na: Sequence[NotAssessable]) -> bytes | None:
    """`raw` (a report as write_report wrote it, compact) with these batch findings and not-assessables
    added; None when `raw` is not such a file."""
    s = raw.decode("utf-8")
    if not s.endswith("}\n") or s[:2] == "{\n":
        return None
    try:
        at = _arrays(s)
        if at is not None:
            fa, fb, na_, nb = at
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
