"""Figures the prose states about the tables, each read with the clause it stands in.

A claim is (kind, value) with its span, plus everything that decides whether it may be compared with the
tables: its scope (全区 in a 区人民政府's report is the report's own scope; 全州 in a 州 bureau's report is
not), whether it is a subset (通过网页渠道收到…, 其中…), approximate (余, 约), or one of several figures for
the same quantity in one sentence. Every pattern is tried on every sentence and each number goes to the
keyword that stands closest to it — no pattern wins by being tried first. What a sentence's claims then make of
each other (a carry-in inside the figure before it, parts and rivals) is claim_links.py's.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractor import template
from extractor.chrome import BULLETS
from extractor.numerals import to_number

from ..organ import LEVEL_SUBJECT, scope_words
from .anchors import AnyOf, Prefilter
from .claim_links import link_claims
from .claim_scope import EXCEPT, SUBSET, none_beside, none_of_all, other_year
from .app_objects import NOT_APP, other_object_before, service_cases
from .disclosed import through_every_outlet
from .item_domain import item_domain
from .elided import elided_claims
from .figure_starts import figure_starts, matched_from
from .list_words import MARKER
from .marks import mark_parts
from .patterns import (CARRY_IN, CHANNEL_WORDS, NUM_FIRST, NUM_LEAD, PRE_REACH, RECEIVED_WORDS, SHARED_NUM, SHARED_NUM_END,
                       SPECS, ZERO, Scouted, Spec)
from .periods import PERIOD_WORDS, SINCE_WORDS, STOCK_WORDS
from .shared import EACH, clause_start, shared_figures
from .text import Para


@dataclass
class Claim:
    kind: str  # see patterns.SPECS (received, granted, review.upheld, licensing, normative_documents.issued, …)
    value: int | float
    span: tuple[int, int]  # keyword to unit, in the normalised text
    text: str  # as printed (compact)
    sentence: str
    column: str = "total"  # total | natural_person | orgs
    approx: str | None = None  # 余 / 多 / 约 / 近 / 超过 …
    includes_carry: bool = False  # 收到N件（含上年结转M件）
    definite: bool = True  # False: the figure may mean several cells (规范性文件5件): a mismatch is not assessable
    why_not: str | None = None  # set: not assessable, and why
    channel: bool = False  # a subset by channel (通过网页渠道收到…)
    zero_phrase: bool = False  # from a statement of none (未收到申请)
    extra: dict = field(default_factory=dict)


# 通过门户网站、邮寄等途径办理…12件: channels named as examples of all of them, not a subset
_EVERY_CHANNEL = re.compile(r"等(?:途径|渠道|方式|形式)|(?:各种|多种|各类|所有)(?:途径|渠道|方式|形式)")
_PERIOD = re.compile(PERIOD_WORDS)
# 累计 after the year is named (全年累计办理…, 2023年累计…) counts that year, for applications and cases
_PERIOD_IN_YEAR = re.compile(SINCE_WORDS)
_YEAR_WORD = re.compile(r"本年|全年|年度|今年|\d{4}年")
_STOCK = re.compile(STOCK_WORDS)
_DOCUMENT_KINDS = ("regulations", "normative_documents")
# outcomes that make a sentence's 不予公开 an answer, not the information's disclosure attribute
# (the template's result groups but 不予公开 itself, with the prose's all-answered and granted-in-part counts)
_OUTCOMES_BESIDE = frozenset(g for g in template.RESULT_GROUPS if g != "denied") | {"results", "granted_partial"}
_APP_CONTEXT = re.compile(r"申请")
_ON_REQUEST_COUNT = re.compile(r"依申请公开(?:的)?(?:政府)?(?:信息)?(?:数量?)?(?:为|共)?\d+(?:条|件)")  # (a count, not a share)
_BULLET = re.compile(r"[ \t\u3000]*[" + BULLETS + "]")  # a point of a bulleted list
# who says it published nothing: the clause opens with it, or the organ or the year stands right before 未
_SAYS_NONE_OF = re.compile(r"^$|(?:[镇乡局办委府位区县市处所站心院]|街道|年度?|全年|本年度?)$")
_ALL_OF = re.compile(r"申请[^，,]*\d+件[，,]")  # 申请N件，均已答复: the applications of this year, all answered
# 收到申请6件，上年结转1件，全年实际处理申请共计7件，均…办结: 均 after the figure dealt with, said after the carry-in,
# takes in the carried in too — a plain 0 carried out
# (nor what follows 已通过: where the information asked for already stood, '已通过网站对外公开1件')
_TOLD = re.compile(r"告知.*|已(?:经)?通过[^，,。；;\d]*?公开.*")
_ON_DESK = re.compile(r"(?:处理|办理)[^，,。；;\d]{0,12}?\d+件[，,]")


# a count of 复议/诉讼 cases that opens a run of figures naming no subject of their own (收到行政复议66件,结果维持33件,…)
_CASES = re.compile(r"(?:复议|诉讼)[^，,；;：:。]{0,8}?\d+件")
_SUBJECT = re.compile(r"申请|复议|诉讼|信息公开")


# what a paragraph says before a bare 收到N件申请 that makes its 申请 the disclosure applications (二是规范依申请公开
# 办理。…全年共收到90件申请)
_DISCLOSURE_APPLICATIONS = re.compile(r"依申请|信息公开申请|申请公开")
_BARE_RECEIVED = re.compile(rf"^(?:\d{{4}}年度?|全年|本年度?|今年)?(?:共计|共|累计)?(?:{RECEIVED_WORDS})(?:了)?(?:共计|共|累计)?(?:\d+件)?(?:申请)?(?:共计|共|累计)?(?:\d+件)?$")


def _bare_application(spec, m: re.Match, before: str) -> bool:
    """Whether a received count names its object bare (收到90件申请, 收到申请90件, 收到90件: a verb, the figure and 申请
    or nothing, nothing else) in a paragraph whose sentences before it speak of disclosure on application: those applications."""
    return spec.kind == "received" and _BARE_RECEIVED.match(m.group()) is not None \
        and _DISCLOSURE_APPLICATIONS.search(before) is not None


def _full_start(para: Para, a: int) -> int:
    """Where the whole sentence (to the last 。, across ；) of the piece starting at `a` starts."""
    return next((fa for fa, fb in para.full_sentences() if fa <= a < fb), a)


def _of_cases(s: str, at: int) -> bool:
    """Whether the clause starting at `at`, which names no subject (申请, 复议, 诉讼), continues a run of figures
    that a count of 复议 or 诉讼 cases opens in the same sentence: its figure is about those cases."""
    if _SUBJECT.search(s[at:_clause_end(s, at)]):
        return False
    end = at - 1  # the separator before the clause
    while end > 0:
        start = clause_start(s, end)
        before = s[start:end]
        if _CASES.search(before):
            return True
        if _SUBJECT.search(before) or not re.search(r"\d", before):
            return False
        end = start - 1
    return False


# a clause before the figure's that names what the work was about (围绕全省文化和旅游领域重点工作,通过官网发布信息3374条;
# 针对全县的规范性文件…,发布解读信息14条): its scope word is the topic's, not the figure's
_TOPIC = re.compile(r"(?:围绕|聚焦|紧扣|立足|结合|面向|服务|针对|对标)[^，,。；;：:]*[，,]")


_DEPARTMENTS, _SUB_AREAS = {"各部门", "各单位"}, {"各乡镇", "各镇", "各街道"}


def _scope_problem(ctx, prefix: str) -> str | None:
    level = LEVEL_SUBJECT.match(re.split(r"[；;。]", prefix)[-1])
    if level:
        return f"一个层级的数字（「{level.group('level')}」：政府与部门分列）"
    words = scope_words(_TOPIC.sub("", prefix))
    if not words:
        return None
    own = ctx.organ.territory_words()
    foreign = [w for w in words if w not in own]
    # (a government naming both kinds of its area's bodies, its departments and its townships — 区直各部门、各乡镇、县直各单位
    # …1913条 — gives its own whole; one kind alone (各乡镇、各街道) is a part, and 各级 takes in governments of their own)
    if ctx.organ.kind == "government" and set(foreign) & _DEPARTMENTS and set(foreign) & _SUB_AREAS \
            and set(foreign) <= _DEPARTMENTS | _SUB_AREAS:
        return None
    if foreign and not (ctx.organ.name is None and all(w.startswith(("我", "本")) for w in foreign)):
        who = ctx.organ.name or "本报告机关（未写明名称）"
        return f"范围「{foreign[0]}」与{who}不一致"
    return None


# every spec's pattern holds a number (NUM, or SHARED_NUM for result counts): a sentence where none matches has no candidate (one scan, not ~60)
_ANY_NUM = Scouted(SHARED_NUM, SHARED_NUM_END, NUM_LEAD, PRE_REACH)


# every spec's patterns in the order they are tried (the order _pick keeps among equals); a pattern is
# scanned only in a sentence holding the words it requires (anchors: derived from the pattern itself)
_TRIED = tuple((spec, form, pat) for spec in SPECS for form, pat in (("A", spec.before), ("B", spec.after))
               if pat is not None)
_MAY_MATCH = Prefilter([pat for _, _, pat in _TRIED])
# which of them open with a figure (patterns.NUM_FIRST), by index: a compiled pattern's hash digests its whole compiled
# code (~8,000 instructions a look-up), ~70 look-ups a whole report
_FIGURE_FIRST = tuple(pat in NUM_FIRST for _, _, pat in _TRIED)
_MAY_SAY_NONE = Prefilter([pat for _, pat in ZERO], rare=True)  # ~3 sentences in 4 hold none of their words
# patterns allowed to have no word every match holds (tried in every sentence); tests hold the rest to it
ALWAYS_TRIED: frozenset[str] = frozenset()


# a sentence yields a claim only through a figure (_ANY_NUM), one figure for a list (shared.EACH) or a statement of
# none (ZERO's words): where one scan finds none of the three (~2 sentences in 3), it is not read at all
_MAY_HOLD = AnyOf(_ANY_NUM.scout, EACH.scout, _MAY_SAY_NONE.any_word)


def _candidates(s: str) -> list[tuple[Spec, re.Match, str]]:
    out = []
    if _ANY_NUM.search(s) is None:
        return out
    starts = None
    for i in _MAY_MATCH.candidates(s):
        spec, form, pat = _TRIED[i]
        if _FIGURE_FIRST[i]:  # form B: tried only where a figure starts (a table run into one line holds hundreds
            # of numerals, each a start the scan would try every such pattern at)
            if starts is None:
                starts = figure_starts(s)
            matches = matched_from(pat, s, starts)
        else:
            matches = pat.finditer(s)
        for m in matches:
            out.append((spec, m, form))
    return out


def _pick(cands: list[tuple[Spec, re.Match, str]]) -> dict[tuple[int, int], list[tuple[Spec, re.Match, str]]]:
    """Each number to its closest keyword: form A (keyword before) by the gap after the keyword, then the
    longer keyword; form B (keyword after) only when no keyword stands before the number. Ties between
    different kinds are kept, so the claim can say "ambiguous" instead of guessing."""
    by_num: dict[tuple[int, int], list] = {}
    for c in cands:
        by_num.setdefault(c[1].span("num"), []).append(c)
    out = {}
    for num, cs in by_num.items():
        a = [c for c in cs if c[2] == "A"]
        pool = a or cs

        def score(c):
            m = c[1]
            gap = m.start("num") - m.end("key") if c[2] == "A" else m.start("key") - m.end("num")
            return gap, -(m.end("key") - m.start("key"))

        best = min(score(c) for c in pool)
        out[num] = [c for c in pool if score(c) == best]
    return out


def extract_claims(ctx) -> list[Claim]:
    claims: list[Claim] = []
    apps = [(sec.start, sec.end) for sec in ctx.report.sections if sec.key == "applications"]
    app_para = False
    for n, para in enumerate(ctx.prose):
        # a paragraph speaks of applications when it says 申请, or stands in section 三 (收到和处理…申请情况), or is a
        # bullet point under one that does ('(二)依申请公开情况' / '· 办理结果:' / '· 已办结6件,…')
        app_para = _APP_CONTEXT.search(para.text) is not None or bool(apps) and any(
            a <= at < b for at in (para.start(),) for a, b in apps) \
            or app_para and _BULLET.match(para.text) is not None  # (a paragraph's start: asked only then)
        found: list[Claim] = []
        for (a, b), may_hold in zip(para.sentences(), para.holding(_MAY_HOLD)):
            if not may_hold:
                continue
            for c in _sentence_claims(ctx, para, a, b, app_para):
                c.extra["para"] = n
                found.append(c)
        mark_parts(para.text, [c for c in found if c.kind == "disclosed"])
        claims += found
    return claims


def _sentence_claims(ctx, para: Para, a: int, b: int, app_para: bool) -> list[Claim]:
    s = para.text[a:b]
    out: list[Claim] = []
    picked = _pick(_candidates(s))
    for (n0, n1), cs in sorted(picked.items()):
        kinds = {c[0].kind for c in cs}
        spec, m, form = cs[0]
        value = to_number(m.group("num"))
        if value is None:
            continue
        start, end = min(m.start(), m.start("key")), max(m.end(), m.end("key"))
        clause = s[clause_start(s, start):end]
        claim = Claim(spec.kind, value, para.span(a + start, a + end), s[start:end], s,
                      approx=(m.groupdict().get("pre") or m.groupdict().get("post")))
        if len(kinds) > 1:
            claim.why_not = "数字夹在不同类别的关键词之间：" + "、".join(sorted(kinds))
        if spec.app and not app_para:
            continue  # result words outside any paragraph about applications
        if spec.app and spec.kind in ("results", "received", "handled", "on_request") and (
                NOT_APP.search(clause) or other_object_before(s, clause_start(s, start), clause)):
            continue  # 受理投诉举报396件, 办理挖掘道路申请77件: not 信息公开 applications
        if spec.app and service_cases(ctx, s, start, end, para.span(a + start, a + end)[0]):
            continue  # 入驻审批服务部门…开设窗口26个，共受理申请121510件: the service windows' cases (4455, 4451)
        if spec.app and _of_cases(s, clause_start(s, start)):
            continue  # 全年共收到行政复议1件,维持结果1件,尚未办结0件: the 复议 case's outcome, not the applications'
        if spec.needs and not re.search(spec.needs, clause + (s[:start] if spec.kind in ("received", "handled") else "")) \
                and not _bare_application(spec, m, para.text[:a]):
            continue
        if spec.needs_before and not re.search(spec.needs_before, para.text[_full_start(para, a):a + start]):
            continue
        spec.refine(claim, m, clause, s[:start])
        if spec.kind == "disclosed":
            _of_item(claim, para.text, a + start)
            _every_outlet(claim, para.text, a + start, clause)
            whole_year = claim.extra.get("whole_year")  # 自…1月1日起,至…12月31日: the report's year, or another
            if whole_year is not None and whole_year != ctx.year:
                claim.why_not = claim.why_not or f"说的是另一年度的数字（{whole_year}年）"
        another = other_year(ctx, s[clause_start(s, start):start])
        if another:
            claim.why_not = claim.why_not or f"说的是另一年度的数字（{another}）"
        said_year = claim.extra.get("said_year")
        if said_year and (ctx.year is None or said_year[0] != ctx.year + said_year[1]) \
                and not (claim.extra.get("after_done") and said_year[0] == ctx.year):
            claim.why_not = claim.why_not or f"说的是另一年度的结转（{said_year[0]}年）"
        # (予以公开及无法提供N件: the word right before the joint is a result's; '不予公开0件、无法提供24件' is a list)
        if spec.app and start > 1 and s[start - 1] in "及和与、或" and re.search(r"(?:公开|提供|处理)的?$", s[max(0, start - 7):start - 1]):
            claim.why_not = claim.why_not or "一个数字对应两类结果（…及…）"
        prefix = s[:end]
        if claim.why_not is None:
            claim.why_not = _scope_problem(ctx, prefix)
        if claim.why_not is None and EXCEPT.search(prefix):
            claim.why_not = "句中统计的是一部分（除…以外 / 简易程序）"
        period = _PERIOD
        if (spec.app or spec.kind in ("review", "litigation", "outcome")) and _YEAR_WORD.search(prefix):
            period = _PERIOD_IN_YEAR
        if spec.kind in _DOCUMENT_KINDS and claim.extra.get("verb") and not _PERIOD_IN_YEAR.search(prefix):
            # a verb names table 二's column; 累计 in its own clause (or 截至…) may mean the year's total or
            # the stock, and table 二 has a column for each; 累计 of another clause is about another figure
            claim.extra["cumulative"] = bool(_PERIOD.search(clause) or _STOCK.search(prefix))
        elif claim.why_not is None and period.search(prefix) and not spec.kind.endswith("in_force"):
            claim.why_not = "数字不限于报告年度（历年 / 累计 / 以来）"
        claim.extra["clause"] = clause
        claim.extra["at"] = a + start  # in the paragraph's compact text
        claim.extra["clause_span"] = para.span(a + clause_start(s, start), a + end)  # clause's words included
        # (what follows 告知 is where the applicant was sent, '告知通过其他途径办理11件', not how it came in)
        said_before = _TOLD.sub("", s[clause_start(s, start): m.start("num")])
        if spec.app and SUBSET.search(said_before) and not _EVERY_CHANNEL.search(said_before):
            claim.channel = True
            claim.why_not = claim.why_not or "按渠道统计的一部分（通过…渠道）"
        out.append(claim)
    out += elided_claims(out, para, a, s, _DOCUMENT_KINDS)  # 制发规范性文件2件,废止1件: the noun left out
    out += _shared_claims(ctx, para, a, s, out, app_para)
    # (the 依申请公开 count read as a claim, or printed where no application is spoken of: '全年共制发政府信息437条，其中，
    # 主动公开政府信息55条（…）、依申请公开341条、不予公开41条', 4642)
    if (any(c.kind == "on_request" for c in out) or _ON_REQUEST_COUNT.search(s)) \
            and (any(c.kind == "disclosed" for c in out) or "主动公开" in s) \
            and not any(c.kind.split(".")[0] in _OUTCOMES_BESIDE for c in out):
        # 制发政府信息487条，其中主动公开117条、依申请公开274条、不予公开96条: the year's information by its disclosure
        # attribute (主动 / 依申请 / 不予公开), not applications answered — a 不予公开 beside the other two is no outcome
        # (unless other outcomes stand beside it: 依申请公开3件，其中予以公开2件、不予公开1件 are answers); the 主动公开 count
        # may have lost its unit (其中主动公开信息数169，依申请公开信息数317条，不予公开24条: no disclosed claim, the words there)
        for c in out:
            if c.kind == "denied" and c.why_not is None:
                c.why_not = "按公开属性分类的信息条数（主动公开 / 依申请公开 / 不予公开），不是申请的办理结果"
    for z in _MAY_SAY_NONE.candidates(s):  # statements of none, unless the sentence gives the figure itself
        kind, pat = ZERO[z]
        for m in pat.finditer(s):
            clause = s[clause_start(s, m.start()):_clause_end(s, m.end())]  # 未收到申请公开政府信息要求
            if kind == "received" and (not re.search(r"公开|依申请", clause) or NOT_APP.search(clause)):
                continue
            same = [c for c in out if c.kind == kind]
            if same:
                if kind == "received":
                    none_beside(ctx, s, m, clause, same, para.span(a + m.start(), a + m.end()))
                continue
            where = m.groupdict().get("where")
            if kind == "disclosed_none" and ((where is not None and "网站" not in where)
                                             or not _SAYS_NONE_OF.search(s[clause_start(s, m.start()):m.start()])):
                continue  # 未在微信公众号发布信息: one channel not used; 及时调整未公开信息: 未公开 an adjective
            year = m.groupdict().get("year")
            if year and (ctx.year is None or int(year) != ctx.year - 1):
                continue  # `2021年未结转申请` is the carry-over only in the 2022 report
            claim = Claim(kind, 0, para.span(a + m.start(), a + m.end()), m.group(0), s, zero_phrase=True)
            if kind == "received" and none_of_all(ctx, s, m, clause):
                claim.extra["none_of_all"] = clause  # set against a count received elsewhere (prose_consistency)
            if kind in _DOCUMENT_KINDS:
                if other_year(ctx, s[clause_start(s, m.start()):m.start()]):
                    continue  # 2022年未制定… in a 2023 report
                claim.extra["verb"] = "issued"  # none made: table 二's 本年制发 (2021) / 本年新制作 (2019)
            if kind == "carried_forward" and _ALL_OF.match(m.group(0)) and not re.search(CARRY_IN, m.group(0)):
                if not re.search(r"公开|依申请", s[:m.end()]) or NOT_APP.search(m.group(0)) or EXCEPT.search(s):
                    continue  # 受理投诉举报N件，均已办结; 除2件结转下年办理外，均…答复
                if not _ON_DESK.search(s[clause_start(s, m.start()):m.start()] + m.group(0)) or not any(
                        c.kind == "carried_over" and c.extra.get("at", m.start() + a) - a < m.start() for c in out):
                    claim.extra["all_answered"] = True
            claim.extra["clause"] = clause
            claim.why_not = _scope_problem(ctx, s[:m.end()])
            out.append(claim)
    if not out:
        return out  # most sentences: no figure, nothing to attach or compare
    link_claims(out)
    return out


def _of_item(claim: Claim, text: str, at: int) -> None:
    """A published count of no channel or subject of its own, in a numbered item about one domain of disclosure
    (一是积极推进教育领域信息公开，…，全年共发布133条): that domain's count, not the year's total."""
    quantity = claim.extra.get("quantity")
    if quantity is None or quantity[1:3] != ("信息", ""):
        return
    domain = item_domain(text, at)
    if domain:
        claim.extra["quantity"] = (quantity[0], f"{domain}：信息", "", quantity[3])


def _every_outlet(claim: Claim, text: str, at: int, clause: str) -> None:
    """A published count said through every outlet (…、…等网站公开政府信息共68条) is the year's whole, of no one
    channel — unless it stands among the items of a list, whose marker opens its sentence up to the 。 before
    (其中，…46条；…56条；通过宣传资料、…等方式共公开…34条: one channel group)."""
    q = claim.extra.get("quantity")
    if q is None or not q[2] or MARKER.search(text, text.rfind("。", 0, at) + 1, at) \
            or not through_every_outlet(text[max(0, at - 40):at], clause):
        return
    claim.extra["quantity"] = (q[0], q[1], "", q[3])


def _shared_claims(ctx, para: Para, a: int, s: str, out: list[Claim], app_para: bool) -> list[Claim]:
    """`行政复议和行政诉讼均为0件`: each item of the list states the figure (unless the sentence gives its own)."""
    new: list[Claim] = []
    for sh in shared_figures(s):
        spec = sh.spec
        if spec.app and not app_para:
            continue
        clause = s[clause_start(s, sh.start):sh.end]
        if spec.needs and not re.search(spec.needs, clause + s[:sh.start]):
            continue
        claim = Claim(spec.kind, sh.value, para.span(a + sh.start, a + sh.end), s[sh.start:sh.end], s, approx=sh.approx)
        spec.refine(claim, sh.key, clause, s[:sh.start])
        if any(c.kind == claim.kind and c.column == claim.column for c in out + new):
            continue
        another = other_year(ctx, s[clause_start(s, sh.start):sh.start])
        claim.why_not = claim.why_not or (f"说的是另一年度的数字（{another}）" if another else None) \
            or _scope_problem(ctx, s[:sh.end])
        claim.extra["clause"] = clause
        new.append(claim)
    return new


def _clause_end(s: str, at: int) -> int:
    ends = [i for i in (s.find(ch, at) for ch in "，,；;。：:") if i >= 0]
    return min(ends, default=len(s))
