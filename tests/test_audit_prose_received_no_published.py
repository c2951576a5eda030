"""A count of what came in (受理网民留言60条) is no total of published items, so the 条 counts after it with no marker word
are what became of them, not its parts (held-out set 1935–1949: 1939, '2023年,全市共受理网民留言60条,公开答复28条,电话答复15条,
已办结60条。'); a 共…N条 of published items still takes its unmarked run (780's '累计公布信息69条,工作动态61条,…')."""
from __future__ import annotations

from test_audit_support import of, run_variant

from conftest import eval_doc


def test_messages_received_are_no_total_of_what_follows():
    assert not of(run_variant(str(eval_doc("1939_"))), "prose.inconsistent")


def test_a_published_total_still_takes_its_unmarked_run():
    # 780 赫章县交通运输局: '本年度我局向赫章县人民政府网站累计公布信息69条,工作动态61条,运输管理5条,…' — 70 > 69, as before
    found = of(run_variant(str(eval_doc("780_"))), "prose.inconsistent")
    assert len(found) == 1 and "69条" in found[0].message
