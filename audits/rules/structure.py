"""H6 the six sections as the template has them: each present, in order, under its own numeral (the tables
and their rows: table_rows).

A copy that stops early (most web copies are page heads) is not a report that lacks its last sections:
sections after the last one seen, and a table of that last section, are not assessable unless the copy
shows it reaches the report's end (audits.extent); a section missing between two seen ones is missing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extractor import template
from extractor.enumerators import HEADING_NUMERAL, SECTION_NUMERAL, SECTION_NUMERAL_IN_LINE, run_on_heading
from extractor.labels import match_key
from extractor.outline import FEE_PART
from extractor.segment import candidates, candidates_known, presents_report

from ..context import Context, clipped
from ..extent import last_section, reaches_end, starts_late
from ..old_outline import numbering_gaps, old_outline_lacks
from ..overview_heading import names_the_overview, overview_renamed, overview_without_heading, unheaded_overview_alone
from ..registry import rule
from ..section_bodies import headings_alone


def _tables_under_other_headings(ctx: Context, names: dict[str, str]) -> list:
    """A table read where it is printed, inside a section that has no table of its own and before its own
    section's heading (extractor.pipeline: a table known by its labels): that section's content stands under
    the wrong heading, and its own heading stands with nothing of it."""
    out = []
    # each table's cell spans, the provenance read once for all three tables (a whole report's is ~300 cells)
    by_table: dict[str, list] = {}
    for k, p in ctx.report.provenance.items():
        table, dot, _ = k.partition(".")
        if dot and p.span:
            by_table.setdefault(table, []).append(p.span)
    for t in template.TABLES.values():
        own = ctx.section(t.section)
        spans = by_table.get(t.key, [])
        if own is None or not spans or max(e for _, e in spans) > own.start:
            continue
        start = min(b for b, _ in spans)
        under = next((s for s in ctx.report.sections if s.start <= start < s.end), None)
        if under is None or under.key == t.section:
            continue
        out.append(ctx.finding(f"「{names[t.section]}」的表格印在「{under.heading}」之下（该部分标题之前），"
                               f"「{own.heading}」标题下没有该表", [],
                               expected=[names[t.section]], actual=[under.heading],
                               evidence=[(start, max(e for _, e in spans)), (own.start, own.start + len(own.heading))]))
    return out


def heading_hits(text: str) -> list[tuple[str, int, str]]:
    """(section key, offset, heading line) of every line that reads as a section heading."""
    return [(h.key, h.start, h.heading) for h in candidates(text)]


@rule("structure.sections", "warning", "H6 a section missing or out of order", ref="H6", doc="""
What: the six sections of the template (一、总体情况 … 六、其他需要报告的事项) are all present, in that order,
under their own numerals. Why: 条例 第五十条 fixes the report's content and the 2021 format asks that it is
followed strictly ("不能遗漏"); readers and reviewers find each part by its heading. A section missing
between two present ones is reported in any copy; sections after the last one a copy holds only when the
copy shows the report's end (section 六, a sign-off with organ and date, 特此报告, the page's footer) —
otherwise the copy stops before them. Text before the first heading that reports on the overview's parts is the
overview without its heading, said so rather than missing. A report on 2019 or later that presents itself (现将…政府信息公开工作报告如下)
and then follows an outline of its own (一、2020年政务公开工作完成情况及成效), none of the six, lacks all six. A
section's table printed under another heading (table 二 inside 一、总体情况, before 二's heading) is said to stand there. A
preamble listing the report's parts in a closed list (no 等, or a count its names make) is the report's own outline: a
section it leaves out and the copy does not print is missing on any copy, cut or complete (an old outline, 概述 …
收费, announced above the template's own headings excepted: the headings decide). Fix: add the missing section (a sentence such as "无其他需要报告的事项"
is enough), and number the sections 一 to 六 in order.""")
def sections(ctx: Context):
    if ctx.text is None:
        return [ctx.na("没有规范化文本")]
    if before_the_format(ctx):
        found = [f for f in (old_outline_lacks(ctx), numbering_gaps(ctx)) if f is not None]
        return found + headings_alone(ctx, {s.key for s in template.SECTIONS}) + [ctx.na(OLD_FORMAT)]
    order = [s.key for s in template.SECTIONS]
    names = {s.key: s.heading for s in template.SECTIONS}
    found = [s.key for s in ctx.report.sections]
    if not found:
        other = _other_outline(ctx, names)
        if other is not None:
            return [other]
        unheaded = unheaded_overview_alone(ctx, names)
        if unheaded is not None:  # the copy stops inside the overview: the later sections are judged by its outline only
            lacks = _outline_lacks(ctx, names, {order[0]})
            rest = [k for k in order[1:] if lacks is None or names[k] not in lacks.expected]
            return [unheaded] + ([lacks] if lacks else []) + ([ctx.na("副本未包含：" + "、".join(names[k] for k in rest))] if rest else [])
    out = []
    whole, late = reaches_end(ctx), starts_late(ctx)
    first = order.index(found[0]) if found else len(order)
    stops_in = last_section(ctx)  # a section whose table the copy's end begins, its heading not printed
    last = order.index(stops_in) if stops_in else -1
    missing, unknown = [], []
    for i, key in enumerate(order):
        if key in found:
            continue
        if i > last and not whole or i < first and late or not found:
            unknown.append(key)  # before the copy starts or after it stops
        else:
            missing.append(key)
    hits = heading_hits(ctx.text) if missing else []  # only a missing section is looked for elsewhere
    misplaced = [k for k in missing if any(h[0] == k for h in hits)]
    absent = [k for k in missing if k not in misplaced]
    evidence = [(s.start, s.start + len(s.heading)) for s in ctx.report.sections]
    renamed = overview_renamed(ctx.text[: ctx.report.sections[0].start]) if order[0] in absent and found else None
    if renamed:  # printed in other words: the overview's own ('一、2023年工作开展情况') is its heading; others are off the template
        absent.remove(order[0])
        if not names_the_overview(renamed[2]):
            out.append(ctx.finding(f"「{names[order[0]]}」的标题写作「{renamed[2]}」，未按模板标题列出", [],
                                   expected=[names[order[0]]], actual=[renamed[2]], evidence=[renamed[:2]]))
    # a later section under its own numeral, in its place, in other words that name it ('五、现存短板与2026年提升计划'):
    # printed, not missing (a heading that names another matter, '二、政府信息管理', is no such section)
    absent = [k for k in absent if k not in template.HEADING_IN_OWN_WORDS or not _renamed_in_place(ctx, k, order)]
    unheaded = [k for k in absent if k == order[0] and overview_without_heading(ctx)]
    if unheaded:
        absent = [k for k in absent if k not in unheaded]
        first = ctx.report.sections[0]
        out.append(ctx.finding(f"「{names[order[0]]}」没有标题：「{first.heading}」之前的正文写的是总体情况的内容，"
                               "但未按模板列出该部分标题",
                               [], expected=[names[order[0]]], actual=[first.heading],
                               evidence=[(first.start, first.start + len(first.heading))]))
    if absent:
        out.append(ctx.finding("缺少" + "、".join(f"「{names[k]}」" for k in absent) + "部分",
                               [], expected=[names[k] for k in order], actual=[s.heading for s in ctx.report.sections],
                               evidence=evidence))
    if misplaced:
        spans = [(h[1], h[1] + len(h[2])) for h in hits if h[0] in misplaced]
        out.append(ctx.finding("、".join(f"「{names[k]}」" for k in misplaced) + "顺序不对",
                               [], expected=[names[k] for k in order], actual=[h[2] for h in hits], evidence=spans))
    renumbered = []
    for s in ctx.report.sections:
        m = SECTION_NUMERAL.match(s.heading)
        want = next(x.number for x in template.SECTIONS if x.key == s.key)
        if m and m.group(1) != want:
            renumbered.append(s)
    renumbered += _restated(ctx)
    if renumbered:
        out.append(ctx.finding("部分标题编号与模板不符：" + "；".join(
                f"「{s.heading}」应为{next(x.number for x in template.SECTIONS if x.key == s.key)}" for s in renumbered),
            [], expected=[names[s.key] for s in renumbered], actual=[s.heading for s in renumbered],
            evidence=[(s.start, s.start + len(s.heading)) for s in renumbered]))
    out += _tables_under_other_headings(ctx, names)
    # (a section with a table of its own printed as its heading alone is structure.tables' finding)
    out += headings_alone(ctx, {s.key for s in template.SECTIONS} - {t.section for t in template.TABLES.values()})
    lacks = _outline_lacks(ctx, names, set(found) | set(missing))
    if lacks is not None:
        out.append(lacks)
        unknown = [k for k in unknown if names[k] not in lacks.expected]  # said once: by the outline's finding
    if unknown:
        out.append(ctx.na("副本未包含：" + "、".join(names[k] for k in unknown)))
    return out


def _restated(ctx: Context) -> list:
    """A section's heading said again inside it under another section's numeral (一、总体情况, then
    二、基本情况概述 where section 二 belongs): the report numbers its own parts, not the template's. Only
    below a heading numbered as the template has it, so a renumbered report is said once, above."""
    kept = ctx.report.sections
    number = {x.key: x.number for x in template.SECTIONS}
    hits = _numbered_hits(ctx.text) if kept and _numeral_past_headings(ctx.text, kept) else []
    out = []
    for i, s in enumerate(kept):
        m = SECTION_NUMERAL.match(s.heading)
        if not m or m.group(1) != number[s.key]:
            continue
        end = kept[i + 1].start if i + 1 < len(kept) else len(ctx.text)
        again = [h for h in hits if h[0] == s.key and s.start < h[1] < end]
        out += [_Restated(h[2], h[1], s.key) for h in again
                if (n := SECTION_NUMERAL.match(h[2])) and n.group(1) != number[s.key]]
    return out


def _numeral_past_headings(text: str, kept) -> bool:
    """Whether the text prints a section numeral past the first kept heading other than the kept headings' own: a
    heading said again (SECTION_NUMERAL at its start) holds one, and most copies print none, so the heading lines
    are not all read again (segment.candidates) to find nothing."""
    own = {s.start + m.start(1) for s in kept if (m := SECTION_NUMERAL.match(s.heading))}
    return any(m.start() not in own for m in SECTION_NUMERAL_IN_LINE.finditer(text, kept[0].start + 1))


def _numbered_hits(text: str) -> list[tuple[str, int, str]]:
    """heading_hits of the lines that print a section numeral, the only lines that can hold a heading said again (it
    opens with one, SECTION_NUMERAL, and lies inside its line). segment.candidates reads a text line by line, each
    line's hits its own, so each such line is read alone and the others (a page head's table, one cell a line: hundreds
    of lines) are not read at all; the same hits, in the same order. (Auditing the text the extraction just segmented,
    its hits are all known already: those are taken.)"""
    if candidates_known(text):
        return heading_hits(text)
    out: list[tuple[str, int, str]] = []
    line_end = -1
    for m in SECTION_NUMERAL_IN_LINE.finditer(text):
        if m.start() < line_end:
            continue  # its line read already
        start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        if line_end < 0:
            line_end = len(text)
        out += [(h.key, start + h.start, h.heading) for h in candidates(text[start:line_end])]
    return out


@dataclass
class _Restated:
    heading: str
    start: int
    key: str


# a heading of the pre-2019 outline's overview ('一、概述', '一、政务信息公开情况概述'), where the 2019 format has
# 一、总体情况
_OLD_OVERVIEW = re.compile(r"^\s*一\s*[、.．][^\n]{0,14}概\s*述\s*$")


def _outline_lacks(ctx: Context, names: dict[str, str], accounted: set[str]):
    """The report's own outline, announced in its preamble, leaving out a section of the template that the copy
    does not print either (eval/README: the outline is evidence on any copy, cut or complete). Only a closed list
    says a part is left out (one with 等, or with a count its names fall short of, may go on), and only one of
    the report's parts (not the overview's items). An old outline (概述, 收费…) above the template's own headings
    is no finding: the headings decide, the body follows the template. A part the template has not (收费, 回应
    解读) is no finding by itself. Sections the rule already reports (`accounted`) are not said twice."""
    if ctx.year is None or ctx.year < template.FIRST_YEAR:
        return None
    outline = ctx.outline
    if outline is None or not outline.closed or outline.of_overview:
        return None
    first = ctx.report.sections[0] if ctx.report.sections else None
    if outline.old and first is not None and not _OLD_OVERVIEW.match(first.heading):
        return None
    lacking = [k for k in names if k not in outline.named and k not in accounted]
    if not lacking:
        return None
    said = outline.said
    listed = outline.parts
    how = ""
    if outline.old:
        # the old outline's part on fees, by the old format's name or the report's own ('…相关费用情况')
        fee = next((p for p in re.split(r"[、，,；;]", listed) if FEE_PART.search(p)), "")
        fee = "收费及减免" if fee and "收费" in listed else fee
        how = f"按{template.FIRST_YEAR}年以前的格式撰写" + (f"（含「{fee}」部分）" if fee else "") + "，"
    evidence = [said.span()]
    if outline.old and first is not None:
        evidence.append((first.start, first.start + len(first.heading)))
    return ctx.finding(f"开头所列提纲{how}未列" + "、".join(f"「{names[k]}」" for k in lacking)
                       + f"部分（「{clipped(listed, 80)}」），副本中也没有该部分标题",
                       [], expected=[names[k] for k in lacking], actual=listed[:120], evidence=evidence)


# a report on a year before the format is not held to its sections and tables
OLD_FORMAT = f"{template.FIRST_YEAR}年以前的年度报告按当时的格式撰写，不按六部分和三张表核对"


def before_the_format(ctx: Context) -> bool:
    return ctx.year is not None and ctx.year < template.FIRST_YEAR


def _renamed_in_place(ctx: Context, key: str, order: list[str]) -> bool:
    """Whether a heading under the section's own numeral stands between the sections found before and after it, in
    words that name the section ('五、现存短板与2026年提升计划' between 四 and 六, 4584): the section in its own words."""
    i = order.index(key)
    starts = {s.key: s.start for s in ctx.report.sections}
    after = max((starts[k] for k in order[:i] if k in starts), default=0)
    before = min((starts[k] for k in order[i + 1:] if k in starts), default=len(ctx.text))
    number = template.SECTIONS[i].number
    m = next((m for m in HEADING_NUMERAL.finditer(ctx.text, after + 1, before) if m.group(1) == number), None)
    if m is None:
        return False
    return re.search(template.HEADING_IN_OWN_WORDS[key], run_on_heading(ctx.text, m.start(), before)) is not None


# the report's own first heading after its opening: 一、2020年政务公开工作完成情况及成效
_FIRST_HEADING = re.compile(r"(?:^|(?<=\n)|(?<=[。！？:：]))[ \t\u3000]*(?P<h>一、\s*([^\s。，,；;：:（(]{2,30}))", re.M)


def _row_label(words: str) -> bool:
    """Whether a line numbered 一、 begins a row label of a template table (table 三's '一、本年新收…')."""
    key = match_key(words)
    return any(match_key(r.label).lstrip("一").startswith(key) for t in template.TABLES.values()
               for lay in t.layouts.values() for b in lay.blocks for r in b.rows)


def _other_outline(ctx: Context, names: dict[str, str]):
    """A report of the template's years (2019 on) that presents itself as the report ("现将…报告如下") and then
    follows an outline of its own (一、2020年政务公开工作完成情况及成效), none of the six sections: all six are
    missing — not a copy that starts or stops elsewhere, since its opening is printed. Unless the preamble's closed
    outline names all six: the report says it follows the template, and its first heading is one of them renamed
    ('一、综述'), not another outline."""
    year = ctx.meta.year
    opening = presents_report(ctx.text)
    if year is None or year < template.FIRST_YEAR or opening is None:
        return None
    outline = ctx.outline
    if outline is not None and outline.closed and not outline.of_overview and set(outline.named) == set(names):
        return None
    heading = _FIRST_HEADING.search(ctx.text, opening.end())
    if heading is None or _row_label(heading.group(2)):
        return None  # '一、本年新收政府信息公开申请数量' is table 三's first row: the report's own headings are not printed
    said = heading.group("h")
    return ctx.finding(f"全文没有模板规定的六个部分，按其他提纲撰写（「{said}」）：缺少"
                       + "、".join(f"「{n}」" for n in names.values()) + "部分",
                       [], expected=list(names.values()), actual=[said],
                       evidence=[(opening.start(), opening.end()), heading.span("h")])
