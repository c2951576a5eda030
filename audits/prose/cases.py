"""The cases of section 四 as a prose list names them: its two groups (复议, 诉讼), which are never parts of a total
of the other, and the outcomes of a case count listed right after it (结果维持6件, 尚未审结1件), which split that count
and are no parts of the list it stands in (list_parts.py reads the lists); and what became of applications, which
splits their count again after the channels they came in by; a topic, which splits what went out again after
the outlets it went out through; and kinds counted in another unit that the list's rest closes in its own.
"""
from __future__ import annotations

import re

from extractor.numerals import to_number

from .disclosed import CHANNEL, SECTION, VERB
from .items import DIGIT, FIGURE, NESTED, SHARE
from .list_words import OPENS_REST, same_unit
from .patterns import ANSWERED_VERB, CARRIED_OUT, CARRY_IN, SUBMITTED_BY
from .refiners import RESULT_WORDS, REVIEW_WORDS, SUIT_WORDS

# the two groups of section 四: cases of one are never parts of a total of the other (复议0件，其中维持0件；…；尚未审结0件；
# 涉及…行政诉讼0件: the 诉讼 is the next count, not a fifth outcome of the 复议) — an item naming both (未经复议直接起诉
# under 行政诉讼) is of its own group. Nor are they parts of a count of applications (受理答复政府信息公开申请28件，其中，
# 行政复议1件、行政诉讼0件; 收到申请7件,其中网络申请4件,信函3件,因政府信息公开申请引发行政复议0件): what followed some of
# them, not a kind of application, so neither a part nor, at 0, a sign that the list is whole
_GROUPS = (re.compile(REVIEW_WORDS), re.compile(SUIT_WORDS))
_APPLICATIONS = re.compile(r"申请")


def other_group(label: str, total_clause: str) -> bool:
    review, litigation = (bool(g.search(total_clause)) for g in _GROUPS)
    if not review and not litigation:
        return bool(_APPLICATIONS.search(total_clause)) and any(g.search(label) for g in _GROUPS)
    if review == litigation:
        return False
    own, other = _GROUPS if review else _GROUPS[::-1]
    return bool(other.search(label)) and not own.search(label)


# what became of a case of section 四, in the template's words (结果维持, 结果纠正, 其他结果, 尚未审结)
_OUTCOME = re.compile(r"^(?:结果(?:维持|纠正)|其他结果|尚未审结|已审结)")


def outcomes_dropped(items: list) -> list:
    """The items without the outcomes of a case count listed right after it (行政争议11件,其中,行政复议7件,结果维持6件,
    尚未审结1件;行政诉讼4件,结果维持2件,尚未审结2件: 6 and 1 split the 7 复议 cases, 2 and 2 the 4 诉讼 — a list nested
    in its part, not parts of the 11). Outcomes that open the list are its own parts (行政诉讼21件,其中17件结果维持…)."""
    out, case = [], False
    for pos, item in items:
        if case and _OUTCOME.match(item):
            continue
        case = any(g.search(item) for g in _GROUPS) and FIGURE.search(item) is not None
        out.append((pos, item))
    return out


# what became of applications (办结, 答复, 结转, an outcome) or followed them (a 复议, a 诉讼): another split of them
# than how they came in
_ANSWERED = re.compile("|".join((ANSWERED_VERB, "结转", RESULT_WORDS.pattern, *(g.pattern for g in _GROUPS))))
_SUBMITTED = re.compile(SUBMITTED_BY)


def answered_after_channels(item: str, parts: list) -> bool:
    """Whether an item says what became of the applications after parts that each said how they came in (受理…34件,
    其中包括信函申请26件,网络申请8件,已按时办结33件,…1件结转至下年办理): the outcomes split the total again, they are no
    further channel — even when the channels do not make the total."""
    f = FIGURE.search(item)
    label = item[: f.start()] if f else item
    return bool(parts) and all(_SUBMITTED.search(p.text) for p in parts) and bool(_ANSWERED.search(label)) \
        and not _SUBMITTED.search(label)


# carried over to the next year (结转下年度继续办理9件, 结转至2026年1件): what became of an application not yet answered
_CARRIED_OUT = re.compile(rf"^{CARRIED_OUT}")
_CARRIED_IN = re.compile(CARRY_IN)
_ANSWERED_TOTAL = re.compile(ANSWERED_VERB)
# the year's own applications, said as such (本年新收33件, 当年收到…): beside them the carry-in is the other part
_THIS_YEAR = re.compile(r"新收|本年|当年|今年")


def carried_in_beside(item: str, before: str) -> bool:
    """Whether an item carried in from the year before (上年度结转政府信息公开申请1件) stands beside the list it follows
    rather than in it: after parts that split the year's applications another way (全年共收到和办理依申请公开12件,其中自然人
    申请件12件,法人或其他组织申请件0件,上年度结转…申请1件: the 1 is not among the 12 — as the carry-out, what the
    applications became, list_words.MOVES_ON). Opening a list (其中上年结转3件,本年新收12件) or after the year's own
    count (其中本年新收33件,上年结转0件) it is one of two parts of the applications on the desk."""
    return bool(before) and bool(_CARRIED_IN.match(item)) and not _THIS_YEAR.search(before)


def carried_out_among_outcomes(item: str, total_clause: str, parts: list) -> bool:
    """Whether an item carried over to the next year is one more fate of the applications a list splits by what became
    of them (收到并办理依申请公开47件,其中,予以公开8件,…无法提供32件,结转下年度继续办理9件: the 9 are among the 47) —
    after parts that are each an outcome, under a count of applications received that is not the carry-in (上年结转,
    never a part of this year's received) nor the answered (答复…申请1641件(含上年度转结),其中…其他处理121件,结转下一年度
    继续办理79件: what was answered is never carried out). After channels (网络申请11件,结转下一年办理1件) it moves on
    (list_words.MOVES_ON)."""
    # (a bare 其他N件 after outcomes is the rest of them: …不予处理1件,其他4件,结转至下年度继续办理4件)
    return bool(parts) and bool(_CARRIED_OUT.match(item)) \
        and all(RESULT_WORDS.search(p.text) or (i and OPENS_REST.match(p.text)) for i, p in enumerate(parts)) \
        and bool(_APPLICATIONS.search(total_clause)) and not _CARRIED_IN.search(total_clause) \
        and not _ANSWERED_TOTAL.search(total_clause)


_OPENS_VERB = re.compile(rf"^{VERB}(?=[^\d，,]{{2}})")


def another_axis(item: str, parts: list) -> bool:
    """Whether an item counts what went out by another measure than the parts before it, each named by its outlet or
    site (政府网站公开信息5636条;政务新媒体…9500余条;电视、报纸等其他媒体…51800余条,公开重点领域和重点民生领域信息
    4300余条): an item naming none that opens with its own verb is a topic published through them, not one more
    outlet. A section of a site (专栏, 栏目) names a category, not an outlet."""
    f = FIGURE.search(item)
    if f is None or len(parts) < 2 or not all(_outlet_or_site(p.text) for p in parts):
        return False
    label = item[: f.start()]
    return bool(_OPENS_VERB.match(label)) and not CHANNEL.search(label)


def _outlet_or_site(text: str) -> bool:
    return any(not SECTION.fullmatch(c) for c in CHANNEL.findall(text))



# a count of events in a unit NUM does not read (新闻发布会3场, 在线访谈4期)
_EVENTS = re.compile(r"(?<![\d.])(\d{1,4})(?:场|期)$")


def counted_before_rest(items: list, k: int, total) -> int | float | None:
    """The figure of the item `k`, in another unit than the total's, where it is one of the kinds the total counts:
    it and every item after it are one figure each, and the last is the rest in the total's unit (…共590条,…财政资金类
    27条、在线回应19次、新闻发布会3场,其他信息83条: "the other information" says what came before it was information too).
    None otherwise."""
    values = []
    for _, item in items[k:]:
        figures = list(FIGURE.finditer(item))
        if not figures and _EVENTS.search(item) and not DIGIT.search(item, 0, _EVENTS.search(item).start()):
            values.append(int(_EVENTS.search(item).group(1)))
        elif len(figures) == 1 and figures[0].end() == len(item) and not (NESTED.search(item) or SHARE.search(item)
                                                                          or figures[0].group("pre") or figures[0].group("post")):
            values.append(to_number(figures[0].group("num")))
        else:
            return None
    first, last = FIGURE.search(items[k][1]), items[-1][1]
    if len(values) < 2 or not OPENS_REST.match(last) or not same_unit(FIGURE.search(last), total) \
            or (first is not None and same_unit(first, total)):
        return None  # (条 after a total in 件 is its kind of unit, 政策文件9件,…23条: no count of another kind)
    return values[0]
