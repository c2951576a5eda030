"""A figure followed by the parts it lists (其中 / 包括 / 分别为 …), read from one sentence: where a list starts —
a marker right after a figure (or a colon: colon.py), a bracket or a 共… run with no marker and a 合计 after its
parts (those two: unmarked.py) — and which figure it splits. A list carried across a sentence's 。 (a 其中 opening
the next sentence, a run over the next sentences) is list_bridges.py's, which reads a paragraph with this reader;
which items are parts, and in what unit, is list_parts.py. The one reader of such lists: parts.py sums what it reads,
marks.py tells the published counts that are parts of another so they are never compared with their own total.
"""
from __future__ import annotations

import re

from extractor.numerals import to_number

from .colon import read_after_colon
from .disclosed import CHANGE, GENERIC_TAIL, item_unit
from .items import CLOSE, FIGURE, OPEN, bracket_start, clause_start, depths, region_end
from .list_parts import read_list
from .list_words import (GROUP_END, MARKER, Part, Reading, covered_total, figure_first, joined_total, part_ending_at, said_as_change,
                         total_at_end, total_kind, unit)
from .openings import HANDLING_RATE, YEAR_OR_RATE
from .patterns import CARRIED_OUT, CARRY_IN
from .refiners import RESULT_WORDS
from .unmarked import read_totals_after, read_unmarked


def _splits_clauses_before(s: str, depth: list[int], r: Reading) -> bool:
    """Whether a mid-sentence list above its total adds up exactly to the total and the figures in its unit that
    close the clauses right before it (`办理简易案件28件,办理一般案件16件,其中行政处罚案件39件,行政案件5件`: 39 + 5 =
    28 + 16): the 其中 splits them all, as one opening the next sentence may (_read_summed). Only an exact sum says
    so; parts above the last figure that match no such sum are still read against it. A list in a bracket opened
    right after its total's figure is that figure's own breakdown (…指南1条,法定主动公开内容99条(其中:…行政许可70条…)):
    the clauses before it are not split by it, however the sums fall."""
    listed = sum(p.value for p in r.parts)
    value = to_number(r.total.group("num"))
    if value is None or listed <= value or s.startswith(tuple(OPEN), r.total.end()):
        return False
    kind, level = item_unit(unit(r.total)), depth[r.total.start()]
    at, run = clause_start(s, r.total.start()), value
    while at > 1 and s[at - 1] in "，,":
        f = total_at_end(s[:at - 1])
        if f is None or depth[f.start()] != level or item_unit(unit(f)) != kind or not total_kind(f) or f.group("post") \
                or said_as_change(s, f):
            return False
        run += to_number(f.group("num")) or 0
        if run == listed:
            return True
        at = clause_start(s, f.start())
    return False


_CARRIED_IN = re.compile(CARRY_IN)


def _with_carried_in(s: str, depth: list[int], total: re.Match) -> tuple[int, int | float] | None:
    """`收到政府信息依申请公开9件,上年转结1件,其中网络申请数5件,信函申请数5件` (1954): a figure carried in from the year
    before, closing the clause right after the year's own count in its unit, is no total of the list after it —
    the list splits the applications on the desk, the year's and those carried in, or either: (start, their sum),
    which only a sum above contradicts (as _read_summed); None when the total is no such carry-in."""
    at = clause_start(s, total.start())
    if not _CARRIED_IN.search(s, at, total.start()) or at < 2 or s[at - 1] not in "，,":
        return None
    f = total_at_end(s[:at - 1])
    if f is None or depth[f.start()] != depth[total.start()] or item_unit(unit(f)) != item_unit(unit(total)) \
            or not total_kind(f) or f.group("post") or said_as_change(s, f):
        return None
    return clause_start(s, f.start()), (to_number(f.group("num")) or 0) + (to_number(total.group("num")) or 0)


_ARABIC = re.compile(r"[0-9０-９]")


def _says_no_count(clause: str) -> bool:
    """Whether a clause says no count of its own: no digit at all (涉及政策文件、规划计划…等; 未制发规范性文件), a year
    or a share of what was counted (全文电子化率达100%) but no handling rate, or a change from the year before with no
    figure in a unit (同比下降15%, 与上年持平), or what the figure covers counted in no unit of a list's items
    (依申请公开信息43条,涉及自然人42人,其中:…: its applicants, in persons)."""
    if FIGURE.search(clause) is not None:
        return False
    bare = clause if HANDLING_RATE.search(clause) else YEAR_OR_RATE.sub("", clause)
    return not _ARABIC.search(bare) or CHANGE.match(clause) is not None or clause.startswith("涉及")


# markers said of the words right before them (…新浪微博、微信公众号和今日头条号分别发布…; …信息(含图片信息)41条): a
# clause on what the total covers never stands between them and what they split
_SAID_OF_WHAT_PRECEDES = ("分别", "分别为", "分别是", "含")


def _total_before(s: str, before: str, marker: str = "其中") -> re.Match | None:
    """The figure a marker's list splits: the one that ends the words before the marker, or, where they end in
    clauses that say no count of their own — a change from the year before (公开政府信息128条，与去年相比增加40条，
    其中…; 共受理申请20件，同比下降15%，其中…), words on what the figure covers (主动公开政府信息74条,涉及政策文件、…、
    公示公告等,其中…; …等945条,未制发规范性文件;其中…; in another unit, 共受理…申请1件,涉及1个领域,其中…: covered_total) —
    the one that ends the clause before them. Two such clauses
    at most, each after a comma; words without a figure only before a marker that splits a figure (其中, 包括…), not
    one said of the words right before it (分别, 含)."""
    end = len(before)
    for _ in range(3):
        total = total_at_end(before, end)
        if total is None and (named := GENERIC_TAIL.search(before, 0, end)) is not None:
            total = total_at_end(before, named.start())  # 共发布120件主动公开信息,其中…: information named after it
        if total is not None and not said_as_change(s, total):
            return covered_total(s, total) or total  # (…申请1件,涉及领域1个,其中…: the 1件)
        start = clause_start(s, end)
        if total is None and (first := figure_first(s, None, start)) is not None and _parts_figure_first(s, start):
            return first  # …;4件为我县直接办理,其中2件…: a part said figure first, split again
        if total is None and marker not in _SAID_OF_WHAT_PRECEDES and (f := FIGURE.search(s, start, end)) is not None \
                and (covered := covered_total(s, f)) is not None:
            return covered  # 共受理…申请1件,涉及1个领域,其中…: what the 1件 covers, counted in another unit
        if total is None and marker not in _SAID_OF_WHAT_PRECEDES and (said := _said_of_all(s, start, end)) is not None:
            return said
        if total is None and (marker in _SAID_OF_WHAT_PRECEDES or not _says_no_count(s[start:end])):
            return None
        end = start - 1
        if end <= 0 or s[end] not in "，,":
            return None
    return None


_CLAUSE_OPEN = re.compile(r"[，,；;：:]|其中")


def _parts_figure_first(s: str, start: int) -> bool:
    """Whether a clause before `start` in its sentence opens with its figure and says what those were (其中5件为协助…办理,
    均已完成;4件为我县直接办理,其中…): the clause at `start` is the next part of a list said figure first, and its figure
    the total of a list after it — not a remark said figure first (办结99件,1件为上年度结转办理件,其中予以公开79件: the
    99's list)."""
    return any(figure_first(s, None, m.end()) for m in _CLAUSE_OPEN.finditer(s, 0, max(0, start - 1)))


# a clause that opens with its figure and says what became of all of it (64件申请均在法定期限内予以答复)
_OF_ALL = re.compile(r"(?:申请|信息|政府信息)?(?:均|全部|都)")


def _said_of_all(s: str, start: int, end: int) -> re.Match | None:
    """The figure that opens the clause s[start:end] and is its subject, the rest saying what became of all of it with
    no figure of its own (`64件申请均在法定期限内予以答复,其中予以公开30件,…`): the total a marker after it splits."""
    f = FIGURE.search(s, start, end)
    if f is None or f.start() != start or not _OF_ALL.match(s, f.end()) or re.search(r"\d", s[f.end():end]):
        return None
    return f


_PENDING = re.compile(rf"{CARRIED_OUT}|(?:下一?年度?|次年)[^，,。]{{0,4}}继续办理")  # (never 上年度结转继续办理的, a carry-in)
_FIRST_ITEM = re.compile(r"[，,：:]*")


def _results_of_pending(s: str, total: re.Match, after: int) -> bool:
    """A list of results after the count carried on to next year (…答复量为421件,结转下一年继续办理件33件,其中予以公开184件):
    what is still pending has no result yet — the results are of the answered, not of the 33."""
    clause = s[clause_start(s, total.start()):total.start()]
    return _PENDING.search(clause) is not None and RESULT_WORDS.match(s, _FIRST_ITEM.match(s, after).end()) is not None


def _siblings_left_out(out: list[Reading]) -> None:
    """A list nested in a part of another (…;重大民生信息38条,包括1条…、36条…和1条…;其他法定公开信息11条。) ends before
    the parts of that other list that follow it: the rest counted after the ； is the outer list's, not the inner's."""
    for r in out:
        outer = part_ending_at(r.total.end(), out, but=r)
        if outer is not None:
            theirs = {p.at for p in outer.parts}
            kept = [p for p in r.parts if p.at not in theirs]
            if len(kept) < len(r.parts) and kept:
                r.parts = kept


def one_figure(sentence: str) -> bool:
    """Whether the sentence states one figure in the unit of its last (全年公开信息77条，收到1份申请: one 条); a
    change from the year before is said of that figure, not beside it (公开政府信息128条，与去年相比增加40条), and so is a
    bracket's note outside a bracket's own figures (共主动公开政府信息5879条(不同渠道和方式公开相同信息计1条)。其中…)."""
    depth = depths(sentence)
    figures = [f for f in FIGURE.finditer(sentence) if not said_as_change(sentence, f)]
    if any(depth[f.start()] == 0 for f in figures):
        figures = [f for f in figures if depth[f.start()] == 0]
    units = [item_unit(unit(f)) for f in figures]
    return bool(units) and units.count(units[-1]) == 1

# the noun a part names after its figure and unit (207条处理决定), up to the item's end
_NOUN_AFTER = re.compile(r"[^\d，,；;、。（）()]{2,}(?=[，,；;、。（）()]|$)")


def _remark_within(total: re.Match, m: re.Match) -> bool:
    """A 含 glued to a part's figure (…;行政处罚信息33条含207条处理决定;政府工作计划1条;…): a remark inside that item,
    whose list ends with the item (at its ；), never over the items after it."""
    return m.group("marker") == "含" and m.start() == total.end()


def _of_another_noun(s: str, total: re.Match, reading: Reading) -> bool:
    """A remark's one figure counting a noun named after it that the total's clause never names (33条 of 行政处罚信息
    含207条处理决定): what the item holds counted in another kind, no breakdown of it."""
    if len(reading.parts) != 1:
        return False
    noun = _NOUN_AFTER.match(s, reading.parts[0].at[1])
    return noun is not None and noun.group() not in s[clause_start(s, total.start()):total.start()]


def read_sentence(s: str) -> list[Reading]:
    """Every list of one sentence whose marker follows a figure (a bracketed list is its own)."""
    if not FIGURE.search(s):
        return []
    depth = depths(s)
    out = []
    for m in MARKER.finditer(s):
        start = m.start()
        level = depth[m.start("marker")]
        before = s[:start]
        if before.endswith(tuple(OPEN)):  # 35条（其中…）: the list fills the bracket
            before = before[:-1]
            if before.endswith(("，", ",")):  # 2599条，(其中…): a comma before the bracket
                before = before[:-1]
        elif before.endswith(tuple(CLOSE)):  # 213条（不含转载），其中…: a remark between figure and list
            before = before[: bracket_start(s, len(before) - 1)]
        elif before.endswith(("；", ";")):  # 各类信息2954条；其中…86条；…: a semicolon before the marker
            before = before[:-1]
        total = _total_before(s, before, m.group("marker"))
        if total is None or depth[total.start()] != level - (s[start - 1:start] in OPEN if start else 0) \
                or not total_kind(total) or _results_of_pending(s, total, m.end()):
            continue
        end = region_end(s, depth, m.end(), level)
        remark = _remark_within(total, m)
        if remark:
            semi = GROUP_END.search(s, m.end(), end)
            end = semi.start() if semi is not None else end
        reading = read_list(s, depth, total, m, end, level,
                            summed=_with_carried_in(s, depth, total) or joined_total(s, depth, total))
        if reading is not None and remark and _of_another_noun(s, total, reading):
            continue
        if reading is not None and not _splits_clauses_before(s, depth, reading):
            out.append(reading)
    out += [r for r in read_after_colon(s, depth, out) if not _splits_clauses_before(s, depth, r)]
    # a 含 list whose total is a part of another list and whose parts are above it (…政策解读2篇,含政务动态信息43条):
    # the 含 item is a part of that list (list_parts._continues), not that part's breakdown — unless the 含 opens a
    # bracket right after the part's figure (区人民政府网站刊登信息3354条(含政务要闻1601条,…)): the part's own breakdown
    # (where that list takes the 含 items as its parts: one ending at the part, 信息公开32条,含…1条,…,其他信息5条 after
    # 187条,其中…155条, keeps them as the part's breakdown, above it or not)
    out = [r for r in out if not (r.marker == "含" and sum(p.value for p in r.parts) > (to_number(r.total.group("num")) or 0)
                                  and s[r.total.end():r.total.end() + 1] not in OPEN
                                  and (outer := part_ending_at(r.total.end(), out, but=r)) is not None
                                  and outer.parts[-1].at[1] > r.total.end())]
    _siblings_left_out(out)
    out += read_unmarked(s, depth)
    restated = {r.restated.at[0] for r in out if r.restated is not None}
    for b in read_totals_after(s, depth):
        same = next((r for r in out if r.restated is None and [p.at[1] for p in r.parts] == [p.at[1] for p in b.parts]), None)
        if same is not None:  # 收到申请12件，其中自然人5件、法人6件，合计11件: the total restated after its list
            same.restated = Part(s[b.marker_at:b.total.end()], to_number(b.total.group("num")), (b.marker_at, b.total.end()))
        elif b.marker_at not in restated:
            out.append(b)
    return out
