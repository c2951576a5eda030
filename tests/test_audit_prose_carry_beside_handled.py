"""A carry-in said beside a handled figure (处理N件) and not inside it: whether 处理 counts it is not said, so the balance
holds when either reading does (real report pages; one figure changed where an edit is named)."""
from __future__ import annotations

from test_audit_support import eval_text, of, run_variant

DAXINGANLING = eval_text(2345)  # '本年度全区共处理依申请公开件98件,办结99件,1件为上年度结转办理件,其中予以公开79件…'
HUANGSHI = eval_text(1941)  # '共办理政府信息公开申请675件(含2024年结转12件),已办结661件,结转下年度按期办理14件'


def _balance(path: str, *edits: tuple[str, str]) -> list:
    return [f for f in of(run_variant(path, *edits), "prose.inconsistent") if "不平衡" in f.message]


def test_a_carry_in_beside_what_was_handled_may_be_outside_it():
    # as published: 98 new + 1 carried in = 99 answered (the shares printed over 99 say so) — no finding
    assert not _balance(DAXINGANLING)
    # 101 answered is more than 98 + 1, whether or not the 1 is inside the 98
    [f] = _balance(DAXINGANLING, ("办结99件", "办结101件"))
    assert "1件为上年度结转" in f.message and (f.expected, f.actual) == (99, 101)


def test_a_carry_in_the_prose_puts_inside_what_was_handled_is_inside_it():
    assert not _balance(HUANGSHI)
    # 含: the 12 are among the 675, so 661 + 14 must be 675 — 661 + 15 is not, nor is it 675 + 12
    [f] = _balance(HUANGSHI, ("结转下年度按期办理14件", "结转下年度按期办理15件"))
    assert (f.expected, f.actual) == (675, 676)
