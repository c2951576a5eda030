"""Every rule passes on a real document and fails on a real document (as published, or with one number
or phrase changed). Prose (S9/S10) and batch rules (S1, S3 across years, S12) have their own files."""
from __future__ import annotations


import audits
from test_audit_support import SEED, TEXT, document, extract_text, na, of, run, run_cell, run_variant

S000 = SEED + "000_dfbaa25dea7f00ff.txt"  # 2021, all tables complete, all zero in 三/四
S001 = SEED + "001_1ec9b8d8ffb3b045.txt"  # 2024, two rows of 三 lost cells in the copy
S002 = SEED + "002_da7a2546b762ed99.txt"  # 2019 layout, item columns misread
S003 = SEED + "003_236049bc670541bf.txt"  # 2020, 2019 layout, prose 77 vs table 165, published late
S004 = SEED + "004_0611940f34059ea7.txt"  # 2021, pipe copy, non-zero 三 and 四
KEWEI = TEXT + "kewei_shanghai_2024_from_pdf.md"
HONGZE23 = "eval/docs/pdf/hongze-2023.pdf"
HUAIAN = "eval/docs/pdf/huaian-city-2024.pdf"
SHUYANG = "eval/docs/html/shuyang_fagaiju_2023.html"


def test_every_catalogue_rule_is_declared_with_documentation():
    ids = {"cells.type", "applications.column_balance", "applications.results_total", "applications.row_total",
           "review_litigation.group_total", "meta.template_year", "meta.dates", "structure.sections",
           "structure.tables", "fees.processing_fee", "batch.carry_over", "fees.notice_vs_table",
           "active_disclosure.in_force", "active_disclosure.published_total",
           "active_disclosure.regulations_authority", "active_disclosure.item_change",
           "active_disclosure.procurement", "active_disclosure.fee_unit", "prose.table_mismatch",
           "prose.review_litigation", "prose.inconsistent", "prose.named_count", "applications.blank_cells", "batch.duplicate", "meta.timeliness",
           "structure.extra_rows", "applications.other_single_row", "inference.filled", "batch.repeated_input",
           "meta.mixed_layout", "active_disclosure.township_normative_documents",
           "active_disclosure.lost_rows"}
    assert set(audits.RULES) == ids
    for r in audits.RULES.values():
        assert r.doc and r.title and r.severity in ("error", "warning", "info")
    errors = {r.id for r in audits.RULES.values() if r.severity == "error"}
    # errors are numbers that are wrong as printed (issue: severity that means something)
    assert errors == {"cells.type", "applications.column_balance", "applications.results_total",
                      "applications.row_total", "review_litigation.group_total", "meta.template_year",
                      "fees.processing_fee"}


# ------------------------------------------------------------------------------------------------ H0

def test_types_pass_and_negative_or_fractional_counts_fail():
    assert not of(run(S004), "cells.type")
    res = run_cell(S004, "applications.new_received.natural_person", "-4")
    hit = of(res, "cells.type")
    assert [f.cells for f in hit] == [["applications.new_received.natural_person"]]
    assert hit[0].severity == "error" and hit[0].actual == -4
    # (a fractional count, "0.5", cannot reach the audit: the report model types counts as int and the
    # extractor stops on it — noted for the extractor)


def test_signed_change_column_may_be_negative():
    res = run(S003)  # 2019 本年增/减 printed -7, -33, -48, -2
    assert not of(res, "cells.type")
    # signs printed once in 本年增/减: 036 (+2, -1), 005 (-417); 606's +3 and +22 below
    for doc in ("036_wuhai_gongxinju_2020.txt", "005_weihai_wendeng_zhujianju_2019.txt"):
        assert not of(run(TEXT + doc), "cells.type"), doc


def test_a_doubled_sign_is_a_malformed_value():
    # 606 prints 行政处罚 253 | --253 | 0: read as -253 (the chain closes), but the printed value is malformed
    res = run(TEXT + "606_tongzhou_ju_2019.txt")
    [f] = of(res, "cells.type")
    assert f.severity == "error" and f.cells == ["active_disclosure.punishment.change"] and f.actual == -253
    assert "「--253」" in f.message
    # its other signed cells (+3, +22) are not malformed; the same cell printed with one sign is clean
    res = run_variant(TEXT + "606_tongzhou_ju_2019.txt", ("--253 |", "-253 |"))
    assert not of(res, "cells.type")
    # seed 003's 2019 本年增/减 -7 printed as --7, or as ++7, is found the same way
    for printed in ("--7", "++7"):
        hit = of(run_cell(S003, "active_disclosure.licensing.change", printed), "cells.type")
        assert [f.cells for f in hit] == [["active_disclosure.licensing.change"]], printed


# ------------------------------------------------------------------------------------------------ H1–H4

def test_column_balance_fails_when_one_number_changes_and_names_the_cell():
    assert not of(run(S004), "applications.column_balance")
    res = run_cell(S004, "applications.carried_forward.natural_person", 1)
    hit = of(res, "applications.column_balance")
    assert len(hit) == 1 and "applications.carried_forward.natural_person" in hit[0].cells
    assert (hit[0].expected, hit[0].actual) == (4, 5)
    assert "自然人" in hit[0].message and "四、结转下年度继续办理" in hit[0].message


def test_a_grid_row_cut_by_the_copy_end_keeps_its_values_in_their_columns():
    # hongze-2024 (PDF) cut inside "|  | (七)总计 |  | 95 | 0 | 0 | 0 | 0 | 0 | 95 |": the empty cell in the
    # label's merged column is no blank 自然人 value, so 95 stays under 自然人 and H2 holds where it is seen
    pdf = "eval/docs/pdf/hongze-2024.pdf"
    text = document(pdf).text
    row = "|  | (七)总计 |  | 95 | 0 | 0 | 0 | 0 |"
    head = text[:text.index(row) + len(row)]
    res = audits.audit(extract_text(pdf, head), head)
    total = res.report.tables.applications.results_total
    assert (total.natural_person, total.commercial, total.other_org) == (95, 0, None)  # other_org is cut
    assert not of(res, "applications.results_total")
    # the same cut copy printing 94: an error, in the 自然人 column
    wrong = head.replace(row, row.replace("| 95 |", "| 94 |"))
    hit = of(audits.audit(extract_text(pdf, wrong), wrong), "applications.results_total")
    assert [f.cells[0] for f in hit] == ["applications.results_total.natural_person"]
    # a blank printed in the first value column stays that column's blank
    blank = head.replace(row, row.replace("| 95 |", "|  |"))
    total = extract_text(pdf, blank).tables.applications.results_total
    assert (total.natural_person, total.commercial) == (None, 0)


def test_results_total_fails_on_a_changed_result_row():
    assert not of(run(S003), "applications.results_total")
    res = run_cell(S004, "applications.denied.enforcement_files.natural_person", 3)
    hit = of(res, "applications.results_total")
    assert hit and all("applications.denied.enforcement_files.natural_person" in f.cells for f in hit)
    assert hit[0].expected == 5 and hit[0].actual == 4  # sum of the rows vs the printed （七）总计


def test_row_total_pass_and_fail():
    assert not of(run(S004), "applications.row_total")
    hit = of(run_cell(S004, "applications.partially_granted.total", 2), "applications.row_total")
    assert len(hit) == 1 and hit[0].cells[0] == "applications.partially_granted.total"
    assert (hit[0].expected, hit[0].actual) == (1, 2) and "（二）部分公开" in hit[0].message


def test_a_blank_total_the_identities_can_close_is_one_s11_warning_not_an_error():
    res = run(TEXT + "001_changchun_erdao_zhengshouban_2022.txt")  # （一）予以公开: 自然人 18, 总计 blank
    assert not [f for f in res.findings if f.severity == "error"]
    hit = [f for f in of(res, "applications.blank_cells") if "applications.granted.total" in f.cells]
    assert len(hit) == 1 and hit[0].severity == "warning"
    assert "「总计」列空白" in hit[0].message and "H3" in hit[0].message and "漏填" in hit[0].message
    assert not [k for k in hit[0].cells if res.report.provenance.get(k)]  # it names the blank slots only


def test_one_blank_total_breaking_two_identities_is_one_warning_with_the_value_that_closes_them():
    res = run(KEWEI)  # 四、结转下年度 总计 blank: breaks H1 (总计列) and H3 (that row); the row sums to 1
    assert not of(res, "applications.column_balance") and not of(res, "applications.row_total")
    hit = of(res, "applications.blank_cells")
    assert len(hit) == 1 and hit[0].cells == ["applications.carried_forward.total"]
    assert hit[0].expected == {"applications.carried_forward.total": 1}
    assert "H1" in hit[0].message and "H3" in hit[0].message


def test_a_changed_number_in_a_report_that_prints_blank_for_0_is_still_an_error():
    # 沭阳 prints blank for none in 125 cells of table 三: the identities only hold with blank as 0,
    # so a printed number one higher cannot be closed by the blanks
    res = run_cell(SHUYANG, "applications.new_received.total", 27)
    hit = [f for f in res.findings if f.severity == "error" and "applications.new_received.total" in f.cells]
    assert hit


def test_group_total_pass_and_fail():
    assert not of(run(S004), "review_litigation.group_total")  # 复议后起诉 1+0+0+0 = 1
    res = run_cell(S004, "review_litigation.litigation_after_review.total", 2)
    hit = of(res, "review_litigation.group_total")
    assert len(hit) == 1 and hit[0].cells[0] == "review_litigation.litigation_after_review.total"
    assert (hit[0].expected, hit[0].actual) == (1, 2) and "复议后起诉" in hit[0].message


def test_group_total_printed_wrong_in_the_published_pdf():
    res = run(HONGZE23)  # 行政复议 10/1/0/0 总计 0; 复议后起诉 5/0/0/0 总计 0 (as printed)
    groups = sorted(f.cells[0] for f in of(res, "review_litigation.group_total"))
    assert groups == ["review_litigation.litigation_after_review.total", "review_litigation.review.total"]


def test_cut_off_identities_are_not_assessable_not_passed():
    res = run(TEXT + "002_wuhan_hanyang_qzfbgs_2022.txt")  # page head cut after rows 一/二
    assert not of(res, "applications.column_balance")
    reasons = " ".join(n.reason for n in na(res, "applications.column_balance"))
    assert "副本在此之前截断" in reasons


# ------------------------------------------------------------------------------------------------ S11

def test_blank_cells_pass_and_fail():
    assert not of(run(S000), "applications.blank_cells")
    hit = of(run(TEXT + "011_yulin_yuyang_tuofenglu_jiedao_2020.txt"), "applications.blank_cells")
    assert len(hit) == 1 and "applications.new_received.natural_person" in hit[0].cells
    assert hit[0].severity == "warning"


# ------------------------------------------------------------------------------------------------ H5, S13

def test_template_year_pass_and_fail():
    assert not of(run(S003), "meta.template_year")  # 2020 on the 2019 tables
    hit = of(run(TEXT + "040_bjspsj_fengshouxiang_oldtemplate_2022.txt"), "meta.template_year")
    assert len(hit) == 1 and (hit[0].expected, hit[0].actual) == ("2021", "2019")


def test_a_copy_opening_mid_title_takes_no_year_from_the_publication_date():
    # seed 003 (a 2020 report, 2019 layout) opening inside its title: "政府信息公开工作年度报告" then
    # "日期: 2021-03-30" — a date under a title says when it was published, never the year it covers
    text = document(S003).text
    head = text[text.index("政府信息公开工作年度报告\n\n日期: 2021-03-30"):]
    res = audits.audit(extract_text(S003, head), head)
    assert res.report.meta.year == 2020 and not of(res, "meta.template_year") and not of(res, "meta.dates")
    # a title that names its year is still read: 2021 on the 2019 layout is an error
    named = "2021年" + head
    res = audits.audit(extract_text(S003, named), named)
    assert res.report.meta.year == 2021 and of(res, "meta.template_year")


def test_a_page_without_the_opening_takes_no_year_from_the_plans_of_section_five():
    # a page of seed 003 (2020, 2019 layout) from section 二 to 五, whose only years are the next year's
    # plans ("2021年全市市场监管系统将…"): its year is unknown, not 2021 — no layout error
    text = document(S003).text
    end = text.index("纳入2021年全系统年度重点工作") + 20
    page = text[text.index("二、主动公开政府信息情况"):end]
    res = audits.audit(extract_text(S003, page), page)
    assert res.report.meta.year is None and not of(res, "meta.template_year")
    assert na(res, "meta.template_year")
    # the page opening with section 一, whose prose states the year it covers, is judged by that year
    opening = text[text.index("一、总体情况"):end].replace("2020年,全市市场监管系统坚持", "2021年,全市市场监管系统坚持")
    res = audits.audit(extract_text(S003, opening), opening)
    assert of(res, "meta.template_year")


def test_template_year_reads_the_layout_of_an_unfilled_form():
    form = TEXT + "175_jiaxian_xizhen_blank_oldtemplate_2022.txt"  # 2022 report, 2019 headers, no value printed
    hit = of(run(form), "meta.template_year")
    assert len(hit) == 1 and (hit[0].expected, hit[0].actual) == ("2021", "2019")
    res = run_variant(form, ("2022年度螅镇", "2020年度螅镇"), ("2022年以来", "2020年以来"))
    assert not of(res, "meta.template_year")


def test_dates_pass_and_fail():
    assert not of(run(S000), "meta.dates")
    res = run_variant(S000, ("发布日期 2022-01-20", "发布日期 2021-12-20"))
    hit = of(res, "meta.dates")
    assert len(hit) == 1 and hit[0].actual == "2021-12-20" and hit[0].evidence
    res = run_variant(TEXT + "035_xiaogan_szfbgs_2020.txt",
                      ("统计时间为2020年1月1日至2020年12月31日", "统计时间为2019年1月1日至2019年12月31日"))
    assert [(f.expected, f.actual) for f in of(res, "meta.dates")] == [(2020, 2019)]


def test_timeliness_pass_and_fail():
    assert not of(run(S000), "meta.timeliness")  # published 2022-01-20
    hit = of(run(S003), "meta.timeliness")  # a 部门 publishing on 2021-03-30
    assert len(hit) == 1 and hit[0].expected == "≤ 2021-01-31"
    assert na(run(TEXT + "042_xinghua_zhuhongzhen_2025.txt"), "meta.timeliness")  # a 镇: local deadlines


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


# ------------------------------------------------------------------------------------------------ S3–S8

def test_in_force_pass_and_fail():
    assert not of(run(S000), "active_disclosure.in_force")
    hit = of(run(TEXT + "004_xncz_chengxiangjianshe_2025.txt"), "active_disclosure.in_force")
    assert len(hit) == 1 and hit[0].cells[0] == "active_disclosure.regulations.issued"


def test_published_total_pass_and_fail():
    assert not of(run(S003), "active_disclosure.published_total")  # 31 ≤ 149
    hit = of(run_cell(S003, "active_disclosure.normative_documents.total", 30), "active_disclosure.published_total")
    assert len(hit) == 1 and (hit[0].expected, hit[0].actual) == ("≥ 31", 30)


def test_regulations_authority_pass_and_fail():
    assert not of(run(S000), "active_disclosure.regulations_authority")
    hit = of(run(TEXT + "004_xncz_chengxiangjianshe_2025.txt"), "active_disclosure.regulations_authority")
    assert len(hit) == 1 and "区城乡建设局" in hit[0].message
    res = run(TEXT + "035_xiaogan_szfbgs_2020.txt")  # 孝感市人民政府办公室: the name does not settle it
    assert not of(res, "active_disclosure.regulations_authority")
    assert na(res, "active_disclosure.regulations_authority")


def test_regulations_authority_does_not_judge_a_province_or_city_department():
    # such departments fill the row with their government's 规章 of their field: 西藏自治区审计厅 废止 1 (labelled
    # clean); 汉中市自然资源局 with 规章 1/0/1 typed in — not judged, and the reason says why, not "no level"; a
    # 市's department may be a 县级市's, which has none to fill: the reason says the name does not tell
    for res, why in ((run(TEXT + "766_xizang_shenjiting_2025.txt"), "是省级部门"),
                     (run_variant(TEXT + "1567_hanzhong_ziranziyuanju_2021.txt",
                                  ("规章 |\n0 |\n0 |\n0 |", "规章 |\n1 |\n0 |\n1 |")), "是市的部门")):
        assert not of(res, "active_disclosure.regulations_authority")
        [n] = na(res, "active_disclosure.regulations_authority")
        assert why in n.reason and ("县级市" in n.reason) == (why == "是市的部门")


def test_regulations_authority_from_the_prose_when_the_page_names_no_organ():
    page = TEXT + "182_xinjiang_nlk_zhen_barelines_2023.txt"  # no title; prose "现结合我镇实际…汇报我镇2023年…"
    res = run(page)
    hit = of(res, "active_disclosure.regulations_authority")
    assert len(hit) == 1 and "我镇" in hit[0].message and hit[0].cells == ["active_disclosure.regulations.in_force"]
    assert res.report.meta.year == 2023  # the year of its presenting sentence ('汇报我镇2023年政府信息公开工作')
    res = run_variant(page, ("现结合我镇实际", "现结合我局实际"), ("汇报我镇", "汇报我局"))  # a 局: level unknown
    assert not of(res, "active_disclosure.regulations_authority")


def test_item_change_pass_and_fail():
    assert not of(run(S003), "active_disclosure.item_change")
    rows = {f.cells[0] for f in of(run(S002), "active_disclosure.item_change")}
    assert rows == {"active_disclosure.licensing.previous", "active_disclosure.punishment.previous"}
    hit = of(run_cell(S003, "active_disclosure.licensing.change", -70), "active_disclosure.item_change")
    assert len(hit) == 1 and hit[0].actual == -10  # 60 − 70 < 0


def test_item_change_finds_decisions_entered_as_the_change_beside_a_blank_decisions_cell():
    # 523 prints 行政许可 106 | 2939 | (blank) and 其他对外管理服务事项 40 | 3068 | (blank): the year's 办件量 one
    # column left; its 行政强制 0 | | (nothing to judge) and 行政处罚 663 | 519 | 333 stay quiet
    rid = "active_disclosure.item_change"
    hit = of(run(TEXT + "523_yongkang_jiaotongju_2020.txt"), rid)
    assert [f.cells[0] for f in hit] == ["active_disclosure.licensing.previous",
                                         "active_disclosure.other_services.previous"]
    assert hit[0].actual == [106, 2939, None] and "27 倍" in hit[0].message and "处理决定数量空白" in hit[0].message
    # seed 003 (cells one per line) and 036 (pipe rows) with a row's decisions moved into 本年增/减, 处理决定数量 '/'
    res = run_variant(S003, ("60\n\n-7\n\n672460", "60\n\n672460\n\n/"))
    assert [f.cells[0] for f in of(res, rid)] == ["active_disclosure.licensing.previous"]
    res = run_variant(TEXT + "036_wuhai_gongxinju_2020.txt", ("其他对外管理服务事项 | 2 | +2 | 114 |", "其他对外管理服务事项 | 2 | 114 | / |"))
    assert [f.cells[0] for f in of(res, rid)] == ["active_disclosure.other_services.previous"]
    # not when the change is small beside the list (×9, or under 100) or the list was empty: 事项 lists do grow
    for row in ("2 | 18 | / |", "2 | 99 | / |", "0 | 114 | / |"):
        res = run_variant(TEXT + "036_wuhai_gongxinju_2020.txt", ("其他对外管理服务事项 | 2 | +2 | 114 |", f"其他对外管理服务事项 | {row}"))
        assert not of(res, rid), row
    # a blank 处理决定数量 beside a plain change (101: 行政强制 4 | 4 | -) stays not assessable
    res = run(TEXT + "101_wuhan_shengtaihuanjingju_tradmirror_2020.txt")
    assert not of(res, rid) and any("coercion" in n.reason for n in na(res, rid))


def test_procurement_pass_and_fail():
    assert not of(run(S003), "active_disclosure.procurement")
    hit = of(run_cell(S003, "active_disclosure.procurement.items", 0), "active_disclosure.procurement")
    assert len(hit) == 1


def test_fee_unit_pass_and_fail():
    assert not of(run(S000), "active_disclosure.fee_unit")  # 33.0231 万元
    assert of(run_cell(S000, "active_disclosure.fees.amount", "330231元"), "active_disclosure.fee_unit")
    assert of(run_cell(S000, "active_disclosure.fees.amount", "3302310"), "active_disclosure.fee_unit")


def test_fee_unit_bound_follows_the_organ_level():
    """An amount in 元 under the 万元 header is implausible sooner for a county bureau or a township than for
    a city: 75.9亿元 passed for 蓝田县自然资源和规划局 when the one bound was 100亿元."""
    fee = "active_disclosure.fees.amount"
    county = [("1566_lantian_ziranziyuanguihuaju_2021.txt", "75.9260", "759260"),  # 县 bureau
              ("722_abagaqi_ziranziyuanju_2023.txt", "18.8710 |", "188710 |"),  # 旗 bureau
              ("151_suixi_beipozhen_tradmirror_2022.txt", "190.457379", "19045.7379")]  # 镇: 1.9亿元
    for doc, printed, in_yuan in county:
        assert not of(run(TEXT + doc), "active_disclosure.fee_unit"), doc
        hit = of(run_variant(TEXT + doc, (printed, in_yuan)), "active_disclosure.fee_unit")
        assert len(hit) == 1 and hit[0].cells == [fee] and "而言数量级不合理" in hit[0].message, doc
    # the same magnitudes are possible for a county-level government (洪泽区 7730.28), a city government
    # (淮安市 96171.6) or a zone run as a government (平潭综合实验区 24252.311082): the 100亿元 bound stays
    assert not of(run(TEXT + "924_pingtan_shiyanqu_2021.txt"), "active_disclosure.fee_unit")
    assert not of(run(HONGZE23), "active_disclosure.fee_unit")
    assert not of(run(HUAIAN), "active_disclosure.fee_unit")
    assert not of(run_variant(TEXT + "924_pingtan_shiyanqu_2021.txt", ("24252.311082", "242523.11082")),
                  "active_disclosure.fee_unit")
    # a city bureau (石家庄市教育局 172) keeps the 100亿元 bound too: a 县级市 prints its name like a city
    assert not of(run_variant(TEXT + "032_shijiazhuang_jiaoyuju_2021.txt", ("| 172 |", "| 172000 |")),
                  "active_disclosure.fee_unit")


# ------------------------------------------------------------------------------------------------ H7, S2

def test_processing_fee_pass_and_fail():
    assert not of(run(S001), "fees.processing_fee")  # 本年度没有产生信息公开处理费
    res = run_variant(S001, ("本年度没有产生信息公开处理费", "本年度发出收费通知2件，总金额200元，实际收取信息处理费300元"))
    hit = of(res, "fees.processing_fee")
    assert len(hit) == 1 and (hit[0].expected, hit[0].actual) == ("≤ 200", 300) and len(hit[0].evidence) == 2


def test_processing_fee_collected_in_a_year_without_the_fee():
    assert not of(run(S003), "fees.processing_fee")  # a 2020 report that states no fee: nothing wrong
    text = run(S003).text
    last = text.rstrip().split("\n")[-1]
    res = run_variant(S003, (last, last + "\n本年度收取信息处理费100元。"))
    assert [f.actual for f in of(res, "fees.processing_fee")] == [100]


def test_notice_vs_table_pass_and_fail():
    assert not of(run(S000), "fees.notice_vs_table")  # （六）2 = 0
    res = run_cell(S004, "applications.other.overdue_fee.total", 1)
    hit = of(res, "fees.notice_vs_table")
    assert len(hit) == 1 and "applications.other.overdue_fee.total" in hit[0].cells
    hit = of(run(HUAIAN), "fees.notice_vs_table")
    assert len(hit) == 1 and "3940" in hit[0].message


# ------------------------------------------------------------------------------------------------ inference

def test_lost_cells_are_inferred_when_the_identities_determine_them():
    assert not run(S004).inferred and not of(run(S004), "inference.filled")  # nothing lost in this copy
    res = run(S001)  # rows 四(2) and (六)3 lost a value each: H2 leaves exactly 0 for them
    notes = of(res, "inference.filled")
    assert len(notes) == 2 and all(f.severity == "info" for f in notes)
    assert res.inferred["applications.other.misc.total"] == 0
    assert res.report.provenance["applications.other.misc.total"].method == "inferred"
    assert res.report.tables.applications.other.misc.total == 0
    assert not [f for f in res.findings if f.severity == "error"]
    assert not na(res, "applications.results_total")  # now checkable


def test_nothing_is_inferred_from_an_inconsistent_source():
    res = run_cell(S001, "applications.granted.natural_person", 14)
    assert not res.inferred and not of(res, "inference.filled")
    assert any("未推断" in n.reason for n in na(res, "inference.filled"))
    assert of(res, "applications.row_total")


def test_printed_totals_are_never_changed():
    res = run_cell(S004, "applications.results_total.total", 5)
    assert res.report.tables.applications.results_total.total == 5
    assert not res.inferred


def test_audit_is_idempotent_and_writes_not_assessable_notices():
    first = run(S001)
    again = audits.audit(first.report, first.text)
    assert [f.model_dump() for f in again.findings] == [f.model_dump() for f in first.findings]
    notices = again.report.extraction.notices
    assert sum(n.startswith("audit: not assessable: ") for n in notices) == len(again.not_assessable)
