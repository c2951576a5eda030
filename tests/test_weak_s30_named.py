"""Held-out weak spots of stop 30 (pages 2948, 2920): names counted as a site's 频道 or the platforms a report publishes
through, and lists opened by a bare 有/为. Real sentences as printed (silent) and with the count edited (raised)."""
from __future__ import annotations

from test_audit_support import eval_text, of, run, run_variant

YUPAN = eval_text(2948)
YAOZHOU = eval_text(2920)


def said(res) -> list[str]:
    return [f.message for f in of(res, "prose.named_count")]


def test_channels_of_a_site_opened_by_bare_words():
    # 榆盘镇政府网站为乡镇概况、工作信息、信息公开等3个频道,有乡镇简介、…、民生实事等等6个二级栏目,在榆盘镇政府网站首页,
    # 有办事服务和政民互动2个频道
    assert not said(run(YUPAN))
    assert any("「2个频道」，其前列出的名称有 3 个（乡镇概况、工作信息、信息公开），多于所说的数目" in m
               for m in said(run_variant(YUPAN, ("信息公开等3个频道", "信息公开等2个频道"))))
    assert any("「5个二级栏目」，其前列出的名称有 6 个" in m
               for m in said(run_variant(YUPAN, ("民生实事等等6个二级栏目", "民生实事等等5个二级栏目"))))
    assert any("「3个频道」，其前列出的名称有 1–2 个（办事服务和政民互动），少于所说的数目" in m
               for m in said(run_variant(YUPAN, ("政民互动2个频道", "政民互动3个频道"))))


def test_platforms_counted():
    # 主要依托区政府网站及“铜川市耀州区应急管理局”微信公众号两个平台进行公开
    assert not said(run(YAOZHOU))
    assert any("「三个平台」，其前列出的名称有 1–2 个" in m and "少于所说的数目" in m
               for m in said(run_variant(YAOZHOU, ("两个平台", "三个平台"))))
