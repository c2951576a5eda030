"""A lone part counted in a section of the site the total names (信息公开目录 of 政府门户网站) is inside that total, so a
part above it is wrong; a part through another channel stays beside it (held-out set 1905–1919: 1916, '浏阳市政府门户
网站共发布各类政务信息26077条,其中信息公开目录发布信息6057条')."""
from __future__ import annotations

from test_audit_support import eval_text, of, run_variant

DOC = eval_text(1916)


def test_a_section_part_above_the_site_total_is_caught():
    assert not of(run_variant(DOC), "prose.inconsistent")  # 6057 of 26077: a subset, nothing
    found = of(run_variant(DOC, ("信息公开目录发布信息6057", "信息公开目录发布信息26177")), "prose.inconsistent")
    assert len(found) == 1 and "26177" in found[0].message


def test_a_part_through_another_channel_still_stands_beside_it():
    # the same sentence with the part on the 微信公众号: another outlet, no part of the site's 26077
    found = of(run_variant(DOC, ("其中信息公开目录发布信息6057", "其中微信公众号发布信息26177")), "prose.inconsistent")
    assert not found
