"""The prose fingerprint behind S12: near-identical reports are found, different ones are not, and the
grouping stays linear in the number of reports."""
from __future__ import annotations

from audits import fingerprint
from test_audit_support import SEED, document

S000 = SEED + "000_dfbaa25dea7f00ff.txt"
S003 = SEED + "003_236049bc670541bf.txt"


def test_sketch_tells_a_copied_report_from_another_report():
    text = document(S003).text
    copied = text.replace("重庆市市场监督管理局", "四川省市场监督管理局").replace("2020", "2021")
    a, b, other = (fingerprint.sketch(t) for t in (text, copied, document(S000).text))
    assert fingerprint.similarity(a, b) >= 0.9
    assert fingerprint.similarity(a, other) < 0.5
    assert fingerprint.sketch("短短一句话。") is None  # too short to judge


def test_grouping_compares_each_report_with_a_bounded_number_of_leaders():
    base = document(S003).text
    texts = [base.replace("重庆市", f"第{i}号市") for i in range(300)] + [document(S000).text]
    sketches = [fingerprint.sketch(t) for t in texts]
    calls = []

    def counting(a, b):
        calls.append(1)
        return fingerprint.similarity(a, b)

    leaders = fingerprint.group(sketches, 0.9, counting)
    assert len(set(leaders[:300])) == 1 and leaders[300] == 300  # one group of copies; the other alone
    assert len(calls) <= len(texts) * fingerprint.MAX_LEADERS
    assert len(calls) < 2 * len(texts)  # near-identical copies meet their leader at once
