"""A table section headed with the table's word 统计 before 情况 (held-out 2917, '二、主动公开政府信息统计情况'): the
template's section 二 in the report's words, so neither a missing section nor a section 二 whose table goes unchecked."""
from __future__ import annotations

from extractor.segment import find_sections
from test_audit_support import eval_text, of, run

DOC = eval_text(2917)


def test_the_heading_is_section_two():
    with open(DOC, encoding="utf-8") as f:
        hits = {h.key: h.heading.strip() for h in find_sections(f.read())}
    assert hits.get("active_disclosure") == "二、主动公开政府信息统计情况"


def test_no_missing_section_and_all_three_empty_tables_raised():
    res = run(DOC)
    assert not [f for f in of(res, "structure.sections") if "主动公开" in f.message]
    assert len(of(res, "structure.tables")) == 3  # 二, 三 and 四 printed with nothing under them
