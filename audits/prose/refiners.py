"""What a figure the prose states counts, beyond the phrase that matched it (patterns.SPECS): each spec's
`refine(claim, m, clause, prefix)` reads the words around the figure — whose case an outcome is, which
applicant column, which verb a document count has, which year a carry-over names — or says why the figure is
no claim (`claim.why_not`)."""
from __future__ import annotations

import re
from typing import Callable, Optional

from extractor import template

# what came in (受理, 收到…), never a count of published items (patterns.py, lists.py). 不予处理 / 其他处理 are
# results; a bare 收 only right before the applications it receives (全年收政府信息公开申请464件), never 收费 / 收集 /
# 征收…申请; nor 办理完结/办理完毕/办理完成 (answered: patterns.ANSWERED_VERB)
RECEIVED_VERB = (r"(?:新收|新增|收到|受理|接到|接收|登记|办理(?!完结|完毕|完成)|(?<![予他])处理"
                 r"|(?<![接签验回征没税])收(?=(?:政府)?信息公开申请|申请))(?:了)?")


# the words of a case of section 四, by group: 复议 a review, 诉讼 or 起诉 a suit (cases.py reads them too)
REVIEW_WORDS, SUIT_WORDS = "复议", "诉讼|起诉"
CASE_WORDS = f"{REVIEW_WORDS}|{SUIT_WORDS}"
# which group a case word names, for the last one said before a figure (_topic)
_CASE_GROUPS = {"行政复议": "review", "复议": "review", "行政诉讼": "litigation", "诉讼": "litigation"}


def _topic(prefix: str, topics: dict[str, str]) -> Optional[str]:
    best, at = None, -1
    for word, kind in topics.items():
        i = prefix.rfind(word)
        if i > at:
            best, at = kind, i
    return best


_LITIGATION_GROUP = re.compile(r"(复议后(?:提起)?起诉|经复议后?)|(未经(?:行政)?复议|直接(?:提起)?起诉)")


def _litigation_group(prefix: str) -> Optional[str]:
    """Which 行政诉讼 group the words just before a figure name, if any (复议后起诉 / 直接起诉)."""
    tail = re.split(r"[。；;]", prefix)[-1]  # 未经复议直接起诉的行政诉讼4件，其中…尚未审结0件: the group named first
    m = None
    for m in _LITIGATION_GROUP.finditer(tail):
        pass
    if m is None:
        return None
    return "litigation_after_review" if m.group(1) else "litigation_direct"


def litigation(claim, m, clause, prefix) -> None:
    group = _litigation_group(prefix + m.group(0))
    if group:
        claim.kind = group


# a count of cases of either group, keyword first (被行政复议5宗, 行政诉讼0宗)
_CASE_COUNT = re.compile(rf"(?P<group>{CASE_WORDS})[^，,、。；;\d]{{0,6}}?(?P<num>\d+)[件宗起例]次?")
_JOINED = re.compile(r"[、和及与，,][^，,、。；;\d]{0,6}$")


def _joint_cases(tail: str) -> str | None:
    """Whose the outcomes are after two case counts of both groups side by side (被行政复议5宗、行政诉讼0宗,其中2宗维持原答复,
    1宗结果纠正,…; 被行政复议2宗、行政诉讼1宗,其中2宗维持原答复,1宗尚未审结): the group whose count is not 0 when the
    other's is, "both" when neither is (their outcomes told together, of neither alone), None when the last case count
    before them stands alone (the group named last is then theirs)."""
    counts = list(_CASE_COUNT.finditer(tail))
    if len(counts) < 2:
        return None
    a, b = counts[-2], counts[-1]
    if ("复议" in a.group("group")) == ("复议" in b.group("group")) or not _JOINED.search(tail, a.end(), b.start()) \
            or re.search(CASE_WORDS, tail[b.end():]):
        return None
    zero = [int(c.group("num")) == 0 for c in (a, b)]
    if zero == [False, False]:
        return "both"
    live = a if zero[1] else b
    return "review" if "复议" in live.group("group") else "litigation"


# (起诉 too: 行政诉讼案件1件,为复议后起诉,其他结果1件 — the 复议 there names how the suit came, not a review case)
_OUTCOME_TOPICS = {**_CASE_GROUPS, "起诉": "litigation"}


def outcome(name: str) -> Callable:
    def refine(claim, m, clause, prefix) -> None:
        topic = _topic(prefix, _OUTCOME_TOPICS)
        if topic is None:
            claim.why_not = "结果数字之前未点明复议或诉讼"
            return
        joint = _joint_cases(re.split(r"[。；;]", prefix)[-1])
        if joint == "both":
            claim.why_not = "复议与诉讼合并交代的结果，不知各属哪一类"
            return
        if joint is not None:
            claim.kind = f"{joint}.{name}"
            return
        if topic == "litigation":
            topic = _litigation_group(prefix) or topic
        claim.kind = f"{topic}.{name}"
    return refine


# answered on time, or late (按时办结54件, 54件按时办结, 超期答复1件): one part of what was answered (balance.py)
_QUALIFIED = re.compile(r"(?:按时|按期|如期|超期|逾期|延期)$")
# answered within a time (3个工作日内答复23宗, 4-10个工作日内答复20宗, 当日答复…): a part of what was answered too, split
# by how long the answers took — the parts of one split, never rival figures of one quantity (claims.py)
_WITHIN = re.compile(r"(?:\d+(?:[-—~至]\d+)?个?(?:工作日|自然日|日|天)(?:内|以内|之内)|当日|当天|当场|即时)$")


# answered late or given more time (超期答复1件, 1条为延期答复): the late part, never what was answered said again
_LATE = re.compile(r"(?:超期|逾期|延期)$")


def qualified(claim, m, clause, prefix) -> None:
    if _QUALIFIED.search(m.string, 0, m.start("key")):
        claim.extra["qualified"] = True
        if _LATE.search(m.string, 0, m.start("key")):
            claim.extra["late"] = True
    elif _WITHIN.search(m.string, 0, m.start("key")):
        claim.extra["qualified"] = claim.extra["within"] = True


def still_open(claim, m, clause, prefix) -> None:
    pending_case(claim, m, clause, prefix)
    if claim.kind == "outcome":
        claim.why_not = "未办结之前未点明复议或诉讼"


_CASE_TOPICS = {**_CASE_GROUPS, "申请": None}


def pending_case(claim, m, clause, prefix) -> None:
    """`全年收到行政复议3条，其中…，1条正在办理中`: still open in a sentence about review or litigation cases is
    a case pending, not an application carried out (被申请行政复议: the case named last)."""
    sentence = re.split(r"[。；;]", prefix)[-1]
    topic = _topic(sentence, _CASE_TOPICS)
    if topic is not None:
        claim.kind = f"{topic}.pending"


def column(col: str) -> Callable:
    """An applicant column (自然人159件、商业企业5件…): of the row whose figure it follows in the sentence
    (claim_links._attach_columns), else of the applications received when the words before it say so."""
    def refine(claim, m, clause, prefix) -> None:
        if not re.search(rf"{RECEIVED_VERB}|申请", prefix):
            claim.why_not = "申请人类型数字，未说明所拆分的申请"
        claim.kind, claim.column = "received", col
        claim.extra["applicant"] = True
    return refine


# the template's 申请人无正当理由逾期不补正 (三 (六) 1.) as prose prints it: 逾期不补正, 逾期未补正
OVERDUE_CORRECTION = r"逾期(?:不|未)补正"
# the result categories of table 三 as prose names them (cases.py reads them too), 其他处理 and its reasons among them
RESULT_WORDS = re.compile(r"予以公开|同意公开|部分公开|不予公开|无法提供|不予处理|不掌握|信息不存在|过程性|内部事务|重复申请|"
                          rf"其他处理|{OVERDUE_CORRECTION}")
# the applicant types of table 三's columns as prose names them: the template's header labels (其他 and 总计
# aside), 公民 for 自然人, 商业机构 for 商业企业, and 法人或其他组织 for the organisations together
_LABEL = {c.key: c.label for c in template.APPLICANT_COLUMNS}
# (法人或者其他组织: the Regulations' own words; 法人 alone, where the sentence names no 其他组织 after it:
# 其中自然人申请42件、法人申请2件)
_ORGS = ("orgs", "法人(?:(?:或者|或|和|及|与|、)其他组织|(?![^。]*其他组织))")
_ALSO = {"natural_person": "|公民", "commercial": "|商业机构"}
APPLICANTS = (("natural_person", f"{_LABEL['natural_person']}{_ALSO['natural_person']}"), _ORGS,
               *((k, _LABEL[k] + _ALSO.get(k, "")) for k in template.APPLICANTS if k not in ("natural_person", "other_org")))
_APPLICANT_WORDS = re.compile("|".join([*(_LABEL[k] for k in template.APPLICANTS if k != "other_org"), "法人"]))


def listed_other(claim, m, clause, prefix) -> None:
    """`其他1件` closing a list: （六）其他处理 after result categories, the 其他 applicant column after
    applicant types; after neither it is not said what it counts."""
    tail = re.split(r"[。；;]", prefix)[-1]
    res = max((x.end() for x in RESULT_WORDS.finditer(tail)), default=-1)
    who = max((x.end() for x in _APPLICANT_WORDS.finditer(tail)), default=-1)
    if who > res:
        column("other_org")(claim, m, clause, prefix)
    elif res < 0:
        claim.why_not = "「其他」之前未列出结果或申请人类别"


# 新增 is left out on purpose: 新增规章18件(含新制定4件,修改14件) counts amendments too
_VERBS = (("repealed", r"废止|废除|宣布失效|失效"), ("in_force", r"现行有效|有效"),
          ("issued", r"制发|制定|出台|印发|新制作|制作"), ("released", r"发布"), ("published", r"新公开|公开"))
_NOT_TABLE_VERBS = r"清理|审查|审核|备案|解读|起草|修订|修改|征求|评估|合法性"


# table 二(一)'s column headers printed after the noun (规章对外公开总数量1件): the column is named outright, read
# from the template's 第二十条第（一）项 blocks as the verb that names it (_VERBS): each column's key, but 2019's
# 本年新制作数量 (made) is what was issued, and its 对外公开总数量 (total) the stock, as 现行有效件数 (2021) is.
# (and the prose's own 发布数量/废止数量/现行有效数量: 本年度行政规范性文件发布数量0条、废止数量0条及现行有效数量0条)
_VERB_OF_COLUMN = {"made": "issued", "total": "in_force"}
_COLUMN_HEADERS = {c.label: _VERB_OF_COLUMN.get(c.key, c.key)
                   for layout in template.ACTIVE_DISCLOSURE.layouts.values() for c in layout.block("item1").columns} \
    | {"发布数量": "issued", "废止数量": "repealed", "现行有效数量": "in_force"}
# (the year's headers said without 本年 in prose: '行政规范性文件制发件数0件,废止件数0件')
_COLUMN_HEADERS |= {label.removeprefix("本年"): verb for label, verb in _COLUMN_HEADERS.items() if label.startswith("本年")}
DOCUMENT_COLUMN = rf"(?:的)?(?P<col>{'|'.join(_COLUMN_HEADERS)})?"


def documents(claim, m, clause, prefix) -> None:
    header = m.groupdict().get("col")
    if header:
        claim.extra["verb"] = _COLUMN_HEADERS[header]
        return
    before = clause[: clause.find(m.group("key"))] if m.group("key") in clause else clause
    if re.search(rf"(?:{_NOT_TABLE_VERBS})(?!后)", before[-14:]):  # (全面清理后列入继续有效目录的…: done, the stock left)
        claim.why_not = "其他种类的文件数（清理/审查/备案/解读…）"
        return
    if re.match(r"[（(](?:其中)?(?:含|包括)", m.string[m.end():]):
        claim.why_not = "按表格没有的种类拆分的数（含…）"
        return
    claim.extra["verb"] = verb_of(before[-14:])


def verb_of(words: str) -> str | None:
    """The table 二(一) column the last verb in `words` names (废止 → repealed, 现行有效 → in_force…), or None."""
    last = last_verb(words)
    return last[1] if last else None


# a publishing verb joined to a making verb before it (制定并主动公开行政规范性文件41件, 印发并公开): the documents were
# made this year, and published too — the making names the column, not the publishing after 并
_MADE_AND = re.compile(rf"(?:{dict(_VERBS)['issued']})并(?:主动|对外)?$")


def last_verb(words: str) -> tuple[int, str] | None:
    """Where the last verb of a table 二(一) column stands in `words`, and the column it names."""
    hits = [(mm.start(), verb) for verb, pat in _VERBS for mm in re.finditer(pat, words)
            if verb not in ("published", "released") or not _MADE_AND.search(words, 0, mm.start())]
    return max(hits) if hits else None


# the verbs that make a 许可/处罚/强制 count one of decisions made (处理 too, the column's own: '行政许可:共处理600件')
DECIDED = r"办理|作出|做出|受理|审批|办结|实施|查处|立案|决定|处理"


def decisions(claim, m, clause, prefix) -> None:
    """许可/处罚/强制 counts: compared with 处理决定数量 only when a verb says they are decisions made
    (办理行政许可39405件); 公示…信息N条 or 事项 (kinds of matter) are other counts."""
    if "事项" in m.group("key") or m.string[m.end():m.end() + 2] == "清单":
        claim.why_not = "事项数，不是决定数"
        return
    # the words before this key where it stands, not before its first mention ('行政许可窗口共实施行政许可15件': 实施);
    # the clause ends at the match's end, as claims._sentence_claims cuts it (its only caller for these kinds: shared
    # figures never read table 二's), else the first mention's words are read as before
    end = max(m.end(), m.end("key"))
    at = m.start("key") - (end - len(clause)) if m.string[end - len(clause):end] == clause else -1
    before = clause[:at] if at >= 0 else clause[: clause.find(m.group("key"))] if m.group("key") in clause else clause
    claim.definite = bool(re.search(DECIDED, before[-10:] + m.group("key")))


def vague(claim, m, clause, prefix) -> None:
    """`依申请公开信息459条` beside 主动公开信息N条 may count applications or pieces of information: it agrees
    when any reading agrees, and is not assessable otherwise. Named by the applications' own noun with no verb
    (2023年全年依申请公开政府信息申请4件) it is the year's applications: what came in."""
    if re.search(r"申请件?$", m.group("key")):
        claim.kind = "received"
        return
    claim.definite = False


_APPLICANT_IN_KEY = tuple((col, re.compile(words)) for col, words in APPLICANTS)


def handled(claim, m, clause, prefix) -> None:
    """办理/处理 N件申请 may count the applications received or those answered: both readings are tried.
    An applicant type in its words (收到自然人申请政府信息公开申请5条) makes it that column's."""
    claim.kind = "handled" if re.search(r"办理|处理", m.group("key")) and not re.search(r"收到|受理|接到|新收", m.group("key")) \
        else "received"
    # one type only: 受理自然人、法人或其他组织申请N件 names them all, the total
    cols = [c for c, words in _APPLICANT_IN_KEY if words.search(m.group("key"))]
    if len(cols) == 1:
        claim.column = cols[0]
        claim.extra["applicant"] = True


def said_year(offset: int) -> Callable:
    """A carry-over named by its year: the year before the report's (carried in) or after it (carried out);
    claims compares it with the report's year."""
    def refine(claim, m, clause, prefix) -> None:
        claim.extra["said_year"] = (int(m.group("said_year")), offset)
    return refine
