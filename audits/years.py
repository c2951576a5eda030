"""Years and dates a report states about itself: in its title, in its 统计期限 sentence, in its prose.

Copies lose characters (`自202411日起至20241231日止`): a year is only read from a four-digit run that
is not part of a longer digit run, and a period only from a sentence that still has its 年/月/日.
"""
from __future__ import annotations

import calendar
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from extractor import template
from extractor.chrome import UPDATE_LABELS
# (the 统计期限 PERIOD, PERIOD_MONTHS: read as meta reads it)
from extractor.dates import (AS_OF_YEAR_END, DATA_CUT_OFF, DATE_CN, LEADING_YEAR, MONTH_LINE, OWN_YEAR, OWN_YEAR_OPENING,
                             PERIOD as _PERIOD, PERIOD_MONTHS as _PERIOD_MONTHS, YEAR as _YEAR, YEAR_IN_OWN_VOICE, YEAR_SUBJECT,
                             year_before)
from extractor.enumerators import ITEM
from extractor.organ_forms import named_at
from extractor.meta import stated_year, year_in_title, year_named

from .context import clipped
from .prose.text import Para, compact

_PROSE_YEAR = re.compile(_YEAR + r"年(?!\d{1,2}月|度?以前|前)")



@dataclass(frozen=True)
class Stated:
    year: int
    span: tuple[int, int] | None  # where it is printed in the normalised text (None: not found as kept)
    text: str


def title_year(text: str | None, title: str | None) -> Stated | None:
    if not title:
        return None
    m = year_in_title(title)
    if m is None:
        return None
    at = text.find(title) if text else -1
    span = (at + m.start(1), at + m.end(1)) if at >= 0 else (0, 0)
    if at < 0 and text:  # a title printed over two lines ('宝坻区消防救援支队\n政府信息公开工作2025年度报告')
        y = m.start(1)
        broken = re.search(r"\s*".join(map(re.escape, title[:y])) + r"\s*(" + re.escape(title[y:m.end(1)]) + ")",
                           text[:len(title) * 4 + 2000])
        span = broken.span(1) if broken else span
    return Stated(int(m.group(1)), span, title)


def named_year(text: str | None, end: int | None = None) -> Stated | None:
    """The year the opening names the report by ("编制了2021年政府信息公开年度报告"): a copy that lost its
    title still says which year it is the report of."""
    if not text:
        return None
    m = year_named(text, end, quoted_own=True)
    return Stated(int(m.group(1)), (m.start(1), m.end(1)), m.group(0)) if m else None


# the preamble's words (本报告…, 特向社会公布…): a page may print its first heading above them (一、总体情况⏎根据《条例》…,特向
# 社会公布2020年度…年度报告。本报告包括…), the opening then running on in that section's first paragraph
_PREAMBLE_WORDS = re.compile(r"本报告|特向社会公布")


def opening_end(text: str, first: int | None) -> int | None:
    """Where the opening ends: at the first section (`first`, its heading's start) — or, where the paragraph right
    under that heading says the preamble's words, at that paragraph's end."""
    if first is None:
        return None
    heading_end = text.find("\n", first)
    if heading_end < 0:
        return first
    end = text.find("\n", heading_end + 1)
    end = len(text) if end < 0 else end
    return end if _PREAMBLE_WORDS.search(text, heading_end, end) else first


def opening_year(text: str | None, title: str | None, end: int | None = None,
                 carried: bool = False) -> Stated | None:
    """The year the opening names the report by past its title ('…由南京市溧水区人民政府办公室编制的2024年度政府
    信息公开年度报告'): said again in the report's own words, it should be the title's year. Every printing of the
    title before the first section is passed over (a page prints it as its heading, then as the document's). `end`:
    the first section's start, the opening running on through the paragraph under its heading (opening_end). With
    `carried`, also the work it says it was compiled from, reflects or sums up (named_year's forms: '…编制,总结…
    2021年政府信息公开工作情况'), the sentence a copy carries over from another report."""
    if not text or not title:
        return None
    end = opening_end(text, end)
    head_end = end if end else min(len(text), 1500)
    start, at = 0, text.find(title)
    while 0 <= at < head_end:
        start = at + len(title)
        at = text.find(title, start)
    m = year_named(text, end, quoted_own=carried, start=start)
    return Stated(int(m.group(1)), (m.start(1), m.end(1)), m.group(0)) if m else None


@lru_cache(maxsize=2)  # the period and the year-ends read the same opening: compacted once
def _opening(text: str) -> Para:
    return compact(text, 0, min(len(text), 6000))


@lru_cache(maxsize=2)  # the year rules of one report each ask for its period: read it once
def _periods(text: str | None) -> list[tuple[int, int, Stated, str | None]]:
    """(first year, last year, where, last day as printed: 12月31日; None for what a report says it covers) of each
    统计期限 sentence, in order: a report may state it twice (the preamble, then again before its tables), and each
    must hold."""
    if not text:
        return []
    p = _opening(text)
    out = []
    # a period said in months is read only where no 统计期限 is said the usual way
    for m in list(_PERIOD.finditer(p.text)) or list(_PERIOD_MONTHS.finditer(p.text)):
        start_year, end_year = int(m.group(2)), int(m.group(3) or m.group(2))
        last_day = "12月31日" if m.group(4) in ("1231日", "12月") else m.group(4)
        if m.group(1).endswith("涵盖"):
            last_day = None  # what the work covers names its year; its last day is no statistics period's (529: 12月21日)
        out.append((start_year, end_year, Stated(start_year, p.span(m.start(), m.end()), m.group(0)), last_day))
    return out


def _period(text: str | None) -> tuple[int, int, Stated, str | None] | None:
    """The first 统计期限 sentence (see _periods)."""
    return next(iter(_periods(text)), None)


def period_year(text: str | None) -> Stated | None:
    """The year of the 统计期限 sentence (`统计期限自2023年1月1日起至2023年12月31日止`)."""
    found = _period(text)
    if found is None or found[0] != found[1]:
        return None  # a period over two years is not one report year
    return found[2]


def period_across_years(text: str | None) -> tuple[int, int, Stated] | None:
    """A 统计期限 that runs from 1月1日 of one year to 12月31日 of another (`自2021年1月1日起至2022年12月31日止`)."""
    found = next((f for f in _periods(text) if f[0] != f[1]), None)
    return found[:3] if found is not None else None


def period_short(text: str | None) -> tuple[Stated, str] | None:
    """A 统计期限 that stops before 12月31日 (`…至2022年12月20日止`): where, and the day it stops on — in any of its
    statements (官港镇 2021 states it twice)."""
    found = next((f for f in _periods(text) if f[3] not in ("12月31日", None)), None)
    return (found[2], found[3]) if found is not None else None


def cut_off_short(text: str | None, year: int | None) -> tuple[Stated, str] | None:
    """Where no 统计期限 is printed, the day the data stop on said alone ('所列数据截止日期为2020年12月25日') when it is
    before the year's end: of the report's year, or — the year unknown — in December (a January day may be the next
    year's, when the report was written)."""
    if not text or _periods(text):
        return None
    p = _opening(text)
    for m in DATA_CUT_OFF.finditer(p.text):
        day = m.group(2)
        if day != "12月31日" and (int(m.group(1)) == year if year is not None else day.startswith("12月")):
            return Stated(int(m.group(1)), p.span(m.start(), m.end()), m.group(0)), day
    return None


def real_day(day: str) -> bool:
    """Whether a printed '12月31日' names a day of the calendar ('13月31日', '6月31日' do not; 2月29日 is let be)."""
    m = re.fullmatch(r"(\d{1,2})月(\d{1,2})日", day)
    if m is None:
        return True
    month, d = int(m.group(1)), int(m.group(2))
    return 1 <= month <= 12 and 1 <= d <= calendar.monthrange(2024, month)[1]  # a leap year: 2月29日 may be real


def as_of_year(text: str | None) -> list[Stated]:
    """The year-ends the prose counts up to ('截至2021年12月31日，全年累计…', '截至20211231日'), in order."""
    if not text:
        return []
    p = _opening(text)
    if "截" not in p.text:  # (every year-end opens with 截至/截止: most openings print none, and the pattern, opening
        return []          # with a lookbehind, would be tried at each of their characters)
    return [Stated(int(m.group(1)), p.span(m.start(1), m.end(1)), m.group(0)) for m in AS_OF_YEAR_END.finditer(p.text)]


def row_years(report, text: str | None, tables: dict | None = None) -> list[Stated]:
    """The years that open the labels of rows a table adds to the template ('2020年本行政区域(或本部门)政府信息公开
    发布总数量…' inside table 二): the year the row's count is for, in order of the tables. `tables`: the report's
    tables as dumped (Context.tables_data), when the caller holds them."""
    out = []
    for name, table in (report.tables.model_dump() if tables is None else tables).items():
        for row in (table or {}).get("extra_rows", []):
            m = LEADING_YEAR.match(row["label"])
            if m is None:
                continue
            at = _printed_in_table(report, name, row["label"], text or "")
            span = (at + m.start(1), at + m.end(1)) if at is not None else None
            out.append(Stated(int(m.group(1)), span, row["label"]))
    return out


def _printed_in_table(report, table: str, label: str, text: str) -> int | None:
    """Where the table prints `label`: of its printings, the one nearest the cells read from the table (the prose may
    quote the label before it); None when the text does not print it as the table keeps it."""
    found = [m.start() for m in re.finditer(re.escape(label), text)]
    cells = [p.span[0] for k, p in report.provenance.items() if k.startswith(table + ".") and p.span]
    if not found:
        return None
    if not cells:
        return found[0]
    lo, hi = min(cells), max(cells)
    return min(found, key=lambda at: max(lo - at, 0, at - hi))


# a year's digits, found by the engine's scan for their first character: the patterns of a year said in the opening
# (extractor.dates: OWN_YEAR, OWN_YEAR_OPENING, YEAR_SUBJECT, _OPENING_YEAR) open with a lookbehind or a clause's start,
# which the engine tries at every character of up to 3,000 — ~100 µs a report for own_year alone
_YEAR_AT = re.compile(r"(?:19|20)\d\d")
_SPACES = " \t\u3000"


def _at_years(pattern: re.Pattern, text: str, stop: int):
    """pattern.finditer(text, 0, stop), for a pattern that opens with YEAR, maybe after a clause's start and its
    spaces ([ \t\u3000]*): a match can only start in the spaces right before a year, so it is tried only there. Every
    YEAR is found by _YEAR_AT (a year is preceded by no digit, so no earlier hit overlaps it); matched with `pos`, the
    lookbehinds and ^ see the text before it as a search does."""
    pos = 0
    for y in _YEAR_AT.finditer(text, 0, stop):
        at = start = y.start()
        if at < pos:
            continue
        while start > pos and text[start - 1] in _SPACES:
            start -= 1
        for t in range(start, at + 1):
            m = pattern.match(text, t, stop)
            if m is not None:
                yield m
                pos = m.end()
                break


def own_year(text: str | None, end: int | None = None, organ: str | None = None) -> Stated | None:
    """The year the opening (up to `end`) speaks of in the report's own voice (`2022年度我乡共计主动公开…`), or
    opening a clause whose subject is the report's `organ` (`2021年,省人社厅坚持…`): what a copy whose title names
    no year, and whose opening does not name the report, calls its year."""
    if not text:
        return None
    stop = min(len(text), 3000, len(text) if end is None else end)
    head = compact(text, 0, stop)
    m = next(_at_years(OWN_YEAR, head.text, len(head.text)), None)
    found = [Stated(int(m.group(1)), head.span(m.start(1), m.end(1)), m.group(0))] if m else []
    # (never the year the report plans for: '2011年,我乡将按照…' closing the report on 2010)
    o = next((o for o in _at_years(OWN_YEAR_OPENING, text, stop) if not PLANNED.match(text, o.end())), None)
    if o:
        found.append(Stated(int(o.group(1)), (o.start(1), o.end(1)), o.group(0).strip()))
    if organ:
        for s in _at_years(YEAR_SUBJECT, text, stop):
            name = named_at(s.group("subject"), organ)
            if name and not PLANNED.match(text, s.start("subject") + len(name)):
                found.append(Stated(int(s.group(1)), (s.start(1), s.end(1)),
                                    text[s.start(1):s.start("subject") + len(name)]))
                break
    return min(found, key=lambda s: s.span[0], default=None)


# a year opening a line or a clause ('2020年,在县政府政数局直接指导下,我镇…'), in any voice
_OPENING_YEAR = re.compile(r"(?:^|(?<=[。；;，,：:]))[ \t\u3000]*" + _YEAR + r"[ \t\u3000]*年", re.M)


def opening_years(text: str | None, end: int | None = None) -> set[int]:
    """The years that open a line or a clause of the opening (up to `end`, as own_year reads it)."""
    if not text:
        return set()
    stop = min(len(text), 3000, len(text) if end is None else end)
    return {int(m.group(1)) for m in _at_years(_OPENING_YEAR, text, stop)}


def overview_year(text: str | None, end: int | None = None) -> Stated | None:
    """The one year that opens lines or clauses of the opening ('2020年,区…', '2022年,通过…', '2021年以来,园区…'),
    whatever the subject, where every such opening names that one year and no period's first day follows it: the year
    the overview narrates, which a copy that names no year of its own in any other way still tells."""
    if not text:
        return None
    stop = min(len(text), 3000, len(text) if end is None else end)
    # (a day — a period's first, 2022年1月1日…, or '发布日期:2022年01月25日' in the page's head — is no year narrated)
    # (nor a cover's month under the title, '2011年1月' on a line of its own: the date the report was made, 4381)
    hits = [m for m in _at_years(_OPENING_YEAR, text, stop) if not DATE_CN.match(text, m.start(1))
            and not MONTH_LINE.match(text, m.start(1))]
    if len({m.group(1) for m in hits}) != 1:
        return None
    m = hits[0]
    return Stated(int(m.group(1)), (m.start(1), m.end(1)), text[m.start(1):m.end(1) + 8].split("\n")[0])


def reporting_years(text: str | None, spans: list[tuple[int, int]]) -> list[Stated]:
    """The years the report's own voice gives its sentences in the spans (sections 二–四: what it published, received,
    was reviewed on): '2017年，我办主动公开…' — the year those figures are of."""
    if not text:
        return []
    out = []
    for a, b in spans:
        for m in YEAR_IN_OWN_VOICE.finditer(text, a, b):
            if _opens_reporting(text, a, m.start(1)) and not PLANNED.match(text, m.end()):
                out.append(Stated(int(m.group(1)), (m.start(1), m.end(1)), clipped(text[m.start(1):m.end() + 12], 24)))
    return out


# what the voice does next, where the year is one it plans for (2012年,我局将以…): no year of figures
PLANNED = re.compile(r"[^，,。；;]{0,6}?(?:将|要|计划|拟|继续|争取|力争)")


def _opens_reporting(text: str, start: int, at: int) -> bool:
    """Whether the year at `at` opens its sentence or clause, or follows a heading run into the sentence ('（二）…主要类别
    2017年，我办…', a one-line copy) — not a year inside a clause (而2010年我局曾…)."""
    lead = text[max(start, *(text.rfind(c, start, at) + 1 for c in "。；;！？\n")):at]
    return not lead.strip() or lead[-1] in "，,：: \t\u3000" or (ITEM.match(lead.strip()) is not None
                                                                and not any(c in lead for c in "，,"))


def period_years(text: str | None) -> list[Stated]:
    """The year of each 统计期限 sentence that runs within one year, in order (see _periods)."""
    return [f[2] for f in _periods(text) if f[0] == f[1]]


def prose_year(text: str | None, end: int | None = None) -> Stated | None:
    """The year the opening prose talks about (`2022年以来，丰收乡…`), when one year clearly dominates:
    a fallback for copies whose title and 统计期限 are lost. Only the opening (up to `end`, where the
    sections after 一、总体情况 begin) says it: section 五 plans the next year ("2021年全系统将…")."""
    if not text:
        return None
    head = compact(text, 0, min(len(text), 3000, len(text) if end is None else end))
    body = re.sub(r"《[^》]*》|〔[^〕]*〕|\[[^\]]*\]|\([^)]*\)", lambda m: "#" * len(m.group(0)), head.text)
    hits = [(int(m.group(1)), m.start(1), m.end(1)) for m in _PROSE_YEAR.finditer(body)]
    if not hits:
        return None
    counts = Counter(y for y, _, _ in hits)
    year, n = counts.most_common(1)[0]
    if n * 3 < len(hits) * 2:
        return None  # no clear majority
    _, a, b = next(h for h in hits if h[0] == year)
    return Stated(year, head.span(a, b), head.text[a:b + 1])


def report_year(ctx) -> tuple[int | None, str]:
    """meta.year, else a year the text states; with where it came from (for messages)."""
    if ctx.meta.year is not None:
        return ctx.meta.year, "meta.year"
    later = next((s.start for s in ctx.report.sections if s.key != template.SECTIONS[0].key), None)
    for how, fn in (("统计期限", lambda: period_year(ctx.text)), ("正文", lambda: prose_year(ctx.text, later))):
        s = fn()
        if s is not None:
            return s.year, f"{how}「{clipped(s.text, 24)}」"
    return None, ""


def year_from_date_only(ctx) -> bool:
    """meta.year is only the year before the publication date: nothing the copy prints states it."""
    if ctx.meta.year is None or not ctx.meta.published or ctx.text is None:
        return False
    first = ctx.report.sections[0].start if ctx.report.sections else None
    return stated_year(ctx.text, ctx.meta.title, first) is None


def updated_only(text: str | None, iso: str) -> bool:
    """Whether the page prints that day only as its update time ('更新时间:2026-01-15 发布时间: |', the publication
    time left blank): the page was published that day or before it."""
    spans = date_in_text(text, iso)
    return bool(spans) and all(_UPDATE_KEY_BEFORE.search(text[max(0, a - 12):a]) for a, _ in spans)


# an update-time key right before a date ('更新时间:', '修改日期 ')
_UPDATE_KEY_BEFORE = re.compile(r"(?:" + "|".join(UPDATE_LABELS) + r")[ \t\u3000]*[:：]?[ \t\u3000]*\Z")


def date_in_text(text: str | None, iso: str) -> list[tuple[int, int]]:
    """Where a YYYY-MM-DD date is printed (numeric or 年月日 form)."""
    if not text:
        return []
    y, m, d = (int(x) for x in iso.split("-"))
    # the year's digits first, the digit before them looked behind from their end (the same as a lookbehind before
    # them): a pattern that opens with a literal is scanned for it, one opening with a lookbehind tried at every character
    pat = re.compile(rf"{y}(?<!\d{y})\s*[-/.年]\s*0?{m}\s*[-/.月]\s*0?{d}(?!\d)")
    return [(x.start(), x.end()) for x in pat.finditer(text)]
