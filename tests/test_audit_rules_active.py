"""Each rule of this family passes on a real document and fails on a real document (as published, or with one
number or phrase changed): S3–S8, table 二's plausibility."""
from __future__ import annotations

from test_audit_support import SEED, TEXT, na, of, run, run_cell, run_variant

S000 = SEED + "000_dfbaa25dea7f00ff.txt"  # 2021, all tables complete, all zero in 三/四
S002 = SEED + "002_da7a2546b762ed99.txt"  # 2019 layout, item columns misread
S003 = SEED + "003_236049bc670541bf.txt"  # 2020, 2019 layout, prose 77 vs table 165, published late
HONGZE23 = "eval/docs/pdf/hongze-2023.pdf"
HUAIAN = "eval/docs/pdf/huaian-city-2024.pdf"


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


def test_item_change_finds_the_change_repeating_the_decisions_of_a_row_with_no_items_before():
    rid = "active_disclosure.item_change"
    # 临夏州交通局 2019 (trad. mirror): 行政許可 0 / 62 / 62 (and 行政處罰 0 / 8 / 8, too few to tell)
    hit = of(run(TEXT + "1546_linxia_jiaotongju_tradmirror_2019.txt"), rid)
    assert len(hit) == 1 and hit[0].cells[0] == "active_disclosure.licensing.previous" and hit[0].actual == [0, 62, 62]
    # 潼关县住建局 2019: 其他对外管理服务事项 0 / +4 / 4 — four new 事项 may be true; only its 行政许可 chain is raised
    p783 = TEXT + "783_tongguan_zhujianju_2019.txt"
    assert [f.cells[0] for f in of(run(p783), rid)] == ["active_disclosure.licensing.previous"]
    res = run_variant(p783, ("其他对外管理服务事项 |\n0 |\n+4 |\n4 |", "其他对外管理服务事项 |\n0 |\n+40 |\n40 |"))
    assert [f.cells[0] for f in of(res, rid)] == ["active_disclosure.licensing.previous",
                                                  "active_disclosure.other_services.previous"]


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
