"""List shapes the prose readers stopped at (held-out stop 27, sets 2431–2476), each on its real sentence with one
figure edited: a list opened by 具体分类如下 (2468), the rest after a comma closing a 、-list (2436: '…130条、工作动态类
信息62条,其他类信息10余条'), a part's readership said beside it (2462: '…公开信息数为2464条,年度阅读量为29.4万次,…'), and
规范性文件 counted by 发布数量/废止数量/现行有效数量 with the noun said once (2470)."""
from __future__ import annotations

import pytest

from test_audit_support import eval_text, of, run_variant

CASES = [
    # 32 = 25 + 3 + 4, closed by 其他各类信息: 24 leaves it short
    (2468, ("工作动态信息25条", "工作动态信息24条"), "prose.inconsistent", "合计 31条"),
    # 200余条 is below 300: 230 + 62 + 10余 is not
    (2436, ("通知公告类信息130条", "通知公告类信息230条"), "prose.inconsistent", "合计至少 302条"),
    # 2918 = 2038 + 270 + 480 + 130 when whole: 2000 leaves it short (the page as printed sums above it)
    (2462, ("微信公众平台公开信息数为2464条", "微信公众平台公开信息数为2000条"), "prose.inconsistent", "合计 2880条"),
    # 现行有效 0 after 发布 2, 废止 0
    (2470, ("行政规范性文件发布数量0条", "行政规范性文件发布数量2条"), "prose.inconsistent", "现行有效 0 少于本年制发 2"),
]


@pytest.mark.parametrize("number, edit, rule, said", CASES, ids=[str(c[0]) for c in CASES])
def test_the_edited_figure_is_caught(number, edit, rule, said):
    found = [f for f in of(run_variant(eval_text(number), edit), rule) if said in f.message]
    assert len(found) == 1


@pytest.mark.parametrize("number", [2468, 2436, 2470])
def test_the_pages_as_printed_are_silent(number):
    assert not of(run_variant(eval_text(number)), "prose.inconsistent")


def test_a_consistent_2462_is_silent():
    # the channel's count set so that the four parts make 2918
    assert not of(run_variant(eval_text(2462), ("微信公众平台公开信息数为2464条", "微信公众平台公开信息数为2038条")),
                  "prose.inconsistent")


def test_numbered_points_after_a_rate_clause_are_the_totals_parts():
    # 2433: '分局主动公开政府资讯38条,全文电子化率达100%,主动公开范围主要包括:\n一是机构概况,及时更新分局主要职能;\n…三是
    # …,2021年共计发布两类名单共计28条;\n四是…,2021年共计发布政府采购资讯7条;…': the rate clause states no count, and
    # the points' inner commas are no separators of the ；-list
    doc = eval_text(2433)
    assert not of(run_variant(doc), "prose.inconsistent")
    [f] = of(run_variant(doc, ("两类名单共计28条", "两类名单共计38条")), "prose.inconsistent")
    assert "合计 45条" in f.message and "「分局主动公开政府信息38条」" in f.message  # (資訊 read as 信息: normalize)


def test_a_handling_rate_between_a_count_and_a_list_of_something_else_bridges_nothing():
    # 2719 (伊吾县 2023, held out, clean): '累计收到书记、县长信箱44件,办结率、答复率、满意率均达到100%,其中财政预决算决算信息共
    # 65余条,…': the 其中 splits the year's information, not the letters; a share of the count itself still bridges (2433)
    doc = eval_text(2719)
    assert not of(run_variant(doc), "prose.inconsistent")
