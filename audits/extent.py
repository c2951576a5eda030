"""How much of a report a copy holds: whether it may start after the report's opening, and whether it
shows that it reaches the report's end.

Where a web page head or a PDF page stops is arbitrary — on a heading, mid-sentence, after a full stop,
on a short line — so the last line cannot tell a cut copy from a whole one. A copy shows it is whole only
by what a report (or its web page) prints after its body: its closing section (六、其他需要报告的事项),
a sign-off (organ and date), 特此报告, the page's footer after the body, or its empty list of attachments. Without one of these, what
follows the last section seen is not in the copy, neither present nor missing. A section missing
*between* two that are seen is missing in any copy.
"""
from __future__ import annotations

import re

from extractor import template
from extractor.cut_end import cut_at_end
from extractor.segment import presents_report
from extractor.sign_off import signature

from .context import KNOWN, Context

_CLOSING = "特此报告"
# the page's list of attachments, empty, as the copy's last line: what a page prints under an article that
# has none ('附件:' after 四、下一步改进措施). One with entries may hold the report's tables (附件：统计表), and
# a '附件:' before the sections introduces the report itself. (Or its download list: '附件下载:', 3959.)
# (the page's download list may close a one-line copy after a space, with no colon: '…行政诉讼数 件 0 0 附件下载', the
# 平潭 archive's pages)
_EMPTY_ATTACHMENTS = re.compile(r"(?:\n[ \t\u3000]*附件(?:下载)?[:：]|[ \t\u3000]附件下载[:：]?)\s*$")
# the last rows of the 2008 form's own statistics table (复议, 诉讼, 申诉/举报, 收费): a table read to them at the copy's
# end is the report's appendix, printed after its body
_CLOSING_ROW = re.compile(r"复议|诉讼|申诉|举报|收费")
_NEAR_END = 400  # characters: a sign-off or a page's last lines (an own table ends the copy by how it is found)

# what a government web page prints under an article, never inside a report's text
_FOOTER = re.compile(r"扫一扫在手机|分享到|打印本页|关闭窗口|【打印】|【关闭】|版权所有|主办单位|承办单位|ICP[备证]|"
                     r"公网安备|网站标识码|网站地图|联系我们|上一篇|下一篇|解读文章|相关解读|相关链接|责任编辑")
# a page of a longer article: the footer closes the page, not the report
_MORE_PAGES = re.compile(r"下一页|共\s*\d+\s*页")


def end_marker(ctx: Context) -> tuple[str, int] | None:
    """(what, offset) of the first sign, after the last section heading seen, that the report ends in
    this copy: "六" (the closing section itself), "signature", "特此报告", "footer", "附件" (an empty list) or "附表" (the
    2008 form's own statistics table read to its closing rows at the copy's end)."""
    key = "extent.end_marker"
    if key not in ctx.cache:
        ctx.cache[key] = _end_marker(ctx)
    return ctx.cache[key]


def _end_marker(ctx: Context) -> tuple[str, int] | None:
    sections = ctx.report.sections
    if ctx.text is None or any(ctx.table_cut(t) for t in template.TABLES):
        return None  # a copy that stops inside a table never reaches the end
    if sections and sections[-1].key == template.SECTIONS[-1].key:
        return "六", sections[-1].start
    # (a report on the old outline may print none of the six headings: its end is looked for from its start)
    body = sections[-1].start + len(sections[-1].heading) if sections else 0
    marks = []
    sign = signature(ctx.text, body)
    if sign is not None:
        marks.append(("signature", sign[0]))
    at = ctx.text.find(_CLOSING, body)
    if at >= 0:
        marks.append((_CLOSING, at))
    empty = _EMPTY_ATTACHMENTS.search(ctx.text, body)
    if empty is not None:
        marks.append(("附件", empty.start() + 1))
    own = next((t for t in ctx.own_tables if t.span[0] >= body and not ctx.text[t.span[1]:].strip()
                and _CLOSING_ROW.search(t.rows[-1].label)), None)
    if own is not None:
        marks.append(("附表", own.span[0]))
    tail = ctx.text[body:]
    if not _MORE_PAGES.search(tail):
        pos = body
        for line in tail.split("\n"):
            if _FOOTER.search(line) and "。" not in line:
                marks.append(("footer", pos))
                break
            pos += len(line) + 1
    if not sections:
        # with no section seen, a mark counts only at the copy's end: a cover's organ and date, a site's links
        # (网站地图, 联系我们) stand at a page's head too
        end = len(ctx.text.rstrip())
        marks = [m for m in marks if m[0] == "附表" or end - m[1] < _NEAR_END]
    return min(marks, key=lambda m: m[1]) if marks else None


def reaches_end(ctx: Context) -> bool:
    """Whether the copy shows that it holds the report's end (see the module's note)."""
    return end_marker(ctx) is not None


def starts_late(ctx: Context) -> bool:
    """Whether the copy may start after the report's beginning (a flipbook page, a fragment): its first
    section is not 一、总体情况 and little text stands before it (a flipbook repeats the title on every page,
    so a title proves nothing)."""
    if not ctx.report.sections or ctx.text is None:
        return True
    first = ctx.report.sections[0]
    head = "".join(ctx.text[: first.start].split())
    if first.key == template.SECTIONS[0].key:
        return False  # the copy has the report's opening
    # (or the sentence that presents the report, 现将…年度报告如下, however short the text before the first heading)
    return len(head) < 300 and presents_report(ctx.text[: first.start]) is None


def last_section(ctx: Context) -> str | None:
    """The section the copy stops in: the last heading seen, or a later section the copy shows it reached
    without its heading — a table of that section read past the last heading (table 二 straight after 一(五)),
    or a table caption the copy's last line begins ('(本列数据的勾稽关系为:' — the copy stops inside section 三
    without its heading). Worked out once per report: two structure rules ask."""
    if "last_section" not in ctx.cache:
        ctx.cache["last_section"] = _last_section(ctx)
    return ctx.cache["last_section"]


def _last_section(ctx: Context) -> str | None:
    order = [s.key for s in template.SECTIONS]
    last = ctx.report.sections[-1].key if ctx.report.sections else None
    after = ctx.report.sections[-1].start + len(ctx.report.sections[-1].heading) if ctx.report.sections else 0
    reached = [key for key, at in _tables_past(ctx, after) if not _named_above(ctx, key, after, at)]
    cut = cut_at_end(ctx.text) if ctx.text else None
    if cut is not None and cut.kind == "table" and not _named_above(ctx, cut.section, after, cut.start):
        reached.append(cut.section)
    later = [k for k in reached if last is None or order.index(k) > order.index(last)]
    return max(later, key=order.index) if later else last


def _tables_past(ctx: Context, after: int) -> list[tuple[str, int]]:
    """(section, offset) of each table read (a cell's span) wholly past `after`, the end of the last heading."""
    out = []
    state = ctx.state  # known() inline: a table none of whose cells was read is walked to its end
    for t in template.TABLES.values():
        first = None
        for k in ctx.cells_of(t.key):
            if state.get(k) in KNOWN and (sp := ctx.span(k)) is not None:
                if sp[0] <= after:  # most tables: read before the last heading, told by their first cell
                    break
                first = sp[0] if first is None else min(first, sp[0])
        else:
            if first is not None:
                out.append((t.section, first))
    return out


def _named_above(ctx: Context, section: str, after: int, at: int) -> bool:
    """A line naming the section between the last heading and `at`: its heading in a wording the template
    lacks — the section is printed, and only the headings read tell where the copy stops."""
    named = re.compile(template.SECTION_WORDS[section])
    return any(named.search(re.sub(r"\s", "", line)) and len(line.strip()) <= 48
               for line in ctx.text[after:at].split("\n"))
