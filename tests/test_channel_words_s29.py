"""The ways an application comes in are one list (audits/prose/patterns.CHANNEL_WORDS, stop 29) that every reader of a
count by channel reads: 互联网申请 is a channel's count like 当面申请 and 信函传真申请 (1229: `其中:受理当面申请0件,
信函传真申请2件,互联网申请0件`), so the claim is set aside as a part by channel (claims._SUBSET lacked 互联网)."""
from __future__ import annotations

from test_audit_support import eval_text, na, run

RULE = "prose.table_mismatch"


def test_an_internet_application_count_is_a_part_by_channel():
    [n] = [n for n in na(run(eval_text(1229)), RULE) if "互联网申请0件" in n.reason]
    assert "按渠道统计的一部分" in n.reason
