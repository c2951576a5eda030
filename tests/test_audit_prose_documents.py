"""S9 for table 二's document counts: the verb and the layout name the column (制发 → 本年制发 / 本年新制作,
现行有效 → 现行有效件数, 发布 → either, 累计 → the year's or the stock column); a figure whose column stays
open is raised only when it matches none of the candidates — on real documents with one phrase changed."""
from __future__ import annotations

from test_audit_support import SEED, TEXT, document, na, of, run, run_variant

RID = "prose.table_mismatch"
DONGTOU = TEXT + "112_wenzhou_dongtou_nongyenongcunju_2021.txt"  # 2021 table: 行政规范性文件 1 / 0 / 18
SAID = "累计发布规范性文件0件"
S003 = SEED + "003_236049bc670541bf.txt"  # 2019 table: 规范性文件 31 / 31 / 149
ISSUED, IN_FORCE = "active_disclosure.normative_documents.issued", "active_disclosure.normative_documents.in_force"


def _findings(res) -> list[tuple[list[str], object, object]]:
    return [(f.cells, f.expected, f.actual) for f in of(res, RID) if "规范性文件" in f.message]


def test_a_cumulative_figure_matching_no_candidate_column_is_raised_and_says_so():
    [f] = of(run(DONGTOU), RID)
    assert f.cells == [ISSUED, IN_FORCE] and f.actual == 0 and f.expected == "本年制发件数 1 或 现行有效件数 18"
    assert "累计发布规范性文件0件" in f.message and "每一个可能的列都不符" in f.message


def test_a_cumulative_figure_matching_either_candidate_agrees():
    for said in ("累计发布规范性文件1件", "累计发布规范性文件18件"):
        assert not _findings(run_variant(DONGTOU, (SAID, said))), said


def test_the_verb_names_the_column_in_the_2021_layout():
    assert _findings(run_variant(DONGTOU, (SAID, "全年共制发规范性文件0件"))) == [([ISSUED], 1, 0)]
    assert not _findings(run_variant(DONGTOU, (SAID, "全年共制发规范性文件1件")))
    assert _findings(run_variant(DONGTOU, (SAID, "共出台规范性文件2件"))) == [([ISSUED], 1, 2)]
    assert _findings(run_variant(DONGTOU, (SAID, "现行有效规范性文件17件"))) == [([IN_FORCE], 18, 17)]
    assert not _findings(run_variant(DONGTOU, (SAID, "现行有效规范性文件18件")))
    assert not _findings(run_variant(DONGTOU, (SAID, "本年废止规范性文件0件")))
    assert _findings(run_variant(DONGTOU, (SAID, "全年发布规范性文件0件"))) == [([ISSUED], 1, 0)]  # 发布 = 制发


def test_a_verb_that_names_no_column_of_the_layout_is_not_judged():
    res = run_variant(DONGTOU, (SAID, "全年公开规范性文件5件"))  # 2021 has no 公开 column: 1 / 18 tell nothing
    assert not _findings(res) and any("哪一列" in n.reason for n in na(res, RID))


def test_figures_over_many_years_stay_not_assessable():
    res = run_variant(DONGTOU, (SAID, "历年累计发布规范性文件0件"))
    assert not _findings(res) and any("不限于报告年度" in n.reason for n in na(res, RID))


def test_the_verb_names_the_column_in_the_2019_layout():
    last = document(S003).text.rstrip().split("\n")[-1]

    def said(sentence: str):
        return _findings(run_variant(S003, (last, f"{last}\n2020年，全系统{sentence}。")))

    base = "active_disclosure.normative_documents."
    assert said("共制作规范性文件30件") == [([base + "made"], 31, 30)]
    assert said("全年公开规范性文件30件") == [([base + "published"], 31, 30)]
    assert not said("全年制发规范性文件31件") and not said("累计发布规范性文件149件")
    # 发布 is 新制作 or 新公开 here, and 累计 adds 对外公开总数量: 31, 31 or 149, none of them 100
    [(cells, expected, actual)] = said("累计发布规范性文件100件")
    assert cells == [base + "made", base + "published", base + "total"] and actual == 100


# 520 (2019 layout) prints 规范性文件 11 | | (新公开 and 总数量 blank) and says 其中发布规范性文件2件: 发布 is 新制作
# or 新公开; 11 ≠ 2 and the other candidate is printed blank — the figure is in no cell the table prints
XIZANG = TEXT + "520_xizang_guoziwei_2020.txt"
BLANK_IN_FORCE = ("行政规范性文件 | 1 | 0 | 18 |", "行政规范性文件 | 1 | 0 | / |")


def test_a_figure_whose_other_candidate_column_is_blank_is_raised_and_names_the_blank():
    base = "active_disclosure.normative_documents."
    [f] = [f for f in of(run(XIZANG), RID) if "规范性文件" in f.message]
    assert f.cells == [base + "made", base + "published"] and f.actual == 2 and f.expected == "11"
    assert "本年新公开数量 空白" in f.message and "哪一列" in f.message
    # 112 (2021, 累计发布 → 本年制发 or 现行有效) with its 现行有效件数 printed '/': 1 ≠ 0, the stock blank
    res = run_variant(DONGTOU, BLANK_IN_FORCE)
    assert _findings(res) == [([ISSUED, IN_FORCE], "1", 0)]
    assert "现行有效件数 空白" in of(res, RID)[0].message
    # ...and with 本年制发件数 blank instead: 18 ≠ 0
    res = run_variant(DONGTOU, ("行政规范性文件 | 1 | 0 | 18 |", "行政规范性文件 | / | 0 | 18 |"))
    assert _findings(res) == [([IN_FORCE, ISSUED], "18", 0)]


def test_a_figure_a_printed_candidate_agrees_with_or_one_left_open_stays_quiet():
    assert not _findings(run_variant(DONGTOU, BLANK_IN_FORCE, (SAID, "累计发布规范性文件1件")))
    # a verb that names one column (制发) judges that column only: the blank stock column is not involved
    assert _findings(run_variant(DONGTOU, BLANK_IN_FORCE, (SAID, "全年共制发规范性文件0件"))) == [([ISSUED], 1, 0)]
    # an approximate figure (约) with a blank candidate stays not assessable
    res = run_variant(XIZANG, ("其中发布规范性文件2件", "其中发布规范性文件约2件"))
    assert not [f for f in of(res, RID) if "规范性文件" in f.message]
