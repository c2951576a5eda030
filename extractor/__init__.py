"""nianbao: extraction and audit of 政府信息公开工作年度报告.

Public API:
    extract(path, *, llm=None) -> Report      read one report (deterministic; LLM fallback if given)
    load(path) -> Document                     the normalised text of any supported format
    InputError                                 raised for unreadable input, one line of explanation
    Report, json_schema                        the canonical model (SCHEMA.md)
    template                                   the national template, declared once
"""
from __future__ import annotations

from . import template
from .errors import InputError
from .loaders import load
from .models import Report, json_schema
from .pipeline import extract_document

__all__ = ["extract", "load", "InputError", "Report", "json_schema", "template", "extract_document"]


def extract(path, *, llm=None) -> Report:
    """Extract one report file into the canonical Report."""
    doc = load(path)
    report = extract_document(doc)
    if llm is not None:
        report = llm.fill(doc, report)
    return report
