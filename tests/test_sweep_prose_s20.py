"""Prose shapes of the stop-20 sweep (eval/docs/text/16NN_*, labelled before the audit ran on them): each
behaviour on the page itself, and on other real reports of the same shape (the same sentence with one word or
one figure changed where no second page has it)."""
from __future__ import annotations

from extractor import is_report, read_report
from extractor.pipeline import extract_document
from audits.prose.list_bridges import read_paragraph
from test_audit_support import ROOT, TEXT, document, edited, run, run_variant, of

RULE = "prose.inconsistent"
GUANGHAN = TEXT + "1601_guanghan_yingjiju_2021.txt"  # 352条,其中 207(包含 11+95+23+4+97);145;1
YONGAN = TEXT + "1241_yongan_weijianju_2024.txt"  # 30条,其中 24,占比80%;6,占比20%;0,占比0%
YUHANG = TEXT + "310_yuhang_qzf_spammirror_2023.txt"  # 1717件(包含上年结转76件)
LONGHUA = TEXT + "1612_haikou_longhua_sifaju_2021.txt"  # 复议0件，其中…0件;…;尚未审结0件;…行政诉讼0件 (a refused page)
HEFEI = TEXT + "1606_hefei_dizhenju_tradmirror_2021.txt"  # title, then (一)(二)(三) parts only
CHONGQING = TEXT + "1610_chongqing_yingjiju_2021.txt"  # title, 一、总体情况, (一)主动公开情况。…


def sums(res, severity: str = "warning") -> list:
    return sorted((f.expected, f.actual) for f in of(res, RULE) if "所列各项" in f.message and f.severity == severity)


def test_a_nested_list_after_the_first_part_ends_where_a_stronger_separator_sets_the_next_part_apart():
    # 352条,其中:政策文件类207条,包含…11条,…,…97条;工作动态145条;年度报告1条: the inner list (commas) closes at the ；
    # and the outer goes on: 207 + 145 + 1 = 353 > 352, and the inner 230 > 207 (neither was raised)
    assert sums(run(GUANGHAN)) == [(207, 230), (352, 353)]
    assert sums(run_variant(GUANGHAN, ("其他类文件97条", "其他类文件74条"))) == [(352, 353)]
    assert sums(run_variant(GUANGHAN, ("工作动态公开145条", "工作动态公开144条"))) == [(207, 230)]


def test_bao_han_opens_a_list_as_bao_kuo_does():
    # the inner list above is opened by 包含; another real report's bracketed 包含 list of a carried-in count
    assert sums(run_variant(GUANGHAN, ("包含事故调查类", "包括事故调查类"))) == [(207, 230), (352, 353)]
    assert not sums(run(YUHANG))
    assert sums(run_variant(YUHANG, ("包含上年结转76件", "包含上年结转1800件"))) == [(1717, 1800)]


def test_clauses_set_off_by_semicolons_stay_parts_after_two_that_make_the_total():
    # 共制作信息30条,其中主动公开24条,占比80%;依申请公开6条,占比20%;不予公开0条: the third ；-clause is the third
    # category (it used to be cut off as soon as 24 + 6 made the 30)
    assert not sums(run(YONGAN))
    assert sums(run_variant(YONGAN, ("不予公开信息数0条", "不予公开信息数3条"))) == [(30, 33)]
    # a split in two said with commas is still cut across by what follows (the applicant types, then outcomes)
    assert not sums(run_variant(YONGAN, ("占比80%;依申请公开信息数6条,占比20%;", "占比80%,依申请公开信息数6条,占比20%,")))


def _review_line(text: str) -> str:
    return next(line for line in text.splitlines() if "行政复议0件" in line)


def test_a_litigation_count_after_the_review_outcomes_is_no_outcome_of_the_review():
    # 复议0件，其中结果维持0件;结果纠正0件;其他结果0件;尚未审结0件;涉及…行政诉讼0件 (a page the reader refuses: its line
    # read as the audit reads a paragraph): four outcomes, the 诉讼 is the next count
    line = _review_line(document(LONGHUA).text)
    readings = [r for _, _, r in read_paragraph(line) if r.total.group() == "0件"]
    assert [p.value for p in readings[0].parts] == [0, 0, 0, 0]
    changed = line.replace("复议0件", "复议3件").replace("维持0件", "维持1件", 1).replace("纠正0件", "纠正2件") \
        .replace("行政诉讼0件", "行政诉讼1件")
    readings = [r for _, _, r in read_paragraph(changed) if r.total.group() == "3件"]
    assert [p.value for p in readings[0].parts] == [1, 2, 0, 0]
    # a litigation total's own groups name 复议 too (未经复议直接起诉): they stay its parts
    readings = [r for _, _, r in read_paragraph("行政诉讼3件，其中未经复议直接起诉2件，复议后起诉1件。")]
    assert [p.value for p in readings[0].parts] == [2, 1]


def test_a_titled_report_written_in_sub_item_parts_is_read_and_its_prose_audited():
    doc, report = read_report(ROOT / HEFEI)  # refused before: no 一、… heading
    assert is_report(report, doc.text)
    assert not sums(run(HEFEI))
    assert sums(run_variant(HEFEI, ("其他公开信息122条", "其他公开信息150条"))) == [(221, 249)]
    # another titled report with its overview heading taken out: (一)主动公开情况 and the rest are its parts
    doc = document(CHONGQING)
    text = edited(CHONGQING, ("一、总体情况\n", ""))
    assert "一、" not in text.split("(一)")[0]
    report = extract_document(type(doc)(doc.path, doc.format, text, "edited-" + doc.sha256))
    assert is_report(report, text)
