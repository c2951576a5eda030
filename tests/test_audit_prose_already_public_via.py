"""An answer that the information already stood somewhere (2736: '全年办理政府信息公开申请7件,其中自然人6件,法人及其他组织1件,
予以公开或部分公开1件,本机关不掌握4件,已通过网站对外公开1件,不予公开1件。'): '已通过网站对外公开1件' is an outcome
(other.already_public), not a count published nor a channel the application came by — so the four outcomes balance the 7."""
from __future__ import annotations

from test_audit_support import eval_text, of, run, run_variant

SHIYAN = eval_text(2736)
UNBALANCED = "不平衡"


def unbalanced(res):
    return [f for f in of(res, "prose.inconsistent") if UNBALANCED in f.message]


def test_the_real_outcomes_balance():
    assert not unbalanced(run(SHIYAN))


def test_one_outcome_more_is_raised():
    [f] = unbalanced(run_variant(SHIYAN, ("本机关不掌握4件", "本机关不掌握5件")))  # edited copy: 1 + 5 + 1 + 1 > 7
    assert "已通过网站对外公开1件" in f.message and (f.expected, f.actual) == (7, 8)
