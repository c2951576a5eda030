"""The outline a report's opening announces ('本报告由概述、政府信息主动公开情况、依申请公开情况三部分组成',
'全文包括总体情况、…、其他需要报告的事项六部分'): only a report's preamble says so, so it tells a report whose
copy shows none of the six headings (sub-items (一)…(五) straight after the preamble) from a page that is none."""
from __future__ import annotations

import re

from . import template

_OPENING = 1000  # characters: the outline stands in the preamble
# who speaks (the report, its full text or 本文, its content), the verb that lists, the parts, and what closes the
# list: a count of parts ('三部分', '6个部分'), 组成, or 等 closing the sentence ('全文包括总体情况,…,其他需要报告
# 的事项等。'; '报告主要包括以下内容:本年度…的基本情况;…改进情况等。')
_OUTLINE = re.compile(r"(?:全文|本文|报告|年报|内容)[^。！？]{0,8}?(?:包括|包含|由|分为)[:：]?(?P<parts>[^。！？]{4,300}?)"
                      r"(?:(?:等|共)?(?:[1-9一二三四五六七八九十]个?部分|(?:等)?(?:内容)?组成)|等(?:内容|方面)?(?=[。！]))")
# '全文包括概述、…、存在的主要问题和改进措施。': the report's full text listing its parts, closed by the sentence's end
# alone (no count, 组成 or 等) — only with 全文 as the subject, which nothing but the report's own outline has, or
# with '(本)报告主要包括:' ('报告主要包括:总体情况、…和其他需要报告事项。', '本报告主要包括:总体情况;…;统计表。'):
# the report naming its main parts after a colon
_WHOLE_TEXT = re.compile(r"(?:全文(?:包括|包含)[:：]?|报告主要(?:包括|包含)[:：])(?P<parts>[^。！？]{4,300}?)(?=[。！])")
# Outlines shorten a section's name ('概述', '依申请公开情况', '行政复议、诉讼和申诉'), so each is known by a word
# no other part of an outline has.
_PART_WORDS = {
    "overview": r"总体|概述|概况|基本情况",
    "active_disclosure": r"主动公开",
    "applications": r"依申请|收到和处理",
    "review_litigation": r"复议|诉讼",
    "problems": r"问题|不足|改进|整改",
    "other_matters": r"其[他它]",
}


# the opening's length counts printed characters: a page whose layout table prints its title row as runs of
# hundreds of empty cells ('卓尼县人民政府2020年度…年度报告 | |||||…') has its preamble after them
_PRINTED_HEAD = re.compile(r"(?:[|\s]*[^|\s]){1,%d}" % _OPENING)


def announced_outline(text: str) -> tuple[re.Match, tuple[str, ...]] | None:
    """The opening's outline sentence and the template's sections it names (two at least), or None."""
    head = text[:_PRINTED_HEAD.match(text).end()] if text else text
    found = {m.start(): m for m in _WHOLE_TEXT.finditer(head)} | {m.start(): m for m in _OUTLINE.finditer(head)}
    for _, m in sorted(found.items()):
        # a bracketed aside explains a part ('咨询情况(公民、法人和其他组织的咨询情况)'): its words name none
        listed = re.sub(r"[(（][^()（）]*[)）]", "", re.sub(r"\s", "", m.group("parts")))
        named = tuple(s.key for s in template.SECTIONS if re.search(_PART_WORDS[s.key], listed))
        if len(named) >= 2:
            return m, named
    return None
