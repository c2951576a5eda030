"""Rules over several reports of one batch: S1 carry-over, S3 across years, S12 near-identical reports."""
from __future__ import annotations

import audits
from test_audit_support import SEED, document, extract_text, of, pair, set_cell

S000 = SEED + "000_dfbaa25dea7f00ff.txt"
S003 = SEED + "003_236049bc670541bf.txt"
HONGZE = ("eval/docs/pdf/hongze-2023.pdf", "eval/docs/pdf/hongze-2024.pdf")
TITLE = ("2021年政府信息公开工作年度报告", "2022年政府信息公开工作年度报告")


def _next_year(text: str):
    """Seed 000 (the organ's 2021 report) re-dated to 2022: the same organ's report on the next year."""
    text = text.replace(*TITLE, 1)
    return extract_text(S000, text), text


def test_carry_over_across_consecutive_years_pass_and_fail():
    ok = audits.audit_batch([pair(S000), _next_year(document(S000).text)])
    assert ok[1].report.meta.year == 2022 and not of(ok[1], "batch.carry_over")
    text = document(S000).text
    at = text.index("0", text.index("二、上年结转政府信息公开申请数量"))  # its 自然人 cell (cell per line)
    res = audits.audit_batch([pair(S000), _next_year(text[:at] + "2" + text[at + 1:])])
    hit = of(res[1], "batch.carry_over")
    assert [f.cells for f in hit] == [["applications.carried_over.natural_person"]]
    assert (hit[0].expected, hit[0].actual) == (0, 2) and not of(res[0], "batch.carry_over")


def test_hongze_2023_to_2024_carry_over_and_in_force_hold():
    res = audits.audit_batch([pair(HONGZE[0]), pair(HONGZE[1])])
    assert not of(res[1], "batch.carry_over") and not of(res[1], "active_disclosure.in_force")
    # 现行有效 2024 = 5 (2023) + 3 − 0: one number changed breaks it
    res = audits.audit_batch([pair(HONGZE[0]), set_cell(HONGZE[1], "active_disclosure.normative_documents.in_force", 9)[::-1]])
    assert [(f.expected, f.actual) for f in of(res[1], "active_disclosure.in_force")] == [(8, 9)]


def test_in_force_across_years_with_text_reports():
    text, _ = set_cell(S000, "active_disclosure.normative_documents.in_force", 3)
    res = audits.audit_batch([pair(S000), _next_year(text)])
    assert [(f.expected, f.actual) for f in of(res[1], "active_disclosure.in_force")] == [(0, 3)]


def test_duplicate_reports_pass_and_fail():
    res = audits.audit_batch([pair(S000), pair(S003)])
    assert not any(of(r, "batch.duplicate") or of(r, "batch.repeated_input") for r in res)
    # the same organ's report re-dated to the next year with one number changed: copied, not written
    text, _ = set_cell(S003, "applications.granted.natural_person", 109)
    text = text.replace("2020年政府信息公开工作年度报告", "2021年政府信息公开工作年度报告", 1)
    res = audits.audit_batch([pair(S003), (extract_text(S003, text), text)])
    assert res[1].report.meta.year == 2021
    assert all(len(of(r, "batch.duplicate")) == 1 and not of(r, "batch.repeated_input") for r in res)
    assert "正文相似度" in of(res[0], "batch.duplicate")[0].message and "2021年度报告" in of(res[0], "batch.duplicate")[0].message


def test_another_organs_near_identical_report_is_a_duplicate():
    text = document(S003).text.replace("重庆市市场监督管理局", "四川省市场监督管理局")
    res = audits.audit_batch([pair(S003), (extract_text(S003, text), text)])
    assert res[1].report.meta.organ != res[0].report.meta.organ
    assert [len(of(r, "batch.duplicate")) for r in res] == [1, 1]


def test_the_same_file_twice_is_a_repeated_input_note():
    res = audits.audit_batch([pair(S003), pair(S003)])
    assert not any(of(r, "batch.duplicate") for r in res)
    notes = [of(r, "batch.repeated_input") for r in res]
    assert [len(n) for n in notes] == [1, 1] and "同一文件" in notes[0][0].message
    assert notes[0][0].severity == "info"


def test_the_same_report_in_another_copy_is_a_repeated_input_note():
    """Same organ and year, near-identical prose (another site's copy without the page chrome and with
    one figure differing): the batch repeated it, the publisher did not copy anything."""
    original = document(S003).text
    text = original[original.index("重庆市市场监管系统2020年"):]
    res = audits.audit_batch([pair(S003), (extract_text(S003, text), text)])
    assert res[0].report.source.sha256 != res[1].report.source.sha256
    assert not any(of(r, "batch.duplicate") for r in res)
    assert [len(of(r, "batch.repeated_input")) for r in res] == [1, 1]
    assert "同一机关同一年度" in of(res[1], "batch.repeated_input")[0].message


def test_consecutive_years_pair_names_that_end_with_each_other_and_nothing_else():
    from audits.rules.batch import Signature, consecutive

    def sig(organ, year):
        return Signature(path=f"{organ}{year}", sha256=f"{organ}{year}", organ=organ, year=year, layout_active=None)

    sigs = [sig("淮安市洪泽区人民政府", 2023), sig("洪泽区人民政府", 2024), sig("洪泽区人民政府", 2022),
            sig("淮安市洪泽区人民政府", 2025), sig("淮安市清江浦区人民政府", 2024), sig("洪泽区人民政府", 2023)]
    pairs = [(prev.path, cur.path) for _, prev, cur in consecutive(sigs)]
    assert sorted(pairs) == sorted([("淮安市洪泽区人民政府2023", "洪泽区人民政府2024"), ("洪泽区人民政府2023", "洪泽区人民政府2024"),
                                    ("洪泽区人民政府2022", "淮安市洪泽区人民政府2023"), ("洪泽区人民政府2022", "洪泽区人民政府2023"),
                                    ("洪泽区人民政府2024", "淮安市洪泽区人民政府2025")])


def test_a_name_without_a_place_pairs_only_with_itself():
    # 706 reads '县统计局' (2021), 2503 '息烽县统计局' (2020): two counties' bureaus; a name with no place before its
    # level word is any county's, so only an equal name is the same organ (a suffix with a place still pairs)
    from audits.rules.batch import Signature, consecutive, same_organ

    def sig(organ, year):
        return Signature(path=f"{organ}{year}", sha256=f"{organ}{year}", organ=organ, year=year, layout_active=None)

    sigs = [sig("息烽县统计局", 2020), sig("县统计局", 2021), sig("县统计局", 2022), sig("商务局", 2021),
            sig("恩施市商务局", 2020), sig("县市场监督管理局", 2023), sig("武定县市场监督管理局", 2022)]
    pairs = [(prev.path, cur.path) for _, prev, cur in consecutive(sigs)]
    assert sorted(pairs) == [("县统计局2021", "县统计局2022")]
    assert not same_organ(sig("息烽县统计局", 2020), sig("县统计局", 2020))
    assert same_organ(sig("贵阳市息烽县统计局", 2020), sig("息烽县统计局", 2020))
    assert same_organ(sig("大同市城区统计局", 2020), sig("城区统计局", 2020))


def test_a_level_character_inside_a_word_of_the_field_names_no_place():
    # the 乡 of 城乡, the 市 of 城市, the 乡 of 乡村 are no township or city: 县住房和城乡建设局 is any county's bureau;
    # a kind of area with a name before it (株洲高新区) is a place, alone (高新区管委会) it is none; 苏木 is a township
    from audits.rules.batch import Signature, same_organ

    def sig(organ):
        return Signature(path=organ, sha256=organ, organ=organ, year=2021, layout_active=None)

    for bare, other in (("县住房和城乡建设局", "息烽县住房和城乡建设局"), ("市城市管理局", "长沙市城市管理局"),
                        ("县乡村振兴局", "武定县乡村振兴局"), ("高新区管委会", "株洲高新区管委会")):
        assert not same_organ(sig(bare), sig(other)), bare
    for short, longer in (("株洲高新区管委会", "湖南省株洲高新区管委会"), ("宝日希勒苏木人民政府", "陈巴尔虎旗宝日希勒苏木人民政府"),
                          ("息烽县住房和城乡建设局", "贵阳市息烽县住房和城乡建设局")):
        assert same_organ(sig(short), sig(longer)), short
