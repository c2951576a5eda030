"""A list item where the copy dropped units and separators, so that three items run into one (2309, 新疆 2022:
'…重大民生信息410新疆政府网微信公众号推送信息1363微博发布信息1155条'): its last figure is another channel's count, so
which figure would be the part is unclear and the list is not summed (held-out precision probe w2309_weibo)."""
from __future__ import annotations

from test_audit_support import eval_text, of, run, run_variant

RULE = "prose.inconsistent"
XINJIANG = eval_text(2309)  # 门户网站发布各类信息5110条,其中…人大代表建议及政协委员提案办理信息7条,…微博发布信息1155条


def test_a_fused_items_last_figure_is_no_part():
    assert not of(run(XINJIANG), RULE)
    # the Weibo count raised (w2309_weibo): another channel's count, nothing about the site's 5110 breaks
    assert not of(run_variant(XINJIANG, ("微博发布信息1155条", "微博发布信息5155条")), RULE)


def test_a_part_before_the_fused_item_still_counts():
    # w2309_over: a part printed with its unit raised above the total is still caught
    [f] = of(run_variant(XINJIANG, ("提案办理信息7条", "提案办理信息5100条")), RULE)
    assert f.severity == "warning" and f.expected == 5110
