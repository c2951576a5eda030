"""Held-out weak spots of stop 29 (page 2821): a bracket of platforms under a total said of 新媒体 (区委、区政府政务
新媒体13331条(抖音视频信息2366条、微信公众号信息3765条、…)) is that total's breakdown, not channels beside it. Real
sentence, as printed (its list holds) and with one printed figure edited (raised)."""
from __future__ import annotations

from test_audit_support import eval_text, of, run, run_variant

HUANGGU = eval_text(2821)


def about(res, word: str) -> list[str]:
    return [f.message for f in of(res, "prose.inconsistent") if word in f.message]


def test_platforms_in_a_bracket_after_a_new_media_total():
    assert not about(run(HUANGGU), "新媒体13331条」")  # (the page's own finding is of 20889: its parts overrun it)
    res = run_variant(HUANGGU, ("抖音视频信息2366条", "抖音视频信息2466条"))
    assert any("所列各项合计 13431条（抖音视频信息2466条 + 微信公众号信息3765条" in m for m in about(res, "新媒体13331条」"))
