"""Which channel an item of a list names against its total's (list_parts reads them): an item of a channel the total
does not name stands beside it (other_channel, elsewhere) — but a total said of the media (媒体) names every outlet,
新媒体, 公众号, 抖音号, 报刊…: `在各级媒体刊发稿件4132篇,其中国家级媒体30篇,…,省局网站和新媒体661篇;自主运营媒体刊发稿件
2458篇,抖音号、快手号更新视频165篇` (2875) is one list (media_outlet), as list_parts.not_a_part reads such a total.
"""
from __future__ import annotations

import re

from .disclosed import CHANNEL, EXAMPLES_OF_CHANNELS, NEW_MEDIA, OUTLET, SECTION, TOTAL_SAID
from .items import FIGURE


# the media said whole (各级媒体, 主流媒体), never 新媒体 alone: a total said of 门户网站和政务新媒体 names no press or television
# (761: …主流媒体公开信息600余条 stands beside it)
_MEDIA = re.compile(r"(?<!新)媒体")


def media_outlet(label: str, total_clause: str) -> bool:
    """Whether an item's words name an outlet under a total whose clause says 媒体, and no total of their own (微信公众号
    共发布文章473篇 after 在各级新闻媒体发布…200余篇,其中…: the account's own count, beside the news media's, 528)."""
    return _MEDIA.search(total_clause) is not None and OUTLET.search(label) is not None and TOTAL_SAID.search(label) is None


def media_split(items: list[str], total_clause: str) -> bool:
    """Whether every item names a medium (媒体, or an outlet: media_outlet) under a total said of the media — a run split
    by medium, which may go on past a ；."""
    return _MEDIA.search(total_clause) is not None and all("媒体" in i or media_outlet(i, total_clause) for i in items)


def other_channel(item: str, total_clause: str, parts: list) -> bool:
    """Whether an item names a channel, none of which its total names, while every part before it names
    the total's (在各级新闻媒体发布…200余篇，其中在国家级媒体发布55篇，省级媒体…28篇，市级媒体…43篇，微信公众号共
    发布文章473篇: the 473 stands beside the 200, not in it). A total that names no channel, or parts that
    name others (新媒体…300条，其中微信公众号…), say nothing."""
    said = set(CHANNEL.findall(total_clause))
    if not said or not parts or not all(said & set(CHANNEL.findall(p.text)) for p in parts) \
            or EXAMPLES_OF_CHANNELS.search(total_clause):  # a part through another channel is one of them
        return False
    f = FIGURE.search(item)
    named = set(CHANNEL.findall(label := item[: f.start()] if f else item))
    return bool(named) and not named & said and not media_outlet(label, total_clause)


def elsewhere(item: str, total_clause: str) -> bool:
    """Whether an item names a channel its total, which names one, does not (网站共发布信息3972条,“健康杭州”官方
    微博更新5092条,…: the 微博's count stands beside the website's). A section (目录, 栏目, 专栏…) is one of the site's
    when the total names a site (门户网站发布信息16642条(概况类194条、政务动态5749条、信息公开目录10699条))."""
    said = set(CHANNEL.findall(total_clause))
    named = set(CHANNEL.findall(item)) - said
    if any("网" in c for c in said):
        named = {c for c in named if not SECTION.fullmatch(c)}
    if "新媒体" in said:  # 政务新媒体13331条(抖音视频信息2466条、微信公众号信息3765条…): its platforms
        named = {c for c in named if not NEW_MEDIA.fullmatch(c)}
    return bool(said) and bool(named)
