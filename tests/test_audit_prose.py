"""S9 (prose figures vs the tables) and S10 (prose says no 复议/诉讼): real documents and real documents with
one phrase changed. The rule must find real contradictions and say "not assessable", never raise a false
alarm, where a sentence's scope, subset or category differs."""
from __future__ import annotations

from extractor.numerals import chinese_to_int, to_number
from test_audit_support import SEED, TEXT, na, of, run, run_cell, run_variant

S004 = SEED + "004_0611940f34059ea7.txt"

S000 = SEED + "000_dfbaa25dea7f00ff.txt"
S001 = SEED + "001_1ec9b8d8ffb3b045.txt"
S002 = SEED + "002_da7a2546b762ed99.txt"
S003 = SEED + "003_236049bc670541bf.txt"
KEWEI = TEXT + "kewei_shanghai_2024_from_pdf.md"
RID = "prose.table_mismatch"
SENTENCE = "全系统收到政府信息公开申请共计77件"


def test_seed_003_prose_77_against_table_165():
    hit = of(run(S003), RID)
    assert len(hit) == 1
    f = hit[0]
    assert (f.expected, f.actual) == (165, 77) and f.severity == "warning"
    assert "applications.new_received.total" in f.cells
    text = run(S003).text
    prose, cell = f.evidence[0], f.evidence[1]
    assert "77件" in text[prose[0]:prose[1]] and text[cell[0]:cell[1]] == "165"


def test_the_same_sentence_with_the_table_figure_passes():
    res = run_variant(S003, (SENTENCE, "全系统收到政府信息公开申请共计165件"))
    assert not of(res, RID) and not na(res, RID)


def test_chinese_numerals():
    assert not of(run_variant(S003, (SENTENCE, "全系统收到政府信息公开申请共计一百六十五件")), RID)
    assert [f.actual for f in of(run_variant(S003, (SENTENCE, "全系统收到政府信息公开申请共计七十七件")), RID)] == [77]
    assert [chinese_to_int(s) for s in ("一百零五", "十二", "两千三百", "一二")] == [105, 12, 2300, None]
    assert to_number("3,119") == 3119


def test_total_including_carry_over():
    res = run_variant(S003, (SENTENCE, "全系统受理政府信息公开申请165件（含上年结转0件）"))
    assert not of(res, RID)
    res = run_variant(S003, (SENTENCE, "全系统受理政府信息公开申请170件（含上年结转5件）"))
    figures = sorted(f.actual for f in of(res, RID))
    assert figures == [5, 170]  # 170 ≠ 165 + 0, and 上年结转 5 ≠ 0
    # the 上海 2019 phrasing: "答复805件（含上年度结转18件），另有72件顺延"
    said = "全系统收到政府信息公开申请共计165件，答复165件（含上年度结转0件），另有{}件顺延"
    assert not of(run_variant(S003, (SENTENCE, said.format(0))), RID)
    assert [(f.expected, f.actual) for f in of(run_variant(S003, (SENTENCE, said.format(2))), RID)] == [(0, 2)]
    hit = of(run_variant(S003, (SENTENCE, "全系统收到政府信息公开申请共计165件，无上年结转")), RID)
    assert not hit  # 上年结转 is 0: "无上年结转" agrees


def test_approximate_figures():
    assert not of(run_variant(S003, (SENTENCE, "全系统收到政府信息公开申请160余件")), RID)  # 165 ≥ 160
    assert of(run_variant(S003, (SENTENCE, "全系统收到政府信息公开申请170余件")), RID)  # 165 < 170
    res = run_variant(S003, (SENTENCE, "全系统收到政府信息公开申请约170件"))
    assert not of(res, RID) and na(res, RID)


def test_scope_of_another_organ_is_not_assessable():
    res = run_variant(S003, (SENTENCE, "全市收到政府信息公开申请共计77件"))  # a 局's report: 全市 is not its own
    assert not of(res, RID)
    assert any("全市" in n.reason for n in na(res, RID))


def test_scope_words_and_subsets_in_seed_000_raise_nothing():
    res = run(S000)  # 全州 归集 figures; 除简易程序以外 的处罚案件; "未收到…申请" agrees with 0
    assert not of(res, RID)
    reasons = " ".join(n.reason for n in na(res, RID))
    assert "全州" in reasons and "除" in reasons


def test_channel_subsets_that_add_up_agree():
    res = run(S001)  # 网页13件 + 来信2件 = 15 = 新收总计
    assert not of(res, RID) and not na(res, RID)


def test_channel_subsets_that_do_not_add_up_are_not_assessable():
    res = run_variant(S001, ("通过来信渠道收到申请2件", "通过来信渠道收到申请3件"))
    assert not of(res, RID)
    assert len([n for n in na(res, RID) if "渠道" in n.reason]) == 2


def test_figures_spread_over_several_sentences():
    res = run(KEWEI)  # 34 / 2 / 9 / 0 / 2 / 10 / 0 / 14 / 1 in two sentences, and "所有申请均已按要求办理完成"
    hit = of(res, RID)
    assert len(hit) == 1 and "所有申请均已按要求办理完成" in hit[0].message
    assert "applications.carried_forward.natural_person" in hit[0].cells
    res = run_variant(KEWEI, ("无法提供的 10 件", "无法提供的 11 件"))
    assert [f.actual for f in of(res, RID) if "无法提供" in f.message] == [11]
    res = run_variant(KEWEI, ("同意公开答复 9 件", "同意公开答复 8 件"))
    assert [(f.expected, f.actual) for f in of(res, RID) if "同意公开" in f.message] == [(9, 8)]


def test_review_and_litigation_counts():
    res = run_variant(KEWEI, ("有 1 件涉及政府信息公开工作的行政复", "有 2 件涉及政府信息公开工作的行政复"))
    assert [f.cells for f in of(res, RID) if "行政复议" in f.message] == [["review_litigation.review.total"]]


def test_two_figures_for_one_quantity_in_a_sentence_are_ambiguous():
    res = run_variant(S003, (SENTENCE, "全系统收到政府信息公开申请共计77件，收到政府信息公开申请共计80件"))
    assert not of(res, RID)
    assert any("多个数字" in n.reason for n in na(res, RID))


def test_a_subset_with_qizhong_is_not_compared():
    res = run_variant(S003, (SENTENCE, "全系统收到政府信息公开申请共计165件，其中市局机关收到政府信息公开申请77件"))
    assert not of(res, RID)


def test_category_and_document_counts():
    res = run(TEXT + "016_taojiang_shenjiju_2020.txt")  # 规范性文件2条 = 2/2/2
    assert not of(res, RID)
    res = run(SEED + "001_1ec9b8d8ffb3b045.txt")  # 发布本年制发的行政规范性文件10件 = 制发 10
    assert not of(res, RID)
    res = run_variant(S001, ("发布本年制发的行政规范性文件10件", "发布本年制发的行政规范性文件12件"))
    assert [f.cells for f in of(res, RID)] == [["active_disclosure.normative_documents.issued"]]


def test_licensing_figure():
    res = run_variant(S000, ("2021年公开行政处罚案件15件", "2021年作出行政处罚决定18件"))
    assert not of(res, RID)  # the sentence still counts a subset (除…以外): not assessable either way
    ezhou = TEXT + "029_ezhou_echeng_scjgj_2024.txt"
    assert not of(run(ezhou), RID)  # 办理行政许可39405件 = 39405
    res = run_variant(ezhou, ("办理行政许可39405件", "办理行政许可39406件"))
    assert [f.cells for f in of(res, RID)] == [["active_disclosure.licensing.decisions"]]
    # 信用平台 "发布行政许可信息76条" counts published entries, not decisions: agrees, or is not assessable
    fuyuan = TEXT + "025_fuyuan_ziranziyuanju_tradmirror_2022.txt"
    assert not of(run(fuyuan), RID)
    res = run_variant(fuyuan, ("行政许可信息76条", "行政许可信息77条"))
    assert not of(res, RID) and na(res, RID)
    res = run_variant(ezhou, ("办理行政许可39405件", "公布行政许可事项清单126项"))
    assert not of(res, RID)


def test_figures_about_another_year_are_not_compared():
    res = run_variant(S003, (SENTENCE, "全系统收到政府信息公开申请共计165件，上年收到政府信息公开申请77件"))
    assert not of(res, RID) and [n.reason for n in na(res, RID)] == ["「收到政府信息公开申请77件」：说的是另一年度的数字"
                                                                     "（上年）"]
    res = run_variant(S003, (SENTENCE, "全系统收到政府信息公开申请共计160件，上年收到政府信息公开申请77件"))
    assert [(f.expected, f.actual) for f in of(res, RID)] == [(165, 160)]  # this year's figure is still compared


def test_prose_against_a_cut_table_is_not_assessable():
    res = run(TEXT + "029_ezhou_echeng_scjgj_2024.txt")  # prose 9/8/1; table 三 not in the copy
    assert not of(res, RID) and len(na(res, RID)) >= 4


def test_review_litigation_statement_pass_and_fail():
    sentence = "我局目前尚未有需要报告的其他事项。"
    none = "本年度未发生政府信息公开行政复议和行政诉讼案件。"
    res = run_variant(S002, (sentence, none))  # table 四: 直接起诉 尚未审结 1
    hit = of(res, "prose.review_litigation")
    assert len(hit) == 1 and hit[0].cells == ["review_litigation.litigation_direct.pending",
                                              "review_litigation.litigation_direct.total"]
    res = run_variant(S002, (sentence, "本年度未发生政府信息公开行政复议案件。"))
    assert not of(res, "prose.review_litigation")  # only 复议 is said to be none, and it is 0
    assert not of(run_variant(SEED + "004_0611940f34059ea7.txt", ("无其他需要报告的事项", "未发生行政复议")),
                  "prose.review_litigation")


def test_not_negated_review_sentence_raises_nothing():
    res = run(KEWEI)  # "该行政复议件未被复议审查机关纠错": 未被 is not "no 复议"
    assert not of(res, "prose.review_litigation")


def test_hongze_2024_prose_17_against_95():
    hit = of(run("eval/docs/pdf/hongze-2024.pdf"), RID)
    assert [(f.expected, f.actual) for f in hit] == [(95, 17)]


def test_huaian_prose_agrees_with_every_table():
    res = run("eval/docs/pdf/huaian-city-2024.pdf")  # 3119 / 3050（含34）/ 103 / 复议 351 … 诉讼 46 …; 政策性文件 11
    assert not of(res, RID)


def test_a_changed_table_number_is_found_from_the_prose():
    res = run_cell("eval/docs/pdf/huaian-city-2024.pdf", "review_litigation.review.upheld", 73)
    assert any(f.cells == ["review_litigation.review.upheld"] for f in of(res, RID))


def test_combined_categories_and_broken_down_counts():
    base = "全系统收到政府信息公开申请共计165件，"
    res = run_variant(S003, (SENTENCE, base + "予以公开及部分公开128件"))  # 108 + 20
    assert not of(res, RID)
    assert [(f.expected, f.actual) for f in of(run_variant(S003, (SENTENCE, base + "予以公开及部分公开100件")), RID)] \
        == [(128, 100)]
    res = run_variant(S003, (SENTENCE, base + "不予公开和无法提供30件"))  # one figure, two categories
    assert not of(res, RID) and any("两类结果" in n.reason for n in na(res, RID))
    res = run_variant(S003, (SENTENCE, "主动公开规范性文件40件（含新制定5件，修改4件）"))  # 上海 2022 style
    assert not of(res, RID)
    assert [(f.expected, f.actual) for f in of(run_variant(S003, (SENTENCE, "主动公开规范性文件30件")), RID)] == [(31, 30)]


def test_a_figure_against_a_blank_total_compares_with_the_printed_applicant_cells_blank_as_0():
    page = TEXT + "001_changchun_erdao_zhengshouban_2022.txt"  # （一）予以公开: 自然人 18, other columns and 总计 blank
    said = "我办受理依申请信息56条"
    assert not of(run_variant(page, (said, said + "，予以公开18件")), "prose.table_mismatch")
    hit = of(run_variant(page, (said, said + "，予以公开20件")), "prose.table_mismatch")
    assert len(hit) == 1 and (hit[0].expected, hit[0].actual) == (18, 20)
    assert "空白" in hit[0].message and "按0计" in hit[0].message


def test_all_upheld_in_the_prose_against_pending_or_corrected_cases_in_table_4():
    # seed 004: 复议后起诉 1 case, 结果维持 (0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 1)
    said = ("无其他需要报告的事项", "无其他需要报告的事项。本年度行政诉讼案件均获维持。")
    assert not of(run_variant(S004, said), "prose.table_mismatch")
    row = "0  | 0  | 0  | 0  | 0  | 0  | 0  | 0  | 0  | 0  | 1  | 0  | 0  | 0  | 1  |"
    pending = "0  | 0  | 0  | 0  | 0  | 0  | 0  | 0  | 0  | 0  | 0  | 0  | 0  | 1  | 1  |"
    hit = of(run_variant(S004, said, (row, pending)), "prose.table_mismatch")
    assert len(hit) == 1 and "review_litigation.litigation_after_review.pending" in hit[0].cells
    assert "均获维持" in hit[0].message and hit[0].expected == 1 and hit[0].actual == 0


def test_one_quantity_stated_twice_with_different_numbers():
    s003 = SEED + "003_236049bc670541bf.txt"  # prose "收到政府信息公开申请共计77件" once (the table says 165)
    assert not of(run(s003), "prose.inconsistent")
    last = run(s003).text.rstrip().split("\n")[-1]
    res = run_variant(s003, (last, last + "\n2020年，全系统共收到政府信息公开申请165件。"))
    hit = of(res, "prose.inconsistent")
    assert len(hit) == 1 and (hit[0].expected, hit[0].actual) == (77, 165) and len(hit[0].evidence) == 2
    same = run_variant(s003, (last, last + "\n2020年，全系统共收到政府信息公开申请77件。"))
    assert not of(same, "prose.inconsistent")


def test_an_applicant_type_in_the_received_words_is_that_columns_count():
    page = TEXT + "480_qijiang_nongyenongcunwei_2024.txt"  # 收到依申请公开6条 … 其中 商业企业…1条 … 收到自然人申请…5条
    assert not [f for f in of(run(page), "prose.inconsistent") if f.expected == 6]
    said = "收到自然人申请政府信息公开申请5条"
    hit = of(run_variant(page, (said, "收到政府信息公开申请5条")), "prose.inconsistent")  # no type: the total again
    assert [(f.expected, f.actual) for f in hit if f.expected == 6] == [(6, 5)]
    both = run_variant(page, (said, "收到自然人、法人或其他组织申请政府信息公开申请5条"))  # every type: the total
    assert [(f.expected, f.actual) for f in of(both, "prose.inconsistent") if f.expected == 6] == [(6, 5)]


def test_a_document_count_before_its_noun_in_chinese_numerals():
    page = TEXT + "171_changchun_xinqu_kejiju_2023.txt"  # "出台四项规范性文件", table 二 行政规范性文件 0/0/0
    hit = of(run(page), "prose.table_mismatch")
    assert [(f.expected, f.actual) for f in hit] == [(0, 4)]
    assert hit[0].cells == ["active_disclosure.normative_documents.issued"]
    assert not of(run_cell(page, "active_disclosure.normative_documents.issued", 4), "prose.table_mismatch")
