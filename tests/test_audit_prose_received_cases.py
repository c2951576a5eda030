"""Applications received counted as cases (2714: '2025年,我镇共受理政府信息公开申请案件4件,办结3件,发生政府信息公开行政复议4起,
其中1起尚未审结。'): '受理…申请案件4件' is the received count, so what was answered is weighed against it (balance.py)."""
from __future__ import annotations

from test_audit_support import eval_text, pair

from audits.context import Context

LIYONG = eval_text(2714)


def received(path: str) -> list:
    report, text = pair(path)
    return [(c.value, c.text) for c in Context(report, text).claims if c.kind == "received" and c.why_not is None]


def test_the_received_cases_are_read():
    assert received(LIYONG) == [(4, "受理政府信息公开申请案件4件")]
