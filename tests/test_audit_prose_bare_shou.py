"""A bare 收 right before the applications it receives is the received count ('全年收政府信息公开申请464件'), so the
year's balance is read (held-out set 1875–1889: 1882, 武汉市公安局 2024); never 收费 / 征收."""
from __future__ import annotations

import re

from audits.prose.refiners import RECEIVED_VERB
from test_audit_support import eval_text, of, run_variant

DOC = eval_text(1882)


def test_the_balance_with_a_bare_shou_holds_as_printed():
    # 464 + 3 = 441 + 26
    assert not of(run_variant(DOC), "prose.inconsistent")


def test_the_balance_with_a_bare_shou_is_checked():
    for before, after in (("本年度办结441件", "本年度办结440件"), ("剩余26件结转", "剩余25件结转")):
        found = of(run_variant(DOC, (before, after)), "prose.inconsistent")
        assert len(found) == 1 and "464" in found[0].message, (after, found)


def test_shou_is_a_received_verb_only_before_the_applications():
    assert re.match(RECEIVED_VERB, "收政府信息公开申请464件")
    for s in ("收费申请", "收集信息公开申请"):
        assert re.match(RECEIVED_VERB + "(?:政府)?信息公开申请", s) is None, s
    assert re.search(RECEIVED_VERB + "申请", "征收申请") is None
