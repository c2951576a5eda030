"""Stop 30's review: a 合计 total with no 共/总 in its sentence is read (the early exit of unmarked.read_totals_after
had dropped it), and a channel's own 总量 after a run is no grand total of the run."""
from __future__ import annotations

from audits.prose.lists import read_sentence


def test_a_total_said_with_heji_alone_is_read():
    (r,) = read_sentence("通过网站公开105条，通过公众号发布17条，合计123条。")
    assert r.total.group() == "123条" and [p.value for p in r.parts] == [105, 17]


def test_a_channels_own_total_is_no_grand_total():
    readings = read_sentence("通过网站发布信息200条,政务微博发布信息100条,微信公众号推送总量250条。")
    assert not [r for r in readings if r.total.group() == "250条"]
    (r,) = read_sentence("全年全区累计更新政府信息1319条,发布动态资讯1219条,信息发布总量达2538条。")[-1:]
    assert r.total.group() == "2538条"
