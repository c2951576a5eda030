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

from extractor import template
from extractor.numerals import CHINESE, NUMBER, to_number

from . import disclosed

# 条次 counts postings (an item published twice, twice): items, as 条 (公开各类政府信息328条次,其中…2条、…12条)
UNIT = r"(?:件次|件|份|条次|条|个|起|宗|项|例|人次|次|部|篇)"
FILL = r"(?:共计|合计|总计|累计|总共|一共|共|计|为|达到|达|的有|有|总数为|总数|总量|数为|数量为|数量|数|的|:|是){0,3}"
PRE = r"(?P<pre>约|近|超过|逾|多达)?"
NUM = rf"(?<![\d.]){PRE}(?P<num>{NUMBER})(?P<post>余|多)?{UNIT}"
# what every figure of NUM (or SHARED_NUM) holds: the number's last character, 余/多, then its unit (or the share
# after it); one character class first, so the engine finds it by a fast scan of the text
NUM_END = rf"[\d{CHINESE}](?:余|多)?{UNIT}"
SHARED_NUM_END = rf"[\d{CHINESE}](?:余|多)?(?:{UNIT}|[，,]占\d)"


class Scouted:
    """A pattern tried only where its scout is found: `scout` matches a part every match of `pattern` holds
    (inside the same bounds), and starts with a character class the engine scans for in C. NUM opens with a
    lookbehind and optional words, so the engine tries it at every character of every sentence; most
    sentences hold no figure, and the scout says so at a fraction of the cost."""

    __slots__ = ("pattern", "scout")

    def __init__(self, pattern: str, scout: str):
        self.pattern = re.compile(pattern)
        self.scout = re.compile(scout)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        if self.scout.search(string, pos, endpos) is None:
            return None
        return self.pattern.search(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match]:
        if self.scout.search(string, pos, endpos) is None:
            return iter(())
        return self.pattern.finditer(string, pos, endpos)
OBJ = r"[^，,。；;：:\d（）()]"  # a character inside a phrase (no digits, no clause punctuation)
# a bracketed aside inside the object (向市政府（市政府办公厅）提交的…申请) holds no figure
# 共办理申请信息公开38件: the object may also end in 信息公开 after 申请 (applications for disclosure)
APP_OBJECT = rf"(?:{OBJ}|[（(][^，,。；;（）()\d]{{1,12}}[）)]){{0,40}}?(?:申请(?:政府)?信息公开|申请|依申请{OBJ}{{0,6}}?)"


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
SHARED_NUM = rf"(?<![\d.]){PRE}(?P<num>{NUMBER})(?P<post>余|多)?(?:{UNIT}|(?=[，,]占\d))"


def _a(key: str, share: bool = False) -> re.Pattern:
    # a key printed as a quoted label ('“予以公开”的12件', '“无法提供”21件'): the closing quote is no gap
    return re.compile(rf"(?P<key>{key})[”\"’]?{FILL}{SHARED_NUM if share else NUM}")


def _b(key: str, gap: int = 16) -> re.Pattern:
    return re.compile(rf"{NUM}(?:申请)?{OBJ}{{0,{gap}}}?(?P<key>{key})")


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


# ------------------------------------------------------------------------------------------ refiners

def _topic(prefix: str, topics: dict[str, str]) -> Optional[str]:
    best, at = None, -1
    for word, kind in topics.items():
        i = prefix.rfind(word)
        if i > at:
            best, at = kind, i
    return best


_LITIGATION_GROUP = re.compile(r"(复议后(?:提起)?起诉|经复议后?)|(未经复议|直接(?:提起)?起诉)")


def _litigation_group(prefix: str) -> Optional[str]:
    """Which 行政诉讼 group the words just before a figure name, if any (复议后起诉 / 直接起诉)."""
    tail = re.split(r"[。；;]", prefix)[-1]  # 未经复议直接起诉的行政诉讼4件，其中…尚未审结0件: the group named first
    m = None
    for m in _LITIGATION_GROUP.finditer(tail):
        pass
    if m is None:
        return None
    return "litigation_after_review" if m.group(1) else "litigation_direct"


def _litigation(claim, m, clause, prefix) -> None:
    group = _litigation_group(prefix + m.group(0))
    if group:
        claim.kind = group


def _outcome(name: str) -> Callable:
    def refine(claim, m, clause, prefix) -> None:
        topic = _topic(prefix, {"行政复议": "review", "复议": "review", "行政诉讼": "litigation", "诉讼": "litigation"})
        if topic is None:
            claim.why_not = "结果数字之前未点明复议或诉讼"
            return
        if topic == "litigation":
            topic = _litigation_group(prefix) or topic
        claim.kind = f"{topic}.{name}"
    return refine


def _still_open(claim, m, clause, prefix) -> None:
    _pending_case(claim, m, clause, prefix)
    if claim.kind == "outcome":
        claim.why_not = "未办结之前未点明复议或诉讼"


_CASE_TOPICS = {"行政复议": "review", "复议": "review", "行政诉讼": "litigation", "诉讼": "litigation", "申请": None}


def _pending_case(claim, m, clause, prefix) -> None:
    """`全年收到行政复议3条，其中…，1条正在办理中`: still open in a sentence about review or litigation cases is
    a case pending, not an application carried out (被申请行政复议: the case named last)."""
    sentence = re.split(r"[。；;]", prefix)[-1]
    topic = _topic(sentence, _CASE_TOPICS)
    if topic is not None:
        claim.kind = f"{topic}.pending"


def _column(col: str) -> Callable:
    """An applicant column (自然人159件、商业企业5件…): of the row whose figure it follows in the sentence
    (claims.attach_columns), else of the applications received when the words before it say so."""
    def refine(claim, m, clause, prefix) -> None:
        if not re.search(r"收到|受理|接到|接收|新收|申请", prefix):
            claim.why_not = "申请人类型数字，未说明所拆分的申请"
        claim.kind, claim.column = "received", col
        claim.extra["applicant"] = True
    return refine


_RESULT_WORDS = re.compile(r"予以公开|同意公开|部分公开|不予公开|无法提供|不予处理|不掌握|信息不存在|过程性|内部事务|重复申请")
# the applicant types of table 三's columns as prose names them: the template's header labels (其他 and 总计
# aside), 公民 for 自然人, and 法人或其他组织 for the organisations together
_LABEL = {c.key: c.label for c in template.APPLICANT_COLUMNS}
_ORGS = ("orgs", "法人(?:或|和|及|与|、)其他组织")
_APPLICANTS = (("natural_person", f"{_LABEL['natural_person']}|公民"), _ORGS,
               *((k, _LABEL[k]) for k in template.APPLICANTS if k not in ("natural_person", "other_org")))
_APPLICANT_WORDS = re.compile("|".join([*(_LABEL[k] for k in template.APPLICANTS if k != "other_org"), "法人"]))


def _listed_other(claim, m, clause, prefix) -> None:
    """`其他1件` closing a list: （六）其他处理 after result categories, the 其他 applicant column after
    applicant types; after neither it is not said what it counts."""
    tail = re.split(r"[。；;]", prefix)[-1]
    res = max((x.end() for x in _RESULT_WORDS.finditer(tail)), default=-1)
    who = max((x.end() for x in _APPLICANT_WORDS.finditer(tail)), default=-1)
    if who > res:
        _column("other_org")(claim, m, clause, prefix)
    elif res < 0:
        claim.why_not = "「其他」之前未列出结果或申请人类别"


# 新增 is left out on purpose: 新增规章18件(含新制定4件,修改14件) counts amendments too
_VERBS = (("repealed", r"废止|废除|宣布失效|失效"), ("in_force", r"现行有效|有效"),
          ("issued", r"制发|制定|出台|印发|新制作|制作"), ("released", r"发布"), ("published", r"新公开|公开"))
_NOT_TABLE_VERBS = r"清理|审查|审核|备案|解读|起草|修订|修改|征求|评估|合法性"


# table 二(一)'s column headers printed after the noun (规章对外公开总数量1件): the column is named outright.
# 对外公开总数量 (2019) is the stock, as 现行有效件数 (2021) is.
_COLUMN_HEADERS = {"本年新制作数量": "issued", "本年制发件数": "issued", "本年新公开数量": "published",
                   "本年废止件数": "repealed", "对外公开总数量": "in_force", "现行有效件数": "in_force"}
DOCUMENT_COLUMN = rf"(?:的)?(?P<col>{'|'.join(_COLUMN_HEADERS)})?"


def _documents(claim, m, clause, prefix) -> None:
    header = m.groupdict().get("col")
    if header:
        claim.extra["verb"] = _COLUMN_HEADERS[header]
        return
    before = clause[: clause.find(m.group("key"))] if m.group("key") in clause else clause
    if re.search(_NOT_TABLE_VERBS, before[-14:]):
        claim.why_not = "其他种类的文件数（清理/审查/备案/解读…）"
        return
    if re.match(r"[（(](?:其中)?(?:含|包括)", m.string[m.end():]):
        claim.why_not = "按表格没有的种类拆分的数（含…）"
        return
    hits = [(before.rfind(mm.group(0)), verb) for verb, pat in _VERBS for mm in re.finditer(pat, before[-14:])]
    claim.extra["verb"] = max(hits)[1] if hits else None


def _decisions(claim, m, clause, prefix) -> None:
    """许可/处罚/强制 counts: compared with 处理决定数量 only when a verb says they are decisions made
    (办理行政许可39405件); 公示…信息N条 or 事项 (kinds of matter) are other counts."""
    if "事项" in m.group("key") or m.string[m.end():m.end() + 2] == "清单":
        claim.why_not = "事项数，不是决定数"
        return
    before = clause[: clause.find(m.group("key"))] if m.group("key") in clause else clause
    claim.definite = bool(re.search(r"办理|作出|做出|受理|审批|办结|实施|查处|立案|决定", before[-10:] + m.group("key")))


def _vague(claim, m, clause, prefix) -> None:
    """`依申请公开信息459条` beside 主动公开信息N条 may count applications or pieces of information: it agrees
    when any reading agrees, and is not assessable otherwise."""
    claim.definite = False


_APPLICANT_IN_KEY = tuple((col, re.compile(words)) for col, words in _APPLICANTS)


def _handled(claim, m, clause, prefix) -> None:
    """办理/处理 N件申请 may count the applications received or those answered: both readings are tried.
    An applicant type in its words (收到自然人申请政府信息公开申请5条) makes it that column's."""
    claim.kind = "handled" if re.search(r"办理|处理", m.group("key")) and not re.search(r"收到|受理|接到|新收", m.group("key")) \
        else "received"
    # one type only: 受理自然人、法人或其他组织申请N件 names them all, the total
    cols = [c for c, words in _APPLICANT_IN_KEY if words.search(m.group("key"))]
    if len(cols) == 1:
        claim.column = cols[0]
        claim.extra["applicant"] = True


def _said_year(offset: int) -> Callable:
    """A carry-over named by its year: the year before the report's (carried in) or after it (carried out);
    claims compares it with the report's year."""
    def refine(claim, m, clause, prefix) -> None:
        claim.extra["said_year"] = (int(m.group("said_year")), offset)
    return refine


# ------------------------------------------------------------------------------------------ the specs

# the words of a carry-in (上年度结转 / 去年遗留)
CARRY_IN = r"(?:上一?年度?|去年)(?:结转|转结|遗留)"
_RECEIVED_VERB = r"(?:新收|新增|收到|受理|接到|接收|登记|办理|(?<![予他])处理)(?:了)?"  # 不予处理 / 其他处理 are results
SPECS: tuple[Spec, ...] = (
    Spec("received", _a(rf"{_RECEIVED_VERB}{APP_OBJECT}(?:件|数|数量)?"),
         re.compile(rf"(?P<key>{_RECEIVED_VERB}|共有|总共有)(?:共计|共|累计)?{NUM}{OBJ}{{0,10}}?申请"),
         app=True, needs=r"公开|依申请", refine=_handled),
    # the object first: 依申请信息公开办理有69件, 依申请公开共受理2件
    Spec("received", _a(rf"依申请(?:政府)?(?:信息)?公开(?:申请)?(?:工作)?(?:共计|共|累计)?{_RECEIVED_VERB}(?:有)?"),
         app=True, refine=_handled),
    # `依申请公开0件`, `依申请公开信息0条` in a list of the year's figures: applications received, or
    # answered, or the information granted on them — it agrees when any of these agrees (targets)
    Spec("on_request", _a(r"(?<![予以])依申请公开(?:政府)?(?:信息)?(?:申请)?(?:件|事项)?"), app=True, refine=_vague),
    # a count by channel (通过信函申请470件, 纸质申请36件): a subset (claims marks it), compared only as a sum
    Spec("received", _a(r"(?:通过)?(?:网络|网上|网页|网站|互联网|信函|来信|当面|现场|邮寄|传真|电子邮件|邮件|纸质|书面)"
                        r"(?:渠道|方式|形式)?(?:提交|提出|递交)?(?:的)?申请(?:件)?"), app=True),
    Spec("carried_over", _a(rf"(?:上年|上一年|去年)度?(?:结转|转结|遗留|转入|未办结){OBJ}{{0,12}}?(?:申请)?"), app=True),
    Spec("carried_forward",
         _a(rf"(?:结转(?:至|到)?下一?年度?|转(?:入|至|到)?下一?年度?|顺延(?:至|到)?下一?年度?)(?:{OBJ}{{0,10}}?|{APP_OBJECT})"),
         _b(r"正在办理|尚在办理|仍在办理|未办结|顺延|结转(?:至|到)?下一?年|转(?:入|至|到)?下一?年", 6), app=True,
         refine=_pending_case),
    # never 尚未办结0件 (still open: a case pending, not an answer)
    Spec("results", _a(r"(?<![未没])(?:已)?(?:办结|答复|回复|办理完毕|办理完成|完成办理|作出答复|予以答复|处理)(?:了)?"),
         _b(r"(?<![未没])(?:办结|答复|回复|办理完毕|办理完成)(?!率)", 14), app=True),
    # 共办结政府信息公开申请16件: the object between the verb and its number
    Spec("results", _a(rf"(?<![未没])(?:已)?(?:办结|答复|办理完毕|办理完成|完成办理){APP_OBJECT}"), app=True),
    # 其中1件为上年度结转: the carry-in printed number first
    Spec("carried_over", None, _b(rf"(?:为|是|系|属于?){CARRY_IN}", 0), app=True),
    # 结转上年度政府信息公开申请5件: the carry-in with the verb first
    Spec("carried_over", _a(rf"结转(?:自)?上一?年度?{OBJ}{{0,12}}?(?:申请)?"), app=True),
    # the years named (2021年结转…2件 in a 2022 report, 结转至2024年办理1件 in a 2023 one): claims checks the year
    Spec("carried_over", _a(rf"(?P<said_year>\d{{4}})年度?(?:结转|转结|遗留|未办结)(?!(?:至|到)?\d{{4}}年){OBJ}{{0,12}}?(?:申请)?"),
         app=True, refine=_said_year(-1)),
    # 结转2025年度继续办理政府信息公开申请16件: a long object still ends with 申请 (APP_OBJECT); number first:
    # 1件结转至2023年度办理, 余下3件转至2026年办理
    Spec("carried_forward", _a(rf"(?:结转|转入|顺延)(?:至|到)?(?P<said_year>\d{{4}})年度?(?:{OBJ}{{0,10}}?|{APP_OBJECT})"),
         _b(r"(?:(?:结转|顺延|转)(?:至|到)|转入)(?P<said_year>\d{4})年", 6), app=True, refine=_said_year(1)),
    # each result also printed number first (29件予以公开，1件为部分公开，2件涉及第三方合法权益不予以公开): form B, a
    # short gap; a reason's own words stand closer to the number than its group's, so the reason is read
    # never the tail of 部分予以公开 (a partial grant)
    Spec("granted", _a(r"(?<!部分)(?:予以公开|同意公开|准予公开|全部公开)(?:答复|的)?", share=True),
         _b(r"(?<!不)(?<!部分)(?:予以公开|同意公开|准予公开|全部公开)", 4), app=True),
    Spec("granted_partial", _a(r"(?:予以公开|同意公开|准予公开|全部公开)(?:及|和|与|、|或)部分公开(?:答复|的)?"), app=True),
    Spec("partially_granted", _a(r"部分(?:予以|同意)?公开(?:答复|的)?", share=True), _b(r"部分(?:予以|同意)?公开", 4), app=True),
    Spec("denied", _a(r"不予公开(?:答复|的)?", share=True), _b(r"不予以?公开", 12), app=True),
    Spec("unable", _a(r"无法提供(?:的|答复)?", share=True), _b(r"无法提供", 12), app=True),
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
    Spec("unable.unclear_after_correction", _a(r"补正后(?:申请)?内容仍不明确(?:的)?"), app=True),
    Spec("not_processed.complaint", _a(r"信访举报投诉类?(?:申请)?(?:的)?"), _b(r"信访举报投诉", 4), app=True),
    Spec("not_processed.duplicate", _a(r"重复申请(?:的)?"), app=True),
    Spec("not_processed.publication", _a(r"公开出版物(?:的)?"), app=True),
    Spec("not_processed.excessive", _a(r"大量反复申请(?:的)?"), app=True),
    Spec("not_processed.confirmation", _a(r"确认或重新出具(?:已获取信息)?(?:的)?"), app=True),
    Spec("other.overdue_correction", _a(r"逾期不补正(?:的)?"), app=True),
    # 5件申请人主动撤销申请: withdrawn, an outcome no row of the table names (其他 or left out): read for the
    # prose's own balance, never compared with a cell (targets)
    # (and key first: 申请人主动撤销2件)
    Spec("other.withdrawn", _a(r"申请人(?:主动|自行|自愿)?(?:撤销|撤回)(?:了|其)?(?:申请)?"),
         _b(r"(?:申请人)?(?:主动|自行|自愿)?(?:撤销|撤回)(?:了|其)?申请", 0), app=True),
    # 不属于政府信息1件: an answer the Regulations' table has no row for (其他处理 in some tables): read for the
    # prose's own balance only, never compared with a cell (targets)
    Spec("other.not_information", _a(r"(?<!不)不属于政府信息(?:公开(?:范围|范畴))?(?:的)?"), app=True),
    Spec("other.overdue_fee", _a(r"逾期未(?:按)?(?:照)?(?:收费通知要求)?缴纳费用(?:的)?"), app=True),
    *(Spec("column", _a(rf"(?:{words})(?:提出)?(?:的)?(?:申请)?"), app=True, refine=_column(col))
      for col, words in _APPLICANTS),
    # `其他1件` at the end of a list (after 、，；): the list says whether it is a result or an applicant type
    Spec("other", _a(r"(?<=[，,、；;：:])其他(?:情形|情况|原因)?(?:的)?"), app=True, refine=_listed_other),
    # 复议 / 诉讼 without 行政 (被申请复议1件); 复议后起诉 and 复议机关 are not review cases
    Spec("review", _a(r"(?:行政)?复议(?!后|机关)(?:案件|申请|案)?"), _b(r"行政复议")),
    Spec("litigation", _a(r"(?:行政)?诉讼(?:案件|案)?"), _b(r"行政诉讼"), refine=_litigation),
    # 维持结果1件 (the table's 结果维持 said the other way round)
    Spec("outcome", _a(r"(?:结果)?维持(?:原)?(?:决定|结果|的)?"), refine=_outcome("upheld")),
    Spec("outcome", _a(r"(?:结果)?纠正(?:的)?|(?:被)?纠错(?:的)?|败诉(?:的)?"), refine=_outcome("corrected")),
    Spec("outcome", _a(r"胜诉(?:的)?"), refine=_outcome("upheld")),
    Spec("outcome", _a(r"其他结果(?:的)?"), refine=_outcome("other")),
    Spec("outcome", _a(r"(?:尚)?未审结(?:的)?"), _b(r"(?:尚在|正在|仍在)(?:复议机关|法院|人民法院)?审理|(?:尚)?未审结", 4),
         refine=_outcome("pending")),
    # 行政复议1件,维持结果1件,尚未办结0件: still open in a sentence about cases (about applications it is no claim)
    Spec("outcome", _a(r"(?:尚)?未办结(?:的)?"), refine=_still_open),
    # 其中2撤销行政复议完结办理: a bare figure right after 其中 whose case the applicant withdrew (其他结果)
    Spec("outcome", None, re.compile(r"(?<=其中)(?P<pre>)(?P<num>\d+)(?P<post>)(?:件|条|起)?(?P<key>撤销|撤回)(?=(?:行政)?(?:复议|诉讼|起诉))"),
         refine=_outcome("other")),
    # 1件被复议机关撤销答复书中部分答复内容: the answer set aside (a withdrawal, 撤销行政复议申请, is another outcome)
    Spec("outcome", None, _b(r"被(?:复议机关|法院|人民法院)?(?:依法)?撤销", 2), refine=_outcome("corrected")),
    Spec("licensing", _a(r"行政许可(?:决定|事项|信息|案件|办件)?"), refine=_decisions),
    Spec("punishment", _a(r"行政处罚(?:决定|事项|案件|信息)?"), refine=_decisions),
    Spec("coercion", _a(r"行政强制(?:措施|决定|事项|案件|信息)?"), refine=_decisions),
    Spec("regulations", _a(rf"规章{DOCUMENT_COLUMN}"), refine=_documents),
    # form B only right after its number ("出台四项规范性文件"): a longer gap reaches other objects
    Spec("normative_documents", _a(rf"(?:行政)?规范性文件{DOCUMENT_COLUMN}"), _b(r"(?:行政)?规范性文件", 0), refine=_documents),
    # 通过门户网站公开政府信息31条: the year's published count of a subject through a channel (never 予以公开,
    # 依申请公开 or the noun 信息公开 / 政务公开)
    Spec("disclosed", _a(rf"(?<!申请)(?<!予以)(?<!不予)(?<!部分)(?<!信息)(?<!政务){disclosed.VERB}(?!会)"
                         rf"(?:(?!{disclosed.NOT_SUBJECT}){OBJ}){{0,12}}?"), refine=disclosed.refine),
)

# Statements of none: "未收到…申请" (received 0), "所有申请均已办理完成" (nothing carried forward).
ZERO = (
    # "未发生因依申请公开被复议纠错" is about review cases, not about receiving no application
    ("received", re.compile(r"(?:未|没有|无)(?:收到|接到|受理|发生(?!因))[^，,。；;\d]{0,24}?申请(?!公开被|公开引发)")),
    ("carried_forward", re.compile(r"(?:所有|全部)[^，,。；;\d]{0,10}?申请[^，,。；;\d]{0,8}?(?:均|都|全部)?(?:已)?"
                                   r"(?:按要求|依法|按时|按期)?(?:办理完成|办结|完成办理|办理完毕|答复完毕)"
                                   r"|申请[^，,。；;\d]{0,6}?已?全部(?:办结|办理完毕|答复完毕)|(?:无|没有)(?:下年度)?结转")),
    # `收到申请5件，均在规定时限内完成答复`: every application received this year answered (claims marks it
    # all_answered: it says nothing of a carry-in, so it is compared only where none was carried in)
    # (`收到申请41件，其中1件为上年度结转，均…回复`: the carry-in named inside, claims reads a plain 0 carried out)
    ("carried_forward", re.compile(r"申请[^，,。；;\d]{0,12}?\d+件[，,]"
                                   rf"(?:其中(?:\d+件)?(?:为|是|系|属于?)?{CARRY_IN}(?:申请)?(?:\d+件)?[，,])?"
                                   r"(?:且|并)?(?:均|都|全部)(?:已|已经)?[^，,。；;\d]{0,14}?"
                                   r"(?:答复|办结|回复|办理完毕|办理完成)(?!率)")),
    # `未在网站、微信公众号等公开发布政府信息`: nothing published this year (claims keeps it only where it names no
    # channel or takes in the site); never `未公开的信息` (an adjective) nor `未公开信息N条` (a figure)
    ("disclosed_none", re.compile(r"(?:未|没有)(?:在(?P<where>[^，,。；;\d]{1,20}?))?(?:主动)?(?:公开发布|发布|公开)(?:任何)?"
                             r"(?:政府|政务)?信息(?=[，,。；;]|$)")),
    ("received", re.compile(r"(?:无|没有)依申请公开|(?:申请|依申请公开)(?:数|数量|件数|总数)?(?:为|是)零")),
    ("carried_over", re.compile(r"(?:无|没有)上一?年度?(?:结转|转结|遗留)|上一?年度?(?:无|没有)(?:结转|转结)")),
    # `2021年未转结政府信息公开申请` in a 2022 report (claims checks the year is the one before)
    ("carried_over", re.compile(r"(?P<year>\d{4})年度?(?:无|没有|未)(?:结转|转结)[^，,。；;\d]{0,12}?申请")),
    # `该行政复议件未被复议审查机关纠错`, `未发生被复议纠错或诉讼败诉的情况`: nothing corrected
    ("review.corrected", re.compile(r"(?:行政)?复议(?!后)[^，,。；;\d]{0,12}?(?:未|没有)被?[^，,。；;\d]{0,10}?(?:纠错|纠正|撤销)"
                                    r"|(?:未|没有|无)(?:发生|出现)?[^，,。；;\d]{0,20}?被(?:行政)?复议(?:机关)?(?:纠错|纠正|撤销)")),
    ("litigation.corrected", re.compile(r"(?:未|没有|无)(?:发生|出现)?[^，,。；;\d]{0,24}?(?:行政)?诉讼(?:中)?败诉")),
    # "复议案件均获维持": no case was corrected, ended otherwise, or is still pending
    ("review.not_upheld", re.compile(r"(?:行政)?复议(?!后)[^，,。；;\d]{0,16}?(?:均|全部|都)(?:已)?(?:获|被|予以|得到)?维持")),
    ("litigation.not_upheld", re.compile(r"(?:行政)?(?:诉讼|起诉)[^，,。；;\d]{0,12}?(?:均|全部|都)(?:已)?(?:获|被|予以|得到)?维持")),
)
