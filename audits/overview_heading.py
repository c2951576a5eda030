"""The overview (一、总体情况) printed without its heading: text before the first heading that reports on the overview's
parts, a heading under the overview's numeral in other words, or a copy with no heading at all whose opening is followed by
the overview's items or its prose (structure.sections says so rather than calling the section missing)."""
from __future__ import annotations

import re

from extractor import template
from extractor.about_reports import SELF_WORDS, own_title
from extractor.dates import YEAR_SPOKEN
from extractor.enumerators import HEADING_NUMERAL, SECTION_NUMERAL, run_on_heading
from extractor.outline import OVERVIEW_WORDS, overview_items
from extractor.segment import presents_report

from .context import Context


def overview_without_heading(ctx: Context) -> bool:
    """Whether the text before the first section heading seen reports on three or more of the overview's
    parts (主动公开, 依申请公开, 政府信息管理, 平台建设, 监督保障): the overview is printed, its heading is not
    (a mirror that drops the line, a report that starts straight with its text)."""
    if not ctx.report.sections:
        return False
    return _reports_on_overview(ctx.text[: ctx.report.sections[0].start])


def overview_renamed(text: str) -> tuple[int, int, str] | None:
    """The first line of `text` opening with the overview's numeral ('一、2023年工作开展情况', a bare '一、'), as
    (start, end, line): the section's heading printed in other words than the template's."""
    number, at = template.SECTIONS[0].number, 0
    for line in text.split("\n"):
        m = SECTION_NUMERAL.match(line)
        if m and m.group(1) == number:
            lead = len(line) - len(line.lstrip())
            return at + lead, at + len(line.rstrip()), line.strip()
        at += len(line) + 1
    # a one-line copy runs it on after the preamble's last sentence ('…@163.com）。一、年度工作总体推进情况2025年，…'):
    # up to the first sentence's year, a space or a mark
    m = next((m for m in HEADING_NUMERAL.finditer(text) if m.group(1) == number), None)
    if m is None:
        return None
    heading = run_on_heading(text, m.start())
    return m.start(), m.start() + len(heading), heading


# what an overview's heading says in the report's own words: the template's overview words, or the year's work
# ('2023年工作开展情况', '2021政府信息公开情况'; FORMAT.md §2: '一、工作概况') — naming no other section
_OVERVIEW_HEADING = re.compile(template.OUTLINE_WORDS["overview"] + r"|(?:工作|公开)(?:开展)?情况")
_OTHER_SECTIONS = re.compile("|".join(w for k, w in template.OUTLINE_WORDS.items() if k != "overview"))


def names_the_overview(heading: str) -> bool:
    words = SECTION_NUMERAL.sub("", heading)
    return bool(_OVERVIEW_HEADING.search(words)) and not _OTHER_SECTIONS.search(words)


def _reports_on_overview(text: str) -> bool:
    """Whether the text reports on three or more of the overview's parts."""
    text = re.sub(r"\s", "", text)
    return sum(1 for p in OVERVIEW_WORDS if p in text) >= 3


# the overview's first numbered item: '(一)主动公开。', '（一）公开主动方面' — or a later one naming an overview part,
# where the report runs its first part (主动公开) as unnumbered prose: '…及时公开各类政府信息。(二)依申请公开情况。'
_FIRST_ITEM = re.compile(r"[(（]\s*([一二三])\s*[)）]|(?<![^\n])[ \t\u3000]*([一二三])是")


def _opening_end(ctx: Context) -> int | None:
    """Where the copy's opening ends: the outline it announces, the sentence presenting the report, or the
    report's own title printed above the text (a copy that prints the title does not start late)."""
    opening = ctx.outline or presents_report(ctx.text)
    if opening is not None:
        return (opening[0] if isinstance(opening, tuple) else opening).end()
    title = ctx.meta.title
    at = ctx.text.find(title) if own_title(title) else -1
    return at + len(title) if at >= 0 else None


def unheaded_overview_alone(ctx: Context, names: dict[str, str]):
    """A copy with no section heading at all whose opening is printed (it announces the report's parts or
    presents the report) and is followed by the overview's numbered items — (一)…, or a later item naming an
    overview part when the first part is unnumbered prose; reporting on three or more of its parts, or naming
    two of them as its items where the copy stops sooner — with no '一、总体情况' above them: the report left out the overview's heading (the copy does not start late, since
    its opening is there)."""
    end = _opening_end(ctx)
    if end is None:
        return None
    item = _FIRST_ITEM.search(ctx.text, end)
    if item is None:
        return _overview_prose_after_outline(ctx, names)
    if overview_renamed(ctx.text[end:item.start()]):
        return None
    said = re.compile(r"\s*([^\n。，,；;]{1,24})").match(ctx.text, item.start())
    head, at = said.group(1), said.start(1)  # the item's own words
    if (item.group(1) or item.group(2)) != "一" and not any(p in head for p in OVERVIEW_WORDS):
        return None  # '(二)' of some other list: only an item naming an overview part stands for the overview
    if not _reports_on_overview(ctx.text[item.start():]) \
            and overview_items(ctx.text, item.start()) < 2:
        return None  # (a copy cut after '(一)主动公开情况', '(二)依申请公开情况': two parts named as its items)
    return ctx.finding(f"「{names['overview']}」没有标题：开头之后直接是总体情况的分项「{head}」，未按模板列出该部分标题",
                       [], expected=[names["overview"]], actual=[head], evidence=[(at, at + len(head))])


# the overview's prose opening with its year (2020年,杭州市以…为指导; 今年以来,…)
_OVERVIEW_OPENING = re.compile(YEAR_SPOKEN + "[,，]")
_LINE = re.compile(r"[^\n]*")


def _overview_prose_after_outline(ctx: Context, names: dict[str, str]):
    """A copy with no section heading at all whose preamble announces the report's parts, the overview among them, and
    whose next paragraph is already the overview's prose (2020年,杭州市以…为指导,…): the heading '一、总体情况' is
    not printed (a mirror that drops the line)."""
    outline = ctx.outline
    if outline is None or outline.of_overview or "overview" not in outline.named:
        return None
    # the lines after the outline's, read one at a time up to the first that is not the preamble's own (统计期限,
    # 本报告电子版…): never the whole text split
    for m in _LINE.finditer(ctx.text, outline.said.end()):
        line = m.group().strip()
        if m.start() == outline.said.end() or not line or SELF_WORDS.search(line):
            continue  # (the rest of the outline's own line too)
        if len(line) < 60 or not _OVERVIEW_OPENING.match(line):
            return None
        at = m.start() + m.group().index(line)
        head = line[:20]
        return ctx.finding(f"「{names['overview']}」没有标题：开头之后直接是总体情况的正文「{head}…」，未按模板列出该部分标题",
                           [], expected=[names["overview"]], actual=[head], evidence=[(at, at + len(head))])
    return None
