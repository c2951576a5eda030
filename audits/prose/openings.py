"""Lists that open the sentence after their total without a list word (lists.py joins the two sentences and asks
here): counts by where they came from (1条来自…,1条来自…), the first numbered point (一是…) and the later ones
that each publish one count (二是发布…122条。, later_points), a sentence that is
nothing but a ；-run of categories and their counts (…5838条。…98条;…3612条;…2102条。), and a 其中 after words of
the sentence that state no count but a rate of the whole (…办复率100%,其中…); and a list under a head that names,
without a figure, what the paragraph before counted (…主动公开政府信息123条。 / 2.…主要类别。2022年,全办主动公开政府
信息:…0条;…9条;…) — read_restated_head. Each is read as a list with no marker:
only a sum above the total says anything. And a 其中 after a sentence of counts in units of their own, each ；-group
after it giving one of each (read_paired): one list per unit; and a numbered point whose list opens by naming what it
splits (在…信息中), the total ending the point before (read_among_after_head), read as after 其中.
"""
from __future__ import annotations

import re

from extractor.enumerators import ITEM
from extractor.numerals import to_number

from .disclosed import OUTLET, VERB, item_unit
from .items import FIGURE, clause_start, depths, region_end
from .list_parts import read_list
from .list_words import (GROUP_END, MOVES_ON, OPENING_MARKER, Part, Reading, said_as_change, same_unit, total_kind,
                         unit)
from .patterns import CHANNEL_WORDS, PERCENT, SUBMITTED_BY
from .periods import STOCK_WORDS
from .text import FULL_SENTENCE
from .unmarked import UNMARKED_OPEN

# a sentence that sets what follows beside the figure before (同时,…微信公众号…): its 其中 splits its own count
SETS_BESIDE = re.compile(r"^(?:同时|此外|另外|另)")
YEAR_OR_RATE = re.compile(rf"\d{{4}}年|{PERCENT}")
# a rate of handling (办结率、答复率、满意率均达到100%) says what became of the requests counted before it: a list after it
# may split something else (信箱44件,办结率…100%,其中财政预决算信息65余条: information, not letters)
HANDLING_RATE = re.compile(r"(?:办结|答复|回复|满意|处理|受理)率")


# a sentence of counts each opened by its figure and where it came from (1条来自政府网站线上申请,1条来自邮寄快递件)
BY_SOURCE = re.compile(rf"{FIGURE.pattern.pattern}(?:来自|通过)")


def read_by_source(s: str, at: int) -> list[Reading]:
    """The counts by source that open the sentence after a sentence of one figure, with no list word (`共收到2条政府
    信息公开申请。1条来自政府网站线上申请,1条来自邮寄快递件,均已按时办结反馈。`): that figure's parts by where they came
    from, two at least, each opened by its figure. Read as a list with no marker: only a sum above says anything."""
    reading = _after_figure(s, at, UNMARKED_OPEN)
    if reading is None or not all(BY_SOURCE.match(s, p.at[0]) for p in reading.parts):
        return []
    return [reading]


# the first of a paragraph's numbered points opening the sentence after a total (…公开各类政府信息12190余条,…。一是公开
# 政务要闻285条,通知公告303条,…): its counts in the total's unit are that total's parts
_FIRST_ITEM = re.compile(r"(?P<marker>[，,])(?:一是|其一[，,是])[，,：:]?")


def read_first_item(s: str, at: int) -> list[Reading]:
    """The counts of the first numbered point (一是…) opening the sentence after a sentence of one figure: parts of
    that figure, two at least, read as a list with no marker — the point need not name them all (二是, 三是 may add
    more, or be about other work), so only a sum above the total says anything."""
    reading = _after_figure(s, at, _FIRST_ITEM)
    return [reading] if reading is not None else []


# one item of such a run: a category named bare (no digit, no clause of its own) and its one figure ending it
_RUN_ITEM = re.compile(rf"[^\d，,；;：:。]{{2,30}}?{FIGURE.pattern.pattern}")


_POINTS = "二三四五六七八九"
# a later point that publishes one count (二是发布社会救助、社会保障信息共122条。): its verb, a figure of the total's unit
_PUBLISHES = re.compile(rf"[^，,；;。\d]{{0,8}}?{VERB}")


def later_points(text: str, spans: list, start: int, s: str, r: Reading) -> tuple[str, Reading]:
    """The numbered points after the first (read_first_item's reading r of s, at start in text), each a sentence that
    opens with the next number (二是, 三是…), publishes one count of the total's unit and says nothing else with a
    figure (`共计713条…。一是主动公开政策文件4条,…解读3条。二是发布社会救助、社会保障信息共122条。三是发布预警信息及应对情况
    15条。`): more parts of the total, read as the first point's are (a selection: only a sum above says anything). The
    text is returned with those sentences' 。 as ；, the same length, so offsets hold."""
    end, parts = start + len(s), list(r.parts)
    if text[end - 1:end] != "。":
        return s, r
    for n, (a, b) in zip(_POINTS, [sp for sp in spans if sp[0] >= end]):
        figures = list(FIGURE.finditer(text, a, b))
        if not text.startswith((f"{n}是", f"其{n}"), a) or len(figures) != 1 or not same_unit(figures[0], r.total) \
                or not _PUBLISHES.match(text, a + 2) or MOVES_ON.match(text[a + 2:b]) \
                or said_as_change(text, figures[0]) or figures[0].group("pre") or text[figures[0].end():b] != "。":
            break
        f = figures[0]
        parts.append(Part(text[a + 2:f.end()], to_number(f.group("num")) or 0, (a + 2 - start, f.end() - start),
                          bool(f.group("post"))))
        end = b
    if len(parts) == len(r.parts):
        return s, r
    joined = s[:-1] + "；" + text[start + len(s):end - 1].replace("。", "；") + text[end - 1]  # the same length
    return joined, Reading(r.total, r.marker, r.marker_at, parts, r.complete, r.restated, implicit=True,
                           summed=r.summed)


def semicolon_run(text: str, a: int, b: int) -> bool:
    """Whether the sentence text[a:b] is nothing but a ；-run of three categories or more, each named bare with its one
    figure in 条 (`调整维护概况类信息更新量98条;政务信息3612条;留言办理25条;在线访谈1条;微信、微博信息2102条。`, 2305)."""
    items = re.split(r"[；;]", text[a:b].rstrip("。！？"))
    if len(items) < 3 or any(MOVES_ON.match(i) or SETS_BESIDE.match(i) for i in items):
        return False
    matched = [_RUN_ITEM.fullmatch(i) for i in items]
    return all(m is not None and not (m.group("pre") or m.group("post")) and item_unit(unit(m)) == "条" for m in matched)


def read_semicolon_run(s: str, at: int) -> list[Reading]:
    """The ；-run of categories that makes up the sentence after a sentence of one figure in 条, with no list word
    (`公开政府信息5838条。调整维护概况类信息更新量98条;政务信息3612条;…;微信、微博信息2102条。`): that figure's parts,
    read as a list with no marker — only a sum above the total says anything. (Counts in 件 after one in 件 are what
    became of the applications or letters, which a carry-in may swell: never read so.)"""
    reading = _after_figure(s, at, UNMARKED_OPEN)
    return [reading] if reading is not None and item_unit(unit(reading.total)) == "条" else []


def _after_figure(s: str, at: int, opening: re.Pattern) -> Reading | None:
    """The list `opening` starts at `at` (where the 。 was) of the last figure before it, two parts at least, read
    with no marker (Reading.implicit); None when there is no such figure or list."""
    depth = depths(s)
    figures = [f for f in FIGURE.finditer(s, 0, at) if not said_as_change(s, f)]
    if not figures or not total_kind(figures[-1]):
        return None
    m = opening.match(s, at)
    reading = read_list(s, depth, figures[-1], m, region_end(s, depth, m.end(), 0), 0)
    if reading is None or len(reading.parts) < 2:
        return None
    reading.implicit = True
    return reading


def marker_after_no_count(text: str, a: int, b: int) -> int | None:
    """Where the comma before a 其中 stands in the sentence text[a:b] whose words before it state no count (…申请130件,
    申请量同比增长103%。为提升…满意率,…制定统一办理流程和答复文书,办复率100%,其中予以公开或部分公开59件…, 1955): no
    figure, no number but a year or a rate, no outlet of its own, nothing set beside, and a rate said of the whole right
    before the 其中, or one clause saying what every one of them is (均为自然人…申请,其中…) — the list splits the sentence
    before's one figure. None when the sentence is not so."""
    m = _COMMA_QIZHONG.search(text, a, b)
    if m is None:
        return None
    between = text[a:m.start()]
    if FIGURE.search(between) or re.search(r"\d", YEAR_OR_RATE.sub("", between)) or SETS_BESIDE.match(between) \
            or OUTLET.search(between) or not (_RATE_CLAUSE.search(between) or _OF_EVERY_ONE.match(between)):
        return None
    return m.start()


# or the words before the 其中 are one clause saying what every one of the figure before is (…收到依申请公开2件,…。均为
# 自然人政府信息公开申请,其中:通过网站申请1件,信件申请1件)
_OF_EVERY_ONE = re.compile(r"(?:均为|均是|全部为|全部是|都是|皆为)[^，,；;：:]*$")


# the clause right before the 其中 is a rate said of the whole (办复率100%): what it splits is that whole, not an object
# the sentence names without a count (发布多种形式政策解读,其中图解18件…)
_RATE_CLAUSE = re.compile(rf"(?:^|[，,；;])[^，,；;]*率[^，,；;\d]{{0,4}}{PERCENT}$")


_COMMA_QIZHONG = re.compile(r"[，,]其中")


# a head that names what a list counts, with no figure, closed by a colon (2022年,全办主动公开政府信息:…): a year or
# time before it at most; its words are those of the count it restates
_HEAD = re.compile(r"(?:\d{4}年度?[，,]?|全年[，,]?|本年度?[，,]?)?(?P<head>[^\d，,。；;：:！？、（()）]{4,24})(?P<marker>[:：])")
_COUNTED_OVER_YEARS = re.compile(rf"历年|以来|{STOCK_WORDS}")
_BY_CHANNEL = re.compile(rf"{SUBMITTED_BY}|^(?:{CHANNEL_WORDS})")


def read_restated_head(text: str, at: int) -> list[tuple[int, str, Reading]]:
    """The list whose sentence opens with a head naming, without a figure, what the last sentence of the paragraph
    before counted (`1.…数量。2022年,全办主动公开政府信息123条,历年累计主动公开政府信息2009条。` / `2.…主要类别。2022年,
    全办主动公开政府信息:机构职能类信息0条;…;其他类信息数27条。`, 2264): `text` is the two paragraphs joined, the second
    from `at`. The total is the one figure of that sentence whose words hold the head's, in order (全办依申请公开信息
    in 全办累计受理依申请公开政府信息10件), counted in the year; sentences before the head's hold no figure (a point's
    title). Read as a list with no marker — only a sum above the total says anything; a list in 件 only by channel
    (网络申请9件,信函申请1件: what became of the applications may be swelled by a carry-in). (start, text read, reading)."""
    sentences = [m.span() for m in FULL_SENTENCE.finditer(text)]
    before = [sp for sp in sentences if sp[1] <= at]
    after = [sp for sp in sentences if sp[0] >= at]
    if not before or before[-1][1] != at or not after:
        return []
    first = next((sp for sp in after if FIGURE.search(text, *sp)), None)
    m = first and _HEAD.match(text, first[0])
    if not m:
        return []
    head = m.group("head")
    p0 = before[-1][0]
    figures = [f for f in FIGURE.finditer(text, p0, at) if not said_as_change(text, f) and total_kind(f)]
    hits = [f for f in figures if _holds_in_order(text[clause_start(text, f.start()):f.start()], head)
            and not _COUNTED_OVER_YEARS.search(text, clause_start(text, f.start()), f.start())]
    if len(hits) != 1 or head[-2:] not in text[clause_start(text, hits[0].start()):hits[0].start()]:
        return []
    s = text[p0:first[1]]
    depth = depths(s)
    total = FIGURE.search(s, hits[0].start() - p0)
    marker = _HEAD.match(s, first[0] - p0)
    reading = read_list(s, depth, total, marker, region_end(s, depth, marker.end(), 0), 0)
    if reading is None or len(reading.parts) < 2 or (item_unit(unit(total)) != "条" and not all(
            _BY_CHANNEL.search(p.text) for p in reading.parts)):
        return []
    reading.implicit = True
    return [(p0, s, reading)]


# a numbered point's title closed by a colon (2.主动公开政府信息的主要类型情况:), then a list opened by naming what it
# splits (在我镇主动公开的信息中,…)
_POINT_HEAD = re.compile(rf"(?:{ITEM.pattern})[^\d，,。；;：:！？]{{2,30}}[:：]")
_AMONG_WORDS = re.compile(r"^在|的|中$")


def read_among_after_head(text: str, at: int) -> list[tuple[int, str, Reading]]:
    """The list of a numbered point that opens, under its title, by naming what it splits (`1.本机关主动公开政府信息数量:
    本年度,我镇在…专栏上主动公开年度政府信息32条;` / `2.主动公开政府信息的主要类型情况:在我镇主动公开的信息中,机构职能类
    信息6条,占总体比例的18%;…`): its total is the figure that ends the paragraph before, where that figure's clause holds
    the words it is named by (我镇主动公开…信息), in order. `text` is the two paragraphs joined, the second from `at`;
    (start, text read, reading), read as after 其中."""
    head = _POINT_HEAD.match(text, at)
    opening = head and OPENING_MARKER.match(text, head.end())
    if not opening or not opening.group("marker").startswith("在") or not text.endswith(("。", "；", ";"), 0, at):
        return []
    f = next((f for f in FIGURE.finditer(text, max(0, at - 60), at) if f.end() == at - 1), None)
    if f is None or not total_kind(f) or said_as_change(text, f) or f.group("post"):
        return []
    clause = text[clause_start(text, f.start()):f.start()]
    if _COUNTED_OVER_YEARS.search(clause) or not _holds_in_order(clause, _AMONG_WORDS.sub("", opening.group("marker"))):
        return []
    p0 = clause_start(text, f.start())
    s = text[p0:]
    depth = depths(s)
    total = FIGURE.search(s, f.start() - p0)
    marker = OPENING_MARKER.match(s, opening.start() - p0)
    reading = read_list(s, depth, total, marker, region_end(s, depth, marker.end(), 0), 0)
    if reading is None or len(reading.parts) < 2:
        return []
    return [(p0, s[:region_end(s, depth, marker.end(), 0)], reading)]


def _holds_in_order(words: str, head: str) -> bool:
    """Whether every character of `head` stands in `words`, in order (the head may leave words out: 累计受理, 政府)."""
    it = iter(words)
    return all(c in it for c in head)


def read_paired(s: str, at: int) -> list[Reading]:
    """A 其中 after a sentence whose figures each count in a unit of their own (`共发布政府信息1192条,点击量为835382次。
    其中主动公开目录信息973条,点击量为666370次;重点领域信息219条,点击量为169012次。`), every ；-group after it giving one
    figure in each of those units in the same order: one list per unit, each group's figure in it a part of that unit's
    total (never a clause that moves on, as 点击 after a count of items would be). [] for any other shape. `at`: where
    the 。 was, the marker right after it."""
    marker = OPENING_MARKER.match(s, at)
    if marker is None:
        return []
    depth = depths(s)
    totals = [f for f in FIGURE.finditer(s, 0, at) if depth[f.start()] == 0 and not said_as_change(s, f)]
    kinds = [item_unit(unit(f)) for f in totals]
    if len(totals) < 2 or len(set(kinds)) != len(kinds) \
            or not all(total_kind(f) and not f.group("post") for f in totals):
        return []
    body_end = len(s.rstrip("。！？"))
    cuts = [m.start() for m in GROUP_END.finditer(s, marker.end(), body_end)]
    groups = []
    for a, b in zip([marker.end()] + [c + 1 for c in cuts], cuts + [body_end]):
        figures = list(FIGURE.finditer(s, a, b))
        if [item_unit(unit(f)) for f in figures] != kinds or any(f.group("pre") or f.group("post") or depth[f.start()]
                                                                 for f in figures):
            return []
        groups.append((a, figures))
    if len(groups) < 2:
        return []
    return [Reading(total, marker.group("marker"), marker.start(),
                    [Part(s[a:figures[k].end()], to_number(figures[k].group("num")) or 0, (a, figures[k].end()))
                     for a, figures in groups], True, None)
            for k, total in enumerate(totals)]
