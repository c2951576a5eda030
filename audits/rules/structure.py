"""H6 (sections and tables as the template has them) and the structural notes (extra rows, one （六） row).

A copy that stops early (most web copies are page heads) is not a report that lacks its last sections:
sections after the last one seen, and a table of that last section, are not assessable unless the copy
shows it reaches the report's end (audits.extent); a section missing between two seen ones is missing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extractor import template
from extractor.enumerators import SECTION_NUMERAL
from extractor.labels import match_key
from extractor.outline import announced_outline
from extractor.segment import candidates, presents_report

from ..block_headers import unheaded_blocks
from ..context import Context
from ..extent import last_section, reaches_end, starts_late
from ..registry import rule

def _tables_under_other_headings(ctx: Context, names: dict[str, str]) -> list:
    """A table read where it is printed, inside a section that has no table of its own and before its own
    section's heading (extractor.pipeline: a table known by its labels): that section's content stands under
    the wrong heading, and its own heading stands with nothing of it."""
    out = []
    for t in template.TABLES.values():
        own = ctx.section(t.section)
        spans = [p.span for k, p in ctx.report.provenance.items() if k.startswith(t.key + ".") and p.span]
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
section's table printed under another heading (table 二 inside 一、总体情况, before 二's heading) is said to stand there. Fix: add the missing section (a sentence such as "无其他需要报告的事项"
is enough), and number the sections 一 to 六 in order.""")
def sections(ctx: Context):
    if ctx.text is None:
        return [ctx.na("没有规范化文本")]
    if _before_the_format(ctx):
        return [ctx.na(_OLD_FORMAT)]
    order = [s.key for s in template.SECTIONS]
    names = {s.key: s.heading for s in template.SECTIONS}
    found = [s.key for s in ctx.report.sections]
    if not found:
        other = _other_outline(ctx, names)
        if other is not None:
            return [other]
        unheaded = _unheaded_overview_alone(ctx, names)
        if unheaded is not None:  # the copy stops inside the overview: the later sections are not judged
            return [unheaded, ctx.na("副本未包含：" + "、".join(order[1:]))]
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
    unheaded = [k for k in absent if k == order[0] and _overview_without_heading(ctx)]
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
    old = _old_outline(ctx, names)
    if old is not None:
        out.append(old)
    if unknown:
        out.append(ctx.na("副本未包含：" + "、".join(unknown)))
    return out


def _restated(ctx: Context) -> list:
    """A section's heading said again inside it under another section's numeral (一、总体情况, then
    二、基本情况概述 where section 二 belongs): the report numbers its own parts, not the template's. Only
    below a heading numbered as the template has it, so a renumbered report is said once, above."""
    kept = ctx.report.sections
    number = {x.key: x.number for x in template.SECTIONS}
    hits = heading_hits(ctx.text) if kept else []
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


@dataclass
class _Restated:
    heading: str
    start: int
    key: str


# the pre-2019 outline's overview heading ('一、概述'), where the 2019 format has 一、总体情况
_OLD_OVERVIEW = re.compile(r"^\s*一\s*[、.．]\s*概\s*述\s*$")


# the pre-2019 outline's part on fees, by either of its names ('政府信息公开的收费及减免情况', '政府信息公开相关费用情况',
# '工作人员和费用支出情况'): the 2019 format has no such part
_FEE_PART = re.compile(r"收费|费用")


def _old_outline(ctx: Context, names: dict[str, str]):
    """A report on 2019 or later whose preamble announces the pre-2019 outline — a part on fees (收费及减免, 相关费用), or no part on
    复议/诉讼 — and whose first heading is that outline's '一、概述': the report follows the old format, and the
    parts it announces are what it holds (a copy stopping early shows no more). The announced list is the
    evidence, so a copy cut anywhere says it."""
    if ctx.year is None or ctx.year < template.FIRST_YEAR or not ctx.report.sections:
        return None
    if not _OLD_OVERVIEW.match(ctx.report.sections[0].heading):
        return None
    found = announced_outline(ctx.text)
    if found is None:
        return None
    said, named = found
    listed = re.sub(r"\s", "", said.group("parts"))
    fee = _FEE_PART.search(listed) is not None
    if not fee and "review_litigation" in named:
        return None
    lacking = [names[k] for k in names if k not in named]
    # the part by the old format's name, or by the report's own where it names it otherwise ('…相关费用情况')
    fee_part = "收费及减免" if "收费" in listed else \
        next((p for p in re.split(r"[、，,；;]", listed) if _FEE_PART.search(p)), "") if fee else ""
    why = (f"含「{fee_part}」部分" if fee else "") + ("、" if fee and lacking else "") + \
          ("未列" + "、".join(f"「{n}」" for n in lacking) if lacking else "")
    return ctx.finding(f"开头所列提纲按{template.FIRST_YEAR}年以前的格式撰写（{why}），首个标题为「{ctx.report.sections[0].heading}」",
                       [], expected=list(names.values()), actual=listed[:120],
                       evidence=[said.span(), (ctx.report.sections[0].start,
                                               ctx.report.sections[0].start + len(ctx.report.sections[0].heading))])


# a report on a year before the format is not held to its sections and tables
_OLD_FORMAT = f"{template.FIRST_YEAR}年以前的年度报告按当时的格式撰写，不按六部分和三张表核对"


def _before_the_format(ctx: Context) -> bool:
    return ctx.year is not None and ctx.year < template.FIRST_YEAR


def _overview_without_heading(ctx: Context) -> bool:
    """Whether the text before the first section heading seen reports on three or more of the overview's
    parts (主动公开, 依申请公开, 政府信息管理, 平台建设, 监督保障): the overview is printed, its heading is not
    (a mirror that drops the line, a report that starts straight with its text)."""
    if not ctx.report.sections:
        return False
    return _reports_on_overview(ctx.text[: ctx.report.sections[0].start])


# the overview's parts as prose names them (主动公开, 依申请公开, 政府信息管理, 平台建设, 监督保障)
_OVERVIEW_WORDS = tuple(p.removeprefix("政府信息公开") for p in template.OVERVIEW_PARTS)


_ITEM_HEAD = re.compile(r"[(（]\s*[一二三四五六]\s*[)）]\s*([^\n。，,；;]{1,12})")


def _overview_items(text: str, start: int) -> int:
    """How many numbered items from `start` on are headed by an overview part ('(三)政府信息管理')."""
    return sum(1 for m in _ITEM_HEAD.finditer(text, start) if any(p in m.group(1) for p in _OVERVIEW_WORDS))


def _reports_on_overview(text: str) -> bool:
    """Whether the text reports on three or more of the overview's parts."""
    text = re.sub(r"\s", "", text)
    return sum(1 for p in _OVERVIEW_WORDS if p in text) >= 3


# the overview's first numbered item: '(一)主动公开。', '（一）公开主动方面' — or a later one naming an overview part,
# where the report runs its first part (主动公开) as unnumbered prose: '…及时公开各类政府信息。(二)依申请公开情况。'
_FIRST_ITEM = re.compile(r"[(（]\s*([一二三])\s*[)）]")


def _unheaded_overview_alone(ctx: Context, names: dict[str, str]):
    """A copy with no section heading at all whose opening is printed (it announces the report's parts or
    presents the report) and is followed by the overview's numbered items — (一)…, or a later item naming an
    overview part when the first part is unnumbered prose; reporting on three or more of its parts — with no
    '一、总体情况' above them: the report left out the overview's heading (the copy does not start late, since
    its opening is there)."""
    opening = announced_outline(ctx.text) or presents_report(ctx.text)
    if opening is None:
        return None
    end = (opening[0] if isinstance(opening, tuple) else opening).end()
    item = _FIRST_ITEM.search(ctx.text, end)
    if item is None or re.search(r"(?:^|\n)\s*一\s*[、.．]", ctx.text[end:item.start()]):
        return None
    head = re.match(r"[^\n。，,；;]{1,24}", ctx.text[item.start():]).group(0)  # the item's own words
    if item.group(1) != "一" and not any(p in head for p in _OVERVIEW_WORDS):
        return None  # '(二)' of some other list: only an item naming an overview part stands for the overview
    if not _reports_on_overview(ctx.text[item.start():]) \
            and not (item.group(1) != "一" and _overview_items(ctx.text, item.start()) >= 2):
        return None  # (a copy cut after '(二)依申请公开情况', '(三)政府信息管理': two parts named as its items)
    return ctx.finding(f"「{names['overview']}」没有标题：开头之后直接是总体情况的分项「{head}」，未按模板列出该部分标题",
                       [], expected=[names["overview"]], actual=[head], evidence=[(item.start(), item.start() + len(head))])


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
    missing — not a copy that starts or stops elsewhere, since its opening is printed."""
    year = ctx.meta.year
    opening = presents_report(ctx.text)
    if year is None or year < template.FIRST_YEAR or opening is None:
        return None
    heading = _FIRST_HEADING.search(ctx.text, opening.end())
    if heading is None or _row_label(heading.group(2)):
        return None  # '一、本年新收政府信息公开申请数量' is table 三's first row: the report's own headings are not printed
    said = heading.group("h")
    return ctx.finding(f"全文没有模板规定的六个部分，按其他提纲撰写（「{said}」）：缺少"
                       + "、".join(f"「{n}」" for n in names.values()) + "部分",
                       [], expected=list(names.values()), actual=[said],
                       evidence=[(opening.start(), opening.end()), heading.span("h")])


@rule("structure.tables", "warning", "H6 a table or template row missing; table present only partly", ref="H6",
      doc="""
What: sections 二, 三 and 四 each hold their table, with every row of the template. A section whose table
is not in the text (an image, or prose only), a table that lacks template rows, and a block of table 二 that
prints values where its column header belongs (第二十条第(八)项 with '0 | 0 | 0' and no 本年收费金额(单位:万元)) are
reported; cells the
copy lost (rows whose values could not be placed) are the copy's fault and are noted, not reported. In a
copy that stops inside a table, the rows after the cut are not judged; a row absent before a later row or
block title the copy prints is missing.
Why: readers cannot tell "no table" from "all zero" (FORMAT.md §9.6). Fix: publish every table as text with
all its rows; put 0 in rows with nothing to count.""")
def tables(ctx: Context):
    if _before_the_format(ctx):
        return [ctx.na(_OLD_FORMAT)]
    out = []
    cut = not reaches_end(ctx)
    stops_in = last_section(ctx)
    for t in template.TABLES.values():
        st = ctx.status.get(t.key)
        status = st.status if st is not None else "absent"
        sec = ctx.section(t.section)
        if status in ("absent", "unparsed"):
            if sec is None:
                continue  # structure.sections reports the missing section itself
            if cut and t.section == stops_in:
                # cut before any row, but past a later block's title: the rows before it are missing
                out += _missing_rows(ctx, t, st.missing_rows if st is not None else [])
                out.append(ctx.na(f"{t.key}：副本在该部分中途截断"))
                continue
            if status == "unparsed" and _frame_printed(ctx, t):
                out.append(ctx.na(f"{t.key}：表格只印出表头和行名，数值在副本中丢失"))
                continue
            why = "正文中没有可读的表格（可能是图片或只有文字）" if status == "unparsed" else "正文中没有表格"
            out.append(ctx.finding(f"{t.title}：{why}", [], expected="表格", actual=status,
                                   evidence=[(sec.start, sec.start + len(sec.heading))]))
            continue
        out += [_unheaded_block(ctx, t, u) for u in unheaded_blocks(ctx, t.key)]
        if ctx.table_cut(t.key):
            # rows after the cut are not judged; a row missing before a later visible row or block title is
            # (the extraction tells which: `missing_rows`, the cells' state "lost")
            out.append(ctx.na(f"{t.key}：副本在表格中途截断，截断处之后的行不作判断"))
        rows = {}
        for k in ctx.cells_of(t.key):
            if ctx.state.get(k) == "lost":
                rows.setdefault(k.rsplit(".", 1)[0], []).append(k)
        lost_rows = set(st.incomplete_rows)
        unprinted = [r for r, ks in rows.items() if r not in lost_rows and t.key not in lost_rows]
        unplaced = st.values_without_row
        printed_table = getattr(ctx.report.tables, t.key, None)
        unrecognised = printed_table.extra_rows if printed_table is not None else []
        if unprinted and (unplaced or unrecognised):
            # values printed under a label the copy lost or garbled ("行可" for 行政许可): the row is there,
            # only its label is not — never "missing" on top of "lost"
            out.append(ctx.na(f"{t.key}：{unplaced + len(unrecognised)} 行数值的行名丢失或无法识别；"
                              f"未读到的 {len(unprinted)} 个模板行不作缺行判断"))
            continue
        out += _rows_missing(ctx, t, {r: rows[r] for r in unprinted})
        if rows and len(unprinted) < len(rows):
            out.append(ctx.na(f"{t.key}：副本中丢失 {len(rows) - len(unprinted)} 行"
                                                  "（数值无法对应到行），不作缺行判断"))
    return out


def _unheaded_block(ctx: Context, t, u):
    """A block printing values where its column header belongs: the header (and the unit it states) is missing."""
    names = "、".join(f"「{c.label}」" for c in u.block.columns)
    keys = [f"{t.key}.{r.key}.{c.key}" for r in u.block.rows for c in u.block.columns]
    return ctx.finding(f"{t.title}「{u.block.title}」未印出列标题{names}，该处印的是不属于任何行的数值（"
                       f"{'、'.join(u.values)}）", keys, expected=[c.label for c in u.block.columns],
                       actual=list(u.values), evidence=[u.title])


def _missing_rows(ctx: Context, t, rows: list[str]) -> list:
    """The finding for template rows the extraction found missing in a table none of whose rows was read."""
    if not rows:
        return []
    st = ctx.status[t.key]
    keys = template.layout_cells(t.key, st.layout or template.likely_layout(ctx.report.meta.year),
                                 bool(st.other_single_row))
    cells = {r: [k for k in keys if k.rsplit(".", 1)[0] == r] for r in rows}
    return _rows_missing(ctx, t, {r: ks for r, ks in cells.items() if ks})


def _rows_missing(ctx: Context, t, cells: dict[str, list[str]]) -> list:
    """The one finding naming template rows a table lacks, with their cells (none when no row is missing)."""
    if not cells:
        return []
    labels = "、".join(ctx.row_name(ks[0]) for ks in cells.values())
    return [ctx.finding(f"{t.title}缺少模板行：{labels}", [k for ks in cells.values() for k in ks],
                        expected="模板全部行", actual="缺行")]


def _frame_printed(ctx: Context, t) -> bool:
    """Whether the section prints its table's frame — two of its column headers and two of its row labels,
    each a line of its own ('行政复议', '结果维持', …) — with no value the parser could read: the table is
    there and its values are lost in the copy, which is no missing table."""
    got = ctx.section_text(t.section)
    if got is None:
        return False
    lines = {match_key(line) for line in got[0].split("\n")} - {""}
    blocks = [b for lay in t.layouts.values() for b in lay.blocks]
    columns = {match_key(c.label) for b in blocks for c in b.columns} | {match_key(h) for h in t.header_labels}
    rows = {match_key(r.label) for b in blocks for r in b.rows}
    return len(lines & columns) >= 2 and len(lines & rows) >= 2


@rule("structure.extra_rows", "info", "a row the template does not have", doc="""
What: rows printed in a table that the template does not have (e.g. Hubei's 其他主动公开文件 under
第二十条第（一）项), kept in the table's extra_rows. Why: local additions are allowed in some provinces but
they are outside every identity and every comparison; reviewers should see them. Fix: none required when a
provincial rule asks for the row; otherwise remove it.""")
def extra_rows(ctx: Context):
    out = []
    tables = ctx.report.tables.model_dump()
    for key, table in tables.items():
        for row in (table or {}).get("extra_rows", []):
            vals = "、".join("空" if v is None else f"{v:g}" if isinstance(v, float) else str(v) for v in row["values"])
            at = ctx.text.find(row["label"]) if ctx.text else -1
            out.append(ctx.finding(f"{template.TABLES[key].title}多出模板没有的行「{row['label']}」（{vals}）",
                                   [], expected=None, actual=row["values"],
                                   evidence=[(at, at + len(row["label"]))] if at >= 0 else []))
    return out


@rule("applications.other_single_row", "info", "a 2021-layout report printing （六）其他处理 as one row",
      layouts=("2021",), tables=("applications",), doc="""
What: a report on the 2021 layout that prints （六）其他处理 as one row instead of its three sub-rows
(1. 逾期不补正, 2. 逾期未缴费, 3. 其他). Why: the sub-row 2 is what the 信息处理费 check (S2) compares with
section 六; with one row it cannot be checked. Fix: print the three 2021 sub-rows.""")
def other_single_row(ctx: Context):
    if not ctx.other_single_row():
        return []
    cells = [f"applications.other.{c.key}" for c in template.APPLICANT_COLUMNS]
    return [ctx.finding("表三按2021年版填报，但（六）其他处理只印了一行，缺少 1.逾期不补正、2.逾期未按收费通知缴费、3.其他 三个子行",
                        cells, expected="三个子行", actual="一行")]
