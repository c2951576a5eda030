"""`2023年未制定规范性文件` (1817): a statement that no normative document was made this year, read as 0 for table
二's 本年制发 (2021) / 本年新制作 (2019). The real page agrees with its table; an edited copy whose table prints 2
made (and 2 in force, so the table's own identity holds) is caught only by this reading (held-out w1817_nd2)."""
from __future__ import annotations

from audits.context import Context
from test_audit_support import TEXT, of, run, run_variant

RULE = "prose.table_mismatch"
QINGYANG = TEXT + "1817_qingyang_zhengwufuwuzhongxin_2023.txt"  # 2023年未制定规范性文件,未提请市政府印发规范性文件
ROW = ("行政规范性文件 | 0 | 0 | 0 |", "行政规范性文件 | 2 | 0 | 2 |")


def zero_claims(res) -> list:
    return [(c.kind, c.text) for c in Context(res.report, res.text).claims if c.zero_phrase and c.kind == "normative_documents"]


def test_none_made_agrees_with_a_table_of_none():
    res = run(QINGYANG)
    # 未提请市政府印发规范性文件 is about another organ's documents: not read
    assert zero_claims(res) == [("normative_documents", "未制定规范性文件")]
    assert not of(res, RULE)


def test_none_made_against_a_table_that_made_some():
    [f] = of(run_variant(QINGYANG, ROW), RULE)
    assert (f.expected, f.actual) == (2, 0) and "active_disclosure.normative_documents.issued" in f.cells
    # another year's none says nothing of this year's table
    assert not of(run_variant(QINGYANG, ROW, ("2023年未制定规范性文件", "2022年未制定规范性文件")), RULE)
