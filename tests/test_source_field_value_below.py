"""A page field whose label ends its line and whose value stands alone on the next ('信息来源:' / '驻马店市人民政府',
held-out 2980): the value is the field's, so the organ is read and the city government's deadline check runs."""
from __future__ import annotations

from extractor import chrome
from nianbao.commands.common import extract_one
from test_audit_support import eval_text


def test_the_value_below_its_label():
    _, report = extract_one(eval_text(2980), None)
    assert report.meta.organ == "驻马店市人民政府" and report.meta.published == "2025-03-10"


def test_a_paragraph_below_a_bare_label_is_no_value():
    lines = ["信息来源:", "本报告依据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息与政务公开办公室的要求编制。"]
    assert chrome.field(lines, chrome.SOURCE_LABELS) is None
    assert chrome.field(["信息来源:", "发布时间:2025-03-10"], chrome.SOURCE_LABELS) is None
