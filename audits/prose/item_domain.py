"""The domain of disclosure a numbered item of running text is about (一是积极推进教育领域信息公开，…，全年共发布133条): a
count inside such an item is that domain's, narrower than the year's total (claims._of_item)."""
from __future__ import annotations

import re

from extractor.enumerators import IN_TEXT, ITEM


# the domain of disclosure a numbered item in running text (enumerators.IN_TEXT) names in its opening clause
# (一是积极推进教育领域信息公开，…; （10）推进重大建设项目信息公开。…; 四是强化基层政务公开，…)
_DOMAIN = re.compile(r"(?:积极|持续|全面|进一步|着力|不断|大力|切实|扎实|及时|继续|逐步|依法|认真|稳步|深入|有序|推进|深化|做好|"
                     r"加强|强化|抓好|落实|突出|聚焦|推动|加大|规范|做实|细化|完善|抓实|夯实|拓展|提升)*"
                     r"(?P<d>[^，,。；;：:\d]{2,16}?)(?:领域)?(?:的)?(?:政府|政务)?(?:信息)?公开(?:工作|力度)?(?:[，,。；;：:]|$)")
# what every count is about (主动公开, 政务公开 …): no domain of its own
_GENERIC_DOMAIN = re.compile(r"^(?:政府|政务|信息|基础|各类|重点|重点领域|政府信息|政务信息|依申请|日常|常态化|全面)$|主动|力度")


# a heading's number at a sentence's start (enumerators.ITEM: 三、 （一）; not 1. or (1), a point the item may hold)
_HEADING_AFTER = re.compile(rf"(?<=[。；;])(?![(（]?\d)(?:{ITEM.pattern})")


def item_domain(text: str, at: int) -> str:
    """The domain of disclosure the numbered item a count stands in opens with (教育, 重大建设项目, 基层), or ""
    when the count is in no such item or its item names none: a count of one domain is narrower than the
    year's total (全区共主动公开政府信息14571条 … 四是强化基层政务公开，…，公开信息1654条)."""
    items = list(IN_TEXT.finditer(text, 0, at))
    # (a heading between the item and the count ends the item: '…8.推进价格和收费信息公开…。 三、主动公开政府信息情况
    # （一）…数量 …主动公开政府信息1913条' in a one-line copy, 4451)
    if not items or _HEADING_AFTER.search(text, items[-1].end(), at):
        return ""
    m = _DOMAIN.match(text, items[-1].end(), at)
    if m is None or _GENERIC_DOMAIN.match(m.group("d")):
        return ""
    return m.group("d")
