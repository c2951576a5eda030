"""The channels of the applications received, told after what became of them: '本年度我办共收到依申请公开政府信息84件,
已答复84件(含上一年结转答复1件),结转至2024年答复1件。其中当面申请8件、网上申请54件、信函申请22件' (1856). The answered and
carried figures between are stepped over, so the channels are the received figure's parts; they may count the carried
in too, so only a sum above received + carried in is raised. Edited copies: '我办' taken out (the organ is misread as
the county government, so 我办 sets every figure apart), then one channel changed (held-out w1856_channel)."""
from __future__ import annotations

from test_audit_support import TEXT, of, run, run_variant

RULE = "prose.inconsistent"
MINHOU = TEXT + "1856_minhou_xianzhengfuban_2023.txt"
NO_SCOPE = ("本年度我办共收到", "本年度共收到")


def over(res) -> list:
    return [(f.expected, f.actual) for f in of(res, RULE) if "其中各项合计" in f.message]


def test_channels_after_the_account_are_the_received_parts():
    assert not over(run(MINHOU)) and not over(run_variant(MINHOU, NO_SCOPE))
    assert over(run_variant(MINHOU, NO_SCOPE, ("当面申请8件", "当面申请18件"))) == [(84, 94)]


def test_channels_may_count_the_carried_in_too():
    # 85 = 84 received + 1 carried in: the channels may count every application handled
    assert not over(run_variant(MINHOU, NO_SCOPE, ("当面申请8件", "当面申请9件")))
