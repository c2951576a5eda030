"""Items of a list that hold more than one part (list_parts.read_list reads each piece as an item): parts printed without
a separator between them, number first (5条工作方案1条大厅管理办法), joined by 和/及 (…信息5条和乡村振兴信息4条) or fused
where the copy lost it (政策文件14条解读13条), and names that share one figure (政策解读和深度各2条).
"""
from __future__ import annotations

import re

from .items import DIGIT, FIGURE, NESTING_WORDS
from .list_words import REST_WORDS, unit


# two parts joined by 和/及/以及 with no separator between them (…涉农补贴信息5条和乡村振兴信息4条; 政策解读5条及其他
# 信息4条): the conjunction right after the first figure's unit, and the second part's label holds no figure
# — or a remainder named without its count (…开财政预算决算2条以及主动公开其他信息等: an item not counted)
_JOINED = re.compile(r"(?:以及|及(?!时)|和|与)(?=[^\d%％]{2})")
_UNCOUNTED_REST = re.compile(rf"(?:{REST_WORDS})|等$")


# names joined before one figure said of each (政策解读和深度各2条: two parts of 2; 指南、目录和年度报告各1条: three)
_EACH_NAME = re.compile(r"以及|及(?!时)|和|与|、")


def pair_split(item: tuple[list[int], str]) -> list[tuple[list[int], str]]:
    """An item of a list (its characters' positions, its text) as the parts it holds: one, or two or more where the copy
    printed them without a separator (number first, joined by 和/及, fused) or one figure said of each name (各)."""
    pos, text = item
    figures = list(FIGURE.finditer(text))
    if len(figures) > 1 and figures[0].start() == 0 and len({unit(f) for f in figures}) == 1 and all(
            not DIGIT.search(text, f.end(), g.start()) and g.start() - f.end() >= 2 for f, g in zip(figures, figures[1:])):
        # number-first items fused by a lost comma (5条工作方案1条大厅管理办法): each figure opens its own item
        cuts = [f.start() for f in figures] + [len(text)]
        return [(pos[a:b], text[a:b]) for a, b in zip(cuts, cuts[1:])]
    if len(figures) == 1 and figures[0].end() == len(text) and text[:figures[0].start()].endswith("各"):
        names = _EACH_NAME.split(text[:figures[0].start() - 1])
        if len(names) > 1 and all(len(n) >= 2 for n in names):
            return [item] * len(names)  # one part per name, each the item's figure (its share, 各占0.3%, each's)
    if len(figures) == 1 and figures[0].end() < len(text):
        j = _JOINED.match(text, figures[0].end())
        rest = text[j.end():] if j else ""
        if j is None or DIGIT.search(rest) or not _UNCOUNTED_REST.search(rest):
            return [item]
        return [(pos[: figures[0].end()], text[: figures[0].end()]), (pos[j.end():], rest)]
    if len(figures) != 2 or figures[1].end() != len(text):
        return [item]
    j = _JOINED.match(text, figures[0].end())
    if j is None and unit(figures[0]) == unit(figures[1]):
        j = _FUSED_LABEL.match(text, figures[0].end(), figures[1].start())
    if j is None or DIGIT.search(text, j.end(), figures[1].start()):
        return [item]
    return [(pos[: figures[0].end()], text[: figures[0].end()]), (pos[j.end():], text[j.end():])]


# …or with no word between, the copy's separator lost (深松补贴实施方案…等政策文件14条解读13条): the second part's label,
# a few ideographs that neither nest it (其中, 含; 办结的82件中予以公开的11件) nor say a share or the first's audience,
# right after the first's unit
_FUSED_LABEL = re.compile(rf"(?!{NESTING_WORDS}|中|占|涉及|阅读|浏览|点击|访问)(?=[\u4e00-\u9fff]{{2,8}}$)")
