"""Which channel an item of a list names against its total's (list_parts reads them): an item of a channel the total
does not name stands beside it (other_channel, elsewhere).
"""
from __future__ import annotations

from .disclosed import CHANNEL, EXAMPLES_OF_CHANNELS, NEW_MEDIA, SECTION
from .items import FIGURE


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
    named = set(CHANNEL.findall(item[: f.start()] if f else item))
    return bool(named) and not named & said


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
