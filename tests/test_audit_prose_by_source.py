"""Counts by source in the sentence after the total, each opened by its figure, with no list word: '本年度我局共收到2条
政府信息公开申请。1条来自政府网站线上申请,1条来自邮寄快递件,均已按时办结反馈。' (1824). Read as the total's parts, a
list with no marker (only a sum above says anything). The real page holds; an edited copy (held-out w1824_app, one
figure changed) is raised."""
from __future__ import annotations

from audits.prose.list_bridges import read_paragraph
from test_audit_support import TEXT, document, of, run, run_variant

RULE = "prose.inconsistent"
SANYA = TEXT + "1824_sanya_tianyaqu_wenlvju_2023.txt"


def test_counts_by_source_after_the_total_are_its_parts():
    para = next(line for line in document(SANYA).text.split("\n") if "1条来自" in line)
    [r] = [r for _, _, r in read_paragraph(para) if r.total.group() == "2条"]
    assert [p.value for p in r.parts] == [1, 1] and r.implicit
    assert not of(run(SANYA), RULE)


def test_counts_by_source_above_the_total_are_raised():
    [f] = of(run_variant(SANYA, ("1条来自邮寄快递件", "2条来自邮寄快递件")), RULE)
    assert (f.expected, f.actual) == (2, 3)
    # below the total, a list with no list word says nothing
    assert not of(run_variant(SANYA, ("共收到2条", "共收到3条")), RULE)
