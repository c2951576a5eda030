"""H5 (layout vs year; title year vs 统计期限 vs publication date) and S13 (timeliness)."""
from __future__ import annotations

import datetime as dt
import re

from extractor import template
from extractor.dates import CLOCK
from extractor.header_layout import first_header, foreign_header
from extractor.meta import published_dates
from extractor.sign_off import signed_date

from ..blocks import block_layouts, by_values
from ..context import Context, clipped
from ..registry import rule
from ..years import (as_of_year, cut_off_short, date_in_text, named_year, opening_year, opening_years, overview_year,
                     own_year, period_across_years, period_short, period_year, period_years, real_day, report_year,
                     PLANNED, reporting_years,
                     row_years, title_year, updated_only, year_from_date_only)

_CLOCK_AFTER = re.compile(r"\s*" + CLOCK)  # a clock time right after a date: the site's stamp


@rule("meta.template_year", "error", "H5 layout does not match the year (≤2020 → 2019, ≥2021 → 2021)", ref="H5",
      doc="""
What: reports on 2019 and 2020 use the 2019 试行 tables (国办公开办函〔2019〕60号); reports on 2021 and later
use the 2021 tables (国办公开办函〔2021〕30号). The layout is read from the printed headers and rows (FORMAT.md
§7 fingerprints). A report whose tables or blocks follow different layouts ("mixed") is checked block by
block: a block of table 二 printed on the other year's headers (a 2022 report whose 第二十条第（一）项 prints
本年新制作数量…) is this error, named by its block, because its cells count what the year's template does not;
that the form mixes layouts at all is the separate warning meta.mixed_layout.
Why: the two templates count different things (本年新公开数量 vs 本年废止件数, item counts vs money), so a
report on the wrong template cannot be compared or aggregated. Fix: republish the tables on the template of
the report's year. A 2021-layout report that prints （六）其他处理 as one row is not this error (see
applications.other_single_row). A year nothing printed states — only the year before the page's date — is a
guess: the check is then not assessable. A copy cut inside table 二's header, before any row, is judged by the
header words it prints: counted columns named in words none of which is the year's form's (本年度实际产生数量 in
a 2022 report) are this error.""")
def template_year(ctx: Context):
    year, source = report_year(ctx)
    if year is None:
        return [ctx.na("报告所属年度未知")]
    if source == "meta.year" and year_from_date_only(ctx):
        # an error must rest on what is printed: a year guessed from the publication date (a page that never
        # names its year, or no report at all: the template notice itself) leaves the check not assessable
        return [ctx.na(f"报告未印出所属年度（{year}年只是由发布日期{ctx.meta.published}推断）")]
    expected = template.layout_for_year(year)
    # the layout shows in the printed headers and row labels, so a table whose every value is blank or
    # lost (an unfilled form) still tells it
    tables = [t for t in ("active_disclosure", "applications") if ctx.table_usable(t) or _printed_layout(ctx, t)]
    where = "" if source == "meta.year" else f"（年份取自{source}）"
    if not tables or ctx.meta.template is None:
        return _by_header(ctx, year, where, expected) or [ctx.na("没有能显示版式的表格（只有表四或没有表格）")]
    out = []
    for t in tables:
        layout = ctx.table_layout(t)
        if t == "applications" and ctx.meta.template != "mixed":
            continue  # table 三 differs only in its （六） rows; its layout follows the report's
        if t == "active_disclosure" and ctx.meta.template == "mixed":
            out += _wrong_blocks(ctx, year, where, expected)
            continue
        if layout and layout != expected:
            name = template.TABLES[t].title
            cells = [k for k in ctx.cells_of(t) if ctx.known(k)][:6]
            out.append(ctx.finding(f"{year}年度报告{where}应使用{expected}年版表格，但{name}按{layout}年版（{_label(layout)}）填报",
                cells, expected=expected, actual=layout))
    return out


def _by_header(ctx: Context, year: int, where: str, expected: str) -> list:
    """No row shows table 二's layout (the copy stops inside its header): its printed column headers still do,
    where they name counted columns in words none of which is the year's form's (header_layout)."""
    found = ctx.section_text("active_disclosure")
    header = first_header(*found) if found is not None else None
    if header is None or not foreign_header(header, expected):
        return []
    shown = " / ".join(header.cells)
    return [ctx.finding(f"{year}年度报告{where}应使用{expected}年版表格，但{Context.table_name('active_disclosure')}印出的"
                        f"表头（{shown}）不是{expected}年版的列名（{_label(expected)}）", [], expected=expected,
                        actual=shown, evidence=[(header.start, header.end)])]


def _wrong_blocks(ctx: Context, year: int, where: str, expected: str) -> list:
    """Table 二 of a mixed report, block by block: one finding naming the blocks printed on the other layout."""
    # a block under the year's own headers whose rows print the other layout's values is no block on the other
    # year's headers: meta.mixed_layout says it
    rows_only = by_values(ctx)
    wrong = [(name, layout, keys) for name, layout, keys in block_layouts(ctx) if layout != expected
             and not (keys and all(k.startswith(rows_only) for k in keys))]
    if not wrong:
        return []
    names = "、".join(name for name, _, _ in wrong)
    layouts = sorted({layout for _, layout, _ in wrong})
    cells = [k for _, _, keys in wrong for k in keys]
    said = "、".join(f"{lay}年版（{_label(lay)}）" for lay in layouts)
    return [ctx.finding(f"{year}年度报告{where}应使用{expected}年版表格，但{Context.table_name('active_disclosure')}{names}"
                        f"按{said}表头填报", cells, expected=expected, actual="/".join(layouts))]


def _printed_layout(ctx: Context, table: str) -> bool:
    st = ctx.status.get(table)
    return st is not None and st.status in ("complete", "partial") and st.layout is not None


def _label(layout: str) -> str:
    return "国办公开办函〔2019〕60号" if layout == "2019" else "国办公开办函〔2021〕30号"


_REPORTING = ("active_disclosure", "applications", "review_litigation")  # the sections that report the year's figures


@rule("meta.dates", "warning", "H5 title year vs 统计期限 year vs publication date", ref="H5", doc="""
What: the year in the title (for a copy that lost its title, the year its opening names the report by:
编制了2021年政府信息公开年度报告, or by the 工作总结 it says it was compiled from or the year's work it says it
reflects: …报告,全面反映2025年度工作成效; failing that, the year it speaks
of as its own: 2022年度我乡…, or 2022年我单位… opening a line or clause) equals the year
of the 统计期限 sentence (or of what the report says it covers: 本报告内容涵盖2024年1月1日至12月31日期间) and of the year-end the prose counts up to (截至2021年12月31日，全年累计…; also fused,
截至20211231日), the year the opening names the report by after its title (由…编制的2024年度政府信息公开年度报告
under a 2025 title), and the year a row the tables add counts for (2020年本行政区域…发布总数量 in a 2021
report) or the year column of the organ's own statistics table (2017年度 | 历年累计 in the report on 2018), or the year sections
二–四 give their figures in the report's own voice (2017年，我办主动公开… in the report on 2018, unless they also say the
report's year so), and — where none of these is printed — the year the overview speaks of as its own (2025年,我镇…; not where
it also opens a clause with the title's year) — and where the report names no year of its own in any of these ways, the
one year every line or clause of the overview opens with (2022年,通过…; 2021年以来,园区…), against the period or the
year-end (数据截止日期为2019年12月31日); each printing of a 统计期限 stated twice names that year; that period runs 1月1日–12月31日 (a period said in months, 2022年1月至2022年12月, to 12月), and the publication date and the
sign-off's date fall after the end of that year; and a page head that prints its publication date twice (发布日期 …, 时间: …) prints
one day.
Why: a report on year N published before 31 December of N cannot be
complete, and a title that names a different year than the statistics period leaves readers unsure which
year the numbers describe. Fix: correct the title, the period sentence, or the date.""")
def dates(ctx: Context):
    out = []
    t, named = title_year(ctx.text, ctx.meta.title), "标题年份"
    if t is None:
        first = next((s.start for s in ctx.report.sections), None)
        t, named = named_year(ctx.text, first), "正文所称报告年度"
        if t is not None and t.text.endswith("总结"):  # 对新县镇2022年政府信息公开工作总结编制而成
            named = "正文所称编制依据的工作总结年度"
    if t is None:  # the year the opening speaks of as the report's own ("2022年度我乡…"), before section 二
        later = next((s.start for s in ctx.report.sections if s.key != template.SECTIONS[0].key), None)
        t, named = own_year(ctx.text, later, ctx.meta.organ), "正文所述年度"
    p = period_year(ctx.text)
    if t and p and t.year != p.year:
        out.append(ctx.finding(f"{named} {t.year} 与统计期限年份 {p.year} 不一致", [],
                               expected=t.year, actual=p.year, evidence=[t.span, p.span]))
    # a period printed twice: each printing names the year (2471 states it in the preamble and again after it)
    ref = t or p
    again = next((q for q in period_years(ctx.text) if ref and q != p and q.year != ref.year), None)
    if again is not None and not (t and p and t.year != p.year):
        out.append(ctx.finding(f"统计期限「{again.text}」的年份 {again.year} 与{named if t else '统计期限年份'} {ref.year} 不一致",
                               [], expected=ref.year, actual=again.year, evidence=[ref.span, again.span]))
    later = next((s.start for s in ctx.report.sections if s.key != template.SECTIONS[0].key), None)
    # no year of the report's own named: the one year every line or clause of the overview opens with
    # ('2022年,通过区政府门户网站主动公开…', '2021年以来,园区坚持…') is the year it reports on
    told = overview_year(ctx.text, later) if t is None else None
    if told is not None and p is not None and not _told_fits(told, p.year, ctx.text):
        out.append(ctx.finding(f"正文概述所述年度 {told.year} 与统计期限年份 {p.year} 不一致（「{told.text}」）", [],
                               expected=told.year, actual=p.year, evidence=[told.span, p.span]))
    first = next((s.start for s in ctx.report.sections), None)
    said = opening_year(ctx.text, ctx.meta.title, first) if named == "标题年份" else None
    if said and said.year != t.year and not (p and p.year != t.year):  # a period apart says it already
        out.append(ctx.finding(f"标题年份 {t.year} 与正文开头所称报告年度 {said.year} 不一致（「{said.text}」）", [],
                               expected=t.year, actual=said.year, evidence=[t.span, said.span]))
    carried = opening_year(ctx.text, ctx.meta.title, first, carried=True) \
        if named == "标题年份" and said is None and (p is None or p.year == t.year) else None
    if carried is not None and carried.year != t.year:
        # the work the opening says it sums up, reflects or was compiled from, or its own quoted title, of another year than
        # title and period ('总结厦门市思明区人民政府办公室2021年政府信息公开工作情况' in a 2022 report): a sentence carried
        # over from another report
        out.append(ctx.finding(f"{named} {t.year} 与正文开头所称的工作年度 {carried.year} 不一致（「{carried.text}」）", [],
                               expected=t.year, actual=carried.year, evidence=[t.span, carried.span]))
    elif t is not None and named != "正文所述年度" and (p is None or p.year == t.year) and said is None:
        # nothing else states the year, or the period agrees with the title: the year the overview speaks of as its
        # own ('2025年,我镇…'; '2022年,侯家庄乡人民政府…' under a 2021 title and period — last year's sentence kept)
        # should be the title's, or the one the opening names the report by (…报告,全面反映2025年度工作成效) — unless the overview
        # also opens a line or clause with that year ('2020年,在…指导下,我镇…' before '2019年,我镇通过…公开信息94条':
        # a year left over in one sentence, not the report's)
        own = own_year(ctx.text, later, ctx.meta.organ)
        told = overview_year(ctx.text, later) if own is None else None
        own = told if told is not None and not _told_fits(told, t.year, ctx.text) else own
        if own is not None and own.year != t.year and t.year not in opening_years(ctx.text, later):
            out.append(ctx.finding(f"{named} {t.year} 与正文所述年度 {own.year} 不一致（「{own.text}」）", [],
                                   expected=t.year, actual=own.year, evidence=[t.span, own.span]))
    ref, ref_named = (t, named) if t else (p, "统计期限年份") if p else (told, "正文概述所述年度")
    as_of = next((a for a in as_of_year(ctx.text) if ref and a.year != ref.year), None)
    if as_of is not None and not (t and p and t.year != p.year):  # two years already said apart above
        out.append(ctx.finding(f"正文「{as_of.text}」统计到 {as_of.year} 年底，与{ref_named} {ref.year} 不一致", [],
                               expected=ref.year, actual=as_of.year, evidence=[ref.span, as_of.span]))
    # the year sections 二–四 give their figures in the report's own voice ('（二）…主要类别2017年，我办主动公开…' in the
    # report on 2018, 4350): last year's sentence kept — unless those sections also give the report's year so (a comparison)
    body = [(s.start, s.end) for s in ctx.report.sections if s.key in _REPORTING]
    years = reporting_years(ctx.text, body) if ref and not (t and p and t.year != p.year) else []
    stale = next((y for y in years if y.year != ref.year), None)
    if stale is not None and ref.year not in {y.year for y in years}:
        out.append(ctx.finding(f"{ref_named} {ref.year} 与正文（主动公开、依申请公开、复议诉讼部分）所述年度 {stale.year} 不一致"
                               f"（「{stale.text}」）", [], expected=ref.year, actual=stale.year,
                               evidence=[ref.span, stale.span]))
    # a row the table adds, counted for a year of its own ('2020年本行政区域…发布总数量' in table 二 of a 2021 report:
    # a line kept from last year's form)
    row = next((r for r in row_years(ctx.report, ctx.text, ctx.tables_data) if ref and r.year != ref.year), None)
    if row is not None and not (t and p and t.year != p.year):
        out.append(ctx.finding(f"表格中多出的行「{clipped(row.text, 40)}」统计的是 {row.year} 年，与{ref_named} {ref.year} 不一致", [],
                               expected=ref.year, actual=row.year,
                               evidence=[ref.span] + ([row.span] if row.span else [])))
    # the organ's own statistics table (2008 条例's years) heading its one year's column with another year
    # ('2017年度 | 历年累计' in the report on 2018: last year's table head left in place)
    own = next(((tb, y) for tb in ctx.own_tables if sum(not c for c in tb.cumulative) == 1
                for y, c in zip(tb.years, tb.cumulative) if not c and y is not None and ref and y != ref.year), None)
    if own is not None and not (t and p and t.year != p.year):
        tb, y = own
        out.append(ctx.finding(f"附表（政府信息公开情况统计表）的年度列为「{y}年」，与{ref_named} {ref.year} 不一致", [],
                               expected=ref.year, actual=y, evidence=[ref.span, tb.span]))
    short = period_short(ctx.text) or cut_off_short(ctx.text, ctx.year)
    across = period_across_years(ctx.text)
    if short:
        where, last_day = short
        why = "日历上没有这一天" if not real_day(last_day) else "未覆盖全年"
        # one period, one finding: a period that also runs into the next year says so in the same message
        # ('自2011年1月1日起至2012年1月8日', held-out 4301)
        into = across is not None and across[2].span == where.span
        if into:  # (the year it starts in is covered whole: the period says too much, not too little)
            said = f"，{named} {t.year}" if t else ""
            out.append(ctx.finding(f"统计期限「{where.text}」从 {across[0]} 年跨到 {across[1]} 年，止于{last_day}{said}："
                                   "年度报告只统计一个年度（1月1日至12月31日）", [], expected=t.year if t else across[0],
                                   actual=f"{across[0]}–{across[1]}", evidence=[where.span] + ([t.span] if t else [])))
            across = None
        else:
            out.append(ctx.finding(f"统计期限「{where.text}」止于{last_day}，{why}（年度报告统计 1月1日至12月31日）", [],
                                   expected="12月31日", actual=last_day, evidence=[where.span]))
    if across:
        first, last, where = across
        said = f"，{named} {t.year}" if t else ""
        out.append(ctx.finding(f"统计期限「{where.text}」从 {first} 年跨到 {last} 年{said}：年度报告只统计一个年度", [],
                               expected=t.year if t else first, actual=f"{first}–{last}",
                               evidence=[where.span] + ([t.span] if t else [])))
    out += _dates_apart(ctx)
    year = t.year if t else p.year if p else ctx.meta.year
    pub = ctx.meta.published
    signed = signed_date(ctx.text) if year is not None and ctx.text else None
    if signed is not None and signed[0] <= f"{year}-12-31" and signed[0] != pub:
        # the sign-off dated before the year it reports on has ended (4229: 苏平片区 on 2019, signed 2019年1月3日 under a
        # page published 2020-01-16): the report's own date, whatever day the page went up — its last day too, the year
        # not over (a sign-off's date is read beside its organ, never the period's end read as a date, which a page's
        # publication date on that day may be)
        when = "即所报告年度（{}年）的最后一天，年度尚未结束" if signed[0] == f"{year}-12-31" else "早于所报告年度（{}年）结束"
        out.append(ctx.finding(f"落款日期 {signed[0]} " + when.format(year), [],
                               expected=f"晚于 {year}-12-31", actual=signed[0], evidence=[signed[1]]))
    if pub is None or year is None:
        out.append(ctx.na("未印发布日期" if pub is None else "报告所属年度未知"))
        return out
    if pub <= f"{year}-12-31":
        spans = date_in_text(ctx.text, pub)
        # (unless the site stamped it with the clock: '时间:2025-12-31 15:43' is when the page went up)
        clocked = any(_CLOCK_AFTER.match(ctx.text, end) for _, end in spans)
        # (nor where the page keys it as its date, '发布日期:2011-12-31', or the report signs with it, '上海市长宁区人民政府 ⏎
        # 2010年12月31日' under its title: a date the report or its page gives as such, never a period's end read)
        # (a bare 时间: may stamp a copy with the period's last day: the clock above tells that one, 3402)
        given = any(d == pub and k not in ("日期", "时间") for k, d, _ in published_dates(ctx.text, None)) \
            or (signed is not None and signed[0] == pub)
        if pub in (f"{year}-01-01", f"{year}-12-31") and (p is not None or not spans) and not clocked and not given:
            # the statistics period's first or last day: most likely the period read as a date
            out.append(ctx.na(f"发布日期 {pub} 恰是统计期的起止日（可能把统计期读成了日期）"))
        else:
            out.append(ctx.finding(f"发布日期 {pub} 早于所报告年度（{year}年）结束",
                                   [], expected=f"晚于 {year}-12-31", actual=pub, evidence=spans[:1]))
    return out


def _told_fits(told, year: int, text: str) -> bool:
    """Whether the overview's year fits the report's: the same, a year 以来 ('2020年以来,我局…') before it, or the next
    year in a sentence planning for it ('2011年,我们将按照…' closing the report on 2010)."""
    rest = told.text[4:].lstrip(" \t\u3000")
    # (the plan read in the text after the year, not in the clipped words the finding shows: '2011年,兴华乡将按照…')
    after = text[told.span[1]:told.span[1] + 20].lstrip(" \t\u3000年度,，")
    return told.year == year or (year > told.year and rest.startswith("年以来")) \
        or (told.year == year + 1 and PLANNED.match(after) is not None)


def _dates_apart(ctx: Context) -> list:
    """A page head that prints its publication date twice, two different days ('发布日期 2024-02-29' beside
    '时间: 2024-01-29'): which day it was published the page does not tell, and timeliness is judged on one."""
    first = next((s.start for s in ctx.report.sections), None)
    said = published_dates(ctx.text or "", first)
    other = next((d for d in said[1:] if d[1] != said[0][1]), None)
    if other is None:
        return []
    (k1, d1, at1), (k2, d2, at2) = said[0], other
    return [ctx.finding(f"页面印有两个不同的发布日期：「{k1} {d1}」与「{k2} {d2}」", [], expected=d1, actual=d2,
                        evidence=[at1, at2])]


@rule("meta.timeliness", "warning", "S13 published after the statutory deadline", ref="S13", years=(2008, None),
      doc="""
What: 条例 第四十九条: 县级以上人民政府部门 publish their report on year N by 31 January of N+1; the
本级人民政府's report is published by 31 March of N+1. Reports on 2008–2018 fall under the 2008 条例 (第三十一条:
各级行政机关, townships included, publish by 31 March of N+1; the 2019 条例 took effect on 15 May 2019, after the
reports on 2018 were due), so they are judged against 31 March whatever the organ's kind — an organ whose kind the name
does not tell (a 事业单位 only 参照执行 the 条例) is found late by no rule, only on time by that date. Townships (乡镇、街道) follow local rules, so they are
judged only against the latest of those deadlines: published after 31 March of N+1 is late whatever the local
rule; an organ whose kind the name does not tell (no name, or a 事业单位 such as a 分院 or a hospital) is not
judged, except that publishing by 31 January of N+1 is on time for any kind. A zone named bare (临汾经济开发区) is
its 管委会, a body the government sends out and no 本级人民政府: judged as a 管委会 named so is, by the departments'
31 January. A page that prints only its update time (更新时间:2026-04-15 发布时间: blank) was published that day or
before: it is not judged late. Why: late publication is the most
common failure reviewers score. Fix: publish by the deadline (and keep the original date visible).""")
def timeliness(ctx: Context):
    pub = ctx.meta.published
    year = ctx.year
    if pub is None:
        return [ctx.na("未印发布日期")]
    kind = ctx.organ.kind
    if kind is None and ctx.organ.zone:
        kind = "zone"  # its 管委会's report: the departments' deadline
    if kind is None:
        # on time for any kind when it meets the earliest statutory deadline (部门: 1月31日; before 2019 all: 3月31日)
        on_time = dt.date.fromisoformat(pub) <= dt.date(year + 1, 1 if year >= 2019 else 3, 31)
        return [] if on_time else [ctx.na("未写明机关名称" if ctx.meta.organ is None else "机关类别无法从名称判断")]
    deadline = dt.date(year + 1, 3, 31) if kind in ("government", "township") or year < 2019 else dt.date(year + 1, 1, 31)
    if dt.date.fromisoformat(pub) <= deadline:
        return [ctx.na("乡镇（街道）适用当地规定的期限")] if kind == "township" and year >= 2019 else []
    if updated_only(ctx.text, pub):  # only an upper bound of the day it was published: late is not shown
        return [ctx.na(f"页面只印更新时间 {pub}（发布时间空白），发布不晚于此日，是否逾期无从判断")]
    name = ctx.meta.organ or ctx.organ.said
    if year < 2019:
        message = (f"{name}的 {year} 年度报告发布于 {pub}，晚于 2008 年条例第三十一条的期限 {deadline.isoformat()}"
                   "（各级行政机关每年 3 月 31 日前公布）")
    elif kind == "township":  # the local deadline is unknown, but none is later than the 本级政府's
        message = (f"{name}（乡镇、街道）的 {year} 年度报告发布于 {pub}，晚于条例第四十九条的所有期限（最晚为本级人民政府的 "
                   f"{deadline.isoformat()}），无论当地规定如何均已逾期")
    else:
        who = {"government": "本级人民政府", "zone": "开发区、园区管委会，同县级以上人民政府部门"}.get(kind, "县级以上人民政府部门")
        message = f"{name}（{who}）的 {year} 年度报告发布于 {pub}，晚于法定期限 {deadline.isoformat()}（条例第四十九条）"
    return [ctx.finding(message, [], expected=f"≤ {deadline.isoformat()}",
                        actual=pub, evidence=date_in_text(ctx.text, pub)[:1])]
