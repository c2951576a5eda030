"""An item said of 以上/上述 speaks of the parts before it together, never a part (held-out 3135, 北碚区规划和自然资源局
2024: '全年受理依申请公开政府信息63件,上年结转3件。其中当面递交13件,信函申请50件,上述申请已办结64件,转接下年度继续办理2件'):
13 + 50 = 63, and 64 + 2 = 66 = 63 + 3 — no sum of 127 against 66 (a false warning)."""
from __future__ import annotations

from test_audit_support import eval_text, of, run, run_variant

DOC = eval_text(3135)


def test_what_became_of_the_above_is_no_channel():
    assert not of(run(DOC), "prose.inconsistent")


def test_channels_edited_above_the_total_are_still_caught():
    res = run_variant(DOC, ("信函申请50件", "信函申请60件"))
    assert any("当面递交13件 + 信函申请60件" in f.message for f in of(res, "prose.inconsistent"))
