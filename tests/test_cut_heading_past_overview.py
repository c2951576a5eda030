"""A copy cut inside section 四's heading ('四、政府信息公') after sections 二 and 三 were headed: the overview's parts
('四、政府信息公开平台建设') are over, so the line is 四's heading cut short, and the copy reached section 四 — table 三
is judged as in a copy that prints the whole heading (real pages, and real pages cut there)."""
from __future__ import annotations

import re

import pytest

import audits
from extractor.cut_end import cut_at_end

from test_audit_support import TEXT, document, extract_text, of, run

BAICHENG = TEXT + "1505_baicheng_nongyenongcunju_notables_2024.txt"  # 白城市农业农村局 2024, ends '四、政府信息公'


def _cut_in_four(path: str, last_line: str):
    """The page up to its heading 四, which is replaced by `last_line`."""
    text = document(path).text
    four = re.search(r"^\s*四、政府信息公开行政", text, re.M)
    text = text[: four.start()] + last_line
    report = extract_text(path, text)
    return report, audits.audit(report, text)


def _judged(res, table: str):
    return ([f.message for f in of(res, "structure.tables") if table in f.message or f.message.startswith(table)],
            [n.reason for n in res.not_assessable if n.rule == "structure.tables" and n.reason.startswith(table)])


def test_a_heading_cut_after_sections_two_and_three_is_section_four():
    res = run(BAICHENG)
    assert [s.key for s in res.report.sections][-1] == "review_litigation"
    found = [f.message for f in of(res, "structure.tables")]
    assert any(m.startswith("三、收到和处理政府信息公开申请情况") for m in found)
    assert not [n for n in res.not_assessable if n.reason == "applications：副本在该部分中途截断"]


@pytest.mark.parametrize("stem", ["1230_datong_yungang_heshunjiedao_2023", "1504_fuyuan_jiaoyuju_notables_2024",
                                  "1200_zhangjiagang_jiaoyuju_spammirror_2022"])
def test_real_pages_cut_there_judge_table_three_as_with_the_whole_heading(stem):
    cut, cut_res = _cut_in_four(TEXT + stem + ".txt", "四、政府信息公")
    whole, whole_res = _cut_in_four(TEXT + stem + ".txt", "四、政府信息公开行政复议、行政诉讼情况")
    assert [s.key for s in cut.sections] == [s.key for s in whole.sections]
    assert [s.key for s in cut.sections][-1] == "review_litigation"
    assert _judged(cut_res, "三、")[0] == _judged(whole_res, "三、")[0]


def test_inside_the_overview_the_same_line_stays_ambiguous():
    # before any later section, '四、政府信息公' may begin the overview's own part 四、政府信息公开平台建设
    assert cut_at_end("一、总体情况\n(一)主动公开…\n四、政府信息公") is None
    assert cut_at_end("一、总体情况\n(一)主动公开…\n四、政府信息公", past_overview=True).section == "review_litigation"
