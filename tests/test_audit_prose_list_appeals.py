"""prose.inconsistent: the 复议 and 诉讼 that followed some applications are no parts of a count of applications
(list_parts._other_group): not summed with its kinds, and a 0 among them is no sign that the list is whole. Real
sentences, each as printed and with one figure edited."""
from __future__ import annotations

from test_audit_support import TEXT, of, run, run_variant

RULE = "prose.inconsistent"
YINCHUAN = TEXT + "1820_yinchuan_shizhengfuban_2022.txt"  # 受理答复政府信息公开申请28件,其中,行政复议1件、行政诉讼0件
ZHAOHUA = TEXT + "1109_zhaohua_zhengfuban_2023.txt"  # 申请7件,其中网络申请4件,信函3件,因政府信息公开申请引发行政复议0件


def sums(res) -> list:
    return [(f.expected, f.actual) for f in of(res, RULE) if "所列各项" in f.message and f.severity == "warning"]


def test_appeals_after_a_count_of_applications_are_no_parts_of_it():
    assert not sums(run(YINCHUAN))  # 1 of 28 went on to 复议: no list falling short
    assert not sums(run_variant(YINCHUAN, ("行政复议1件", "行政复议3件")))
    # 4 + 2 of 7 with no sign the two kinds are all: the 复议 0 beside them does not make the list whole
    assert (7, 6) not in sums(run_variant(ZHAOHUA, ("信函3件", "信函2件")))
    assert (7, 9) in sums(run_variant(ZHAOHUA, ("网络申请4件", "网络申请6件")))  # the kinds are still read
