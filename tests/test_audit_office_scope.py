"""A government's general office (区/县人民政府办公室) publishes its own report and compiles its government's, so it
speaks both ways: of itself (我办, 本机关) and of the area its government governs (全区, 全县). A government
speaks through that office (我办). Either way the figures are the report's own, whichever of the two the
organ is read as (real pages; one figure changed where a contradiction is needed)."""
from __future__ import annotations

from audits.organ import classify
from test_audit_support import TEXT, meta_of, of, run, run_variant

RULE = "prose.inconsistent"
JINGAN = TEXT + "1845_shanghai_jingan_quzhengfu_2023.txt"  # '由上海市静安区人民政府办公室编制' … '全区各行政机关…'
MINHOU = TEXT + "1856_minhou_xianzhengfuban_2023.txt"  # '闽侯县人民政府办公室编制了本报告' … '本年度我办共收到…'
LINZHOU = TEXT + "430_linzhou_szf_2023.txt"  # 林州市人民政府: '2023年度我办受理政府信息公开申请96件'


def read(res, kind: str) -> list[tuple[float, str | None]]:
    return [(c.value, c.why_not) for c in res.context.claims if c.kind == kind]


def balance(res) -> list:
    return [f for f in of(res, RULE) if "申请数目不平衡" in f.message]


def test_a_district_office_owns_the_figures_it_states_for_its_district():
    assert meta_of(JINGAN)["organ"] == "上海市静安区人民政府办公室"
    # 2076 said to hold the 67 carried in, yet 2062 answered + 81 carried forward = 2143 = 2076 + 67
    [f] = balance(run(JINGAN))
    assert (f.expected, f.actual) == (2076, 2143)


def test_a_county_office_states_its_countys_figures_as_its_own():
    # 奉新县人民政府办公室 2022 (a traditional mirror): '全县…主动公开各类信息199条'
    res = run(TEXT + "1205_fengxin_xianzfb_tradmirror_2022.txt")
    assert (199, None) in read(res, "disclosed")


def test_a_county_office_that_calls_itself_我办_is_read():
    assert meta_of(MINHOU)["organ"] == "闽侯县人民政府办公室"
    assert not balance(run(MINHOU))  # 84 + 1 carried in = 84 answered + 1 carried forward
    # one number changed: 已答复84件 → 86件 (84 + 1 ≠ 86 + 1)
    assert balance(run_variant(MINHOU, ("已答复84件", "已答复86件")))


def test_a_government_that_speaks_through_its_office_as_我办_is_read():
    assert meta_of(LINZHOU)["organ"] == "林州市人民政府"
    assert read(run(LINZHOU), "received") == [(96, None)]  # '2023年度我办受理政府信息公开申请96件'
    # 桐梓县人民政府 (its title announced): '2023年,我办共收到依申请公开信件19件,已办结18件'
    res = run(TEXT + "963_tongzi_xianzf_2023.txt")
    assert read(res, "received") == [(19, None)] and read(res, "results") == [(18, None)]


def test_the_scope_words_of_an_office_and_of_its_government():
    office = classify("上海市静安区人民政府办公室")
    assert office.kind == "department" and {"全区", "我区", "我办", "本机关"} <= office.territory_words()
    assert {"全县", "我办"} <= classify("闽侯县人民政府办公室").territory_words()
    assert "全市" in classify("福州市人民政府办公厅").territory_words()
    assert "我办" in classify("桐梓县人民政府").territory_words()
    # another office of the government (外事办公室) and a department stay inside their own walls
    assert "全市" not in classify("朔州市人民政府外事办公室").territory_words()
    assert "全区" not in classify("渝中区应急管理局").territory_words()
    # a township's office is no general office of a government that governs an area: 我办 is not a 镇's word
    assert "我办" not in classify("杨柳镇人民政府").territory_words()


BAICHENG = TEXT + "1986_baicheng_shizhengfu_2025.txt"  # 白城市人民政府: '全市各级行政机关共受理政府信息公开申请449件,结转…7件'
FUZHOU_OFFICE = TEXT + "1800_fuzhou_shi_mirror_2023.txt"  # 福州市人民政府办公厅: '全市各级各部门主动公开各类文件13174件'


def test_a_city_governments_figures_for_every_level_of_its_city_are_its_own():
    # 全市各级行政机关: the city-wide figures a city government's report gives (the labels' reading of 1986 and 825)
    res = run(BAICHENG)
    assert read(res, "received") == [(449, None)] and read(res, "carried_forward") == [(7, None)]
    assert read(res, "disclosed")[0] == (5729, None)
    # a department (the general office 办公厅) states more organs' figures so: still set aside
    [(value, why)] = [(c.value, c.why_not) for c in run(FUZHOU_OFFICE).context.claims if c.value == 13174]
    assert why and "各" in why


def test_a_township_that_calls_itself_本乡镇_owns_its_figures():
    # held-out 2854 桃城镇人民政府 2024: '本鄉鎮共收到0條政府信息公開申請' — 本乡镇 is the township's word for itself,
    # never 本乡 (another township) with a 镇 left over
    res = run(TEXT + "2854_yongchun_taochengzhen_tradmirror_2024.txt")
    assert (0, None) in read(res, "received")
    assert "本乡镇" in classify("桃城镇人民政府").territory_words()


def test_a_state_orchard_is_a_public_body():
    # held-out 2852 '园艺场2020年政府信息公开工作年度报告' (德安县): a state orchard publishes like a state farm or forest
    from extractor.organ_words import is_organ

    assert is_organ("德安县园艺场") and is_organ("德安县农场")
