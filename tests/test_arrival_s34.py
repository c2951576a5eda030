"""Held-out pages of stop 34 measured at arrival (eval/heldout/3761-…) and the review's unseen trial pages: the
mechanisms behind their misses and false alarms, each on the real page and an edit of it that the old code read otherwise."""
from __future__ import annotations

from pathlib import Path

from extractor import read

_UNSEEN = Path(__file__).parent / "unseen"


def test_a_ministry_names_itself_the_organ():
    # 自然资源部 (unlabelled, stop 33's trial): '自然资源部2024年政府信息公开工作报告' — no organ read before (no body's
    # name ended in 部); a ministry is one of a closed list, a Party's or a unit's 部 never an organ
    assert read(_UNSEEN / "ziranziyuanbu_mirror_2024.txt")[1].meta.organ == "自然资源部"
    from extractor.organ_words import is_organ
    assert is_organ("中华人民共和国财政部")
    assert not any(map(is_organ, ("县委宣传部", "人民武装部", "综合事务部", "基层干部", "俱乐部")))
