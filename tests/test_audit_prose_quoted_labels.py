"""Outcomes printed as the table's labels in quotes ('“予以公开”的12件', '“无法提供”21件'): read as the outcomes
they name, as the same words unquoted are (real pages)."""
from __future__ import annotations

from audits.context import Context

from test_audit_support import TEXT, run

_OUTCOMES = ("granted", "partially_granted", "denied", "unable", "not_processed", "other")


def _outcomes(name: str) -> list[tuple[str, int]]:
    res = run(TEXT + name)
    return [(c.kind, c.value) for c in Context(res.report, res.text).claims if c.kind in _OUTCOMES and c.why_not is None]


def test_quoted_outcome_labels_followed_by_的():
    # 泉港区政府办 2024: '从办理结果来看,“予以公开”的12件,“无法提供”的3件,“其他处理”的3件' (18 = 12+3+3)
    assert _outcomes("1212_quangang_zhengfuban_2024.txt") == [("granted", 12), ("unable", 3), ("other", 3)]


def test_quoted_outcome_labels_followed_by_their_figure():
    # 亳州市政府办 2025: '其中“予以公开”17件;“不予公开”6件;“无法提供”21件;“其他处理”12件' (a partial list: nothing raised)
    name = "818_bozhou_shizhengfuban_partlist_2025.txt"
    assert _outcomes(name) == [("granted", 17), ("denied", 6), ("unable", 21), ("other", 12)]
    assert not [f for f in run(TEXT + name).findings if f.rule.startswith("prose.")]
