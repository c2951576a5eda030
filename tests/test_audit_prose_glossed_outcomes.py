"""An outcome list under a received count whose outcomes carry a bracketed gloss and whose bare 其他 comes before the
carry-out (held-out set 2221–2235, 2231 鄂州市政府办公室 2025: '本年度共受理政府信息公开申请37件,其中,依法予以公开5件,
部分公开9件,无法提供(本机关不掌握相关政府信息)14件,不予处理(信访举报投诉类申请)1件,其他4件,结转至下年度继续办理4件' —
5 + 9 + 14 + 1 + 4 + 4 = 37): a gloss in brackets with no figure stands between an outcome and its count, and a bare
其他 after outcomes is the rest of them, so the carry-out after it is one more fate of what came in."""
from __future__ import annotations

import pytest

from test_audit_support import eval_text, of, run_variant

DOC = eval_text(2231)


def test_the_page_as_printed_is_silent():
    assert not of(run_variant(DOC), "prose.inconsistent")


@pytest.mark.parametrize("old, new", [
    ("(本机关不掌握相关政府信息)14件", "(本机关不掌握相关政府信息)16件"),  # a glossed outcome: 39 > 37
    ("(信访举报投诉类申请)1件", "(信访举报投诉类申请)3件"),
    ("结转至下年度继续办理4件", "结转至下年度继续办理6件"),  # the carry-out after 其他
    ("共受理政府信息公开申请37件", "共受理政府信息公开申请40件"),
])
def test_a_one_figure_edit_of_any_part_is_caught(old, new):
    assert of(run_variant(DOC, (old, new)), "prose.inconsistent")
