"""A total split by how the information was handled, the refused part written 不予以公开 (held-out 3041, 安砂镇 2021:
'共制作信息33条,其中主动公开信息数29条,…依申请公开信息数2条,…;不予以公开信息数2条'): 29 + 2 + 2 = 33, all three read."""
from __future__ import annotations

from test_audit_support import eval_text, of, run, run_variant

DOC = eval_text(3041)


def test_the_refused_part_is_read():
    assert not of(run(DOC), "prose.inconsistent")


def test_an_edited_refused_part_is_caught():
    res = run_variant(DOC, ("不予以公开信息数2条", "不予以公开信息数3条"))
    assert any("所列各项合计 34条（主动公开信息数29条 + 依申请公开信息数2条 + 不予以公开信息数3条），多于总数" in f.message
               for f in of(res, "prose.inconsistent"))
