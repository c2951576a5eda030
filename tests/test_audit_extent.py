"""Where a copy stops is arbitrary: sections after the last one seen are missing only when the copy shows
it reaches the report's end (its closing section, a sign-off, 特此报告, the page's footer); a section
missing between two seen ones is missing in any copy. structure.sections, structure.tables and the review
page's copy status share that one judgment (audits.extent)."""
from __future__ import annotations

from pathlib import Path

import pytest

from audits.context import Context
from audits.extent import end_marker
from audits.render.summary import copy_status
from extractor import template
from extractor.sign_off import signature
from parser_gaps import check
from test_audit_support import SEED, TEXT, document, gold_files, na, of, run, run_variant

S000 = SEED + "000_dfbaa25dea7f00ff.txt"  # ends on 六, its sign-off and "解读文章"
S003 = SEED + "003_236049bc670541bf.txt"  # ends on 六, its sign-off and "扫一扫在手机打开当前页"
SIX = "六、其他需要报告的事项"
FIVE = "五、存在的主要问题及改进情况"

# real page heads, each stopping at another arbitrary point of the report
HEADS = {
    "411_nanchang_qingshanhu_qzf_2022.txt": "(五)回应关切方面。",  # a sub-heading ending on a full stop
    "414_anhui_tongjiju_2021.txt": "二是提高政策解读实效",  # a short line
    "310_yuhang_qzf_spammirror_2023.txt": "建立健",  # a few characters into a paragraph
    "316_gaoping_dongchengjie_2021.txt": "一是加强组织领导。切实把信息公开工作列入",  # mid-sentence
    "317_wansheng_donglinjiedao_2021.txt": "(二)依申请公开方面",  # a sub-heading
    "320_xianning_gaoxinqu_mirror_2020.txt": "二、行政机关主动公",  # part of a heading
    "166_shenzhen_futian_futianjie_notables_2024.txt": "2024年度",  # just after heading 五
    "032_shijiazhuang_jiaoyuju_2021.txt": "三、收到和处理政府信息公开",  # inside table 二, at heading 三
}


def status(res) -> tuple[bool, str]:
    return copy_status(Context(res.report, res.text))


@pytest.mark.parametrize("name", sorted(HEADS))
def test_a_page_head_stopping_anywhere_lacks_nothing_after_its_end(name):
    res = run(TEXT + name)
    assert res.text.rstrip().endswith(HEADS[name])
    # 414's preamble announces a closed outline without 六 ('全文包括总体情况、…、存在的主要问题及改进情况'): that is
    # the report's own statement, said on any copy (ruling s23); the copy's end itself says nothing missing
    own = [f for f in of(res, "structure.sections") if f.message.startswith("开头所列提纲")]
    assert [f.expected for f in own] == ([[SIX]] if name.startswith("414_") else []), name
    assert not [f for f in of(res, "structure.sections") if f not in own] and na(res, "structure.sections"), name
    fragment, where = status(res)
    assert fragment and "止于" in where


@pytest.mark.parametrize("name, ending", [
    ("411_nanchang_qingshanhu_qzf_2022.txt", "\n以上是本区2022年度政府信息公开工作情况，特此报告。"),
    ("414_anhui_tongjiju_2021.txt", "。\n安徽省统计局\n2022年1月21日"),
    ("316_gaoping_dongchengjie_2021.txt", "重要议事日程。\n东城街街道办事处\n2022年1月20日"),
    ("166_shenzhen_futian_futianjie_notables_2024.txt", "，本街道仍存在一些不足。\n扫一扫在手机打开当前页"),
])
def test_the_same_head_showing_its_end_lacks_the_sections_after_it(name, ending):
    last = HEADS[name]
    res = run_variant(TEXT + name, (last, last + ending))
    assert SIX in of(res, "structure.sections")[0].message
    assert not na(res, "structure.sections") and status(res) == (False, "")


def test_a_finished_sentence_or_a_bare_date_shows_no_end():
    name = "166_shenzhen_futian_futianjie_notables_2024.txt"
    res = run_variant(TEXT + name, ("2024年度", "2024年度，本街道政务公开工作仍存在一些不足，公开内容有待进一步丰富。"))
    assert not of(res, "structure.sections") and na(res, "structure.sections")
    page = TEXT + "120_180-76-149-248_shenjiju_flipbook_p9_2020.txt"  # flipbook page 9: from 三's last row to 五
    res = run(page)
    assert not of(res, "structure.sections") and na(res, "structure.sections")
    last = res.text.rstrip().split("\n")[-1]
    dated = run_variant(page, (last, last + "\n2021年1月20日"))  # a date under a sentence signs nothing
    assert not of(dated, "structure.sections")
    signed = run_variant(page, (last, last + "\n审计局\n2021年1月20日"))
    assert SIX in of(signed, "structure.sections")[0].message


def _complete():
    return [g["document"] for g in gold_files() if g.get("complete")]


@pytest.mark.parametrize("path", _complete())
def test_every_complete_copy_shows_its_end(path):
    res = run(path)
    shown = end_marker(Context(res.report, res.text)) is not None
    check(Path(path).stem, "end", shown and status(res) == (False, ""), (shown, status(res)))


@pytest.mark.parametrize("path", _complete())
def test_a_section_removed_from_the_middle_of_a_complete_copy_is_missing(path):
    text = document(path).text
    res = run(path)
    if res.report.meta.year is not None and res.report.meta.year < template.FIRST_YEAR:
        pytest.skip("a report on the 2008 条例's outline: structure.sections judges the 2019 outline only")
    by_key = {s.key: s for s in res.report.sections}
    if "problems" not in by_key:
        pytest.skip("the report has no section 五 of its own to remove")  # kewei: 五 is already missing
    if "other_matters" not in by_key:
        pytest.skip("the report has no section 六 after its 五")  # 746: an institute's own four parts
    five, six = by_key["problems"].start, by_key["other_matters"].start
    res = run_variant(path, (text[five:six], ""))
    check(Path(path).stem, "sections", FIVE in " ".join(f.message for f in of(res, "structure.sections")), path)


def test_a_gap_is_missing_in_a_copy_that_stops_anywhere():
    text = document(S000).text
    cut = text[: text.index(FIVE) + len(FIVE) + 30]  # stops inside section 五's first sentence
    heading = next(l for l in cut.split("\n") if l.startswith("三、"))
    res = run_variant(S000, (text, cut.replace(heading, "", 1)))
    msgs = [f.message for f in of(res, "structure.sections")]
    assert len(msgs) == 1 and "三、收到和处理政府信息公开申请情况" in msgs[0] and SIX not in msgs[0]
    assert any(SIX in n.reason for n in na(res, "structure.sections"))  # named by its heading


def test_a_complete_report_without_its_last_section():
    six = document(S000).text
    six = six[six.index("六、其他要报告事项"):]
    body, sign = six.split("克州市场监督管理局", 1)
    res = run_variant(S000, (body, ""))  # 六 removed, the sign-off kept: 六 is missing
    assert SIX in of(res, "structure.sections")[0].message and not na(res, "structure.sections")
    assert status(res) == (False, "")
    res = run_variant(S000, (six, ""))  # 六 and everything after it removed: the copy stops after 五
    assert not of(res, "structure.sections") and na(res, "structure.sections")
    assert status(res) == (True, f"止于「{FIVE}」，其后部分不在副本中")
    six = document(S003).text
    six = six[six.index("六、其它需要报告的事项"):]
    res = run_variant(S003, (six, "扫一扫在手机打开当前页"))  # only the page's footer after 五
    assert SIX in of(res, "structure.sections")[0].message


def test_a_signature_is_an_organ_and_a_date_on_their_own():
    assert signature("五、问题\n正文。\n沭阳县发展和改革局\n2024年1月17日\n") == (9, 29)
    assert signature("克州市场监督管理局 二〇二二年一月二十日") is not None
    assert signature("（二）召开专题会\n2022年3月1日") is None  # a sub-heading, not a name
    assert signature("2022年3月1日，召开专题会议。") is None and signature("我局\n2022年1月") is None


def test_a_whole_copy_without_its_first_heading_lacks_section_one_and_is_no_fragment():
    line = next(l for l in document(S000).text.split("\n") if l.startswith("一、"))
    res = run_variant(S000, (line + "\n", ""))  # the opening's text kept, its heading removed
    assert "一、总体情况" in of(res, "structure.sections")[0].message
    assert status(res) == (False, "")  # the review page says what structure.sections says
