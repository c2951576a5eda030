"""nianbao's extraction core: one 政府信息公开工作年度报告 file → the canonical report of SCHEMA.md.

Public API:
    extract(path, *, llm=None) -> Report      read one report (deterministic; LLM fallback if given)
    read(path, *, llm=None) -> (Document, Report)   the same, with the normalised text its spans index
    read_report(path, *, llm=None) -> (Document, Report)   read, refusing a file with no annual report inside
    load(path) -> Document                     the normalised text of any supported format
    InputError                                 raised for unreadable input, one line of explanation
    Report, json_schema                        the canonical model (SCHEMA.md)
    template                                   the national template, declared once
"""
from __future__ import annotations

from . import regex_setup  # noqa: F401  (first: the patterns compiled after it take its short way)
from . import template
from .errors import InputError
from .ir import Document
from .loaders import load
from .models import Report, json_schema
from .pipeline import extract_document
from .about_reports import about_reports, titled_as_report
from .outline import announced_outline, opens_at_overview_items
from .segment import compiled_as_report, presents_report

__all__ = ["extract", "read", "read_report", "is_report", "any_table", "load", "InputError", "Report", "json_schema", "template", "extract_document"]


def read(path, *, llm=None) -> tuple[Document, Report]:
    """Load one report file, parse it, and let the LLM filler (if given) fill what the parser could not."""
    doc = load(path)
    report = extract_document(doc)
    if llm is not None:
        report = llm.fill(doc, report)
    return doc, report


def any_table(report: Report) -> bool:
    """Whether one of the three tables was read. Reads the fields, not a model_dump of every cell: this runs
    once per report of every batch."""
    return any(getattr(report.tables, key) is not None for key in template.TABLES)


def is_report(report: Report, text: str | None = None) -> bool:
    """Whether anything of an annual report was found: one of the six sections or one of the three tables, or
    (given the text) an opening that presents what follows as the report or announces the report's parts. The
    one acceptance judgement: the command line refuses what fails it, and the eval records it so."""
    if any_table(report):
        return True
    if text is not None and about_reports(report.meta.title, text):
        return False  # a rule or notice on reporting prints the sections a report has, and is none
    if report.sections:
        return True
    # a report written on another outline than the format's six sections (which the audit then says), or one
    # whose copy holds its preamble only, announcing its parts, and sub-items with no section heading
    # — or one titled as an organ's report on a year, in numbered parts of its own ('一、领导重视,机制健全'), or one
    # that opens straight at the overview's items ('(一)主动公开政府信息的情况', (二)依申请公开…), or whose preamble says
    # it was compiled as the report ('本年度报告根据《…年度报告格式》规定编制', under a page's chrome)
    return text is not None and (presents_report(text) is not None or announced_outline(text) is not None
                                 or titled_as_report(report.meta.title, text) or opens_at_overview_items(text)
                                 or compiled_as_report(text) is not None)


def read_report(path, *, llm=None) -> tuple[Document, Report]:
    """`read`, with a file that holds no annual report (`is_report`) an InputError naming it."""
    doc, report = read(path, llm=llm)
    if not is_report(report, doc.text):
        raise InputError(str(path), "no annual report inside (none of the six sections or three tables found)")
    return doc, report


def extract(path, *, llm=None) -> Report:
    """Extract one report file into the canonical Report."""
    return read(path, llm=llm)[1]
