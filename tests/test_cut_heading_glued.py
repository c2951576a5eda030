"""A copy that ends inside a section's heading run into the line of the sentence before it ('…以本年度报告为准。
三、收到和处理政府信息'): the copy stops inside that section, as when the cut heading stands on a line of its own."""
from __future__ import annotations

import re

import audits

from test_audit_support import TEXT, document, extract_text, run


def _structure(path: str, text: str | None = None):
    text = document(path).text if text is None else text
    report = extract_text(path, text)
    return report, [f for f in audits.audit(report, text).findings if f.rule == "structure.sections"]


def _cut_inside(path: str, heading: str, keep: int) -> str:
    """The document's text up to the first `keep` characters of `heading`, printed right after a sentence's end."""
    text = document(path).text
    m = re.search(r"[。！？]\s*(" + heading + ")", text)
    assert m is not None, f"{heading} not glued in {path}"
    return text[: m.start(1) + keep]


def test_sections_one_and_two_missing_before_a_cut_heading_run_into_a_line():
    # 常州市 2023 (a mirror): title and preamble, a note, then '三、收到和處理政府信息' at the copy's end on that line
    report, found = _structure(TEXT + "1401_changzhou_shizhengfu_tradmirror_2023.txt")
    assert [s.key for s in report.sections] == ["applications"]
    assert [f.message for f in found] == ["缺少「一、总体情况」、「二、主动公开政府信息情况」部分"]


def test_a_run_in_copy_cut_inside_heading_two_stops_in_section_two():
    # 襄州区人社局 2022 (its body on one line), cut inside '二、主动公开政府信息情况'
    path = TEXT + "838_xiangzhou_renshe_oneline_2022.txt"
    report, found = _structure(path, _cut_inside(path, "二、主动公开政府信息情况", 7))
    assert [s.key for s in report.sections] == ["overview", "active_disclosure"]
    assert not found  # nothing after the cut is judged


def test_a_run_in_copy_cut_inside_heading_six_stops_in_section_six():
    # 平潭实验区 2023, cut inside '六、其他需要报告的事项': 六 is where the copy stops, not 五
    path = TEXT + "926_pingtan_shiyanqu_2023.txt"
    report, found = _structure(path, _cut_inside(path, "六、其他需要报告的事项", 6))
    assert [s.key for s in report.sections][-2:] == ["problems", "other_matters"]
    assert not found


def test_a_numbered_phrase_run_into_prose_is_no_cut_heading():
    # 平潭实验区 2023 as published: '…六、其他需要报告的事项2023年，无收取信息处理费情况。' ends the copy whole
    assert not _structure(TEXT + "926_pingtan_shiyanqu_2023.txt")[1]
    assert not [f for f in run(TEXT + "1400_heshan_longkouzhen_tradmirror_2023.txt").findings
                if f.rule == "structure.sections"]
