"""The prose balance reads an outcome list as the list reader does (audits/prose/balance.py over parts.py's
listings): a list split by category that the reader notes as maybe a selection is not taken as all that was
answered. Real sentence of eval document 2171 (枣阳市 2024), and the same sentence with a 0 item added."""
from __future__ import annotations

from test_audit_support import eval_text, of, run, run_variant

RULE = "prose.inconsistent"
ZAOYANG = eval_text(2171)  # 办理…申请94件,其中,予以公开或部分公开64件,不予公开5件,无法提供19件,结转下一年办理3件 (91)


def _balance(res) -> list:
    return [f for f in of(res, RULE) if "申请数目不平衡" in f.message]


def test_a_short_list_by_category_is_a_note_not_a_broken_balance():
    res = run(ZAOYANG)
    assert not _balance(res)
    [note] = [f for f in of(res, RULE) if "未说明所列即全部" in f.message]
    assert note.severity == "info" and (note.expected, note.actual) == (94, 91)


def test_a_list_shown_whole_by_its_0_item_still_breaks_the_balance():
    # one phrase added: 不予处理0件 after 无法提供19件 — the list now shows every category, so 91 against 94 is wrong
    [f] = _balance(run_variant(ZAOYANG, ("无法提供19件,", "无法提供19件,不予处理0件,")))
    assert (f.expected, f.actual) == (94, 91) and f.severity == "warning"


ERJIE = eval_text(2481)  # 二街镇主动公开政府信息558条…晋宁区人民政府门户网公开118篇、“魅力二街”发布356条…重大工程公开招标信息4条


def test_a_list_by_channel_is_no_list_by_category_whose_shortfall_asks_for_a_check():
    # 门户网 is a channel (the site without 站): the list is by outlet, a selection, so 478 < 558 says nothing
    assert not of(run(ERJIE), RULE)
    # the same list with its channel words gone is one of bare categories: the short list is a note again
    [note] = of(run_variant(ERJIE, ("晋宁区人民政府门户网公开118篇", "政务动态信息118篇")), RULE)
    assert note.severity == "info" and "未说明所列即全部" in note.message
