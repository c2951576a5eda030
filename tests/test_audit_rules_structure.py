"""Each rule of this family passes on a real document and fails on a real document (as published, or with one
number or phrase changed): H6 sections and tables, and the structural notes (extra rows, （六） as one row)."""
from __future__ import annotations

from test_audit_support import SEED, TEXT, na, of, run, run_variant

S000 = SEED + "000_dfbaa25dea7f00ff.txt"  # 2021, all tables complete, all zero in 三/四
S004 = SEED + "004_0611940f34059ea7.txt"  # 2021, pipe copy, non-zero 三 and 四
KEWEI = TEXT + "kewei_shanghai_2024_from_pdf.md"


# ------------------------------------------------------------------------------------------------ H6 and notes

def test_sections_pass_and_fail():
    assert not of(run(S000), "structure.sections")
    res = run_variant(S000, ("五、存在的主要问题及改进情况", "存在的主要问题及改进方向的一些说明，如下所述"))
    assert "五、存在的主要问题及改进情况" in of(res, "structure.sections")[0].message
    msgs = " ".join(f.message for f in of(run(KEWEI), "structure.sections"))
    assert "五、存在的主要问题及改进情况" in msgs and "应为二" in msgs


def test_a_one_paragraph_copy_is_cut_where_its_paragraph_stops():
    # 421 prints its whole head as one line: the statistics period's dates inside it are no signature
    page = TEXT + "421_lintao_xintianzhen_2022.txt"
    res = run(page)
    assert [s.key for s in res.report.sections] == ["overview"]
    assert not of(res, "structure.sections") and na(res, "structure.sections")
    res = run_variant(page, ("全域无垃圾67条", "全域无垃圾67条。\n临洮县新添镇人民政府\n2023年1月20日"))
    assert "六、其他需要报告的事项" in of(res, "structure.sections")[0].message


def test_tables_pass_and_fail():
    assert not of(run(S004), "structure.tables")
    line = next(l for l in run(S004).text.split("\n") if l.startswith("行政复议  |"))
    values = next(l for l in run(S004).text.split("\n") if l.startswith("0  | 0  | 0  | 0  | 0  | 0"))
    res = run_variant(S004, (values, "本部门本年度无相关数据。"), (line, ""))
    hit = of(res, "structure.tables")
    assert len(hit) == 1 and "四、政府信息公开行政复议、行政诉讼情况" in hit[0].message


def test_a_row_whose_label_was_lost_is_not_a_missing_template_row():
    text = run(S004).text
    row = next(l for l in text.split("\n") if l.startswith("行政许可"))  # "行政许可  | 38268  | ||"
    for garbled in ("行可", "X"):  # characters dropped in the copy: an unrecognised label, or unplaced values
        res = run_variant(S004, (row, row.replace("行政许可", garbled)))
        assert not of(res, "structure.tables"), garbled
        assert any("不作缺行判断" in n.reason for n in na(res, "structure.tables"))
    res = run_variant(S004, (row + "\n", ""))  # the row itself not printed: a missing template row
    assert "行政许可" in of(res, "structure.tables")[0].message


def test_extra_rows_note():
    assert not of(run(S000), "structure.extra_rows")
    hit = of(run(TEXT + "035_xiaogan_szfbgs_2020.txt"), "structure.extra_rows")
    assert len(hit) == 1 and "其他主动公开文件" in hit[0].message and hit[0].severity == "info"
    # a local line with its value after a colon inside table 二 ("…发布总数量(非新闻类、消息类):2条")
    page = TEXT + "121_changchun_xinqu_fenju_blanks_2020.txt"
    hit = of(run(page), "structure.extra_rows")
    assert len(hit) == 1 and "发布总数量(非新闻类、消息类)」（2）" in hit[0].message and hit[0].actual == [2]
    assert not of(run_variant(page, (":2条 |", ":详见附件 |")), "structure.extra_rows")  # no number, no row


def test_an_annotated_template_row_is_the_template_row_not_an_extra_one():
    # "规章(县级无此项)": a note printed inside a template label (FORMAT.md §9.3)
    res = run_variant(S000, ("\n规章\n", "\n规章(县级无此项)\n"))
    assert not of(res, "structure.extra_rows") and not of(res, "structure.tables")
    assert res.report.tables.active_disclosure.regulations.issued == 0


def test_other_single_row_note():
    assert not of(run(S004), "applications.other_single_row")
    text = run(S004).text
    start = text.index("(六)其他处理  | 1.申请人")
    end = text.index("(七)总计")
    res = run_variant(S004, (text[start:end], "(六)其他处理  | 0  | 0  | 0  | 0  | 0  | 0  | 0  | ||\n"))
    hit = of(res, "applications.other_single_row")
    assert len(hit) == 1 and hit[0].severity == "info"
    assert not [f for f in res.findings if f.severity == "error"]  # the identities use the one row
