"""Odd shapes of real reports met on fresh pages (eval/docs/text/6NN_*): each behaviour on the page itself
and, where the page alone cannot fail, on the same page with its one odd feature undone or changed."""
from __future__ import annotations

from extractor.segment import candidates, find_sections
from test_audit_support import TEXT, document

P608 = TEXT + "608_xixian_zhengyangjiedao_2023.txt"  # sections numbered '1、 总体情况'


def test_sections_numbered_with_arabic_digits_are_sections():
    text = document(P608).text
    found = find_sections(text)
    assert [h.key for h in found] == ["overview"]
    assert found[0].heading == "1、 总体情况" and found[0].numeral_ok
    # its items are numbered the same way ('1、 主动公开。…'): a sentence, not even a candidate for section 二
    assert "1、 主动公开。" in text and [h.key for h in candidates(text)] == ["overview"]


def test_an_arabic_numeral_of_another_section_is_kept_but_not_preferred():
    text = document(P608).text.replace("1、 总体情况", "3、 总体情况")
    found = find_sections(text)
    assert [h.key for h in found] == ["overview"] and not found[0].numeral_ok


def _meta(name: str, text: str | None = None) -> dict:
    from extractor.meta import read_meta
    from extractor.segment import find_sections
    text = document(TEXT + name).text if text is None else text
    found = find_sections(text)
    return read_meta(text, found[0].start if found else None)


def test_an_index_label_cut_to_its_last_character_is_not_part_of_the_title():
    # the page's index block lost the first character of '名 称:' → '称: 鹿城街道2025年…'
    m = _meta("615_chuxiong_luchengjiedao_2025.txt")
    assert m["title"] == "鹿城街道2025年政府信息公开工作年度报告"
    assert m["organ"].endswith("鹿城街道") and "称" not in m["organ"]


def test_a_subject_read_up_to_its_verb_drops_the_verbs_before_the_name():
    # '进一步健全完善横山镇信息公开工作机制': the organ is 横山镇, not the verb phrase before it
    assert _meta("621_anju_hengshanzhen_2022.txt")["organ"] == "横山镇"


def test_a_cited_rule_on_reports_names_no_organ():
    # 《德阳市政府信息公开工作年度报告制度》 is a rule the 局 follows, not its report: 德阳市 is not the organ
    name = "607_zhongjiang_ju_spammirror_2022.txt"
    assert _meta(name)["organ"] is None
    text = document(TEXT + name).text.replace("年度报告制度》", "年度报告》")
    assert _meta(name, text)["organ"] == "德阳市"  # the same words naming a report are read as before


def _dates(res) -> list[str]:
    return [f.message for f in res.findings if f.rule == "meta.dates"]


def test_an_opening_that_compiled_a_report_titled_with_another_year_is_a_dates_finding():
    from test_audit_support import run, run_variant
    name = TEXT + "610_zoucheng_tianhuangzhen_2021.txt"  # 编制了《田黄镇2020年…报告》, 统计期限 2021
    res = run(name)
    assert _dates(res) == ["正文所称报告年度 2020 与统计期限年份 2021 不一致"]
    assert res.report.meta.year == 2021  # the report's year still follows what its figures cover
    # a 《…》 the opening only cites (根据《…》) is another document, not the report's own name
    assert _dates(run_variant(name, ("我镇认真编制了《", "我镇根据《"))) == []


def test_a_statistics_period_whose_year_lost_its_nian_still_reads_and_may_span_two_years():
    from audits.years import period_year
    from test_audit_support import run, run_variant
    name = TEXT + "627_ganzhou_weijianju_2021.txt"  # 统计期限自20211月1日起至202212月31日止
    (msg,) = _dates(run(name))
    assert "从 2021 年跨到 2022 年" in msg
    fixed = ("202212月31日", "202112月31日")
    assert _dates(run_variant(name, fixed)) == []
    assert period_year(document(name).text.replace(*fixed)).year == 2021


def test_a_year_set_off_before_the_reports_own_voice_is_its_year():
    # no title, period or date; only '…坚持依法公开,2022年,我局在中江县人民政府网站主动公开信息416条'
    name = "607_zhongjiang_ju_spammirror_2022.txt"
    assert _meta(name)["year"] == 2022
    # the same year inside a clause about something else ('2022年,全县…') says nothing of the report
    text = document(TEXT + name).text.replace("2022年,我局在", "2022年,全县在")
    assert _meta(name, text)["year"] is None


def test_the_subject_of_a_sentence_about_its_own_disclosure_work_names_the_organ():
    # '2021年,县卫生健康局的政府信息公开工作严格按照…': the organ before 的政府信息公开工作
    assert _meta("628_yxes_weijianju_2021.txt")["organ"] == "县卫生健康局"


def test_a_contact_named_after_a_colon_names_the_organ():
    # '请联系:杭州市滨江区人民政府长河街道办事处;联系电话…' (no title on the page): the contact was not read after 请联系:
    assert _meta("715_binjiang_changhejiedao_mirror_2023.txt")["organ"] == "杭州市滨江区人民政府长河街道办事处"
    # another page of the shape, its title dropped: the contact office's organ ('…人民政府信息公开领导小组办公室')
    name = "728_longyou_hengshanzhen_2023.txt"
    text = document(TEXT + name).text.split("\n", 1)[1]
    assert "请联系:龙游县横山镇人民政府信息公开领导小组办公室" in text
    assert _meta(name, text)["organ"] == "龙游县横山镇人民政府"


def test_a_line_cut_inside_a_cited_document_is_no_form_of_the_name():
    # '在政务公开栏及时主动公开了《剑阁县杨村镇人民政府' / '关于印发…的通知》': the cut line used to be taken as the
    # fuller form of the contact line's 剑阁县杨村镇人民政府
    name = "727_jiange_yangcunzhen_2024.txt"
    assert _meta(name)["organ"] == "剑阁县杨村镇人民政府"
    joined = document(TEXT + name).text.replace("《剑阁县杨村镇人民政府\n关于", "《剑阁县杨村镇人民政府关于")
    assert _meta(name, joined)["organ"] == "剑阁县杨村镇人民政府"


def test_a_report_the_opening_wrote_titled_with_another_year_is_a_dates_finding():
    from test_audit_support import run, run_variant
    # 广德市杨滩镇 2020 (traditional mirror): '我镇认真编写了《广德市杨滩镇人民政府2020年度…报告》', 统计期限 in 2019
    name = TEXT + "2461_guangde_yangtanzhen_tradmirror_2020.txt"
    assert _dates(run(name)) == ["正文所称报告年度 2020 与统计期限年份 2019 不一致"]
    # a cited 《…》 names another document (the year the overview opens with, '2020年,杨滩镇…', may still be set against it)
    assert not [m for m in _dates(run_variant(name, ("认真编写了《", "认真根据《"))) if "正文所称报告年度" in m]
