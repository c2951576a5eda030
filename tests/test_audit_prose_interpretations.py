"""Interpretations listed by who gives them or their form (2738, a traditional-script copy: '在網站和政務公開網公開政策解讀信息
30條,其中,上級和本級負責人解讀4條,邀請媒體、專家解讀6條,圖片解讀4條,'): three categories ending in 解读 are one
enumeration, so a third part after two that make the total is still a part (siblings._categories) — the 媒体 in
'邀请媒体、专家解读' is an interpreter, not an outlet."""
from __future__ import annotations

from test_audit_support import eval_text, of, run, run_variant

HEFEI = eval_text(2738)


def over(res):
    return [f for f in of(res, "prose.inconsistent") if "解读信息30条" in f.message and "多于总数" in f.message]


def test_the_real_interpretations_add_up():
    assert not over(run(HEFEI))


def test_two_parts_making_the_total_do_not_end_the_list():
    # edited copy (in the normalised text): 4 + 26 = 30, so the list stopped there; the third part makes 34 > 30
    [f] = over(run_variant(HEFEI, ("专家解读6条", "专家解读26条")))
    assert (f.expected, f.actual) == (30, 34)
