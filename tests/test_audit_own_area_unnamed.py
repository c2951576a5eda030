"""A page that names no publisher but calls itself by its area (我区, 我县) says who 全区 / 全县 is: its own area,
so the figures it states for it are the report's (the application balance of 大连高新区 2024 is checked). A page
that calls itself 我委 / 我局 keeps 全市 another's scope (real pages)."""
from __future__ import annotations

from audits.organ import classify, from_prose
from test_audit_support import TEXT, document, of, run, run_variant

RULE = "prose.inconsistent"
DALIAN = TEXT + "1839_dalian_gaoxinqu_2024.txt"  # '向市政府门户网站报送我区政务信息88条' … '全区共收到…454件,答复458件(含上年结转8件),结转下年办理4件'


def balance(res) -> list:
    return [f for f in of(res, RULE) if "申请数目不平衡" in f.message]


def test_the_balance_of_an_unnamed_zone_is_checked():
    assert not balance(run(DALIAN))  # 454 + 8 = 458 + 4
    # one number changed: 结转下年办理4件 → 6件 (454 + 8 ≠ 458 + 6)
    [f] = balance(run_variant(DALIAN, ("结转下年办理4件", "结转下年办理6件")))
    assert (f.expected, f.actual) == (462, 464)
    # the total changed instead: 454件 → 464件
    assert balance(run_variant(DALIAN, ("依申请件454件", "依申请件464件")))


def test_other_unnamed_pages_that_call_themselves_by_their_area():
    for stem, area in (("713_xinghai_xianzf_2021", "县"), ("735_xianyang_qinduqu_2024", "区"),
                       ("427_suining_jingkaiqu_2021", "区")):
        organ = from_prose(classify(None), document(TEXT + f"{stem}.txt").text)
        assert organ.name is None and organ.level == area and f"全{area}" in organ.territory_words(), stem
        assert organ.kind is None and organ.said is None  # nothing else is inferred from the word


def test_a_page_that_calls_itself_a_bureau_keeps_the_city_foreign():
    # 702 (绍兴 卫健委 2020): '我委' … '全市'
    organ = from_prose(classify(None), document(TEXT + "702_shaoxing_weijianwei_2020.txt").text)
    assert "全市" not in organ.territory_words()
