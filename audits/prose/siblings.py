"""Whether the item after two parts that already make a list's total is still one of its parts (list_parts._read):
after 其中, two such parts split the total in two, and what follows usually cuts across the split (4034条，其中政务
信息2657条，县直及各乡镇1377条，政策解读24条…: the 24 are among the 4034 again) — unless the three are plainly one
enumeration, whose next item is a sibling and the list one breakdown that does not add up.
"""
from __future__ import annotations

import re

from extractor.numerals import to_number

from .disclosed import CHANNEL, HOW, NOT_THIS_COUNT, SECTION, VERB
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


_HEADS = ("信息", "类", "解读")
# interpretations are named by their form or by who gives them (图片解读, 邀请媒体、专家解读, 负责人解读): a medium named
# there is an interpreter, not the outlet something went out through
_BY_FORM = "解读"


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
                or (any(not SECTION.fullmatch(c) for c in CHANNEL.findall(label)) and not label.endswith(_BY_FORM)):
            return False
        labels.append(label)
    return any(all(x.endswith(head) and len(x) > len(head) for x in labels) for head in _HEADS)


# a section named by the verb of its own name (主动公开目录, 公开目录): a category, not how the thing went out
_SECTION_BY_VERB = re.compile(rf"^{VERB}(?:{SECTION.pattern})$")
# what became of applications, letters and cases: a count of another kind, never a category of what was published
_OTHER_COUNT = re.compile(rf"{NOT_THIS_COUNT.pattern}|办结|办理|受理|复议|诉讼|予以")


def _bare(text: str) -> bool:
    """A category named bare before its one figure: no how or where, no channel but a site's section, no list of its
    own, no count of applications or their outcomes."""
    figures = list(FIGURE.finditer(text))
    if len(figures) != 1 or figures[0].end() != len(text) or figures[0].group("pre") or figures[0].group("post"):
        return False
    label = text[: figures[0].start()]
    return len(label) >= 2 and not re.search(r"\d", label) and not NESTED.search(label) \
        and not (HOW.match(label) and not _SECTION_BY_VERB.match(label)) and not _OTHER_COUNT.search(label) \
        and all(SECTION.fullmatch(c) for c in CHANNEL.findall(label))


def _closes(parts: list, item: str, rest: list[str]) -> bool:
    """会议公开24条(…),工作推进3条,主动公开目录1条。 / 机构职能类信息4条,规划计划类1条,工作情况类1条。: a third category
    named bare, as the two before it are, that closes the list (no figure after it to the end of the sentence or
    bracket) is the list's last part, not a count across a split: a split in two is cut across by a run of counts
    (…1377条,政策解读24条,人事和招聘信息92条,基层政务公开专栏745条). A third part of the total's size says the total
    again (予以公开23件 after 21 + 2)."""
    f = FIGURE.search(item)
    total = parts[0].value + parts[1].value
    return f is not None and 0 < (to_number(f.group("num")) or 0) < total \
        and all(_bare(t) for t in (parts[0].text, parts[1].text, item)) \
        and not any(re.search(r"\d", r) or FIGURE.search(r) for r in rest)


# 另外 right before a figure: "the other N" of the same things (其中2件为…,4件为…,另外1件申请公开…)
_THE_OTHER = re.compile(r"^另外\d")


def _number_first(parts: list, items: list[str]) -> bool:
    """1条政策解读,8条工作方案,1条大厅管理办法,…: parts printed number first (the part is its figure alone) and every
    item after them a figure, then a category named bare — one enumeration in one shape, not a count across it
    (5件网上申请,5件信函申请,3件予以公开: an outcome after the channels)."""
    if not all((f := FIGURE.search(p.text)) is not None and f.span() == (0, len(p.text)) for p in parts[:2]):
        return False
    for text in items:
        f = FIGURE.search(text)
        label = text[f.end():] if f else ""
        if f is None or f.start() != 0 or f.group("pre") or f.group("post") or len(label) < 2 or re.search(r"\d", label) \
                or HOW.match(label) or NESTED.search(label) or _OTHER_COUNT.search(label) or CHANNEL.search(label):
            return False
    return True


def sibling(parts: list, item: str, rest: list[str] = ()) -> bool:
    """Whether `item` is the next part of the list whose first two `parts` already make its total; `rest` the items
    after it in the list."""
    texts = [parts[0].text, parts[1].text, item]
    return bool(_THE_OTHER.match(item)) or _one_kind(texts) or _categories(texts) or _closes(parts, item, list(rest)) \
        or _number_first(parts, [item, *rest])
