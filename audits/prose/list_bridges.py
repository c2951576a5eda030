"""A list carried across a sentence's 。 (the bridging clauses of read_paragraph, the reader of a paragraph's
lists): a 其中 that opens the next sentence and splits the figure before it (the one figure of its sentence, several in
one unit summed (_read_summed), a total split once already (_split_whole), the year's one among cumulative ones
(_year_figure), a total two sentences back (_says_nothing_between)), counts by source opening the next sentence
(1条来自…,1条来自…), the first numbered point opening it (一是…), a 其中 after a rate of the whole (those three:
openings.py); and where a 其中 list falls short at its 。, the next sentences that each add one category up to the
rest (其他) and reach the total (_run_on). The lists of one sentence are lists.py's.
"""
from __future__ import annotations

import re

from extractor.numerals import COUNT_UNIT, to_number

from ..tolerance import shares_make_whole
from .disclosed import OUTLET, VERB, another_channel, item_unit
from .items import FIGURE, NESTED, SHARE_OF, clause_start, depths, region_end
from .list_parts import read_list
from .list_words import (BESIDE, LATE_OPENING, MOVES_ON, OPENING_MARKER, REST_WORDS, SENTENCE_END, Part, Reading, covered_total,
                         said_as_change, same_unit, total_kind, unit)
from .lists import one_figure, read_sentence
from .openings import (BY_SOURCE, SETS_BESIDE, YEAR_OR_RATE, later_points, marker_after_no_count, read_by_source,
                       read_first_item, read_paired, read_semicolon_run, semicolon_run)
from .periods import OVER_YEARS
from .shares import base_by_shares, whole_of_part
from .summed import each_closes_a_clause, summed_value
from .text import FULL_SENTENCE, Para


# a figure printed in brackets before its unit (发布政务信息(1386)条，其中:概况类信息(22)条…): read as the figure,
# the brackets turned into spaces before it so every offset stays the text's (never after 第: 第(3)条 is an article)
_BRACKETED = re.compile(rf"(?<!第)[（(](\d+)[）)](?={COUNT_UNIT})")


def _unbracketed(text: str) -> str:
    return _BRACKETED.sub(lambda m: "  " + m.group(1), text) if "(" in text or "（" in text else text


def read_paragraph(text: str, index: Para | None = None) -> list[tuple[int, str, Reading]]:
    """Every list of a paragraph, with the text it was read in and that text's start: one sentence, or
    two when a sentence opens with the marker (`主动公开政府信息62条。其中，…31条；…31条。`: the total ends the
    sentence before, read as if a comma stood for its 。). Only a sentence of one figure is continued so:
    after `收到申请317件，上年结转3件。其中，予以公开184件…` the 其中 splits both figures, not the last.
    `index`: the paragraph of `text`, whose sentences and figures other readers share (Para.holding); a sentence
    without a figure holds no list, nor does the one after it continue one — unless the sentence before it states
    the total and it says no count of its own (_says_nothing_between)."""
    out: list[tuple[int, str, Reading]] = []
    prev, prev_counted = None, False
    before = None  # where the sentence before that starts
    plain = _unbracketed(text)
    if not (index.holds(FIGURE.scout) if index is not None and plain == index.text else FIGURE.scout.search(plain)):
        return out  # not even a figure's end (its scout): no list, nor a sentence continuing one (each needs a figure)
    if index is not None and plain == index.text:  # no figure in brackets: the sentences are the paragraph's own
        spans, counted = index.full_sentences(), index.holding(FIGURE, full=True)
    else:
        spans = [m.span() for m in FULL_SENTENCE.finditer(plain)]
        counted = [FIGURE.search(plain, a, b) is not None for a, b in spans]
    text = plain
    for (a, b), has_figure in zip(spans, counted):
        if has_figure:
            s = text[a:b]
            read = read_sentence(s)
            out += [(a, s, r) for r in read]
            # an opening naming its own count after words that count nothing (a heading run into it, a year set off:
            # '(二)主动公开政府信息的类别2017年我局主动公开的107条信息中,…', '2016年，在主动公开的116条政府信息中,…')
            # (one opening its sentence is the sentence-before's case, below — never read twice)
            late = LATE_OPENING.match(s) if not read and _AMONG_END.search(s) and not OPENING_MARKER.match(s) else None
            if late is not None and late.end() > 0:
                out += [(a + late.end(), s[late.end():], r) for r in _read_restated(s[late.end():])]
        if prev is not None and text[a - 1] == "。" and (opening := OPENING_MARKER.match(text, a, b)):
            own = _read_restated(text[a:b])
            if own:  # 在已经答复的91件申请中: the opening's own figure is the total, not the sentence before's
                out += [(a, text[a:b], r) for r in own]
                before, (prev, prev_counted) = prev, (a, has_figure)
                continue
            start = prev if prev_counted else \
                before if before is not None and _says_nothing_between(text, before, prev, a) else None
            # an opening that names what it splits (在主动公开的信息中) after a sentence whose figure is a share of the
            # total before it (…15条,…。公开本部门业务类信息11条,占总体的比例为73.33%,…。): that total, not the part
            named = whole_of_part(text[before:prev], text[prev:a]) \
                if opening.group("among") and prev_counted and before is not None else None
            if named is not None:
                start = before
            paired = read_paired(text[prev:a - 1] + "，" + text[a:b], a - 1 - prev) if prev_counted and named is None \
                else []
            if paired:  # …1192条,点击量为835382次。其中…973条,点击量为666370次;…219条,点击量为169012次
                out += [(prev, text[prev:a - 1] + "，" + text[a:b], r) for r in paired]
            elif start is not None:
                joined = text[start:a - 1] + "，" + text[a:b]  # the same length: offsets in it are offsets in the text
                whole = named if named is not None else None if one_figure(text[start:a]) else _year_figure(text[start:a]) \
                    if _SPLITS_AGAIN.match(text, a, b) is None else _split_whole(text[start:a]) or _year_figure(text[start:a])
                if whole is None and not one_figure(text[start:a]):  # …59件,…新收到…47件。其中,…39件,占83%;…7件,占14.9%
                    whole = base_by_shares(text[start:a], text[a:b])
                read = _read_joined if whole is None and one_figure(text[start:a]) else _read_summed
                readings = _read_joined(joined, a - 1 - start, implicit=True, total_at=whole) if whole is not None \
                    else read(joined, a - 1 - start)
                for r in readings:
                    r.implicit = r.implicit or opening.group("narrows") is not None
                out += [(start, joined, r) for r in readings]
        elif prev is not None and prev_counted and text[a - 1] == "。" and BY_SOURCE.match(text, a) \
                and one_figure(text[prev:a]):
            joined = text[prev:a - 1] + "，" + text[a:b]  # the same length
            out += [(prev, joined, r) for r in read_by_source(joined, a - 1 - prev)]
        elif prev is not None and prev_counted and text[a - 1] == "。" \
                and (at := marker_after_no_count(text, a, b)) is not None \
                and (one_figure(text[prev:a]) or _split_whole(text[prev:a]) is not None):
            joined = text[prev:a - 1] + "，" + text[a:b]  # the same length
            # (a sentence of a total and its split, 收到…2件,其中…2件,…0件。均为…申请,其中:…: that total again)
            whole = None if one_figure(text[prev:a]) else _split_whole(text[prev:a])
            out += [(prev, joined, r) for r in _read_joined(joined, at - prev, implicit=True, total_at=whole)]
        elif prev is not None and prev_counted and text[a - 1] == "。" and text.startswith(("一是", "其一"), a) \
                and one_figure(text[prev:a]):
            joined = text[prev:a - 1] + "，" + text[a:b]  # the same length
            out += [(prev, *later_points(text, spans, prev, joined, r)) for r in read_first_item(joined, a - 1 - prev)]
        elif prev is not None and prev_counted and has_figure and text[a - 1] == "。" and semicolon_run(text, a, b) \
                and one_figure(text[prev:a]):
            joined = text[prev:a - 1] + "，" + text[a:b]  # the same length
            out += [(prev, joined, r) for r in read_semicolon_run(joined, a - 1 - prev)]
        before, (prev, prev_counted) = prev, (a, has_figure)
    return [_run_on(text, spans, start, s, r) for start, s, r in _no_part_as_total(out)]


def _no_part_as_total(out: list[tuple[int, str, Reading]]) -> list[tuple[int, str, Reading]]:
    """A part of one list is no total of the comma run after it (unmarked's rule within a sentence, here across a
    其中 carried over a 。): `…共175条。其中:重大建设项目…类信息共3条,民政…类信息共151条,…` — the 共 of the first
    part says its own count, the items after it are its siblings. A part's own bracket or marked list stays."""
    ends = {start + p.at[1] for start, _, r in out for p in r.parts}
    if not ends:
        return out
    return [(start, s, r) for start, s, r in out
            if not (r.implicit and r.marker in (",", "，") and start + r.total.end() in ends)]


# the item that closes a run of categories over sentences: the rest (主动公开其他信息14694条)
_REST = re.compile(rf"^(?:{VERB})?(?:{REST_WORDS})")
_NEXT_AT_MOST = 4  # sentences a list may run on over


def _run_on(text: str, spans: list, start: int, s: str, r: Reading) -> tuple[int, str, Reading]:
    """A 其中 list that falls short of its total at its sentence's 。 and runs on over the next sentences, one part
    each, to the rest (其他) — `…14306条,…1708条。其中,…1122条,…121条,…11条,…42条。公开我县政策解读类信息24条,其中图文解读
    17条,…。主动公开其他信息14694条。`: each sentence opens with a category and its figure in the total's unit (a
    breakdown of it may follow), and the last names the rest — or, for a list split by channel, the next channel
    (disclosed.another_channel) —, so all are parts. Read only when they reach the total
    (below it, the sentences may be counts of their own and the list says nothing either way); the text is returned
    with those sentences' 。 as ；, the same length, so offsets hold."""
    end = start + len(s)
    if not r.parts or not r.complete or r.restated is not None or text[end - 1:end] != "。" \
            or any(p.floor for p in r.parts) or SENTENCE_END.search(s, r.parts[-1].at[1]).end() != len(s):
        return start, s, r
    listed = sum(p.value for p in r.parts)
    if listed >= r.value:
        return start, s, r
    shared = _shared_run(text, spans, start, s, r)
    if shared is not None:
        return shared
    parts = list(r.parts)
    for a, b in [sp for sp in spans if sp[0] >= end][:_NEXT_AT_MOST]:
        f = FIGURE.search(text, a, b)
        label = text[a:f.start()] if f else ""
        other = another_channel(label, [p.text for p in parts])
        if f is None or not _category_counted(f, label, r, other):
            break
        rest = text[f.end():b]
        if rest != "。" and not NESTED.match(rest.lstrip("，,")):
            break  # a sentence that goes on to other counts
        parts.append(Part(text[a:f.end()], to_number(f.group("num")) or 0, (a - start, f.end() - start)))
        if _REST.match(label) or other:
            if sum(p.value for p in parts) < r.value:
                break
            return _carried(text, start, s, b, r, parts)
    return start, s, r


def _category_counted(f: re.Match, label: str, r: Reading, other: bool = False) -> bool:
    """Whether a sentence's figure `f` after `label` is one more category of the list r runs on with: a figure in the
    total's unit said exactly, after a category's name (2–30 characters, no digit, no separator; no outlet unless
    another channel of the list's, no moving on, nothing set beside)."""
    return same_unit(f, r.total) and not (f.group("pre") or f.group("post")) and not re.search(r"\d", label) \
        and 2 <= len(label) <= 30 and not MOVES_ON.match(label) and not BESIDE.match(label) \
        and not (OUTLET.search(label) and not other) and not re.search(r"[，,；;：:]" if other else r"[，,；;：:、]", label)


def _carried(text: str, start: int, s: str, b: int, r: Reading, parts: list[Part]) -> tuple[int, str, Reading]:
    """The list r carried over the sentences up to `b` with these parts: the text with their 。 as ；, the same length
    (offsets hold)."""
    end = start + len(s)
    joined = s[:-1] + "；" + text[end:b - 1].replace("。", "；") + text[b - 1]
    return start, joined, Reading(r.total, r.marker, r.marker_at, parts, True, None, implicit=r.implicit, summed=r.summed)


_NOTE_IN_LABEL = re.compile(r"[（(][^()（）]*[)）]")  # (规定、条例、标准、方案): what a category covers, no separator


def _shared_run(text: str, spans: list, start: int, s: str, r: Reading) -> tuple[int, str, Reading] | None:
    """A 其中 list whose every part carries its share of the total and runs on over the next sentences, each of parts
    said so (`共公开文件104份,…。其中政策法规文件(…)4份,占比3.8%。工作情况类(…)17份,占比16.4%。…民众问题类(…)39份,占比
    37.5%,规范性文件3份,占比2.9%。`): read as one list where the shares of all its parts make 100 % — the whole
    (tolerance.shares_make_whole, none adjusted); the text is returned with those sentences' 。 as ；."""
    shares = []
    for p in r.parts:
        m = SHARE_OF.match(s, p.at[1])  # (…4份,占比3.8%: its share of the total right after it)
        if m is None:
            return None
        shares.append(m.group("pct"))
    parts = list(r.parts)
    end = start + len(s)
    for a, b in [sp for sp in spans if sp[0] >= end][:_NEXT_AT_MOST]:
        at, added = a, 0
        while at < b - 1:
            f = FIGURE.search(text, at, b)
            label = _NOTE_IN_LABEL.sub("", text[at:f.start()]) if f else ""
            m = SHARE_OF.match(text, f.end()) if f else None
            if m is None or "。" in label or not _category_counted(f, label, r):
                return None
            parts.append(Part(text[at:f.end()], to_number(f.group("num")) or 0, (at - start, f.end() - start)))
            shares.append(m.group("pct"))
            added += 1
            at = m.end() + (1 if text[m.end():m.end() + 1] in "，,；;" else 0)
        if text[b - 1] != "。" or not added:
            return None
        if shares_make_whole(shares, adjusted=False):
            return _carried(text, start, s, b, r, parts)
    return None


def _says_nothing_between(text: str, before: int, prev: int, at: int) -> bool:
    """Whether the sentence text[prev:at] stands between a figure and the 其中 that splits it without a count of its
    own (`门户网站全年共公开各类信息13条。管理处机关信息公开平台主要公开了机构概况、政策文件及通知、规划计划、财政信息。
    其中公开信息公开指南1条,机构概况2条…`; `…公开政府信息50条。全年政务信息公开工作运行正常。在主动公开的信息中,…`):
    it holds no figure (a year or a rate at most: 全文电子化率达100%), names no outlet of its own and sets nothing beside
    (同时/此外…), and the sentence before it, ended by its 。, states a figure — the list's total, two sentences back."""
    between = text[prev:at]
    return text[prev - 1] == "。" and FIGURE.search(between) is None \
        and not re.search(r"\d", YEAR_OR_RATE.sub("", between)) and not SETS_BESIDE.match(between) \
        and not OUTLET.search(between) and FIGURE.search(text, before, prev) is not None

def _read_summed(s: str, at: int) -> list[Reading]:
    """The list whose marker opens the sentence after one of several figures in one unit, each closing its own
    clause (`通过政府网站公开政府信息754条,通过政务新媒体公开政府信息2808条,通过其他方式公开政府信息54条。其中,…微信公众号
    发布信息1205条、微博12984条…`; `收到申请317件，上年结转3件。其中，予以公开184件…`): which of them its items split the
    words may not tell, but the parts of any of them, or of all, are no more than their sum (or less where the sum
    counts twice: summed.summed_value) — the list's total, which only a sum above can contradict. Said exactly, none a
    change from the year before."""
    depth = depths(s)
    m = OPENING_MARKER.match(s, at)
    level = depth[m.start("marker")]
    figures = [f for f in FIGURE.finditer(s, 0, at) if depth[f.start()] == level and not said_as_change(s, f)]
    if not figures:
        return []
    kind = item_unit(unit(figures[-1]))
    figures = [f for f in figures if item_unit(unit(f)) == kind]
    if len(figures) < 2 or any(f.group("pre") or f.group("post") for f in figures) or not each_closes_a_clause(s, figures) \
            or any(s[f.start("num") - 1:f.start("num")] == "第" for f in figures):
        return []
    value = summed_value(s, figures)
    reading = read_list(s, depth, figures[-1], m, region_end(s, depth, m.end(), level), level,
                    summed=(clause_start(s, figures[0].start()), value))
    return [reading] if reading is not None else []

def _read_restated(s: str) -> list[Reading]:
    """The list of a sentence whose opening names what it splits with its count (`在主动公开的6条信息中,机构职能类信息1条、
    其他类信息5条`; `在已经答复的91件申请中:予以公开22件;…`): that count is the total, whatever the sentence before says."""
    m = OPENING_MARKER.match(s)
    if m is None:
        return []  # (a late opening's words that open no list after all)
    depth = depths(s)
    f = FIGURE.search(s, m.start("marker"), m.end("marker"))
    if f is None or not total_kind(f) or depth[f.start()] != depth[m.start("marker")]:
        return []
    level = depth[m.start("marker")]
    reading = read_list(s, depth, f, m, region_end(s, depth, m.end(), level), level)
    return [reading] if reading is not None else []


# what every opening ends with ('…信息中，'): the scout that spares most sentences the late opening's lazy search
_AMONG_END = re.compile(r"(?:信息|申请|信件)中[，,：:]")


# a 其中 opening a sentence with no share in it (shares would be of whichever figure it splits)
_SPLITS_AGAIN = re.compile(r"其中[^。！？占]*[。！？]?$")


def _split_whole(sentence: str) -> int | None:
    """Where the total of a sentence stands whose figures in its unit are that total and one list of its parts that
    makes it exactly (收到…信件13件,其中线上…9件,线下…4件,申请对象均为公民。): a 其中 opening the next sentence splits
    that total again (by outcome, as the first split it by channel) or one of its parts — in either case its parts
    are no more than the total, which is read as the list's total only above (Reading.implicit). None otherwise."""
    lists = read_sentence(sentence)
    if len(lists) != 1 or lists[0].implicit or lists[0].after or lists[0].summed:
        return None
    r = lists[0]
    if sum(p.value for p in r.parts) != to_number(r.total.group("num")) or len(r.parts) < 2:
        return None
    kind = item_unit(r.unit)
    own = {r.total.start()} | {p.at[0] for p in r.parts}
    others = [f for f in FIGURE.finditer(sentence) if item_unit(unit(f)) == kind and not said_as_change(sentence, f)
              and not any(p.at[0] <= f.start() < p.at[1] for p in r.parts) and f.start() not in own]
    return None if others else r.total.start()



def _year_figure(sentence: str) -> int | None:
    """Where the one figure of the year stands in a sentence whose other figures of its unit are all counted over
    more than the year (…累计主动公开政府信息2457条,2021年新增主动公开政府信息257条。在2021年公开信息中,…): what a list
    opening the next sentence splits. None otherwise."""
    figures = [f for f in FIGURE.finditer(sentence) if not said_as_change(sentence, f)]
    if len(figures) < 2:
        return None
    kind = item_unit(unit(figures[-1]))
    figures = [f for f in figures if item_unit(unit(f)) == kind]
    # (a figure counted over more than the year, periods.OVER_YEARS, is never what the next sentence splits)
    of_year = [f for f in figures if not OVER_YEARS.search(sentence, clause_start(sentence, f.start()), f.start())]
    return of_year[0].start() if len(of_year) == 1 and len(figures) > 1 else None


def _read_joined(s: str, at: int, implicit: bool = False, total_at: int | None = None) -> list[Reading]:
    """The list whose marker stands at `at` (where the 。 was), of the sentence before's one figure in its
    unit — which need not end that sentence (`主动公开政府信息977条，超额完成全年目标任务40%。其中包括…`). `implicit`: the
    marker stands after words of the sentence that state no count (openings.marker_after_no_count), which the reading keeps
    to its total only above (those words may narrow what the list splits). `total_at`: the figure there is the total
    (_split_whole)."""
    depth = depths(s)
    m = OPENING_MARKER.match(s, at)
    level = depth[m.start("marker")]
    figures = [f for f in FIGURE.finditer(s, 0, at) if depth[f.start()] == level and not said_as_change(s, f)]
    if total_at is not None:
        figures = [f for f in figures if f.start() <= total_at < f.end()]
    if not figures or not total_kind(figures[-1]):
        return []
    total = figures[-1] if total_at is not None else covered_total(s, figures[-1]) or figures[-1]
    reading = read_list(s, depth, total, m, region_end(s, depth, m.end(), level), level)
    if reading is not None and implicit:
        reading.implicit = True
    return [reading] if reading is not None else []
