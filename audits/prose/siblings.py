"""Whether the item after two parts that already make a list's total is still one of its parts (list_parts._read):
after 其中, two such parts split the total in two, and what follows usually cuts across the split (4034条，其中政务
信息2657条，县直及各乡镇1377条，政策解读24条…: the 24 are among the 4034 again) — unless the three are plainly one
enumeration, whose next item is a sibling and the list one breakdown that does not add up.
"""
from __future__ import annotations

import re

from .disclosed import CHANNEL, HOW, SECTION
from .items import FIGURE, NESTED

_NAME = re.compile(r"^[\u4e00-\u9fff]{3,8}")


def _one_kind(texts: list[str]) -> bool:
    """文字解读144篇，图片解读61篇，视频解读1篇: names that differ only in a short word before one shared name (文字/图片/
    视频 + 解读) enumerate one kind (whereas 政务信息2657条，县直及各乡镇1377条，政策解读24条 moves to another way of
    counting)."""
    names = [m.group(0) if (m := _NAME.match(t)) else "" for t in texts]
    if not all(names) or len(set(names)) < 3:
        return False
    tail = names[0][2:]
    return len(tail) >= 2 and all(len(n) == len(names[0]) and n.endswith(tail) for n in names)


_HEADS = ("信息", "类")


def _categories(texts: list[str]) -> bool:
    """招商引资工作动态类信息11条，部门…决算信息2条，更新机关简介信息1条: three categories of information, each named bare
    with the same head noun (…信息, …类), enumerate one kind: a source (县直及各乡镇), a channel (政府网站发布…) or a
    count said with a verb among them is another way of counting. A section of a site (信息公开目录信息) is a category."""
    labels = []
    for t in texts:
        f = FIGURE.search(t)
        label = t[: f.start()] if f else ""
        # a category of information named bare: no how or where (通过…, 在…, a verb of publishing, an outlet), no
        # list of its own
        if not label or HOW.match(label) or NESTED.search(label) \
                or any(not SECTION.fullmatch(c) for c in CHANNEL.findall(label)):
            return False
        labels.append(label)
    return any(all(x.endswith(head) and len(x) > len(head) for x in labels) for head in _HEADS)


def sibling(parts: list, item: str) -> bool:
    """Whether `item` is the next part of the list whose first two `parts` already make its total."""
    texts = [parts[0].text, parts[1].text, item]
    return _one_kind(texts) or _categories(texts)
