"""A list of parts with their shares set off by ；, read whole (audits/prose/items.py, list_parts.py): a remark opened by
各 (各占0.3%) is the share of the part before it; names joined before one figure said of each (政策解读和深度各2条) are
as many parts; a 其他 item that names what its one figure covers (内容包含…等540条) is one part, no list of its own.
Real sentences, as printed and edited."""
from __future__ import annotations

from test_audit_support import TEXT, of, run, run_variant

RULE = "prose.inconsistent"
# 政务新媒体发布原创政务信息638条,其中…项目建设5条,占0.9%;政策解读和深度各2条,各占0.3%;其他政务信息为…,内容包含…等540条
BINHAIWAN = TEXT + "1435_dongguan_binhaiwan_xinqu_2025.txt"
BAISHA = TEXT + "1439_jiangjin_baishazhen_2024.txt"  # 235条,其中…73条、…102条,…指南、…目录和…年度报告各1条 (a selection)
EACH = ("政策解读和深度各2条,各占0.3%", "政策解读2条,占0.3%;深度2条,占0.3%")
COVERS = ("内容包含党建活动", "内容为党建活动")


def above(res) -> list:
    return [(f.expected, f.actual) for f in of(res, RULE) if "多于总数" in f.message]


def test_the_whole_list_with_its_shares_is_read():
    # 36 + 16 + 13 + 10 + 10 + 6 + 5 + 2 + 2 + 540 = 640 > 638; the shares (各占0.3% of 2 each) agree
    res = run(BINHAIWAN)
    assert above(res) == [(638, 640)]
    assert not [f for f in of(res, RULE) if "占比与数目不符" in f.message]


def test_each_stop_on_its_own():
    # the 其他 item with 包含, the 各 parts and their 各 share written out (the diagnostic d1435_each)
    assert above(run_variant(BINHAIWAN, EACH)) == [(638, 640)]
    # the 各 part and its 各 share, the 其他 item without 包含
    assert above(run_variant(BINHAIWAN, COVERS)) == [(638, 640)]
    # one number changed: 其他 540 → 538 — the list makes its total, no finding
    assert not above(run_variant(BINHAIWAN, ("部门活动等540条", "部门活动等538条")))


def test_three_names_each_one_in_a_selection_stay_silent():
    assert not of(run(BAISHA), RULE)
