"""A 规范性文件 count whose noun the next clauses leave out (`全年制发规范性文件2件,废止1件,现行有效22件`, 1944) is
three counts, one per column of table 二(一); three counts with their nouns in one sentence (`制发规范性文件251件,
废止规范性文件66件,现行有效规范性文件952件`, 1946) are three quantities, not one stated three times. Each is set
against its table 二 column (1502, 2021 table 3 / 0 / 3) and the three against each other (S3 in the prose:
现行有效 ≥ 制发 − 废止). Real sentences; the contradictions are edited copies (one figure changed each)."""
from __future__ import annotations

from audits.context import Context
from test_audit_support import TEXT, of, run, run_variant

YUCHENG = TEXT + "1944_yucheng_shi_2024.txt"  # 全年制发规范性文件2件,废止1件,现行有效22件 (no table)
SHAOYANG = TEXT + "1946_shaoyang_shi_2023.txt"  # 制发规范性文件251件,废止规范性文件66件,现行有效规范性文件952件
XINING = TEXT + "1502_xining_chengzhong_caizhengju_2025.txt"  # 共制定规范性文件3件,废止0件,现行有效3件; table 3/0/3
INCONSISTENT, MISMATCH = "prose.inconsistent", "prose.table_mismatch"
BASE = "active_disclosure.normative_documents."


def documents(res) -> list[tuple]:
    return sorted((c.extra.get("verb"), c.value, c.why_not) for c in Context(res.report, res.text).claims
                  if c.kind == "normative_documents")


def test_the_counts_after_an_elided_noun_are_read_with_their_own_verbs():
    assert documents(run(YUCHENG)) == [("in_force", 22, None), ("issued", 2, None), ("repealed", 1, None)]
    assert documents(run(XINING)) == [("in_force", 3, None), ("issued", 3, None), ("repealed", 0, None)]


def test_three_counts_of_three_columns_in_one_sentence_are_three_quantities():
    assert documents(run(SHAOYANG)) == [("in_force", 952, None), ("issued", 251, None), ("repealed", 66, None)]


def test_a_clause_with_an_object_or_verb_of_its_own_ends_the_run():
    # 清理废止文件0件 is a clean-up count, so neither it nor the 现行有效 after it is read as the noun's
    res = run_variant(YUCHENG, ("废止1件", "清理废止文件1件"))
    assert documents(res) == [("issued", 2, None)]


def test_the_real_sentences_raise_nothing():
    for path in (YUCHENG, SHAOYANG, XINING):
        res = run(path)
        assert not of(res, INCONSISTENT) and not [f for f in of(res, MISMATCH) if "规范性文件" in f.message], path


def test_in_force_below_made_less_repealed_in_the_prose_is_raised():
    [f] = of(run_variant(YUCHENG, ("现行有效22件", "现行有效0件")), INCONSISTENT)  # edited copy
    assert (f.expected, f.actual) == (1, 0) and "现行有效 0 少于本年制发 2 − 废止 1" in f.message
    [f] = of(run_variant(SHAOYANG, ("现行有效规范性文件952件", "现行有效规范性文件152件")), INCONSISTENT)  # edited copy
    assert (f.expected, f.actual) == (185, 152)
    # 现行有效 at least 制发 − 废止 holds: 184 ≥ 251 − 66 fails, 185 does not
    assert not of(run_variant(SHAOYANG, ("现行有效规范性文件952件", "现行有效规范性文件185件")), INCONSISTENT)


def test_a_cumulative_made_count_is_not_set_against_the_stock():
    res = run_variant(YUCHENG, ("全年制发规范性文件2件", "累计制发规范性文件30件"))  # edited copy: over the years
    assert not of(res, INCONSISTENT)


def test_an_elided_count_is_set_against_its_table_column():
    # edited copies of 1502's sentence: its table prints 本年废止 0 and 现行有效 3
    [f] = of(run_variant(XINING, ("废止0件,现行有效3件", "废止2件,现行有效3件")), MISMATCH)
    assert f.cells == [BASE + "repealed"] and (f.expected, f.actual) == (0, 2) and "废止2件" in f.message
    [f] = of(run_variant(XINING, ("废止0件,现行有效3件", "废止0件,现行有效5件")), MISMATCH)
    assert f.cells == [BASE + "in_force"] and (f.expected, f.actual) == (3, 5)


CHUANSHAN = TEXT + "1995_suining_chuanshanqu_zhengfuban_2023.txt"
# '制发行政规范性文件2件,废止行政规范性文件10件,现行有效件数14件': the column's 件数 after the verb, no noun


def test_the_columns_jianshu_after_an_elided_verb_is_that_column():
    assert documents(run(CHUANSHAN)) == [("in_force", 14, None), ("issued", 2, None), ("repealed", 10, None)]
    assert not of(run(CHUANSHAN), INCONSISTENT)
    # hidden weak spot w1995_issued: 14 in force < 30 made − 10 repealed
    [f] = of(run_variant(CHUANSHAN, ("制发行政规范性文件2件", "制发行政规范性文件30件")), INCONSISTENT)
    assert (f.expected, f.actual) == (20, 14)


HUANGPU = TEXT + "2263_guangzhou_huangpuqu_2022.txt"  # 本年度制定并主动公开行政规范性文件41件,废止…55件,现行有效…181件


def test_made_and_published_is_counted_as_made():
    # 制定并主动公开: the documents were made this year (and published); the making names the column, so S3 holds
    assert documents(run(HUANGPU)) == [("in_force", 181, None), ("issued", 41, None), ("repealed", 55, None)]
    assert not [f for f in of(run(HUANGPU), INCONSISTENT) if "现行有效" in f.message]
    [f] = [f for f in of(run_variant(HUANGPU, ("主动公开行政规范性文件41件", "主动公开行政规范性文件241件")), INCONSISTENT)
           if "现行有效" in f.message]  # edited copy: 181 < 241 − 55
    assert (f.expected, f.actual) == (186, 181)
