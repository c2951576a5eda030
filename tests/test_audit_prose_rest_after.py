"""A list that falls short of its total where the sentences right after it state the rest, one count each, exactly:
the total counts them too, so the list is not the whole, even when it closes with an 其他 category (held-out set
1875–1889: 1886's '其他概况类信息更新量494条' then '共发布政策解读2篇。积极回应公众关注热点5条。', 3250 + 2 + 5 = 3257)."""
from __future__ import annotations

from test_audit_support import eval_text, of, run_variant

DOC = eval_text(1886)


def test_the_rest_stated_after_the_list_is_no_shortfall():
    assert not of(run_variant(DOC), "prose.inconsistent")


def test_a_list_short_by_more_than_the_sentences_after_still_is():
    # 政务动态 1082 → 1072: 3240 + 2 + 5 = 3247 < 3257, the 其他 list whole and short
    found = of(run_variant(DOC, ("政务动态信息1082条", "政务动态信息1072条")), "prose.inconsistent")
    assert len(found) == 1 and "3240" in found[0].message
    # and one above the total is wrong whatever follows (1082 → 1092: 3260 > 3257)
    found = of(run_variant(DOC, ("政务动态信息1082条", "政务动态信息1092条")), "prose.inconsistent")
    assert len(found) == 1 and "多于总数" in found[0].message


def test_the_rest_must_be_the_next_sentences_one_count_each():
    # a sentence between with two counts (2篇 and 3条) stops the reading: the shortfall stands
    found = of(run_variant(DOC, ("共发布政策解读2篇。", "共发布政策解读2篇、图解3条。")), "prose.inconsistent")
    assert len(found) == 1 and "3250" in found[0].message
