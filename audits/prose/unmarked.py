"""The lists a sentence gives with no marker word (lists.py reads those a 其中 / 包括 … opens): a breakdown in a
bracket right after its total, or after a comma when the total is said as one (共/累计 … N条,…93条、…; or, in any unit,
when each count carries its share of it: 共受理…12件,予以公开…的有6件,占50%;…), read only as a selection (read_unmarked); and a 合计/共计 N that closes the run of items before it (read_totals_after).
"""
from __future__ import annotations

import re

from extractor.numerals import CHINESE, to_number

from .disclosed import CHANGE, CHANNEL, DOCUMENT, EXAMPLES_OF_CHANNELS, TOTAL_SAID, VERB, item_unit
from .items import (BRACKET, CLOSE, DIGIT, FIGURE, NESTED, OPEN, SHARE, bracket_start, clause_start, level_items,
                    region_end)
from .list_parts import read_list
from .list_words import (BESIDE, MARKER, REST_WORDS, RESTATED, Part, Reading, joined_total, part_ending_at, same_unit,
                         total_at_end, unit)
from .patterns import CHANNEL_WORDS, NUM, PERCENT
from .refiners import RECEIVED_VERB

_NUMERALS = re.compile(f"{DIGIT.pattern}+")


def _two_numbers(s: str, start: int, end: int) -> bool:
    """Whether s[start:end] may hold two parts of a list read strictly (list_parts.read_list, `strict`): each part's
    item holds a number of its own, and items are set apart by separators, which are no numerals — so two runs of
    numeral characters at least; or one figure said of several names (政策解读和深度各2条: 各)."""
    first = _NUMERALS.search(s, start, end)
    return first is not None and (_NUMERALS.search(s, first.end(), end) is not None or "各" in s[start:end])

# a total said as one (共/共计/合计/总计/累计 before its figure in its clause): the counts of its unit that follow it
# with no marker may be its breakdown (`主动公开信息共373条,通过政府门户网站发布信息93条、…`)
# an item after the first that opens with a total's word or names its 总量/总数, in a sentence without brackets (items.level_items)
_ITEM_TOTAL = re.compile(r"[、，,；;：:。！？!?](?:合计|共计|总计|共|[^、，,；;：:。！？!?\d]{0,8}?总(?:量|数))")
UNMARKED_OPEN = re.compile(r"(?P<marker>[，,（(])")
# two counts or more right after the total, each followed by its share (…的有6件,占50%;…的有6件,占50%): only 占/占比
# right after the comma, not every wording of items.SHARE_OF (约占总量的…): a list without a marker word is read on little
_EACH_WITH_SHARE = re.compile(rf"(?:[^，,；;。！？\d]{{1,20}}{NUM}[，,]占(?:比)?{PERCENT}(?:[，,；;、。]|$)){{2,}}")


# a bracket that opens with a title and a colon before its first item's name (各业务线数据:环境保护14条…), not before a
# figure (权益维护类:8条 names that item)
_TITLED = re.compile(r"[^，,、；;：:（()）\d]{2,12}[:：](?=[^\d\s（(])")


def read_unmarked(s: str, depth: list[int]) -> list[Reading]:
    """A breakdown with no marker word, read only where it can be little else, and only as a selection
    (a sum above the total is wrong; below says nothing):
    - a bracket opened right after the total's figure (`公布服务信息26条(权益维护8条,退役安置3条,…)`);
    - after a comma, when the total is said as one (共/累计 … N条: `累计公布信息69条,工作动态61条,运输管理5条,…`; in any
      unit, even after a received count, when two counts or more each carry their share: `共受理依申请公开12件,予以公开及
      部分公开的有6件,占50%;无法提供的有6件,占50%`, or each name the way applications came in to the sentence's end:
      `共受理…申请29件,通过政府信息公开网申请25件,接受书面申请4件`),
      a remark in brackets between them or not (`累计公开信息8775条(2025年新增388条),…5434条(…),…1919条(…),其他信息
      累计1425条(…)`: the bracket of one figure is no list, and the parts after the comma carry brackets of their own);
    - after a comma right after the figure, with no 共, when the total is the year's disclosure said whole and its parts
      each name a channel or a kind of what is published (全年主动公开政府信息61件,公开文件31件,出台公示公告30件:
      _year_whole, _published_kinds).
    The run is the items that follow, each one figure in the total's unit word and nothing else, to the
    first item that is not (another unit, unless the rest closes the run in the total's: 在线回应19次、新闻发布会3场,其他
    信息83条; a second figure, a clause without a figure) or that moves on or stands beside (the rules of a listed
    part). Two parts at least. Not after a total that names its channel where an item said with its own verb alone
    exceeds it (门户网站共发布…4702条,…基层政务公开领域发布6432条: _one_above)."""
    out = []
    if "条" not in s and "篇" not in s and "件" not in s and "占" not in s:
        return out  # the total counts published items (条, 篇, 条次) or documents, cases (件), or the parts carry shares
    for m in UNMARKED_OPEN.finditer(s):
        bracket = m.group() in OPEN
        end = m.start()
        if not bracket and end and s[end - 1] in CLOSE:
            end = bracket_start(s, end - 1)  # 累计公开信息8775条(2025年新增388条),…: a remark between total and comma
        total = total_at_end(s, end)
        if total is None or total.group("pre") or total.group("post") or MARKER.match(s, m.end()) \
                or MARKER.match(s, m.start()) or (not bracket and part_ending_at(total.end(), out) is not None):
            continue  # (a part of the run before, 累计5434条, is no total of the parts after it; its bracket is its own)
        level = depth[m.start()]
        stop = region_end(s, depth, m.end(), level)
        if not _two_numbers(s, m.end(), stop) and _EACH_WITH_SHARE.match(s, m.end()) is None:
            continue  # (a run read strictly, with no shares: every part needs a number of its own, two at least)
        if not bracket and joined_total(s, depth, total) is not None:
            continue  # the last of 、-joined counts (累计公布地方性法规80条、政府规章120条(…),…): an item, no total
        if bracket and (depth[total.start()] != level - 1 or _TITLED.match(s, m.end())):
            continue  # (a bracket titled a list of its own, (各业务线数据:环境保护14条、…): another split, not this figure's)
        said_from = max(clause_start(s, total.start()), *(s.rfind(c, 0, total.start()) + 1 for c in OPEN + CLOSE))
        name = s[said_from:total.start()]
        joint = False  # a comma run read only because the total's name joins its parts' kinds (_kinds_joined)
        if not bracket and (depth[total.start()] != level or RESTATED.match(s[said_from:total.end()])
                            or not TOTAL_SAID.search(s, said_from, total.start())):
            if depth[total.start()] != level or RESTATED.match(s[said_from:total.end()]):
                continue  # 共/累计 in the total's own clause and bracket; a 合计 N closing the parts before is no total of what follows
            joint = True
        # counts that each carry their share (予以公开…的有6件,占50%;无法提供的有6件,占50%): shares of the total say they
        # are its parts, in any unit
        shared = not bracket and not joint and _EACH_WITH_SHARE.match(s, m.end()) is not None
        via = not bracket and not joint and re.search(RECEIVED_VERB, name) is not None and _applied_via(s, m.end())
        # (right after its figure: a remark between, 主动公开政府信息901条(不同渠道的相同信息计1条),通过…网站发布730条,政务微信
        # 295条,…, says the channels' counts overlap — 1443)
        whole = joint and end == m.start() and _year_whole(name) and item_unit(unit(total)) in ("条", "件")
        paired = None  # (_negated_pair: read only where it decides)
        if not shared and not via and not whole and (re.search(RECEIVED_VERB, name) or item_unit(unit(total)) not in ("条", "件")
                                                     or (item_unit(unit(total)) == "件" and not bracket and not joint)
                                                     or (joint and (item_unit(unit(total)) != "件" or MARKER.search(name)))):
            paired = not bracket and _negated_pair(s, m.end())
            if not paired:
                continue  # published items, documents or cases: a run of 件 after a count of applications, or of 条
                # after messages received (全市共受理网民留言60条,公开答复28条,电话答复15条,已办结60条), is what became of them
        reading = read_list(s, depth, total, m, stop, level, strict=not shared)
        if reading is not None and not bracket and (_examples_summed(name, reading.parts)
                                                    or _one_above(name, total, reading.parts)
                                                    or _category_first(name, reading.parts)):
            continue
        if reading is not None and len(reading.parts) == 2 and (
                paired if paired is not None else not bracket and _negated_pair(s, m.end())):
            reading.paired = True  # the one reading here that is whole
            out.append(reading)
        elif reading is not None and len(reading.parts) >= 2 and (not joint or _kinds_joined(name, reading.parts)
                                                                 or whole and _published_kinds(reading.parts)):
            reading.implicit = True
            out.append(reading)
    return out


# the words that negate a count's label (公开的 / 不公开的, 办结 / 未办结)
_NOT = ("不", "未", "非")


def _negated_pair(s: str, at: int) -> bool:
    """Whether the total's comma is followed, to its ；-group's end, by two counts and nothing else, one label the other's
    negated (整年月报发文数42件,公开的42件,不公开的0件): a split of the total in two, whole."""
    end = min((i for i in (s.find(c, at) for c in "。；;！？") if i >= 0), default=len(s))
    clauses = re.split(r"[，,]", s[at:end])
    if len(clauses) != 2:
        return False
    labels = []
    for c in clauses:
        f = FIGURE.search(c)
        if f is None or f.end() != len(c) or f.group("pre") or f.group("post") or not f.start():
            return False
        labels.append(c[: f.start()])
    a, b = labels
    return any(b == n + a or a == n + b for n in _NOT)


# a count of applications by the way they came in (通过政府信息公开网申请25件, 接受书面申请4件, 网上申请3件)
# (网 alone: a site's name ends in it, 通过政府信息公开网申请)
_VIA = re.compile(rf"(?:通过|经由|接受|收到)?[^，,；;。！？\d]{{0,16}}?(?:网|{CHANNEL_WORDS})"
                  rf"[^，,；;。！？\d]{{0,6}}?申请{NUM}")


def _applied_via(s: str, at: int) -> bool:
    """Whether the clauses after a received count, to the sentence's end, are two or more counts of applications each
    by the way it came in (共受理…申请29件,通过政府信息公开网申请25件,接受书面申请4件。): parts of that count, no
    outcome of it."""
    end = min((i for i in (s.find(c, at) for c in "。；;！？") if i >= 0), default=len(s))
    clauses = re.split(r"[，,]", s[at:end])
    return len(clauses) >= 2 and all(_VIA.fullmatch(c) for c in clauses)


_KIND = re.compile(r"[\u4e00-\u9fff]{2}$")


def _kinds_joined(name: str, parts: list[Part]) -> bool:
    """Whether a count of documents or cases (件) is named by joining, in order, the kinds its parts each end with —
    two at least (承办建议提案48件,人大建议11件(…),政协提案37件(…): 建议 then 提案), so that a comma run with no
    marker and no 共 still splits it. Never a total that is itself a part of a list (其中主动公开文件0件,…)."""
    kinds: list[str] = []
    for p in parts:
        f = FIGURE.search(p.text)
        k = _KIND.search(p.text[: f.start()]) if f else None
        if k is None:
            return False
        if k.group() not in kinds:
            kinds.append(k.group())
    return len(kinds) >= 2 and re.sub(r"(?:的|数|数量|共计|共)+$", "", name).endswith("".join(kinds))


# the year's disclosure said whole, with no 共 (全年主动公开政府信息61件, 区应急管理局主动公开信息609条): no channel, no kind
_YEAR_WHOLE = re.compile(r"主动公开(?:各类|相关)?(?:政府|政务)?信息$")
# a count that went out again from elsewhere (转载信息414条): beside what the organ published, never a part of it
# (nor a remark that the channels' counts overlap: 不同渠道的相同信息计1条, 重复)
_REPOSTED = re.compile(r"转载|转发|相同|重复")
# news and updates, a kind of published item that names no document (要闻动态3485条, 3038; never a press conference,
# 新闻发布会, an event)
_NEWS = re.compile(r"动态|要闻|新闻(?!发布会)|资讯")


def _year_whole(name: str) -> bool:
    """Whether a total names the year's active disclosure whole — its own words end in 主动公开(政府)信息, naming no
    channel (通过政府网站主动公开…, 643: a site's count, the others beside it) and no list it is part of — so that a
    comma run after it with no marker may be its split (_published_kinds)."""
    return _YEAR_WHOLE.search(name) is not None and not CHANNEL.search(name) and not MARKER.search(name) \
        and not EXAMPLES_OF_CHANNELS.search(name)


def _published_kinds(parts: list[Part]) -> bool:
    """Whether the comma run after the year's whole disclosure (_year_whole) splits it: every part names the channel it
    went out through (在区政府门户网站…专栏公开信息33条,通知公告专栏公开信息10条,“…”微信公众号发布各类信息566条: 2920) or
    every part a kind of what is published (公开文件31件,出台公示公告30件: 2934; 要闻动态3485条,政民互动信息171条,数据发布
    信息10条: 3038), none reposted from elsewhere. Read as a
    selection (a sum above the total is wrong); eval/docs and the corpus print no such run that a beside-count overruns."""
    labels = [p.text[: f.start()] for p in parts if (f := FIGURE.search(p.text))]
    return len(labels) == len(parts) and not any(_REPOSTED.search(l) for l in labels) \
        and (all(CHANNEL.search(l) for l in labels) or all(DOCUMENT.search(l) or _NEWS.search(l) for l in labels))


# a verb of publishing, never the noun of 重点领域信息公开27条 (as patterns' disclosed Spec reads it)
_PUBLISHED = re.compile(rf"(?<!信息)(?<!政务){VERB}")


def _one_above(name: str, total: re.Match, parts: list[Part]) -> bool:
    """Whether the total is one channel's count and an item after the comma, said with its own verb, alone counts more
    than it (市政府门户网站共发布政务信息4702条,重点信息领域服务栏目更新发布信息870条,基层政务公开领域发布6432条): parts
    never each exceed their whole, and with no marker word the run is read only where it can be little else — this
    one is another publishing beside the site's. (A total naming no channel, 主动公开信息共373条,通过…发布93条…, is
    split by channel: an item above it is still found.)"""
    value = to_number(total.group("num"))
    return value is not None and CHANNEL.search(name) is not None \
        and any(p.value > value and _PUBLISHED.search(p.text) for p in parts)


# a kind of information named by its own words (动态类信息, 公告通知类), not every kind (各类信息) nor a count or a
# pointer before 类 (三类信息, 此类信息)
_KIND_NAMED = re.compile(rf"[^各多诸相有几这此该本述\d{CHINESE}]类(?:信息)?$")


def _category_first(name: str, parts: list[Part]) -> bool:
    """Whether the 共 opens a run of categories, the first of them named right after it (总共发布动态类信息2519条,公告通知类
    信息2300条,其他相关信息4916余条): a kind of information, its siblings after it up to the rest (其他) — the 共 says the run
    is the whole of something, and its first item is no total of the others."""
    said = [*TOTAL_SAID.finditer(name)]
    if not said or not parts or not re.match(rf"(?:{REST_WORDS})", parts[-1].text):
        return False
    return _KIND_NAMED.search(re.sub(rf"^(?:{VERB})", "", name[said[-1].end():])) is not None


# kinds named as examples before the total's 共 (发布普法宣传、法律法规及政策解读、执法监管领域典型案例等信息共26条)
_EXAMPLES = re.compile(r"(?P<kinds>[^，,；;：:。]+、[^，,；;：:。]+?)等")


def _examples_summed(name: str, parts: list[Part]) -> bool:
    """Whether the total's 共 closes a list of kinds given before it (…A、B、C等信息共26条) and the counts after the
    comma name none of them: the 共 sums that list, and the counts after stand beside it (动态要闻109条,通知公告128条,
    …), not its breakdown. Counts that name a listed kind (…工作动态、通知公告等信息共300条,工作动态200条,…) still are."""
    m = _EXAMPLES.search(name)
    if m is None:
        return False
    kinds = [k for k in m.group("kinds").split("、") if k]
    names = [p.text[: f.start()] for p in parts if (f := FIGURE.search(p.text))]
    return not any(n and (n in k or k in n) for n in names for k in kinds)


def read_totals_after(s: str, depth: list[int]) -> list[Reading]:
    """`通过网站公开105条，通过公众号发布17条，合计122条`: a 合计/共计/总计/共 N that closes a run of items
    with no total before them (a restated total is read with its list). The run goes back from the total
    over the items of its level that each name one figure in its unit, to the first clause without a
    figure (2023年，…), a colon or list marker, another 合计, or the start of the sentence or bracket. Where
    the run starts is read from the words: after a marker or a colon the run is the list; otherwise the
    parts are the shortest tail of it that makes the total when one does (收到申请500件，网站发布300件，
    微信200件，共计500件: the first figure stands beside the list), and the run when none does. An item that is unclear (two figures, another unit, a share,
    an approximate figure, a change, an item set beside: 另有…) reads nothing."""
    out = []
    if "共" not in s and "总" not in s and "合计" not in s:
        return out  # no item can open with 合计 / 共计 / 总计 / 共 nor name its 总量 / 总数
    if not BRACKET.search(s) and not _ITEM_TOTAL.search(s):
        return out  # no bracket: an item after the first opens right after a separator, and none opens so
    for level, items in level_items(s, depth):
        for k, (pos, item) in enumerate(items):
            r = RESTATED.match(item)
            if r is None or r.group("pre") or r.group("post") or k == 0:
                continue
            total = FIGURE.search(s, pos[0], pos[-1] + 1)
            parts: list[Part] = []
            said_start = False  # the run's start is marked (其中…, a colon): it is the list, whatever it adds to
            for j in range(k - 1, -1, -1):
                ppos, text = items[j]
                figures = list(FIGURE.finditer(text))
                if not figures or RESTATED.match(text):
                    break  # a clause without a figure, or the total of the run before: the run starts after it
                f = figures[0]
                if len(figures) > 1 or not same_unit(f, r) or f.group("pre") or f.group("post") \
                        or SHARE.search(text) or CHANGE.search(text) or BESIDE.match(text):
                    parts = []
                    break
                parts.insert(0, Part(text[: f.end()], to_number(f.group("num")), (ppos[0], ppos[f.end() - 1] + 1)))
                nested = NESTED.search(text[: f.start()])
                if nested:  # 其中自然人5件: the first part; the figure before the marker is another total
                    cut = MARKER.match(text, nested.start()).end()
                    parts[0] = Part(text[cut: f.end()], parts[0].value, (ppos[cut], parts[0].at[1]))
                    said_start = True
                    break
                said_start = j == 0 and s[:ppos[0]].rstrip().endswith(("：", ":"))
            value = to_number(r.group("num"))
            if len(parts) < 2 or value is None or any(p.value is None for p in parts):
                continue
            for i in range(0 if said_start else len(parts)):
                if sum(p.value for p in parts[i:]) == value:
                    parts = parts[i:]  # the tail that makes the total: the items before it stand beside
                    break
            word = r.group("word") or r.group("noun")
            out.append(Reading(total, word, pos[0], parts, True, None, after=True))
    return out

