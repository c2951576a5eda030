"""The outline a report's opening announces ('本报告由概述、政府信息主动公开情况、依申请公开情况三部分组成',
'全文包括总体情况、…、其他需要报告的事项六部分'): only a report's preamble says so, so it tells a report whose
copy shows none of the six headings (sub-items (一)…(五) straight after the preamble) from a page that is none."""
from __future__ import annotations

import re
from typing import NamedTuple

from . import template
from .numerals import NUMBER, to_number

_OPENING = 1000  # characters: the outline stands in the preamble
# the words that list an outline's parts ('全文包括…', '报告涵盖…', '本报告共有总体情况、…等六部分')
_LIST_WORDS = "包括|包含|涵盖|共有"
# a count of an outline's parts: one digit ('六', '6'), then what it counts ('六个方面', '五大部分'; or '5项')
_NTH = "[1-9一二三四五六七八九十]"
_PARTS = "(?:部分|方面)"
# who speaks (the report, its full text or 本文, its content), the verb that lists, the parts, and what closes the
# list: a count of parts ('三部分', '6个部分', '五个方面', '五项内容'), 组成, or 等 closing the sentence ('全文包括总体情况,…,其他需要报告
# 的事项等。'; '报告主要包括以下内容:本年度…的基本情况;…改进情况等。'); never what a report 应 include, which is a
# notice's ('报告内容应包括:…等6个方面'). Who speaks may stand far from the verb when a clause on how the report
# was compiled comes between ('本报告按照《…年度报告格式〉的通知》(国办公开办函〔2021〕30号)要求编制,由总体情况、…六部分组成';
# '…工作情况编制而成,主要由总体情况、…等五个部分组成'),
# or its 统计期限 ('本报告中使用数据统计期限为2022年1月1日至12月31日,由总体情况、…等六部分组成')
_SPEAKER = (r"(?:全文|本文|报告|年报|内容)(?:[^。！？应]{0,8}?|[^。！？应\n]{0,100}?(?:编制|编写|撰写)(?:而成)?[,，]?(?:主要)?"
            r"|[^。！？应\n]{0,20}?(?:期限|时限|周期|区间|范围)[^。！？应\n]{0,40}?日止?[,，])")
# (or left out, the sentence before saying how the report was compiled: '…等文件要求编制。由总体情况、…六部分组成', 4623 — read
# by a pattern of its own, asked only where such a sentence ends: one alternative more in _SPEAKER would leave the outline
# patterns no first character to scan for, and the opening of every report costs twice as much)
_ELIDED_SPEAKER = r"(?:编制|编写|撰写)(?:而成)?。"
# ('报告,重点从“总体情况、…”“其他需要报告的事项”六个部分组成': 从 lists only where 组成 closes the sentence's list)
# ('全文涵盖总体情况、…、其他需要报告的事项等六部分内容': 涵盖 lists as 包括 does; '报告共分概述、…6个部分': 共分 as 分为,
# and a bare 分 right after who speaks: '报告分总体情况、…、存在的主要问题及改进情况六部分')
# (a second count may follow the first in the clause, before what it 组成: '…六个方面要求五大部分组成' — both are read)
_OUTLINE_TAIL = (r"(?:" + _LIST_WORDS + r"|由|分为|分成|共分|(?<=[告报文])分(?![别为成析类])|从(?=[^。！？]{4,300}?组成))"
                      r"[:：]?(?P<parts>[^。！？]{4,300}?)"
                      rf"(?:(?:等|共)?(?:{_NTH}(?:个?{_PARTS}|项)"
                      rf"(?:[^，,、。！？；;：:\d“”]{{0,4}}?{_NTH}(?:个|大)?{_PARTS}(?:内容)?(?:组成|构成))?"
                      r"|(?:等)?(?:内容)?组成)|等(?:内容|方面)?(?=[。！]))")
_OUTLINE = re.compile(_SPEAKER + _OUTLINE_TAIL)
_OUTLINE_ELIDED = re.compile(_ELIDED_SPEAKER + _OUTLINE_TAIL)
# a count of parts in what closes an outline ('六个方面', '五大部分', '5项')
_COUNT = re.compile(rf"{_NTH}(?:个|大)?{_PARTS}|{_NTH}项")
# the count printed before the names ('全文包括七个方面的内容,分别为:…;2018年工作思路。', '本报告由6个部分组成,包括
# 总体情况、…、其他需要报告的事项,报告中所涉数据…'): the names follow a word or colon that lists them, to the sentence's end
_COUNT_FIRST = re.compile(_SPEAKER + r"(?:" + _LIST_WORDS + r"|由|分为|共分为?)(?:以下)?(?:共|计)?(?P<count>" + _NTH + ")"
                          r"(?:个|大)?(?:部分|方面|项)的?(?:内容)?(?:组成|构成)?"
                          r"(?:[,，]?(?:分别为|分别是|依次为|具体为|具体包括|" + _LIST_WORDS + r"|即)[:：]?|[:：])"
                          r"(?P<parts>[^。！？]{4,300}?)(?=[。！？]|$)")
# '全文包括概述、…、存在的主要问题和改进措施。': the report's full text listing its parts, closed by the sentence's end
# alone (no count, 组成 or 等) — only with 全文 as the subject, which nothing but the report's own outline has, or
# with '(本)报告主要包括:' ('报告主要包括:总体情况、…和其他需要报告事项。', '本报告主要包括:总体情况;…;统计表。'):
# the report naming its main parts after a colon; or with its 主要内容 after the report in the same sentence
# ('报告主要内容包括总体情况、…', '本报告主要内容包括:1.总体情况;…', '本报告包括我镇…工作情况,主要内容:主动公开
# 政府信息情况,…及…改进情况报告如下。'), the list ending at the sentence or at its 报告如下
_WHOLE_TEXT = re.compile(r"(?:全文(?:包括|包含)[:：]?|报告主要(?:包括|包含)[:：]"
                         r"|报告[^。！？应\n]{0,100}?主要内容(?:(?:包括|包含)[:：]?|[:：])"
                         # (the report named in the sentence before: '…水利局编制。主要内容包括…')
                         r"|(?<=[。\n])主要内容(?:包括|包含)[:：]?)"
                         r"(?P<parts>[^。！？]{4,300}?)(?=[,，]?(?:现将?有关情况)?报告如下|[。！]"
                         # (the data's period said on in the sentence: '…行政诉讼情况,所列数据统计从…')
                         r"|[,，](?:本报告|报告)?中?所列(?:的)?数据)")

# '本年报由总体情况、…和其他需要报告的事项。': the report listing its parts, closed by the sentence's end alone (组成 or a
# count left out) — read only as an enumeration of the template's own section names, as _AS_FOLLOWS
_TO_SENTENCE_END = re.compile(_SPEAKER + r"(?:" + _LIST_WORDS + r"|由)[:：]?(?P<parts>[^。！？]{4,300}?)(?=[。！])")

# '现将…2021年度政府信息公开总体情况,主动公开政府信息情况,…,存在的主要问题及改进情况公开如下': the report setting out
# the parts it makes public below, with no word that lists them (read only as an enumeration of the template's own
# section names, _AS_FOLLOWS_NAMES)
_AS_FOLLOWS = re.compile(r"(?:现|特|今)将(?P<parts>[^。！？]{4,300}?)(?:予以|向社会)?(?:公开|报告|公布|发布)如下")
# ... each name it lists names a section, and at least three in the template's own heading words (SECTION_WORDS):
# a sentence reporting on a few matters ('现将主动公开、依申请公开等工作情况报告如下') or the overview's items is no outline
_AS_FOLLOWS_NAMES = 3


# the opening's length counts printed characters: a page whose layout table prints its title row as runs of
# hundreds of empty cells ('卓尼县人民政府2020年度…年度报告 | |||||…') has its preamble after them
def _head_end(text: str) -> int:
    """Where the opening ends: right after the _OPENING-th printed character (not a pipe, not white space), or
    after the last one — where the pattern `(?:[|\\s]*[^|\\s]){1,_OPENING}` stops (tests/test_audit_perf_s25.py).
    Counted in C a slice at a time (str.split drops exactly the characters \\s matches) instead of the engine
    stepping through a group a thousand times (~25 µs a report)."""
    need, end = _OPENING, 0
    while need > 0 and end < len(text):
        chunk = text[end:end + need]
        end += len(chunk)
        need -= len("".join(chunk.split())) - chunk.count("|")  # all printed only when need reaches 0
    if need > 0:  # fewer printed characters: the match stops after the last one
        while end and (text[end - 1] == "|" or text[end - 1].isspace()):
            end -= 1
    return end


# what closes a list after its names: 等 (the list is open), a count of parts ('六部分', '6个部分', '六大部分',
# '三方面'), 组成/构成 ('…等方面的内容构成')
_TAIL = re.compile(rf"(?P<etc>等(?:等)?)?(?:共|计)?(?:(?P<count>{NUMBER})(?:个|大|项)?)?{_PARTS}?的?(?:内容)?(?:组成|构成)?$")
# a part of the pre-2019 outline that the 2019 format has no section for (its overview 概述, fees, 不予公开,
# 咨询): a preamble naming one announces the old outline, however the body is headed
_OLD_PART = re.compile(r"(?<!总体情况)(?<!总体)概述|收费|费用|不予公开|咨询")
# 申诉 beside 复议 and 诉讼 is the old outline's too ('复议、诉讼和申诉的情况') — unless the list names the 2019 format's
# own 总体情况 (the old one's was 概述): a system's name for its part ('…行政复议行政诉讼和申诉举报情况', tax bureaus) in
# the new outline
_OLD_APPEAL = re.compile(r"申诉")
_NEW_OVERVIEW = re.compile(r"总体(?:工作)?情况")


def _old(listed: str) -> bool:
    """Whether the outline's list is the pre-2019 one (a part the 2019 format has not)."""
    return bool(_OLD_PART.search(listed)) or (bool(_OLD_APPEAL.search(listed)) and not _NEW_OVERVIEW.search(listed))
# the overview's own items ('主动公开、依申请公开、政府信息管理、平台建设、监督保障5个部分'): a list of them describes
# the overview, not the report's parts
_OVERVIEW_ITEM = re.compile(r"信息管理|平台建设|监督保障")


def _of_overview(listed: str) -> bool:
    """Whether the list names two of the overview's items, each a name of its own — not one name holding both words
    ('…行政诉讼情况、平台建设与监督保障、存在的主要问题…': a part the report adds to its outline)."""
    return sum(1 for n in _names(listed, _NAME_MARKS) if _OVERVIEW_ITEM.search(n)) >= 2


class Outline(NamedTuple):
    said: re.Match  # the outline sentence; group "parts" its list
    named: tuple[str, ...]  # the template's sections it names
    closed: bool  # nothing says the list goes on: no 等 and no count beyond its names, or a count its names make
    old: bool  # it names a part of the pre-2019 outline (概述, 收费, 申诉 …)
    of_overview: bool  # it lists the overview's items (政府信息管理, 平台建设, 监督保障), not the report's parts
    reading: Reading  # the count it announces against its names
    parts: str  # the list as printed (no spaces), without what follows it in the sentence


# each section's outline words compiled once (~30 searches a report: re.search with a string looks its pattern up each time)
_PART_WORDS = tuple((s.key, re.compile(template.OUTLINE_WORDS[s.key])) for s in template.SECTIONS)
_HEADING_WORDS = tuple((k, re.compile(words)) for k, words in template.SECTION_WORDS.items())


def _part_keys(part: str) -> set[str]:
    return {key for key, words in _PART_WORDS if words.search(part)}


class Reading(NamedTuple):
    """The count an outline announces against the names it prints."""
    count: int | None  # the parts announced (六部分 → 6), or None
    low: int  # names at 、 and commas, a run naming one section read as one ('行政复议、行政诉讼情况'); in a list
    # parted by ；, the names at ；only ('…情况,特别是…情况;主动公开…': one name before the ；)
    high: int  # every name at 、 and commas, one naming two sections ('…改进情况和其他需要报告事项') read as two
    etc: bool  # 等 inside or after the names: the list may go on
    names: str  # the names as printed, from the word that lists them to the count
    first: bool = False  # the count printed before the names ('全文包括七个方面的内容,分别为:…')

    def fits(self) -> bool:
        return self.count is None or self.low <= self.count <= self.high

    def wrong(self) -> bool:
        """A count neither reading of the names makes: fewer than the names at their fewest, or (no 等) more
        than at their most. After 等 the names may fall short of the count, never exceed it."""
        return self.count is not None and (self.count < self.low or (not self.etc and self.count > self.high))


# (a second speaker with 由 inside the list: '报告由市政府办公室综合各县、区…编制而成,全文由总体情况、…共六个部分组成': the
# names follow 全文由, not the compiler's 由)
_LISTS = re.compile(r"(?:" + _LIST_WORDS + r"|分为)[:：]?|[:：]|(?:全文|本文|报告|年报)(?:主要)?由")
_NAME_MARKS = "[、，,；;]"  # the marks parting an outline's names
_ENUMERATOR = re.compile(r"^(?:\d+[.、．]|[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、)")
# documents a name cites, however many ('根据…《…方案的通知》、《…的通知》等文件推进…情况'): one citation
_CITED = re.compile(r"《[^《》]*》(?:[、和及与]《[^《》]*》)*")


def _names(listed: str, marks: str) -> list[str]:
    names = [_ENUMERATOR.sub("", p) for p in re.split(marks + r"|(?<=”)(?=“)", _CITED.sub("《》", listed))]
    return [n for n in names if n]  # '“总体情况”“主动公开…”' part between the quotes


def _merged(names: list[str], printed: str = "") -> int:
    """How many names the list makes when neighbours naming the same section are one name split by its 、
    ('行政复议、行政诉讼情况') — never a name printed twice ('主动公开政府信息情况、主动公开政府信息的情况', 2399: a
    slip the count must see)."""
    keys = [_part_keys(n) for n in names]
    same = [re.sub(r"的|\s", "", n) for n in names]
    # (nor a short head naming nothing before the old outline's own part it opens, one the template has not: '工作人员、支出和收费情况' is one part,
    # 4380/4381 — the 2008 form's '工作人员、政府支出和收费情况')
    heads = {i for i, n in enumerate(names[:-1]) if not keys[i] and not _OLD_PART.search(n) and len(n) <= 6
             and not n.endswith(_PART_ENDS) and not keys[i + 1] and _OLD_PART.search(names[i + 1])}
    # (nor a name's first words before its 、, ending as no part's name does, and the rest closing it: '依申请公开、不予公开
    # 及咨询政府信息情况', '发布解读、回应社会关切以及互动交流情况' — the rest names no section the head does not; never
    # across a comma, and never the old outline's fee part: '依申请公开信息、信息公开收费及减免情况' is two)
    tails = {i for i in range(1, len(names)) if len(names[i - 1]) >= 4 and not names[i - 1].endswith(_PART_ENDS)
             and names[i].endswith(_PART_ENDS) and keys[i] <= keys[i - 1] and f"{names[i - 1]}、{names[i]}" in printed
             and not FEE_PART.search(names[i - 1] + names[i])}
    return len([k for i, k in enumerate(keys) if i not in heads and i not in tails
                and not (i and k and k == keys[i - 1] and same[i] != same[i - 1])])


_PART_ENDS = ("情况", "事项", "附表", "说明", "措施")  # what a part's own name ends with
# the pre-2019 outline's part on fees, by either of its names ('政府信息公开的收费及减免情况', '政府信息公开相关费用情况',
# '工作人员和费用支出情况'): the 2019 format has no such part, which by itself is no finding
FEE_PART = re.compile(r"收费|费用")
_JOINED = "(?<=情况|事项|措施)(?:以及|及|和|与)"  # a name's end and a word joining the next name to it


def _reading(listed: str, lead: str | None = None) -> Reading:
    """The count closing the list (or `lead`, printed before it) and the range of counts its names make. A
    section's own name may hold a 、 ('行政复议、行政诉讼情况') and one item may name two sections ('…改进情况及
    其他需要报告的事项'), so the names make a range of counts, as named counts are read in prose."""
    tail = _TAIL.search(listed)
    said = tail.group("count") or lead
    count = to_number(said) if said else None
    # the names follow the last word that lists them: '报告由永安市卫生健康局…编制,…,主要内容包含:总体情况、…'
    start = max((m.end() for m in _LISTS.finditer(listed, 0, tail.start())), default=0)
    printed = listed[start:tail.start()]
    names = _names(printed, _NAME_MARKS)
    keys = [_part_keys(n) for n in names]
    # a list parted by ；from its first name on holds commas inside its names: '…推进政府信息公开情况,特别是推进
    # 重点领域…情况;' is one name
    first = re.search(_NAME_MARKS, printed)
    low = _merged(names, printed)
    # 和/及/与 part two names only between two sections' words ('…改进情况和其他需要报告事项'): within one name they
    # join its own words ('收到和处理…', '存在的主要问题及改进情况')
    high = _most(_with_appendix(names, keys))
    # a part's name closed and the next one joined by 及/和 ('…收费及减免情况及政府信息公开工作存在的主要问题及改进情况'): two
    # names at most, whatever sections their words name (the old outline's 收费 is none of the template's)
    high = max(high, len(_names(printed, f"{_NAME_MARKS}|{_JOINED}")))
    if first and first.group() in ",，":
        # a list parted by commas holds its 、 inside its names: '…政府信息公开行政复议、行政诉讼情况,抗震救灾、灾后恢复重建
        # 信息公开情况,…' is one name each, at least
        low = min(low, _merged(_names(printed, "[，,；;]"), printed))
    if first and first.group() in "；;":
        # (and its 、 too: '…;政府信息公开行政复议、行政诉讼情况;…' is one name, at most)
        parted = _names(printed, "[；;]")
        low = min(low, _merged(parted, printed))
        high = min(high, _most(_with_appendix(parted, [_part_keys(n) for n in parted])))
    etc = tail.group("etc") is not None or "等" in listed[:tail.start()]
    return Reading(int(count) if count is not None else None, low, high, etc, printed, lead is not None)


# the statistics table joined to the last part ('…、其他事项和附表共九个部分'): the old outline's 附表 is a part of its own
# (青岛's reports count it so: '…、附表共7个部分'), so the name may make two
_APPENDIX_WORDS = r"附表|附件|(?:情况)?统计表"
# (its own words may name it before: '…改进情况和政府信息公开情况统计表', 4455)
_APPENDIX = re.compile(rf"[和及与][^和及与、，,]{{0,12}}?(?:{_APPENDIX_WORDS})$")


def _with_appendix(names: list[str], keys: list[set[str]]) -> list[set[str]]:
    return [k | {"appendix"} if k and _APPENDIX.search(n) else k for n, k in zip(names, keys)]


def _most(keys: list[set[str]]) -> int:
    """The most names a list makes: each name one, one naming two sections two."""
    return len(keys) + sum(len(k) - 1 for k in keys if len(k) > 1)


def _list_end(listed: str) -> int:
    """Where a list printed after its count ends: at a mark stronger than the one parting its first names, when
    what follows names no part ('…、其他需要报告的事项,报告中所涉数据的统计期…'), else at the sentence's end."""
    strength = {"、": 0, ",": 1, "，": 1, ";": 2, "；": 2}
    marks = [(m.start(), strength[m.group()]) for m in re.finditer(_NAME_MARKS, listed)]
    for at, mark in marks:
        if mark > marks[0][1] and not _part_keys(listed[at + 1:]):
            return at
    return len(listed)


def _closed(reading: Reading) -> bool:
    """Whether the list of parts is closed: no 等 inside or after the names and no count of parts the names fall
    short of, or a count the names make."""
    if reading.count is not None:
        return reading.fits()
    return not reading.etc


_APPENDED = re.compile(_APPENDIX_WORDS)  # what an outline appends to its parts (并附…统计表)


def _names_sections(listed: str) -> bool:
    """Whether a list with no word that lists it is an enumeration of the template's sections: every name
    names one and three at least are in the template's heading words."""
    names = _names(listed, _NAME_MARKS)
    own = [k for k, words in _HEADING_WORDS if words.search(listed)]
    # (a part of the old outline names no section of the template but is a part all the same: '…政府信息公开的收费及减免
    # 情况、…以及…改进措施，并附相关的说明和指标统计表', 4184)
    return bool(names) and all(_part_keys(n) or _OLD_PART.search(n) or _APPENDED.search(n) for n in names) \
        and len(own) >= _AS_FOLLOWS_NAMES


def _opening_overview(listed: str) -> set[str]:
    """{'overview'} when the list opens with a name of no section before 主动公开's: the overview under a name of its
    own, in the template's order ('全文包括工作开展情况、主动公开政府信息情况、…'); else nothing."""
    names = _names(listed, _NAME_MARKS)
    if len(names) >= 3 and not _part_keys(names[0]) and _part_keys(names[1]) == {"active_disclosure"}:
        return {"overview"}
    return set()


def announced_outline(text: str) -> Outline | None:
    """The opening's outline sentence and the template's sections it names (two at least), or None."""
    head = text[:_head_end(text)] if text else text
    found = ({m.start(): m for m in _AS_FOLLOWS.finditer(head)} | {m.start(): m for m in _WHOLE_TEXT.finditer(head)}
             | {m.start(): m for m in _OUTLINE.finditer(head)}
             | ({m.start(): m for m in _OUTLINE_ELIDED.finditer(head)} if "。由" in head else {}))
    # where a list closed after its names reads none ('由6个部分组成,包括…': the count read as the names), the count
    # printed first may lead to them
    found = sorted([(at, 0, m) for at, m in found.items()] + [(m.start(), 1, m) for m in _COUNT_FIRST.finditer(head)])
    # a list closed by the sentence's end alone is the last resort: any outline said the usual way comes first
    return _first_outline(m for _, _, m in found) or _first_outline(_TO_SENTENCE_END.finditer(head))


def _first_outline(matches) -> Outline | None:
    """The first sentence of `matches` that reads as an outline naming two sections or more."""
    for m in matches:
        lead = m.re is _COUNT_FIRST
        parts = re.sub(r"\s", "", m.group("parts"))
        # a bracketed aside explains a part ('咨询情况(公民、法人和其他组织的咨询情况)'): its words name none
        listed = re.sub(r"[(（][^()（）]*[)）]", "", parts)
        if lead:
            listed = listed[:_list_end(listed)]
        as_follows = m.re is _AS_FOLLOWS or m.re is _TO_SENTENCE_END  # names alone tell it is an outline
        if as_follows and not _names_sections(listed):
            continue
        keys = _part_keys(listed) | _opening_overview(listed)
        named = tuple(s.key for s in template.SECTIONS if s.key in keys)
        if len(named) >= 2:
            # the count or 等 closing the list stands after the parts in an outline that ends 'N部分组成' (公开如下
            # closes it with neither)
            tail = "" if lead or as_follows else re.sub(r"\s", "", m.group(0)[m.end("parts") - m.start():])
            reading = _reading(listed + tail, m.group("count") if lead else None)
            counts = [*_COUNT.finditer(tail)]
            if len(counts) > 1:  # each count the clause closes with, against the names: the first that neither makes
                readings = [_reading(listed + tail[:counts[0].start()] + c.group()) for c in counts]
                reading = next((r for r in readings if r.wrong()), readings[0])
            return Outline(m, named, _closed(reading), _old(listed),
                           _of_overview(listed), reading, listed if lead else parts)
    return None


# the overview's parts as prose names them (主动公开, 依申请公开, 政府信息管理, 平台建设, 监督保障)
OVERVIEW_WORDS = tuple(p.removeprefix("政府信息公开") for p in template.OVERVIEW_PARTS)


# an overview may run to seven items or more ('(七)依申请公开工作情况'): its parts are named wherever they stand
_ITEM_HEAD = re.compile(r"[(（]\s*[一二三四五六七八九]\s*[)）]\s*([^\n。，,；;]{1,12})")


# an item prose numbers, opening its line ('一是严格落实…主动公开政府信息19891条'): its subject is said in its sentence
_SAID_ITEM = re.compile(r"(?<![^\n])[ \t\u3000]*[一二三四五六七八九]是([^\n]*)")


def overview_items(text: str, start: int) -> int:
    """How many numbered items from `start` on are headed by an overview part ('(三)政府信息管理'), or, numbered
    一是, 二是 on lines of their own, name one."""
    return sum(1 for item in (_ITEM_HEAD, _SAID_ITEM) for m in item.finditer(text, start)
               if any(p in m.group(1) for p in OVERVIEW_WORDS))

# a page that opens straight at the overview's items ('(一)主动公开政府信息的情况', then (二)依申请公开…, (三)政府信息
# 管理…, 2976): a report's overview, its heading and title lost or never printed — a report, whatever its structure
_OPENING_ITEM = re.compile(r"\s*[(（]\s*一\s*[)）]\s*([^\n。，,；;]{1,12})")


def opens_at_overview_items(text: str) -> bool:
    """Whether the text opens with the overview's first item, naming one of its parts, and three or more items
    of the overview follow."""
    first = _OPENING_ITEM.match(text)
    return first is not None and any(p in first.group(1) for p in OVERVIEW_WORDS) and overview_items(text, 0) >= 3
