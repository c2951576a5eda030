"""A list that runs on past its 、-cut and is closed — its parts reach the total, or its last names the rest — before a
count of another outlet (2707: '…在门户网站上主动公开信息1731条,其中政策文件6条、政策解读6条,动态信息224条,…,街道动态30条,其他17条;
在微信公众号发布信息1051条。'): the run is the list (list_parts._runs_on), the outlet's count stands beside it."""
from __future__ import annotations

from test_audit_support import eval_text, of, run, run_variant

from audits.prose.list_bridges import read_paragraph

BINHAI = eval_text(2707)
SENTENCE = ("2025年,滨海新区在门户网站上主动公开信息1731条,其中政策文件6条、政策解读6条,动态信息224条,通知公告475条,"
            "规划建设信息838条,财政信息3条,乡镇通知公告132条,街道动态30条,其他17条;在微信公众号发布信息1051条。")


def over(res):
    return [f for f in of(res, "prose.inconsistent") if "1731条" in f.message]


def test_the_closed_run_is_read_whole():
    [(_, _, r)] = [x for x in read_paragraph(SENTENCE) if x[2].total.group("num") == "1731"]
    assert [p.value for p in r.parts] == [6, 6, 224, 475, 838, 3, 132, 30, 17]


def test_the_real_list_adds_up():
    assert not over(run(BINHAI))


def test_a_part_above_in_the_closed_run_is_raised():
    [f] = over(run_variant(BINHAI, ("规划建设信息838条", "规划建设信息839条")))  # edited copy: 1732 > 1731
    assert (f.expected, f.actual) == (1731, 1732)
