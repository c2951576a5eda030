"""A change from the year before said with 相比于/相较于 (as 较), after a 、 (2706: '全年共答复政府信息公开申请44件、相比于
2024年增长46.7%,其中…'): read as the count's change — 44 from 30 is +46.7 %, no whole count of 2024 gives +56.7 %."""
from __future__ import annotations

from test_audit_support import eval_text, of, run, run_variant

JIANGYAN = eval_text(2706)
APART = "变化幅度与数目不符"


def changes(res):
    return [f for f in of(res, "prose.rate") + of(res, "prose.inconsistent") if APART in f.message]


def test_the_real_change_fits():
    assert not changes(run(JIANGYAN))


def test_a_change_no_count_of_last_year_gives_is_raised():
    [f] = changes(run_variant(JIANGYAN, ("相比于2024年增长46.7%", "相比于2024年增长56.7%")))  # edited copy
    assert "44" in f.message and "56.7" in f.message
