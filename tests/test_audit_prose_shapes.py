"""S9 phrase shapes for tables 三 and 四, each a sentence as a real report prints it (the report is named),
set into a report whose tables are read (seed 003: 2020, 新收 165, 予以公开 111, 部分公开 17, 复议 11, 直接起诉
4; the 上海 科委 2024 PDF copy: 上年结转 2, 复议 1 维持): the table's own figure agrees, another is found on
the cell it names."""
from __future__ import annotations

from audits.prose.fees import read_fees
from audits.prose.text import paragraphs
from test_audit_support import SEED, TEXT, na, of, run, run_cell, run_variant

S000 = SEED + "000_dfbaa25dea7f00ff.txt"
S001 = SEED + "001_1ec9b8d8ffb3b045.txt"
S003 = SEED + "003_236049bc670541bf.txt"
KEWEI = TEXT + "kewei_shanghai_2024_from_pdf.md"
RID = "prose.table_mismatch"
SENTENCE = "全系统收到政府信息公开申请共计77件"  # seed 003's prose figure (the table says 165)
KEWEI_SENTENCE = "涉及的行政诉讼数为"
RECEIVED = "applications.new_received.total"


def found(said: str, path: str = S003, old: str = SENTENCE) -> list[tuple]:
    """(table, prose, the cell of the first reading) of each finding, with `said` in place of `old`."""
    return [(f.expected, f.actual, f.cells[0]) for f in of(run_variant(path, (old, said)), RID)]


def test_received_with_a_total_word_between_object_and_figure():
    said = "全系统共受理政府信息公开申请总数{}件"  # 天津 北辰 嘉荣里街 2021
    assert not found(said.format(165))
    assert found(said.format(160)) == [(165, 160, RECEIVED)]


def test_received_with_a_long_or_bracketed_object():
    said = "全年共受理公众向市局(市局办公室)提交的政府信息公开申请{}件(含上年度结转0件)"  # 济南 市政府 2024
    assert not found(said.format(165))
    assert [f[:2] for f in found(said.format(170))] == [(165, 170)]
    said = "受理公民、法人和其他组织向市局及市局办公室提出的政府信息公开申请{}件"  # 沈阳 迎宾路街道 2021
    assert not found(said.format(165))
    assert found(said.format(5)) == [(165, 5, RECEIVED)]


def test_processed_applications_including_the_carry_over():
    said = "全系统共处理政府信息公开申请件{}件(包含上年结转0件)"  # 余杭 区政府 2023
    assert not found(said.format(165))
    assert [f[:2] for f in found(said.format(175))] == [(165, 175)]


def test_bare_figure_of_applications_in_a_list_of_the_year():
    said = "2020年度累计主动公开政府信息21条,依申请公开{}件"  # 淄博 中埠镇 2020 (累计 after the year: that year)
    assert not found(said.format(165))
    res = run_variant(S003, (SENTENCE, said.format(0)))  # applications or information: not said which
    assert not of(res, RID) and any("依申请公开0件" in n.reason for n in na(res, RID))


def test_answered_figure_printed_before_its_verb():
    said = "全系统收到政府信息公开申请共计165件,{}件已按规定在法定期限内予以答复"  # 余杭 区政府 2023
    assert not found(said.format(165))
    assert found(said.format(160)) == [(165, 160, "applications.results_total.total")]


def test_carry_over_spelled_zhuanjie_and_next_year_without_du():
    said = "新受理政府信息公开申请165件,办结165件,上年转结政府信息公开申请{}件,转下一年办理{}件"  # 合江县 2022
    assert not found(said.format(0, 0))
    assert found(said.format(3, 0)) == [(0, 3, "applications.carried_over.total")]
    assert found(said.format(0, 2)) == [(0, 2, "applications.carried_forward.total")]


def test_no_carry_over_from_the_year_before_named_by_its_number():
    said = "{}年未转结政府信息公开申请"  # 合江 尧坝镇 2022: "2021年未转结政府信息公开申请"
    assert not found(said.format(2019))  # seed 003 (2020): 上年结转 0
    over = "applications.carried_over.total"
    hit = found(said.format(2023), KEWEI, KEWEI_SENTENCE)  # 2024 report, 上年结转 2
    assert [f for f in hit if f[2] == over] == [(2, 0, over)]
    assert not [f for f in found(said.format(2024), KEWEI, KEWEI_SENTENCE) if f[2] == over]  # its own year


def test_statements_of_no_application():
    for said in ("截止2020年12月31日,我局未收到申请公开政府信息要求",  # 谷城 教育局 2020
                 "全年无依申请公开的情况"):  # 四川 综合执法局 2022
        assert found(said) == [(165, 0, RECEIVED)], said
        assert not of(run_variant(S000, ("未收到书面或其他形式要求公开政府信息的申请", said)), RID)  # 0 received


def test_other_at_the_end_of_a_list_of_results_or_of_applicants():
    said = "其中,予以公开111件,部分公开17件,其他{}件(申请人自主撤销)"  # 武汉 汉阳 区政府办 2022
    assert not found(said.format(0))
    assert found(said.format(1)) == [(0, 1, "applications.other.total")]
    said = "本年新收政府信息公开申请165件,其中自然人159件、商业企业5件、法律服务机构1件、其他{}件"
    assert not found(said.format(0))
    assert found(said.format(2)) == [(0, 2, "applications.new_received.other_org")]
    res = run_variant(S003, (SENTENCE, "全系统收到政府信息公开申请共计165件,其他2件"))  # after neither
    assert not of(res, RID) and any("其他" in n.reason for n in na(res, RID))


def test_applicant_figures_split_the_row_they_follow():
    said = "予以公开111件,其中自然人108件、商业企业{}件"  # the 重庆 seed's table 三 told as sentences
    assert not found(said.format(2))
    assert found(said.format(3)) == [(2, 3, "applications.granted.commercial")]


def test_a_figure_in_section_three_without_the_word_application():
    text = "三、收到和处理政府信息公开申请情况"
    res = run_variant(S003, (text, text + "\n部分公开20件。"))
    assert [(f.expected, f.actual) for f in of(res, RID) if "部分公开" in f.message] == [(17, 20)]
    res = run_variant(S003, ("一、总体情况", "一、总体情况\n部分公开20件。"))  # not about applications
    assert not [f for f in of(res, RID) if "部分公开" in f.message]


def test_litigation_outcomes_belong_to_the_group_the_sentence_names():
    said = "未经复议直接起诉的行政诉讼4件,其中结果维持1件、结果纠正2件、其他结果1件、尚未审结{}件"
    assert not found(said.format(0))
    hit = of(run_variant(S003, (SENTENCE, said.format(1))), RID)  # not 直接起诉 + 复议后起诉 尚未审结
    assert [f.cells for f in hit] == [["review_litigation.litigation_direct.pending"]]


def test_no_review_decision_corrected():
    assert not of(run(KEWEI), RID) or all("纠错" not in f.message for f in of(run(KEWEI), RID))
    res = run_cell(KEWEI, "review_litigation.review.corrected", 1)  # "该行政复议件未被复议审查机关纠错"
    assert [f.cells for f in of(res, RID) if "纠错" in f.message] == [["review_litigation.review.corrected"]]
    said = "未发生被复议纠错或诉讼败诉的情况"
    hit = found(said)  # seed 003: 复议 结果纠正 5, 诉讼 结果纠正 2 + 0
    assert sorted(f[:2] for f in hit) == [(2, 0), (5, 0)]


def test_channel_counts_in_several_sentences_of_one_paragraph_add_up():
    old = "通过来信渠道收到申请2件"
    res = run_variant(S001, ("收到申请13件,通过来信", "收到申请13件；纸质申请2件,通过来信"), (old, "上述"))
    assert not of(res, RID) and not [n for n in na(res, RID) if "渠道" in n.reason]  # 13 + 2 = 15
    res = run_variant(S001, ("收到申请13件,通过来信", "收到申请13件；纸质申请3件,通过来信"), (old, "上述"))
    assert not of(res, RID) and len([n for n in na(res, RID) if "渠道" in n.reason]) == 2


def test_accumulated_within_the_year_is_that_year():
    said = "2020年全系统累计办理政府信息公开申请{}件"
    assert not found(said.format(165))
    assert found(said.format(160))  # received or answered, both 165
    res = run_variant(S003, (SENTENCE, "成立以来全系统累计办理政府信息公开申请160件"))
    assert not of(res, RID) and any("以来" in n.reason for n in na(res, RID))


def test_statements_of_no_fee():
    for said in ("2023年度,县发展和改革局政府信息公开未发生收费情况。",  # 沭阳 发改局 2023
                 "全年无信息公开收费的事项,也无因信息公开导致行政复议以及行政诉讼的情况。",  # 西宁 城乡建设局 2025
                 "未对公众依申请公开政府信息收取任何费用;"):  # 荣昌 河包镇 2020
        assert read_fees(paragraphs(said)).no_fee, said
    for said in ("没有行政事业性收费项目。", "全年收取政府信息公开信息处理费3940元。"):
        assert not read_fees(paragraphs(said)).no_fee, said


def test_one_figure_stated_for_a_list_of_quantities():
    said = "未经复议直接起诉的行政诉讼4件,结果维持、结果纠正、其他结果、尚未审结均为{}件"  # seed 003: 1 / 2 / 1 / 0
    assert found(said.format(1)) == [(2, 1, "review_litigation.litigation_direct.corrected"),
                                     (0, 1, "review_litigation.litigation_direct.pending")]
    assert not found("复议后起诉的行政诉讼0件,结果维持、结果纠正、其他结果、尚未审结均为0件")
    said = "进入行政复议程序和行政诉讼程序均为0件"  # 合江 尧坝镇 2022
    assert sorted(found(said)) == [(4, 0, "review_litigation.litigation_direct.total"),
                                   (11, 0, "review_litigation.review.total")]
    last = "无其他需要报告的事项"  # seed 004: table 四 has one case (复议后起诉, 维持)
    assert of(run_variant(SEED + "004_0611940f34059ea7.txt", (last, last + "。" + said)), RID)
    assert not found("因政府信息公开引起的投诉、举报均为0件")  # not quantities of the tables


def test_a_bare_on_request_figure_agrees_with_any_of_its_readings():
    assert not found("2020年度累计主动公开政府信息21条,依申请公开111件")  # = 予以公开 111
    assert not found("2020年度累计主动公开政府信息21条,依申请公开128件")  # = 予以公开 + 部分公开
    res = run_variant(S003, (SENTENCE, "2020年度累计主动公开政府信息21条,依申请公开120件"))
    assert not of(res, RID) and any("依申请公开120件" in n.reason for n in na(res, RID))


def test_more_verbs_quantifiers_and_units_of_received():
    for said in ("全系统新增政府信息公开申请{}件", "全系统共有{}件政府信息公开申请",
                 "全系统收到政府信息公开申请总共{}件", "全系统收到政府信息公开申请共计{}人次"):
        assert not found(said.format(165)), said
        assert found(said.format(160)) == [(165, 160, RECEIVED)], said


def test_applicant_types_named_otherwise():
    said = "全系统收到政府信息公开申请165件,其中公民申请159件,法人和其他组织申请{}件"
    assert not found(said.format(6))
    assert [f[:2] for f in found(said.format(5))] == [(6, 5)]


def test_review_and_litigation_without_xingzheng_and_their_outcomes():
    assert not found("因政府信息公开被申请复议11件,其中被纠错5件,1件尚在审理")
    assert found("因政府信息公开被申请复议12件") == [(11, 12, "review_litigation.review.total")]
    assert found("因政府信息公开被申请复议11件,其中被纠错4件") == [(5, 4, "review_litigation.review.corrected")]
    assert found("因政府信息公开被申请复议11件,其中2件尚在审理") == [(1, 2, "review_litigation.review.pending")]
    assert not found("因政府信息公开被提起诉讼4件,其中胜诉1件、败诉2件")
    assert found("因政府信息公开被提起诉讼4件,其中胜诉1件、败诉1件") == [
        (2, 1, "review_litigation.litigation_direct.corrected")]


def test_applications_still_open_printed_before_the_verb():
    said = "截至年底尚有{}件未办结"
    assert found(said.format(2)) == [(0, 2, "applications.carried_forward.total")]
    forward = "applications.carried_forward.total"  # the 科委 copy: 1 (its 总计 blank, the applicant cells add to 1)
    done = "所有申请均已按要求办理完成"  # said in place of the 科委's own (wrong) statement of none
    assert not [f for f in found(said.format(1), KEWEI, done) if f[2] == forward]
    assert found(said.format(3), KEWEI, done) == [(1, 3, forward)]


def test_none_said_as_zero_in_words():
    assert found("全系统政府信息公开申请数为零") == [(165, 0, RECEIVED)]
    assert sorted(found("因政府信息公开引起的行政复议和行政诉讼为零")) == [
        (4, 0, "review_litigation.litigation_direct.total"), (11, 0, "review_litigation.review.total")]
    assert not found("全系统收到政府信息公开申请165件,予以公开和部分公开为128件")  # a sum, not each


INCONSISTENT = "prose.inconsistent"


def parts_found(path: str, *edits: tuple[str, str]) -> list[tuple]:
    return [(f.expected, f.actual) for f in of(run_variant(path, *edits), INCONSISTENT)]


def test_applicant_parts_that_split_the_total_must_add_up():
    ezhou = TEXT + "029_ezhou_echeng_scjgj_2024.txt"  # table 三 cut off: the prose is all there is
    said = "受理公民、法人提出的政府信息公开申请9件,其中自然人申请9件,法人或其他组织申请0件"
    assert not parts_found(ezhou, (said, said))
    assert parts_found(ezhou, (said, said.replace("自然人申请9件", "自然人申请8件"))) == [(9, 8)]


def test_outcomes_and_channels_never_exceed_their_total():
    said = "全系统因政府信息公开被申请行政复议11件,其中结果维持4件、结果纠正{}件"  # two of four outcomes
    assert not parts_found(S003, (SENTENCE, said.format(5)))  # 9 of 11: the others are not said
    assert parts_found(S003, (SENTENCE, said.format(8))) == [(11, 12)]
    said = "全系统因政府信息公开被申请行政复议11件,其中结果维持4件、结果纠正5件、其他结果1件、尚未审结{}件"
    assert not parts_found(S003, (SENTENCE, said.format(1)))
    assert parts_found(S003, (SENTENCE, said.format(0))) == [(11, 10)]  # all four given: they split the 11
    old = "本年度通过网页渠道收到申请13件,通过来信渠道收到申请2件"
    said = "本年度收到申请15件,其中通过网页渠道收到申请13件,通过来信渠道收到申请{}件"
    assert not parts_found(S001, (old, said.format(2)))
    assert parts_found(S001, (old, said.format(3))) == [(15, 16)]


def test_channels_named_as_examples_of_all_are_not_a_subset():
    old = "本年度通过网页渠道收到申请13件,通过来信渠道收到申请2件"
    said = "本年度通过网页、来信等渠道收到申请{}件"  # 子长市 2023: 通过市政府门户网站、邮寄等途径…合计12件
    assert not found(said.format(15), S001, old)
    assert found(said.format(16), S001, old) == [(15, 16, RECEIVED)]


def test_a_result_count_printed_without_its_unit_but_with_its_share():
    said = "其中,予以公开答复111件,占67.27%;部分公开{},占10.30%"  # a 2022 区 report: 部分公开67,占4.61%
    assert not found(said.format(17))
    assert found(said.format(18)) == [(17, 18, "applications.partially_granted.total")]
    assert not found("其中,予以公开答复111件,占67.27%;部分公开2022,同比")  # no share: not a count
