"""An opening sentence may put two clauses of purpose or basis before its subject (held-out set 1920–1934: 1924,
whose organ was read as none, so the township rules did not run), and 成立 starts a group set up, never a name
(1770: '为确保工作顺利推进,成立局政务信息公开工作领导小组')."""
from __future__ import annotations

from conftest import organ_of


def test_the_subject_after_a_purpose_clause_and_a_basis_clause_is_read():
    # 1924: '为认真贯彻落实《…条例》,按照眉山市东坡区人民政府办公室《…通知》要求,眉山市东坡区松江镇人民政府特向社会公布…'
    assert organ_of("1924_") == "眉山市东坡区松江镇人民政府"
    # 1907 (no title): '2021年,在市委市政府信息公开工作领导小组的领导下,在市政府…的指导下,乐都区认真贯彻…'
    assert organ_of("1907_") == "乐都区"


def test_a_group_set_up_after_a_purpose_clause_names_no_organ():
    # 1770 (我局, no name printed: gold none): reading a purpose clause before a subject alone made it 成立局
    assert organ_of("1770_") is None
