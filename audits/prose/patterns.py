"""The phrasings of each quantity the prose states, as data: one `Spec` per kind.

Form A: keyword, filler, number, unit (`答复3050件`, `行政诉讼数为0件`). Form B: number, unit, then the
keyword (`另有103件顺延到下年度答复`, `有1件涉及…的行政复议`). Objects between a verb and its number never
hold digits or clause punctuation, so one match cannot swallow another figure.
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from typing import Callable, Iterator, Optional

from extractor.basis import LAW_BASIS
from extractor.numerals import CHINESE, COUNT_UNIT, NUMBER, to_number

from . import disclosed, refiners
from .anchors import opened
from .refiners import RECEIVED_VERB

FILL = r"(?:共计|合计|总计|累计|总共|一共|共|计|为|达到|达|的有|有|总数为|总数|总量|数为|数量为|数量|数|的|:|是){0,3}"
# a figure starts no other number, and never after 每 (确保每一份申请答复, 针对每一件申请: "each one", no count)
_STARTS = r"(?<!没有)(?<![\d.每无])"  # (never the 一 of 没有一件, 无一件: none)
PRE = r"(?P<pre>约|近|超过|逾|多达)?"
# the bare verbs of applications coming in (收到/受理/接到/接收 N件), before any object: one spelling for every reader
RECEIVED_WORDS = "收到|受理|接到|接收"
NUM = rf"{_STARTS}{PRE}(?P<num>{NUMBER})(?P<post>余|多)?{COUNT_UNIT}"
# what a figure of NUM opens with after PRE (at most two characters): NUMBER's first character (Scouted's `lead`)
NUM_LEAD, PRE_REACH = rf"[\d{CHINESE[:CHINESE.index('十') + 1]}]", 2
# what every figure of NUM (or SHARED_NUM) holds: the number's last character, 余/多, then its unit (or the share
# after it); one character class first, so the engine finds it by a fast scan of the text
NUM_END = rf"[\d{CHINESE}](?:余|多)?{COUNT_UNIT}"
SHARED_NUM_END = rf"[\d{CHINESE}](?:余|多)?(?:{COUNT_UNIT}|[，,]占\d)"
# a percentage as printed (100%, 45.3％, 55 %): the figure of every share and rate the prose states
PERCENT = r"(?P<pct>\d+(?:\.\d+)?) ?[%％]"


class Scouted:
    """A pattern tried only where its scout is found: `scout` matches a part every match of `pattern` holds
    (inside the same bounds), and starts with a character class the engine scans for in C. NUM opens with a
    lookbehind and optional words, so the engine tries it at every character of every sentence; most
    sentences hold no figure, and the scout says so at a fraction of the cost. Where the scout is found, the
    pattern is still tried at every character before the first figure: `lead` (a character class, every match
    holds one of its characters within its first `reach` + 1) starts the search where the first of them allows."""

    __slots__ = ("pattern", "scout", "_lead", "_reach")

    def __init__(self, pattern: str, scout: str, lead: str | None = None, reach: int = 0):
        # (opened: where the scout is found, a pattern that opens with lookbehinds or optional words is otherwise tried
        # at every character from there to the text's end — a whole paragraph for named_count's readers)
        self.pattern = re.compile(opened(pattern))
        self.scout = re.compile(scout)
        self._lead = re.compile(lead) if lead is not None else None
        self._reach = reach

    def _start(self, string: str, pos: int, endpos: int) -> int | None:
        """Where the first match can start at the earliest (None: there is none)."""
        if self.scout.search(string, pos, endpos) is None:
            return None
        if self._lead is None:
            return pos
        first = self._lead.search(string, pos, endpos)
        return None if first is None else max(pos, first.start() - self._reach)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        start = self._start(string, pos, endpos)
        return None if start is None else self.pattern.search(string, start, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match]:
        start = self._start(string, pos, endpos)
        return iter(()) if start is None else self.pattern.finditer(string, start, endpos)
OBJ = r"[^，,。；;：:\d（）()]"  # a character inside a phrase (no digits, no clause punctuation)
# a bracketed aside inside the object (向市政府（市政府办公厅）提交的…申请) holds no figure
# 共办理申请信息公开38件: the object may also end in 信息公开 after 申请 (applications for disclosure), or in the verb and
# its object (共收到申请公开政府信息5宗: applications to disclose government information)
# (or its cases: 受理答复依申请公开政府信息案件22件, longer than 依申请's usual six characters)
APP_OBJECT = rf"(?:{OBJ}|[（(][^，,。；;（）()\d]{{1,12}}[）)]){{0,40}}?(?:申请(?:政府)?信息公开|申请公开(?:政府|政务)?信息|申请" \
             rf"|依申请(?:公开(?:政府|政务)信息(?:案件|事项)|{OBJ}{{0,6}}?))"


def ceiling(total: re.Match) -> int | None:
    """The bound a figure said with 余/多 (matched by NUM) stays below: the next step of its last non-zero digit
    (300余 → 400, 8000余 → 9000, 1100余 → 1200); None for an exact figure, or one with no round end (15余)."""
    v = to_number(total.group("num"))
    if not total.group("post") or not isinstance(v, int) or v < 10 or v % 10:
        return None
    step = 10
    while v % (step * 10) == 0:
        step *= 10
    return v + step


# a result count printed without its unit but with its share (部分公开67，占4.61%): still a count
SHARED_NUM = rf"{_STARTS}{PRE}(?P<num>{NUMBER})(?P<post>余|多)?(?:{COUNT_UNIT}|(?=[，,]占\d))"


_GLOSS = r"(?:[(（][^()（）\d]{1,30}[)）])"


def _a(key: str, share: bool = False) -> re.Pattern:
    # a key printed as a quoted label ('“予以公开”的12件', '“无法提供”21件'): the closing quote is no gap; nor is a
    # gloss in brackets with no figure ('无法提供(本机关不掌握相关政府信息)14件', '不予处理(信访举报投诉类申请)1件')
    # (opened: a key that opens with lookbehinds or optional words is tried at every character otherwise)
    return re.compile(opened(rf"(?P<key>{key})[”\"’]?{_GLOSS}?{FILL}{SHARED_NUM if share else NUM}"))


# the law the figure's fate follows, said between the figure and its verb ('另有3件申请按照《条例》规定顺延到下年度答复'):
# it never changes what is counted, so it does not count against the gap
_BY_LAW = rf"(?:{LAW_BASIS})《[^《》\n]{{1,30}}》(?:的)?(?:有关|相关)?规定"


# not this organ's to disclose, key first or number first (不属于本单位公开1件, '4件不属于本行政机关公开')
_NOT_OURS = r"(?:不属于|非)本(?:单位|机关|行政机关|部门)(?:(?:政府信息)?(?:负责)?公开|政府信息)"  # (the old form's “非本机关政府信息”)


def _b(key: str, gap: int = 16) -> re.Pattern:
    pattern = re.compile(opened(rf"{NUM}(?:申请)?(?:{_BY_LAW})?{OBJ}{{0,{gap}}}?(?P<key>{key})"))
    NUM_FIRST.add(pattern)
    return pattern


# the form-B patterns (_b): each match opens with a figure of NUM, so it can start only where NUM matches
# (figure_starts.figure_starts); claims tries them there alone (matched_from) instead of scanning every numeral of
# the sentence
NUM_FIRST: set[re.Pattern] = set()

def _nothing(claim, m, clause, prefix) -> None:
    return None


@dataclass(frozen=True)
class Spec:
    kind: str
    before: Optional[re.Pattern]
    after: Optional[re.Pattern] = None
    app: bool = False  # about 信息公开 applications: only in paragraphs that speak of 申请
    needs: Optional[str] = None  # must appear in the clause (or, for received, the sentence before it)
    refine: Callable = _nothing
    # must appear before the figure in its whole sentence (to the last 。, across ；): what makes a bare figure one
    needs_before: Optional[str] = None


# ------------------------------------------------------------------------------------------ the specs

# the words of a carry-in (上年度结转 / 去年遗留)
CARRY_IN = r"(?:上一?年度?|去年)(?:结转|转结|遗留|转办)"  # (上一年度转办4件: carried in to be handled this year)
# the ways an application comes in (网络, 信函, 当面…): the one list every reader of a count by channel reads
# (信件 only said of the application, 2件为信件申请: 收到依申请公开信件2件 are all the applications)
CHANNEL_WORDS = r"网络|网上|网页|网站|互联网|信函|信件(?=(?:方式|形式)?申请)|来信|当面|现场|邮寄|传真|电子邮件|邮件|纸质|书面"
# how an application came in (信函申请, 通过网络提交的申请, 当面申请): a count by channel
SUBMITTED_BY = rf"(?:{CHANNEL_WORDS})(?:渠道|方式|形式)?(?:提交|提出|递交)?(?:的)?申请"
# an application answered (办结, 答复…): the results' verbs (cases.py reads them too)
ANSWERED_VERB = r"办结|答复|回复|办理完毕|办理完成|办理完结"
# what qualifies a rate of the answered (按时办结率, 按期答复率): on time, so its base is what came in but the late are
# left out; or 到期 (到期办结率100%): of those whose time limit ran out in the year, a base no count of the report gives
RATE_ON_TIME = ("按时", "按期", "及时", "如期")
RATE_DUE = "到期"
# carried out to the next year: 结转 and its variant 转接 (转接下年度办理45件); the list readers and the carry-out specs share it
CARRY_OUT_VERB = r"结转|转接"
# carried on to the next year or a named one (结转下年度, 转接至2024年): what became of the rest
CARRIED_OUT = rf"(?:{CARRY_OUT_VERB})(?:至|到)?(?:下|\d{{4}}年)"
# received and handled, one count of both verbs (收到和处理12件政府信息公开申请): what came in
_COORDINATED_WITH = r"(?:收到|受理|接到)(?:和|并|及)"
_COORDINATED = rf"{_COORDINATED_WITH}(?:处理|办理)"
# the clause just before a figure states what was answered (已办结54件,)
_ANSWERED_BEFORE = re.compile(rf"(?:{ANSWERED_VERB})[^，,。；;：:]{{0,12}}?\d+[件宗][，,、]$")


def _after_answered(claim, m, clause, prefix) -> None:
    if not _ANSWERED_BEFORE.search(prefix):
        claim.why_not = "结转之前不是办结数（也可能是上年结转）"


# …or what was done, bare (全年办理1875件,)
_DONE_BEFORE = re.compile(rf"(?:{ANSWERED_VERB}|办理|完成)[^，,。；;：:]{{0,12}}?\d+[件宗][，,、]$")


def _carried_out(claim, m, clause, prefix) -> None:
    """结转至2026年N件: a carry-out named by its year. Right after what was answered, one named by the report's own
    year (全年办理1875件,结转2025年344件 in a 2025 report) is still the carry-out: the year is the copy's error, as
    no carry-in is told there (claims reads it: `after_done`)."""
    refiners.said_year(1)(claim, m, clause, prefix)
    claim.extra["after_done"] = _DONE_BEFORE.search(prefix) is not None


def _by_channel(claim, m, clause, prefix) -> None:
    """A channel's count printed number first (3件为当面申请): a part, as claims marks the key-first form (通过信函申请
    470件); said of all of them (2件均为网络申请) it is the whole said again."""
    if m.start("num") < m.start("key") and not re.match(r"均|全部|都", m.group("key")):
        claim.channel = True
        claim.why_not = claim.why_not or "按渠道统计的一部分（通过…渠道）"


# a field named before a kind of document (海事, 教育): two to four ideographs, none that relates or joins (关于, 的, 和)
_FIELD = r"(?:(?:(?![的于对涉及和与或等类])[\u4e00-\u9fff]){2,4}?)?"


SPECS: tuple[Spec, ...] = (
    # (另处理重复申请1件: an outcome's own name as the object is that outcome, not what came in; 受理…申请案件4件: its cases)
    Spec("received", _a(rf"{RECEIVED_VERB}(?!重复申请|大量反复申请){APP_OBJECT}(?:案件|件|数|数量)?"),
         # (受理的14件依申请公开: 的 before the figure, 4493)
         re.compile(rf"(?P<key>{_COORDINATED}|{RECEIVED_VERB}|共有|总共有)的?(?:共计|共|累计)?{NUM}{OBJ}{{0,10}}?申请"),
         app=True, needs=r"公开|依申请", refine=refiners.handled),
    # no object at all (二是规范依申请公开办理。…全年共收到90件,已办结86件): read only where the paragraph before names
    # disclosure on application (claims._bare_application)
    # (the clause holds nothing else but when: 邮箱受理2件 is a channel's, 不予受理4件 an outcome)
    Spec("received", re.compile(rf"(?:^|(?<=[，,。；;]))(?:\d{{4}}年度?|全年|本年度?|今年)?(?:共计|共|累计)?"
                                rf"(?P<key>{RECEIVED_WORDS}){FILL}{NUM}(?=[，,。；;]|$)"), app=True,
         needs=r"公开|依申请", refine=refiners.handled),
    # the object first: 依申请信息公开办理有69件, 依申请公开共受理2件
    Spec("received", _a(rf"依申请(?:政府)?(?:信息)?公开(?:申请)?(?:工作)?(?:共计|共|累计)?{RECEIVED_VERB}(?:有)?"),
         app=True, refine=refiners.handled),
    # `依申请公开0件`, `依申请公开信息0条` in a list of the year's figures: applications received, or
    # answered, or the information granted on them — it agrees when any of these agrees (targets)
    Spec("on_request", _a(r"(?<![予以])依申请公开(?:政府)?(?:信息)?(?:申请)?(?:件|事项)?"), app=True, refine=refiners.vague),
    # a count by channel (通过信函申请470件, 纸质申请36件): a subset (claims marks it), compared only as a sum
    # (or number first: 3件为当面申请, and 2件均为网络申请 — all of them: the whole said again)
    Spec("received", _a(rf"(?:通过)?{SUBMITTED_BY}(?:件)?"),
         _b(rf"(?:均为|均是|均系|全部为|全部是|都是|为|是|系)(?:通过)?{SUBMITTED_BY}", 0), app=True,
         refine=_by_channel),
    Spec("carried_over", _a(rf"(?:上年|上一年|去年)度?(?:结转|转结|遗留|转入|未办结){OBJ}{{0,12}}?(?:申请)?"), app=True),
    Spec("carried_forward",
         # (下年度继续办理81件: the next year names where it went, no verb of carrying needed)
         _a(rf"(?:(?:{CARRY_OUT_VERB})(?:至|到)?下一?年度?|转(?:入|至|到)?下一?年度?|顺延(?:至|到)?下一?年度?"
            rf"|(?<![结转延至到入])下一?年度?继续(?=办理|答复|处理))(?:{OBJ}{{0,10}}?|{APP_OBJECT})"),
         _b(rf"正在办理|尚在办理|仍在办理|未办结|顺延|(?:{CARRY_OUT_VERB})(?:至|到)?下一?年|转(?:入|至|到)?下一?年", 6), app=True,
         refine=refiners.pending_case),
    # the keyword first (已办结86件、正在办理4件): still open at the year's end
    Spec("carried_forward", _a(r"(?:正在|尚在|仍在)办理(?:中)?(?:的)?"), app=True, refine=refiners.pending_case),
    # never 尚未办结0件 (still open: a case pending, not an answer)
    # (已办结件49宗: 办结件, the noun of what was answered, before its figure)
    Spec("results", _a(r"(?<![未没])(?:已)?(?:办结|答复|回复|办理完毕|办理完成|办理完结|完成办理|作出答复|予以答复|"
                       rf"(?<!{_COORDINATED_WITH})处理)(?:了|件)?"),
         _b(rf"(?<![未没])(?:{ANSWERED_VERB})(?!率)", 14), app=True, refine=refiners.qualified),
    # a bare 办理N件 / 完成N件 (the clause holds nothing else but when) right after what came in, in its sentence
    # (全年接收政府信息公开申请2036件,2024年结转183件;全年办理1875件,结转2025年344件; 收到…共74件,完成72件(结转…2件);
    # 受理…申请212件,…;已办理206件,结转…6件): what was answered — every such page balances so (办理 + 结转 = 收到 +
    # 上年结转); 办理 with its object (共办理…申请61件,办结54件) counts what came in and is read above (refiners.handled),
    # and so does a bare one an answered count follows (共办理12件,办结11件)
    Spec("results", re.compile(rf"(?:^|(?<=[，,；;]))(?:\d{{4}}年度?|全年|本年度?|今年)?(?:共计|共|累计)?(?:已|已经)?"
                               rf"(?P<key>办理|完成)(?:了)?{NUM}(?=[，,。；;（(]|$)"
                               rf"(?![^。；;]*?(?:{ANSWERED_VERB})[^，,。；;\d]{{0,12}}?\d)"), app=True, refine=refiners.qualified,
         needs_before=rf"(?:{RECEIVED_VERB})[^。！？]*?申请[^。！？]*?\d+[件宗条]"),
    # 共办结政府信息公开申请16件: the object between the verb and its number (or 共答复办结政府信息公开312件: the
    # disclosure asked for, with no 申请, right after the verb)
    Spec("results", _a(rf"(?<![未没])(?:已)?(?:办结|答复|办理完毕|办理完成|办理完结|完成办理)"
                       rf"(?:{APP_OBJECT}|(?:办结)?(?:政府)?信息公开(?=\d))"), app=True,
         refine=refiners.qualified),
    # 其中1件为上年度结转: the carry-in printed number first
    Spec("carried_over", None, _b(rf"(?:为|是|系|属于?){CARRY_IN}", 0), app=True),
    # 结转上年度政府信息公开申请5件: the carry-in with the verb first
    Spec("carried_over", _a(rf"结转(?:自)?上一?年度?{OBJ}{{0,12}}?(?:申请)?"), app=True),
    # the years named (2021年结转…2件 in a 2022 report, 结转至2024年办理1件 in a 2023 one): claims checks the year
    Spec("carried_over", _a(rf"(?P<said_year>\d{{4}})年度?(?:结转|转结|遗留|未办结)(?!(?:至|到)?\d{{4}}年){OBJ}{{0,12}}?(?:申请)?"),
         app=True, refine=refiners.said_year(-1)),
    # a bare 结转N件 right after what was answered (已办结54件,结转4件): what was left open, the one reading there (after
    # a received count it may be a carry-in; 结转上年… names its year and is read above)
    Spec("carried_forward", _a(r"(?<=[件宗][，,、])结转(?=\d)"), app=True, refine=_after_answered),
    # 结转2025年度继续办理政府信息公开申请16件: a long object still ends with 申请 (APP_OBJECT); number first:
    # 1件结转至2023年度办理, 余下3件转至2026年办理, 剩余4件转2023年办理, 1件结转2020年度继续办理
    Spec("carried_forward", _a(rf"(?:{CARRY_OUT_VERB}|转入|顺延)(?:至|到)?(?P<said_year>\d{{4}})年度?(?:{OBJ}{{0,10}}?|{APP_OBJECT})"),
         _b(r"(?:结转(?:至|到)?|(?:顺延|转)(?:至|到)?|转入)(?P<said_year>\d{4})年", 6), app=True, refine=_carried_out),
    # each result also printed number first (29件予以公开，1件为部分公开，2件涉及第三方合法权益不予以公开): form B, a
    # short gap; a reason's own words stand closer to the number than its group's, so the reason is read
    # never the tail of 部分予以公开 (a partial grant)
    Spec("granted", _a(r"(?<!不)(?<!部分)(?:予以公开|同意公开|准予公开|全部公开)(?:答复|的)?", share=True),
         _b(r"(?<!不)(?<!部分)(?:予以公开|同意公开|准予公开|全部公开)", 4), app=True),
    Spec("granted_partial", _a(r"(?:予以公开|同意公开|准予公开|全部公开)(?:及|和|与|、|或)部分公开(?:答复|的)?"), app=True),
    Spec("partially_granted", _a(r"部分(?:予以|同意)?公开(?:答复|的)?", share=True), _b(r"部分(?:予以|同意)?公开", 4), app=True),
    # (不同意公开的6件, 3192: the refusals said the other way)
    Spec("denied", _a(r"(?:不予公开|不同意公开)(?:答复|的)?", share=True), _b(r"不予以?公开|不同意公开", 12), app=True),
    Spec("unable", _a(r"无法提供(?:相关|有关)?(?:政府)?(?:信息)?(?:的|答复)?", share=True), _b(r"无法提供", 12), app=True),
    Spec("not_processed", _a(r"不予处理(?:的|答复)?", share=True), _b(r"不予以?处理", 12), app=True),
    Spec("other", _a(r"其他处理(?:的)?", share=True), app=True),
    Spec("denied.state_secret", _a(r"(?:属于)?国家秘密(?:的)?"), _b(r"国家秘密", 4), app=True),
    Spec("denied.prohibited_by_law", _a(r"法律行政法规禁止公开(?:的)?"), app=True),
    Spec("denied.safety_stability", _a(r"三安全一稳定[”\"]?(?:的)?"), app=True),
    Spec("denied.third_party_rights", _a(r"第三方合法权益(?:的)?"), _b(r"第三方合法权益", 4), app=True),
    Spec("denied.internal_affairs", _a(r"三类内部事务信息(?:的)?"), app=True),
    Spec("denied.process_info", _a(r"四类过程性(?:性)?信息(?:的)?"), app=True),
    Spec("denied.enforcement_files", _a(r"行政执法案卷(?:的)?"), _b(r"行政执法案卷", 4), app=True),
    Spec("denied.query_matters", _a(r"行政查询事项(?:的)?"), _b(r"行政查询", 4), app=True),
    # the Regulations' own words for the answer 'not held' (条例第三十六条第四项: 告知申请人该政府信息不存在)
    Spec("unable.not_held", _a(r"不掌握(?:相关)?(?:的)?(?:政府)?(?:信息)?(?:的)?|(?:因)?(?:所申请|申请公开的|申请的)?(?:政府)?"
                               r"信息不存在(?:的)?"), _b(r"不掌握|(?:政府)?信息不存在", 4), app=True),
    Spec("unable.needs_creation", _a(r"(?:需要)?另行制作(?:的)?"), _b(r"(?:需要)?另行制作", 8), app=True),
    # (the 2008 form's 申请内容不明确: the answer asking the applicant to amend, 2019's 补正后…仍不明确)
    Spec("unable.unclear_after_correction", _a(r"(?:补正后(?:申请)?内容仍|申请内容)不明确(?:的)?"), app=True),
    Spec("not_processed.complaint", _a(r"信访举报投诉类?(?:申请)?(?:的)?"), _b(r"信访举报投诉", 4), app=True),
    # (number first too: '1件不再重复处理', the answer to a repeated application)
    Spec("not_processed.duplicate", _a(r"重复申请(?:的)?"), _b(r"重复申请|不再重复处理", 4), app=True),
    Spec("not_processed.publication", _a(r"公开出版物(?:的)?"), app=True),
    Spec("not_processed.excessive", _a(r"大量反复申请(?:的)?"), app=True),
    Spec("not_processed.confirmation", _a(r"确认或重新出具(?:已获取信息)?(?:的)?"), app=True),
    Spec("other.overdue_correction", _a(rf"{refiners.OVERDUE_CORRECTION}(?:的)?"), _b(refiners.OVERDUE_CORRECTION, 4), app=True),
    # 5件申请人主动撤销申请: withdrawn, an outcome no row of the table names (其他 or left out): read for the
    # prose's own balance, never compared with a cell (targets)
    # (and key first: 申请人主动撤销2件; or bare among the account's counts: …,撤销申请13宗,按期答复58宗,…)
    Spec("other.withdrawn", _a(r"申请人(?:主动|自行|自愿)?(?:撤销|撤回)(?:了|其)?(?:申请)?|(?<![被予])(?:撤销|撤回)申请(?:的)?"),
         _b(r"(?:申请人)?(?:主动|自行|自愿)?(?:撤销|撤回)(?:了|其)?申请", 0), app=True),
    # 不属于本单位公开1件 (or number first, '4件不属于本行政机关公开'): not this organ's to disclose (the old tables'
    # 不属于本行政机关公开), an answer the 2019/2021 tables give no row of its own: read for the prose's own balance
    # only (targets); said with 非 too, and with where the applicant was sent ('“非本机关政府信息公开范围”并告知通过其他途径办理11件')
    Spec("other.not_ours", _a(rf"{_NOT_OURS}(?:范围|范畴)?(?:的)?"
                              rf"(?:[”\"’]?(?:并|且)?告知(?:申请人)?{OBJ}{{0,12}}?(?:办理|申请|查询|获取))?"),
         _b(_NOT_OURS, 4), app=True),
    # 已公开的有3件 among the outcomes (…部分公开的有3件,已公开的有3件,其他情况…7件): the information asked for was already
    # public, an answer the tables count as 予以公开 or 其他处理: read for the prose's own balance only (targets), never as
    # a count published (disclosed) — an item of a list (after its separator) said with 的
    # (or where: …本机关不掌握4件,已通过网站对外公开1件,不予公开1件)
    Spec("other.already_public", _a(r"(?<=[，,、；;：:])(?:申请(?:公开)?的?(?:政府)?信息)?已(?:经)?"
                                    r"(?:(?:主动)?公开的|通过[^，,。；;：:\d]{1,8}?(?:主动|对外)?公开(?:的)?)"), app=True),
    # 不属于政府信息1件: an answer the Regulations' table has no row for (其他处理 in some tables): read for the
    # prose's own balance only, never compared with a cell (targets)
    Spec("other.not_information", _a(r"(?<!不)不属于政府信息(?:公开(?:范围|范畴))?(?:的)?"), app=True),
    Spec("other.overdue_fee", _a(r"逾期未(?:按)?(?:照)?(?:收费通知要求)?缴纳费用(?:的)?"), app=True),
    # (or number first: 2件为自然人申请,1件为商业机构申请 — never 3件均为…, all of them)
    *(Spec("column", _a(rf"(?:{words})(?:提出)?(?:的)?(?:申请)?"), _b(rf"(?:为|是|系)(?:{words})", 0), app=True,
           refine=refiners.column(col))
      for col, words in refiners.APPLICANTS),
    # `其他1件` at the end of a list (after 、，；): the list says whether it is a result or an applicant type
    Spec("other", _a(r"(?<=[，,、；;：:])其他(?:情形|情况|原因)?(?:的)?"), app=True, refine=refiners.listed_other),
    # 复议 / 诉讼 without 行政 (被申请复议1件); 复议后起诉 and 复议机关 are not review cases, nor 1件次未经行政复议直接
    # 产生行政诉讼 (未经: not through review — a litigation case)
    Spec("review", _a(r"(?:行政)?复议(?!后|机关)(?:案件|申请|案)?"), _b(r"(?<!未经)(?<!未经过)(?<!没有经过)行政复议")),
    Spec("litigation", _a(r"(?:行政)?诉讼(?:案件|案)?"), _b(r"行政诉讼"), refine=refiners.litigation),
    # 维持结果1件 (the table's 结果维持 said the other way round)
    # (or number first: 行政复议6件,5件维持结果; 其中17件结果维持; 2宗维持原答复 — the office's answer upheld, an outcome
    # of the case, never an application answered)
    # (维持 alone closing its clause: 发生行政复议4件,3件维持,1件撤诉)
    Spec("outcome", _a(r"(?:结果)?维持(?:原)?(?:决定|结果|的)?"),
         _b(r"结果维持|维持(?:原)?(?:决定|结果|答复)|维持(?=[，,。；;、]|$)", 0),
         refine=refiners.outcome("upheld")),
    # (number first: 2件结果纠正, 1件被纠错)
    Spec("outcome", _a(r"(?:结果)?纠正(?:的)?|(?:被)?纠错(?:的)?|败诉(?:的)?"), _b(r"结果纠正|被纠正|(?:被)?纠错", 0),
         refine=refiners.outcome("corrected")),
    Spec("outcome", _a(r"胜诉(?:的)?"), refine=refiners.outcome("upheld")),
    Spec("outcome", _a(r"其他结果(?:的)?"), _b(r"其他结果", 0), refine=refiners.outcome("other")),
    Spec("outcome", _a(r"(?:尚)?未审结(?:的)?"), _b(r"(?:尚在|正在|仍在)(?:复议机关|法院|人民法院)?审理|(?:尚)?未审结", 4),
         refine=refiners.outcome("pending")),
    # 行政复议1件,维持结果1件,尚未办结0件: still open in a sentence about cases (about applications it is no claim)
    Spec("outcome", _a(r"(?:尚)?未办结(?:的)?"), refine=refiners.still_open),
    # 其中2撤销行政复议完结办理: a bare figure right after 其中 whose case the applicant withdrew (其他结果)
    Spec("outcome", None, re.compile(r"(?<=其中)(?P<pre>)(?P<num>\d+)(?P<post>)(?:件|条|起)?(?P<key>撤销|撤回)(?=(?:行政)?(?:复议|诉讼|起诉))"),
         refine=refiners.outcome("other")),
    # 1件经沟通解释后撤销复议, 1件撤诉: the applicant withdrew the case (其他结果), number first
    Spec("outcome", None, _b(r"(?<!被)(?:撤销|撤回)(?:了)?(?:行政)?(?:复议|诉讼|起诉)|撤诉", 8), refine=refiners.outcome("other")),
    # 1件被复议机关撤销答复书中部分答复内容: the answer set aside (a withdrawal, 撤销行政复议申请, is another outcome)
    Spec("outcome", None, _b(r"被(?:复议机关|法院|人民法院)?(?:依法)?撤销", 2), refine=refiners.outcome("corrected")),
    # (处理决定: table 二's column, 本年处理决定数量, as the prose may name it: 行政许可处理决定46209件)
    # (or a point's head, then what was done: '行政许可:共处理600件')
    Spec("licensing", _a(rf"行政许可(?:处理决定|决定|事项|信息|案件|办件|[:：](?:共计|共)?(?:{refiners.DECIDED}))?"),
         refine=refiners.decisions),
    Spec("punishment", _a(r"行政处罚(?:处理决定|决定|事项|案件|信息)?"), refine=refiners.decisions),
    Spec("coercion", _a(r"行政强制(?:措施|处理决定|决定|事项|案件|信息)?"), refine=refiners.decisions),
    Spec("regulations", _a(rf"规章{refiners.DOCUMENT_COLUMN}"), refine=refiners.documents),
    # form B only right after its number ("出台四项规范性文件"), or a field's name between ("新制定的7件海事规范性文件"):
    # a longer gap reaches other objects (3条关于规范性文件的解读)
    Spec("normative_documents", _a(rf"(?:行政)?规范性文件{refiners.DOCUMENT_COLUMN}"),
         _b(rf"{_FIELD}(?:行政)?规范性文件", 0), refine=refiners.documents),
    # 通过门户网站公开政府信息31条: the year's published count of a subject through a channel (never 予以公开,
    # 依申请公开 or the noun 信息公开 / 政务公开)
    Spec("disclosed", _a(rf"(?<!申请)(?<!予以)(?<!不予)(?<!部分)(?<!信息)(?<!政务){disclosed.VERB}(?!会)"
                         rf"(?:(?!{disclosed.NOT_SUBJECT}){OBJ}){{0,12}}?"), refine=disclosed.refine),
)

# Statements of none: "未收到…申请" (received 0), "所有申请均已办理完成" (nothing carried forward).
ZERO = (
    # "未发生因依申请公开被复议纠错" is about review cases, not about receiving no application
    ("received", re.compile(r"(?:未|没有|无)(?:收到|接到|受理|发生(?!因))[^，,。；;\d]{0,24}?申请(?!公开被|公开引发)")),
    # (`所有申请均在法定期限内完成答复`: every one answered)
    ("carried_forward", re.compile(r"(?:所有|全部)[^，,。；;\d]{0,10}?申请[^，,。；;\d]{0,8}?(?:均|都|全部)?(?:已)?"
                                   r"(?:按要求|依法|按时|按期)?(?:办理完成|办结|完成办理|办理完毕|答复完毕|完成答复|(?:予以|作出)答复)"
                                   r"|申请[^，,。；;\d]{0,6}?已?全部(?:办结|办理完毕|答复完毕)|(?:无|没有)(?:下年度)?结转"
                                   # the verb before its object (全部按新《条例》规定按时答复申请公开信息)
                                   r"|(?:所有|全部)[^，,。；;\d申]{0,12}?(?:按时|按期|依法|及时)(?:办结|答复|回复)(?:了)?"
                                   r"(?:所有|全部)?(?:的)?(?:政府信息公开)?申请(?!人)")),
    # `收到申请5件，均在规定时限内完成答复`, `…2件,已全部依法依规按时办结`: every application received this year answered (claims marks it
    # all_answered: it says nothing of a carry-in, so it is compared only where none was carried in)
    # (`收到申请41件，其中1件为上年度结转，均…回复`: the carry-in named inside, claims reads a plain 0 carried out)
    ("carried_forward", re.compile(r"申请[^，,。；;\d]{0,12}?\d+件[，,]"
                                   rf"(?:其中(?:\d+件)?(?:为|是|系|属于?)?{CARRY_IN}(?:申请)?(?:\d+件)?[，,])?"
                                   r"(?:且|并)?(?:已|已经)?(?:均|都|全部)(?:已|已经)?[^，,。；;\d]{0,14}?"
                                   r"(?:答复|办结|回复|办理完毕|办理完成)(?!率)")),
    # `未在网站、微信公众号等公开发布政府信息`: nothing published this year (claims keeps it only where it names no
    # channel or takes in the site); never `未公开的信息` (an adjective) nor `未公开信息N条` (a figure)
    ("disclosed_none", re.compile(r"(?:未|没有)(?:在(?P<where>[^，,。；;\d]{1,20}?))?(?:主动)?(?:公开发布|发布|公开)(?:任何)?"
                             r"(?:政府|政务)?信息(?=[，,。；;]|$)")),
    ("received", re.compile(r"(?:无|没有)依申请公开|(?:申请|依申请公开)(?:数|数量|件数|总数)?(?:为|是)零")),
    ("carried_over", re.compile(r"(?:无|没有|不存在)上一?年度?(?:结转|转结|遗留)|上一?年度?(?:无|没有)(?:结转|转结)")),
    # `2021年未转结政府信息公开申请` in a 2022 report (claims checks the year is the one before)
    ("carried_over", re.compile(r"(?P<year>\d{4})年度?(?:无|没有|未)(?:结转|转结)[^，,。；;\d]{0,12}?申请")),
    # `2023年未制定规范性文件`, `未制发规范性文件`, `无新出台规章`: none made this year (table 二's 制发 / 新制作;
    # claims names the column), never `未提请市政府印发规范性文件` (another organ's) nor `未制定…的规范性文件` (some of them)
    ("normative_documents", re.compile(r"(?:未|没有|无)(?:新)?(?:制定|制发|出台|印发)(?:任何)?(?:行政)?规范性文件(?!的|类|清理|目录)")),
    ("regulations", re.compile(r"(?:未|没有|无)(?:新)?(?:制定|制发|出台|印发)(?:任何)?(?:政府)?规章(?!制度|的|类)")),
    # `该行政复议件未被复议审查机关纠错`, `未发生被复议纠错或诉讼败诉的情况`: nothing corrected
    ("review.corrected", re.compile(r"(?:行政)?复议(?!后)[^，,。；;\d]{0,12}?(?:未|没有)被?[^，,。；;\d]{0,10}?(?:纠错|纠正|撤销)"
                                    r"|(?:未|没有|无)(?:发生|出现)?[^，,。；;\d]{0,20}?被(?:行政)?复议(?:机关)?(?:纠错|纠正|撤销)")),
    ("litigation.corrected", re.compile(r"(?:未|没有|无)(?:发生|出现)?[^，,。；;\d]{0,24}?(?:行政)?诉讼(?:中)?败诉")),
    # "复议案件均获维持": no case was corrected, ended otherwise, or is still pending
    ("review.not_upheld", re.compile(r"(?:行政)?复议(?!后)[^，,。；;\d]{0,16}?(?:均|全部|都)(?:已)?(?:获|被|予以|得到)?维持")),
    ("litigation.not_upheld", re.compile(r"(?:行政)?(?:诉讼|起诉)[^，,。；;\d]{0,12}?(?:均|全部|都)(?:已)?(?:获|被|予以|得到)?维持")),
)
