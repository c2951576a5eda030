"""prose.inconsistent: an item opening with 以上/上述 and a figure after a list ('其中,市人大代表建议2个,市政协提案6个,以上8个
议案均已按时答复完成', eval 2148 渭南市商务局 2019) counts every part again: a restated total checked against the parts,
never a part (audits/prose/list_parts.read_list, list_words.ALL_ABOVE). The real sentence and one figure changed."""
from __future__ import annotations

from test_audit_support import eval_text, of, run, run_variant

RULE = "prose.inconsistent"
WEINAN = eval_text(2148)  # '收到“两案”共8个。其中,市人大代表建议2个,市政协提案6个,以上8个议案均已按时答复完成,办复率100%。'


def _bills(res) -> list:
    return [f for f in of(res, RULE) if "个" in f.message and ("两案" in f.message or "以上" in f.message)]


def test_the_parts_and_their_total_said_again_hold():
    assert not _bills(run(WEINAN))


def test_a_restated_total_below_the_parts_is_found():
    # one figure changed: 以上8个议案 → 以上7个议案 (2 + 6 = 8 > 7)
    [f] = _bills(run_variant(WEINAN, ("以上8个议案", "以上7个议案")))
    assert (f.expected, f.actual) == (7, 8) and "以上7个" in f.message


def test_the_restated_total_is_never_counted_as_a_part():
    # one figure changed: 市政协提案6个 → 7个 (2 + 7 = 9 > 8); the parts are the two, not '以上8个' as a third
    [f] = _bills(run_variant(WEINAN, ("市政协提案6个", "市政协提案7个")))
    assert (f.expected, f.actual) == (8, 9) and "以上" not in f.message
