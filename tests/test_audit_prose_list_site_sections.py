"""prose.inconsistent: a section of a site (信息公开目录, 栏目, 专栏…) named by an item of a list whose total counts that
site is one of the site's parts, not an outlet beside it (list_parts._elsewhere) — as the 其中 lists of 1782, 736 or 914
(概况类…, 政务动态…, 信息公开目录信息…) were always read. Real sentences, each as printed and with one figure edited."""
from __future__ import annotations

from test_audit_support import TEXT, of, run, run_variant

RULE = "prose.inconsistent"
YINCHUAN = TEXT + "1820_yinchuan_shizhengfuban_2022.txt"  # 门户网站发布信息16642条(概况类194条、政务动态5749条、信息公开目录10699条)
MIRROR = TEXT + "986_shi_zhengfu_spammirror_2024.txt"  # 官方网站共发布政务信息21813条,概况类…47条,…10078条,信息公开目录信息更新量696条


def sums(res) -> list:
    return [(f.expected, f.actual) for f in of(res, RULE) if "所列各项" in f.message and f.severity == "warning"]


def test_the_catalogue_of_the_site_is_a_part_of_the_sites_count():
    assert not sums(run(YINCHUAN))  # 194 + 5749 + 10699 = 16642
    assert sums(run_variant(YINCHUAN, ("信息公开目录10699条", "信息公开目录10799条"))) == [(16642, 16742)]
    assert sums(run_variant(YINCHUAN, ("概况类194条", "概况类294条"))) == [(16642, 16742)]
    # 47 + 10078 + 696 falls short of 21813: a run with no marker word says nothing below its total
    assert not sums(run(MIRROR))
    assert sums(run_variant(MIRROR, ("政务动态信息更新量10078条", "政务动态信息更新量21078条"))) == [(21813, 21821)]
