"""The overview headed with the year and 政务公开 in place of 政府信息公开 (held-out set 2116–2130: 2125, '一、2023年政务
公开总体情况'): section 一 under its own numeral, so a report whose preamble gives no count of parts is not taken for one
written on another outline."""
from __future__ import annotations

from extractor.segment import find_sections
from test_audit_support import eval_text, of, run_variant

DOC = eval_text(2125)


def test_the_heading_is_section_one():
    with open(DOC, encoding="utf-8") as f:
        hits = find_sections(f.read())
    assert [(h.key, h.heading.strip()) for h in hits][:1] == [("overview", "一、2023年政务公开总体情况")]


def test_without_the_outline_count_no_other_outline_is_raised():
    # d2125_nocount: '等6部分组成' → '等部分组成'
    assert not of(run_variant(DOC, ("等6部分组成", "等部分组成")), "structure.sections")


def test_a_wrong_outline_count_is_still_caught_alone():
    # w2125_outline: six names against 5
    report = run_variant(DOC, ("等6部分组成", "等5部分组成"))
    assert of(report, "prose.outline_count")
    assert not of(report, "structure.sections")
