"""S5 over a 规章 row left unread because its run of digits has several readings: a digit other than 0 in the run
makes the row non-zero however it is cut.

Real text: 平潭综合实验区国有资产管理局 2019 (932), a one-line table whose 规章 row prints '1411' (1/4/11, 1/41/1,
14/1/1); 川主乡 2019 (1965), a table one row a line, each row's digits glued to its label ('规章000', here changed).
"""
from __future__ import annotations

from test_audit_support import TEXT, of, run, run_variant

FUSED_LINE = TEXT + "932_pingtan_guoziju_2019.txt"
GLUED = TEXT + "1965_dazhu_chuanzhuxiang_2019.txt"
ROW = [f"active_disclosure.regulations.{c}" for c in ("made", "published", "total")]


def test_a_fused_regulations_run_with_a_non_zero_digit_is_non_zero_however_cut():
    res = run(FUSED_LINE)
    found = of(res, "active_disclosure.regulations_authority")
    assert len(found) == 1 and found[0].cells == ROW
    assert found[0].actual == "1411" and "1411" in found[0].message
    assert any(res.text[a:b] == "1411" for a, b in found[0].evidence)


def test_a_glued_regulations_run_with_a_non_zero_digit_is_non_zero_however_cut():
    found = of(run_variant(GLUED, ("规章000", "规章1210")), "active_disclosure.regulations_authority")
    assert len(found) == 1 and found[0].actual == "1210" and found[0].cells == ROW


def test_a_run_of_zeros_left_unread_is_no_finding():
    """'0000' under three columns has no reading (its row is unread), and every reading of zeros is 0."""
    assert not of(run_variant(FUSED_LINE, ("规章1411", "规章0000")), "active_disclosure.regulations_authority")
    assert not of(run_variant(GLUED, ("规章000", "规章00")), "active_disclosure.regulations_authority")
