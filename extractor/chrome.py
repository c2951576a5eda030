"""A web page's metadata block around a report ("索引号: … 文号: 关键字: 白银区统计局…报告", "栏目:政府信息公开年报来源:
会宁县工业和信息化局", "信息来源:省统计局发布时间:2022-01-21 16:49被阅览数:"): field labels, often glued to their
neighbours or spaced out ("文       号:"), read as (label, value) pairs so that no label is taken for part of a
title, an organ or a date."""
from __future__ import annotations

import re
from functools import lru_cache

# the marks a page sets before a list's points and its menu entries ('• 发布单位:…', '· 已办结6件…')
BULLETS = "·•●▪■◆"
# each label with any spaces a page puts between its characters; a label counts only before its colon
# the fields naming who issued or published the page (the organ's reader takes them in this order): one family, each
# also a label of the block ('发文机构:札达县人民政府'); a report's own contact block names its organ first
# ('工作机构名称:东阳市市场监督管理局' / '办公地址:…', the opening of many 浙江 reports)
SOURCE_LABELS = ("工作机构名称", "机构名称", "发布机构", "发文机构", "发布单位", "信息来源", "来源", "发文机关", "发文单位")
_LABELS = ("索引号", "文号", "关键字", "关键词", "栏目", "所属机构",
           "主题分类", "分类", "名称", "标题", "作者", "部门", "发布时间", "发布日期", "发文日期", "成文日期", "生成日期",
           "公开日期", "日期", "时间", "浏览次数", "被阅览数", "访问量", "有效性", "录入", "编辑", "字号", "分享到",
           "组配分类", "公开方式", "文件编号", "公开范围", "公开时限", "信息分类", "主题词", "内容概述") + SOURCE_LABELS
# the labels as printed, longest first so a label is never cut short by one it ends with (来源 in 信息来源):
# the one pattern every reader of a field below builds on
_SPACED_LABEL = "|".join(r"\s*".join(label) for label in sorted(_LABELS, key=len, reverse=True))
_FIELD = re.compile("(" + _SPACED_LABEL + r")\s*[:：]")
DATE_LABELS = ("发布时间", "发布日期", "公开日期", "发文日期", "成文日期", "日期", "时间")  # the publication date first
# when the page was last updated, not published: a publication was on or before it, never after
UPDATE_LABELS = ("更新时间", "更新日期", "修改时间", "修改日期")
# a page's font-size picker among its fields ('字体:[大 中 小]', '字号：【大】【中】【小】', '放大 正常 缩小'): the page's
# controls, no field
FONT_SIZES = re.compile(r"字(?:体|号)(?:大小)?[:：]?\s*(?:[\[【(（]?\s*[大中小]\s*[\]】)）]?\s*){3}"
                        r"|[\[【(（]?放大[\]】)）]?\s*(?:[\[【(（]?(?:正常|默认|还原|标准)[\]】)）]?\s*)?[\[【(（]?缩小[\]】)）]?")
MAX_LINE = 160  # a metadata line is short; a paragraph with "时间:" in it is prose
_PADDING = " \t\u3000|｜"


def _has_colon(line: str) -> bool:
    return ":" in line or "：" in line


def opens_with_field(text: str) -> bool:
    """Whether `text` opens (after spaces) with a field of the page's block ('来源: 上海普陀…')."""
    return _FIELD.match(text.lstrip(" \t\u3000")) is not None


def fields(line: str) -> list[tuple[str, str]]:
    """(label without spaces, value) of each field printed in the line, in order; [] for a line without any."""
    return list(_fields(line))


@lru_cache(maxsize=1024)  # the date and organ readers both read the fields of a report's head
def _fields(line: str) -> tuple[tuple[str, str], ...]:
    # a page's layout residue pads its metadata line with bars ('时间:2023-02-01 作者: 点击数: | ||||…', 374
    # characters): the padding is no content, the line is as long as what it says
    line = line.rstrip(_PADDING)
    if len(line) > MAX_LINE or not _has_colon(line):
        return ()
    hits = list(_FIELD.finditer(line))
    out = []
    for i, m in enumerate(hits):
        end = hits[i + 1].start() if i + 1 < len(hits) else len(line)
        # (a pipe row's bars around the value are the table's: '发布机构: | 县民政局 | 发文日期: …')
        out.append((re.sub(r"\s+", "", m.group(1)), line[m.end():end].strip(" \t\u3000|｜")))
    return tuple(out)


# a label whose first characters the copy lost at the start of a line ('称: 鹿城街道…报告' for 名称:, '号:' for
# 索引号:): the tail of a label, then its colon
_CUT_FIELD = re.compile(r"^\s*(?:" + "|".join(sorted({label[i:] for label in _LABELS for i in range(1, len(label))},
                                                    key=len, reverse=True)) + r")\s*[:：]\s*")


# an index block printed as a table without colons ('标      题 西藏自治区审计厅…报告'): a label opening the line
# and set off by a space from its value
_BARE_FIELD = re.compile(r"^\s*(?:" + _SPACED_LABEL + r")\s+(?=\S)")


# labels whose value files the page under a category ('分 类 | 政府信息公开年报 综合政务'): never a title or a name
_CATEGORY_LABELS = ("栏目", "分类", "主题分类", "组配分类", "信息分类")
_LABEL_CELL = re.compile("(?:" + _SPACED_LABEL + r")\s*[:：]?")


def _pipe_row(line: str) -> list[str] | None:
    """The values of an index block printed as a pipe table row ('索 引 号 | 014416330/2018-04736 | 分 类 |
    政府信息公开年报 综合政务 |'): each label cell names the cell after it; a category's value is left out. None
    for a line that is no such row (its first cell is not a label)."""
    cells = [c.strip() for c in line.split("|")]
    cells = [c for c in cells if c]
    if len(cells) < 2 or not _LABEL_CELL.fullmatch(cells[0]):
        return None
    out, label = [], None
    for c in cells:
        if _LABEL_CELL.fullmatch(c):
            label = re.sub(r"[\s:：]", "", c)
            continue
        if label not in _CATEGORY_LABELS:
            out.append(c)
        label = None
    return out


def pipe_fields(line: str) -> list[tuple[str, str]]:
    """(label without spaces, value) of each field of an index block printed as a pipe row with no colons ('索 引 号 |
    20230608-102732-346 | 发布机构 | 公开日期 | 2022-01-17 | |'): a label cell names the cell after it, or nothing
    when the next cell is another label (发布机构 left empty); [] for a line that is no such row."""
    if "|" not in line or len(line) > MAX_LINE:
        return []
    cells = [c.strip() for c in line.split("|")]
    cells = [c for c in cells if c]
    if len(cells) < 2 or not _LABEL_CELL.fullmatch(cells[0]):
        return []
    labels = [bool(_LABEL_CELL.fullmatch(c)) for c in cells]
    return [(re.sub(r"[\s:：]", "", c), cells[i + 1] if i + 1 < len(cells) and not labels[i + 1] else "")
            for i, c in enumerate(cells) if labels[i]]


def parts(line: str) -> list[str]:
    """The line's pieces of content without field labels: the text before the first label and each non-empty
    value ('文 号: 关键字: 白银区统计局…报告' → ['白银区统计局…报告']); the line itself where it has no field."""
    return list(_parts(line))


@lru_cache(maxsize=2048)  # the title and the organ readers both read the lines of a report's head
def _parts(line: str) -> tuple[str, ...]:
    return tuple(_split(line))


def _split(line: str) -> list[str]:
    if "|" in line and len(line) <= MAX_LINE:
        row = _pipe_row(line)
        if row is not None:
            return row
    if len(line) <= MAX_LINE:
        line = _BARE_FIELD.sub("", line, count=1)
    if not _has_colon(line):  # every label is followed by its colon: most lines have none, and no field
        return [line] if line else []
    if len(line) <= MAX_LINE and not _FIELD.match(line):
        line = _CUT_FIELD.sub("", line, count=1)
    hits = list(_FIELD.finditer(line)) if len(line) <= MAX_LINE else []
    if not hits:
        return [line] if line else []
    head = line[: hits[0].start()].strip()
    return ([head] if head else []) + [v for _, v in _fields(line) if v]


_VALUE_BELOW = 40  # a value on the line below its label is a name or a date, never a paragraph


def field(lines: list[str], labels: tuple[str, ...]) -> str | None:
    """The value of the first of `labels` (in their order of preference) printed in these lines."""
    found = []
    for i, line in enumerate(lines):
        here = _fields(line)
        found += here
        if here and not here[-1][1] and i + 1 < len(lines) and not _fields(lines[i + 1]) \
                and len(lines[i + 1].strip()) <= _VALUE_BELOW:
            # a label alone at its line's end, its value on the next line ('信息来源:' / '驻马店市人民政府', 2980)
            found.append((here[-1][0], lines[i + 1].strip(_PADDING)))
    for label in labels:
        value = next((v for k, v in found if k == label and v), None)
        if value is not None:
            return value
    return None
