"""A list's total printed number first, its object after it (共收到106件信息公开申请,…,其中…; 共受理36件政府信息公开申请
(均为自然人提交),同比上升16.13%,其中…): the total the 其中 splits, as when the number ends the words (real pages;
hidden weak spots w2057_net and w1995_done edited in the test)."""
from __future__ import annotations

from audits.prose.list_words import total_at_end
from test_audit_support import TEXT, of, run, run_variant

RULE = "prose.inconsistent"
WENLING = TEXT + "2057_wenling_shizhengfuban_2024.txt"
# '2024年,市府办共收到106件信息公开申请,比去年同期增加12件,其中当面申请6件,网络申请37件,邮寄63件。'
CHUANSHAN = TEXT + "1995_suining_chuanshanqu_zhengfuban_2023.txt"
# '区政府办公室共受理36件政府信息公开申请(均为自然人提交),同比上升16.13%,其中按期办结36件,按期办结率达100%,…'


def _above(res):
    return [f for f in of(res, RULE) if "所列各项合计" in f.message]


def test_the_total_before_its_object_is_read():
    assert total_at_end("市府办共收到106件信息公开申请").group("num") == "106"
    assert total_at_end("共受理36件政府信息公开申请(均为自然人提交)").group("num") == "36"
    assert total_at_end("共收到信息公开申请") is None  # no figure


def test_parts_above_a_total_printed_number_first_are_found():
    for path in (WENLING, CHUANSHAN):
        assert not _above(run(path)), path
    [f] = _above(run_variant(WENLING, ("网络申请37件", "网络申请47件")))  # 6 + 47 + 63 = 116 > 106
    assert (f.expected, f.actual) == (106, 116) and "收到106件" in f.message
    [f] = _above(run_variant(CHUANSHAN, ("其中按期办结36件", "其中按期办结37件")))  # 37 answered of 36
    assert (f.expected, f.actual) == (36, 37)
