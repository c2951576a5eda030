"""Lists whose total or rest is told over sentences with several counts each (held-out stop 27): a total its sentence
splits with no list word, then a 其中 (2442: '共受理依申请公开政府信息的申请29件,通过政府信息公开网申请25件,接受书面申请4件。
其中区本级收到申请24件,区属各部门收到申请5件'): the 其中 splits 29, not the sentence's sum 58; and the rest of a 其中 list
told in the next sentence in two counts (2416 with '互联网监管系统信息9041条,审批平台信息8000条。' for its 17041 sentence):
the list is made whole, so its '其他传统媒体报道' is no sign of a short list."""
from __future__ import annotations

from test_audit_support import eval_text, of, run_variant

RULE = "prose.inconsistent"
SPLIT = eval_text(2442)
REST = eval_text(2416)


def test_the_pages_as_printed_are_silent():
    assert not of(run_variant(SPLIT), RULE) and not of(run_variant(REST), RULE)


def test_the_split_of_a_split_total_is_read_against_it():
    [f] = of(run_variant(SPLIT, ("区本级收到申请24件", "区本级收到申请26件")), RULE)
    assert "合计 31件" in f.message and "多于前句的总数 29件" in f.message


def test_the_rest_told_in_two_counts_completes_the_list():
    two = ("互联网监管系统及审批平台信息17041条。", "互联网监管系统信息9041条,审批平台信息8000条。")
    assert not of(run_variant(REST, two), RULE)


def test_outcomes_after_received_and_answered_are_read_against_the_larger():
    # 2480: '我局共收到信息公开申请22起,比2022年(31起)下降29%,答复22起。其中公开1起,…,不存在9起,…': one set of
    # applications counted twice, so the outcomes are no more than 22 (not 22 + 22)
    doc = eval_text(2480)
    assert not of(run_variant(doc), RULE)
    [f] = of(run_variant(doc, ("不存在9起", "不存在11起")), RULE)
    assert "合计 24起" in f.message and "至多 22起" in f.message


def test_applications_by_the_way_they_came_in_are_parts_of_the_received_count():
    # 2442: '共受理依申请公开政府信息的申请29件,通过政府信息公开网申请25件,接受书面申请4件' — no list word, yet the two
    # counts name how the 29 came in: 27 + 4 is above it
    [f] = of(run_variant(SPLIT, ("通过政府信息公开网申请25件", "通过政府信息公开网申请27件")), RULE)
    assert "「共受理依申请公开政府信息的申请29件」" in f.message and "合计 31件" in f.message


def test_outcomes_after_a_split_received_count_with_a_remark_in_brackets():
    # 2411: '收到政府信息公开申请16件,包括自然人申请15件(市发展改革委转办1件),法人或其他组织申请1件。其中8件已公开;6件
    # 部分公开;2条本机关不掌握相关政府信息。': 16 = 15 + 1, the bracket a remark; 10 + 6 + 2 is above 16
    doc = eval_text(2411)
    assert not of(run_variant(doc), RULE)
    [f] = of(run_variant(doc, ("其中8件已公开", "其中10件已公开")), RULE)
    assert "合计 18件" in f.message and "多于前句的总数 16件" in f.message
