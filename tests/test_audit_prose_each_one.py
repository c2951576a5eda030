"""每 before a figure (确保每一份申请答复, 针对每一件申请: "each one") is no count (held-out set 2026–2040: 2037, '确保每一份申请
答复内容规范' was read as 1 answered, which a printed carry-out turned into a false warning)."""
from __future__ import annotations

from test_audit_support import eval_text, of, run_variant

DOC = eval_text(2037)
_RECEIVED = "全年受理依申请公开政府信息6条,均在规定时间内予以答复"


def test_each_one_is_no_figure_answered():
    # d2037_carry: 5 answered + 1 carried = 6, consistent; the 一份 of 每一份 made it '1 + 1 = 2 < 6'
    carry = "全年受理依申请公开政府信息6条,1条结转下年度办理,其余均在规定时间内予以答复"
    assert not of(run_variant(DOC, (_RECEIVED, carry)), "prose.inconsistent")


def test_answered_number_first_still_read():
    # 1 carried + 4 answered (said number first, form B) = 5 < 6 (w2037_short): still raised, and with 4, not 一份
    short = "全年受理依申请公开政府信息6条,1条结转下年度办理,4条在规定时间内予以答复"
    found = of(run_variant(DOC, (_RECEIVED, short)), "prose.inconsistent")
    assert len(found) == 1 and "4条在规定时间内予以答复" in found[0].message and "一份" not in found[0].message
