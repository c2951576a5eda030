"""A share printed for a part of a list (占比…%) against that part's count over the list's printed total: real
pages whose shares are rounded, truncated or adjusted to make 100 % stay silent; 1857's 动漫解读占比23% (7 of 23 is
30.4 %) and a real share edited out of reach are found. A total summed from the sentence before is no base."""
from __future__ import annotations

import pytest

from audits.tolerance import share_agrees
from test_audit_support import TEXT, of, run, run_variant

RULE = "prose.inconsistent"
XIXIA = TEXT + "1857_yinchuan_xixiaqu_zhengfuban_2024.txt"  # 共解读文件23个。其中…16个,动漫解读文件7个,…,动漫解读占比23%
WEIJIANWEI = TEXT + "703_guojia_weijianwei_mirror_2024.txt"  # 申请1046件。其中…862件,占比82.4%;…171件,占比16.3%;…13件,占比1.3%

# every page of eval/docs and the corpus whose lists print shares for their parts (71 shares): rounded (926's
# 6.17 %), truncated (1530's 17 % for 16.50), adjusted (1510's 26 % for 25.26 %, so 26 + 69 + 3 come near 100),
# or said of a total summed from the sentence before (1241, 1365, 1511: compared with the printed figure only)
SILENT = ["1241_yongan_weijianju_2024", "1365_gaoping_yuancunxiang_2024", "1510_anshan_haicheng_shizhengfuban_2025",
          "1511_meizhou_meixian_quzhengfuban_2025", "1526_guangchang_changqiaoxiang_2019", "1530_futian_huafujiedao_2020",
          "1569_zhangping_weijianju_2023", "1743_jingdezhen_changjiangqu_2019", "1764_jining_wenshangxian_yibaoju_2023",
          "1768_bazhong_tongjiangxian_jiaotongju_2020", "310_yuhang_qzf_spammirror_2023", "469_dongchengjiedao_mirror_2019",
          "691_fuqing_yangxiajiedao_2021", "703_guojia_weijianwei_mirror_2024", "926_pingtan_shiyanqu_2023"]


def shares(res) -> list:
    return [(f.expected, f.actual) for f in of(res, RULE) if "占比与数目不符" in f.message]


def test_a_share_named_later_in_the_sentence_against_its_count():
    res = run(XIXIA)
    assert shares(res) == [(30.4, 23.0)]
    f = next(f for f in of(res, RULE) if "占比与数目不符" in f.message)
    assert f.severity == "warning" and "动漫解读文件7个" in f.message and "动漫解读占比23%" in f.message and "23个" in f.message
    # truncated (30 for 30.4) is how publishers print it: silent
    assert not shares(run_variant(XIXIA, ("动漫解读占比23%", "动漫解读占比30%")))
    # words that name no one part (解读 opens neither label) say nothing of either
    assert not shares(run_variant(XIXIA, ("动漫解读占比23%", "解读占比23%")))


def test_a_share_right_after_its_part():
    assert not shares(run(WEIJIANWEI))
    assert shares(run_variant(WEIJIANWEI, ("当面提交13件,占比1.3%", "当面提交13件,占比3.3%"))) == [(1.2, 3.3)]


@pytest.mark.parametrize("stem", SILENT)
def test_rounded_truncated_adjusted_and_summed_shares_stay_silent(stem):
    assert not shares(run(TEXT + stem + ".txt"))


def test_the_tolerance_the_printed_digits_allow():
    assert not share_agrees("23", 7, 23)  # 30.4 %
    assert share_agrees("26", 24, 95)  # 25.26 %: the largest adjustment seen, 0.24 points beyond rounding
    assert share_agrees("17", 65, 394)  # 16.497 %: rounded at the edge
    assert share_agrees("1.1", 1, 80)  # 1.25 %: 1365's slip is within the point allowed for an adjusted share
    assert not share_agrees("3.3", 13, 1046)


CHANGQIAO = TEXT + "1526_guangchang_changqiaoxiang_2019.txt"  # 主动公开长桥乡人民政府信息57条:其中…概况信息2条,占信息公开总量的3.50%
HUAFU = TEXT + "1530_futian_huafujiedao_2020.txt"  # 通过新闻报刊公开信息65条,占总体比例的17%


def test_a_share_of_a_whole_area_is_not_the_lists():
    """organ.AREA_WHOLE: 全 + any area (全街道 as 全镇), 本 + a level above a township (本旗 as 本县); variants of
    real shares, each made wrong (65 of 394 is 16.5 %, 2 of 57 is 3.5 %)."""
    assert shares(run_variant(HUAFU, ("占总体比例的17%", "占总体比例的27%"))) == [(16.5, 27.0)]
    assert not shares(run_variant(HUAFU, ("占总体比例的17%", "占全街道比例的27%")))
    assert not shares(run_variant(HUAFU, ("占总体比例的17%", "占本旗总体比例的27%")))
    # a township's own 本乡 names the total its list splits: the share is read
    assert shares(run_variant(CHANGQIAO, ("概况信息2条,占信息公开总量的3.50%", "概况信息2条,占本乡信息公开总量的9.50%"))) \
        == [(3.5, 9.5)]


def test_a_share_said_with_所占_is_the_parts_own():
    # held-out 2867 山城镇 2022: '其中,网上公开信息134条,所占比例为14%;微信公开452条,所占比例为48%;公示板公开359条,所占比例为38%'
    # — 所占比例为 remarks on the part before it like 占比: the list is whole (945 = 134 + 452 + 359) and each share holds
    shanchengzhen = TEXT + "2867_meihekou_shanchengzhen_2022.txt"
    assert not of(run(shanchengzhen), RULE)
    part = of(run_variant(shanchengzhen, ("微信公开452条", "微信公开462条")), RULE)
    assert [(f.expected, f.actual) for f in part] == [(945, 955)]
    share = of(run_variant(shanchengzhen, ("所占比例为48%", "所占比例为58%")), RULE)
    assert len(share) == 1 and "占比与数目不符" in share[0].message
