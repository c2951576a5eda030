"""A sentence opening with what it splits and its count ('在主动公开的6条信息中,…', '在已经答复的91件申请中:…') lists the
parts of that count: the opening's figure is the total, not the sentence before's (held-out set 1890–1904: 1901;
and 430, whose sentence before says 受理…96件)."""
from __future__ import annotations

from test_audit_support import of, run_variant

from conftest import eval_doc


def test_a_restated_count_holds_and_is_checked():
    # 1901: '在主动公开的6条信息中,机构职能类信息1条、其他类信息5条' (6 = 1 + 5); 5 → 6 (w1901_kind): 7 > 6
    assert not of(run_variant(str(eval_doc("1901_"))), "prose.inconsistent")
    found = of(run_variant(str(eval_doc("1901_")), ("其他类信息5条", "其他类信息6条")), "prose.inconsistent")
    assert len(found) == 1 and "7条" in found[0].message


def test_the_opening_count_is_the_total_not_the_sentence_befores():
    # 430: '受理政府信息公开申请96件。在已经答复的91件申请中:予以公开22件;…其他处理4件;结转下年度办理5件' (91 = 22+0+2+63+4)
    assert not of(run_variant(str(eval_doc("430_"))), "prose.inconsistent")
    found = of(run_variant(str(eval_doc("430_")), ("予以公开22 件", "予以公开23 件")), "prose.inconsistent")
    assert len(found) == 1 and "91件" in found[0].message and "96件" not in found[0].message
