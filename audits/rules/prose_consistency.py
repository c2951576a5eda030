"""S9 within the prose (prose.inconsistent): the prose against itself, whatever the tables say — one quantity
stated twice with different numbers, a total against the parts it lists, a channel's categories against its
stated count, and the application balance the prose states (rules/prose_balance.py). The prose against the tables
is rules/prose.py.
"""
from __future__ import annotations

import re

from extractor import template
from extractor.dates import YEAR
from extractor.numerals import COUNT_UNIT

from ..context import Context
from ..prose.claims import Claim
from ..prose.disclosed import own_site, publisher
from ..prose.enumeration import enumeration
from ..prose.groups import with_groups
from ..prose.items import NESTING_WORDS
from ..prose.parts import listings
from ..prose.refiners import last_verb
from ..prose.repeated import repeats
from ..prose.shares import shares_apart, shares_over
from ..prose.split import contradictions
from ..registry import rule
from .prose import section_name
from .prose_balance import balance_findings
from .prose_listed import parts_finding, share_findings, split_shares
from .prose_own_table import own_table_findings


# the result groups are the template's; 其他处理 (other) is left out: a catch-all the prose names loosely
_COUNTED_TWICE = frozenset(("received", "handled", "carried_over", "carried_forward", "results",
                            *(g for g in template.RESULT_GROUPS if g != "other"),
                            "review", "litigation", "disclosed", "regulations", "normative_documents"))


def _published(ctx: Context, quantity: tuple) -> tuple:
    """The key of a published count (verb, subject, channel, unit): the one a channel's categories look up
    their channel's whole under, so both ask here."""
    return ("disclosed", own_site(quantity, ctx.organ.name))


def _same_quantity_key(ctx: Context, c: Claim) -> tuple | None:
    """What two figures must share to be the same quantity; None: the figure is compared with nothing."""
    if c.kind not in _COUNTED_TWICE or c.why_not or c.channel or c.approx or c.zero_phrase or not c.definite \
            or c.extra.get("within") or c.extra.get("late"):  # answered within a time (3个工作日内答复23宗), late
        # or given more time (1条为延期答复): a part of a split by time
        return None
    if c.kind == "disclosed":
        quantity = c.extra.get("quantity")
        if quantity is None or c.extra.get("group") is None:
            return None  # a part of a total this paragraph does not give
        if c.extra.get("part") and quantity[1:3] == ("信息", ""):
            return None  # 其中…，共发布102条: a sub-total of a channel named earlier in its list
        return _published(ctx, c.extra["quantity"])
    if c.kind in ("regulations", "normative_documents"):
        # 制发规范性文件3件: the verb names the count (制发, 废止, 现行有效…); without one it names none
        verb = c.extra.get("verb")
        if verb is None:
            return None
        # who issued them (区政府制发… / 区政府办公室制发…) as the words before the count's verb say — the verb phrase
        # itself names no one (集中公开现行有效规范性文件43件 = 列入继续有效目录的行政规范性文件43件)
        clause = c.extra.get("clause", c.text)
        words = clause[:clause.find(c.text)] if c.text in clause else ""
        at = last_verb(words)
        issuer = publisher(words[:at[0]] if at else words)
        return (c.kind, verb, c.extra.get("cumulative", False), issuer)
    return (c.kind, c.column, c.includes_carry)


# a sentence that opens with a list word (其中, 包括…): its first figure is a part of what the sentence before says
_PART_SENTENCE = re.compile(rf"[，,：:]?(?:{NESTING_WORDS})")


def _first_part(c: Claim) -> bool:
    """(答复54件…。其中,县级政府…答复6件: not said again; 其中,商业企业…1条,…收到…申请5条: the 5 may be)"""
    sentence = c.sentence.lstrip()
    return bool(_PART_SENTENCE.match(sentence)) and not re.search(r"\d", sentence[:max(0, sentence.find(c.text))])


def _where(c: Claim) -> tuple[int, int]:
    return c.extra.get("clause_span", c.span) if c.kind == "disclosed" else c.span


def _said(c: Claim) -> str:
    # a published count is told by its channel and subject, which stand before the verb
    return c.extra.get("clause", c.text) if c.kind == "disclosed" else c.text


@rule("prose.inconsistent", "warning", "S9 the prose states one quantity twice with different numbers", ref="S9",
      needs_text=True, doc="""
What: the same quantity (applications received, answered, carried forward, 予以公开…, 行政复议 or 行政诉讼 cases;
information published — 主动公开/发布 信息 N条 — of one subject through one channel) stated in two sentences of
the prose with different numbers, each read as a plain figure for the report's own year and scope (no subset,
channel, approximation, other year or period, other scope). Two published counts are the same quantity when
verb (公开 or 发布), subject (政府信息 = 政务信息 = 信息; 政策解读; 工作动态…), channel (the most specific one
named: 门户网站, 审计信息栏目, 微信公众号…; the organ's own site under any of its names — 门户网站, 官网, 政府网站,
市统计局门户网站 in that 局's report — is one; outlets named as examples of all, with 共, name none: …、…等网站公开
政府信息共68条 restates the year's total, unless it stands among a list's items) and unit (条 = 篇) agree, and neither is the other's part (其中…, 包括…): the
parts of one total are compared with the statements of other paragraphs, never with their own total. Within one
sentence two figures of one quantity are set aside as ambiguous, unless the second names the whole its outcomes split
(当年度办结76件,…,办结的82件中予以公开的11件…: 办结 said again). Counts answered late or given more time (延期答复,
超期答复) are parts of what was answered, and a clause whose subject is one level of the area's bodies (政府新收…2件;
部门新收…4件) gives that level's figure, not the area's.
Also a total stated together with the parts it lists (共公开信息213条，其中A 184条、B 35条…) whose parts, in the
same unit, add up to more than the total — or to less, when the list is the whole: the sentence says so (分别为,
合计 restated) or the list shows it (it names a category with 0, or closes with 其他/其余 N); otherwise a list
after 其中/包括 may be a selection, so a sum below the total is at most an info note — when the list splits
the total by category (three parts or more, each a category named bare: no verb, channel or 等, nothing
counted after them); 条, 篇 and 件 of published items are one unit, and documents in 份/个 (其他文件10份) are
items of a list in 条; categories enumerated
with no total (通过门户网站公开政策法规5条,部门文件4条,…) may not add up to more than that channel's count
stated elsewhere;
percentages and lists nested in brackets are never summed into the outer list (a list nested without brackets
ends before an item of another channel than its total's, where the outer list goes on), 以及 joins the last
item, and an item set beside the list (另 / 此外 …, another outlet's own count once the parts make the total)
is no part; a list that changes separator (、 then ，, ， then ；) runs on while its parts fall short of the
total and every item after is a category named bare (or named after the verb that published it: 发布…文件52条);
a total that names the media (媒体平台) names every outlet. A 其中 (or 在主动公开的信息中, "among the …") opening
the next sentence lists the parts of a sentence that states one figure in that unit (a change from the year
before, 与去年相比增加40条, is said of that figure, never a total); after a sentence of several figures in that
unit, each closing its clause (754条,…2808条,…54条。其中…), it lists parts of one of them or of all, so only a sum
above their sum is a finding; so after figures joined by 、 (被行政复议5宗、行政诉讼0宗,其中2宗维持原答复,…). So does a 其中 after words of its sentence that state no count and a rate of the whole right
before it (…申请130件。为提升…,制定统一办理流程和答复文书,办复率100%,其中予以公开…59件…): parts of the 130, only a sum
above it a finding. A share after a part (占比…%, 约占总量的26%, 信息公开总量的7.02%; after a comma or a 、) is a remark on it;
shares that make clearly less than 100 % say the list leaves some out. A share printed for one part (right after
its figure, or in a later clause of the sentence that names that part alone: 动漫解读文件7个,…,动漫解读占比23%) must be
its count over the list's printed total (never a total summed from the sentence before, nor one said with 余/多),
as rounded, truncated or adjusted to make 100 % allows (tolerance.share_agrees: 7/23 = 30.4 % is no 23 %). A total split by how the information was
handled (主动公开, 依申请公开, 不予公开) has those three as its parts; an item named between them (年度报告为1条)
details one of them. A 其中 opening the sentence after one that states a total and its exact split (…信件13件,其中线上9件,线下4件。其中予以公开…), or a list after a cumulative figure and the year's one (累计…2457条,2021年新增…257条。在2021年公开信息中,…), splits that total or the year's figure: only a sum above it is a finding; so are counts that each carry their share of the total before them with no list word (共受理…12件,予以公开…的有6件,占50%;无法提供的有6件,占50%). The first numbered point opening the sentence after a sentence of one figure (…信息12190余条,…。一是公开政务要闻285条,
通知公告303条,…) lists that figure's parts with no marker word: only a sum above it is a finding (二是, 三是 may add more);
a count in another unit inside a part's name (涉及九项重点领域信息350条) is part of the name. A total may be said figure first (8条信息),
open a clause that says what became of all of it (64件申请均在法定期限内予以答复,其中…), or
in brackets ((1386)条). A published count whose clause says only when continues the clause before, whose channel
is its own (公众号…订阅N个，全年发布信息N条); a bare 公开N条 (no object, no 共) takes the channel an earlier clause of
its sentence names with no count between (通过信息公告栏,公开43条); a count said of this year so far (今年以来,
本年度以来) is the year's; one in a numbered item about one domain of disclosure (一是推进教育领域信息
公开，…全年共发布133条) is that domain's, not the year's total. A total stated after its
parts (…105件，…17件，合计122件) must be their sum. The channels of the applications received may follow what
became of them (收到84件,已答复84件(含上一年结转答复1件),结转…1件。其中当面申请8件…): they are the received figure's,
and may count the carried in too, so only a sum above both is a finding; so may channels after a carry-in said right
after the year's count (收到…申请9件,上年转结1件,其中网络申请5件,信函申请5件): the carry-in is no total of theirs. And one category named twice in one list (after 其中, 包括, 分别为…)
with two different counts (其中“政策法规”58条,政策法规124条: quotes aside, the same words; a bracket's words count,
重大民生信息(城乡建管) and (市政建设) are two; 其他/其余 never), unless both are parts of a list that adds up exactly to
its total (the total then counts both: two items of one name, odd but consistent); a total not printed at all
(发布和更新信息条。其中…) confirms nothing: the list runs from its list word to the first item that is not a category named bare with one
figure in the first item's unit, so two lists of one sentence are never compared (named twice with one count is no
finding). And the application balance the prose states, where table 三
cannot check it (its 总计 cells not all printed): 收到 + 上年结转 = 办结 (or the outcomes it lists, keyword first or
number first: 29件予以公开, 5件申请人主动撤销申请) + 结转下年度, when the prose states the carry-out (均…答复 after a
received figure that names its carry-in, 41件，其中1件为上年度结转，均…回复, is a carry-out of 0; after one that names none,
2件,已全部…办结, what is carried out may be no more than the carry-in its paragraph states); an unstated carry-in can only add to what came in (so can other channels where the only received
figure is one channel's, 网站后台收到…21件), and without a carry-out only more
answered than came in is a finding (with no carry said either way, 收到14件,已办结15件, an info note to check); a carry-in said beside what was 办理/处理 rather than inside it (处理98件,办结99件,1件为
上年度结转办理件: no 含/其中) may be in it or not, so the balance holds if either reading does; counts answered within a time (3个工作日内答复23宗，4-10个工作日内答复20宗…) are parts of
what was answered, so their sum above it is one, as is a share printed right after one (答复23宗,占总比件数的47%) that is
not its count over the printed answered total. And a statement that nothing was published (未在网站、微信公众号等公开发布政府信息:
no channel named, or the site among those named) against a count of this year's published information above 0, and
none received beside a count received above 0 in its sentence (未收到依申请公开申请,受理依申请公开1件). And every
application said answered (所有申请均已按要求办理完成) beside a carry-out above 0 its paragraph states (转下一年度办理答复的
有1件), unless the statement already contradicts table 三. In the balance, a carry-in inside a 其中 that splits the
received into new and carried (共受理15件,其中新收到14件,结转上年度办理1件) is in the received figure; an on-time count
(按时办结66件) is not judged as all answered while a count among the outcomes is read by nothing (5件逾期未补正). And S3 on
the prose's own 规章/规范性文件 figures (制发规范性文件2件,废止1件,现行有效0件; one sentence, each a plain figure of the year,
none 累计): 现行有效 below 本年制发 − 本年废止. And the organ's own statistics table of the 2008 条例's years
(指标名称 / 单位 / 2016年 / 历年累计, read by prose/own_table.py): a row of applications or answers against its 其中 parts
(above it; below it where the parts close with 其他…, the whole), a row of information published against any one
channel of it (网站, 公报 may carry one item twice), a year's figure above the cumulative, and more answered than ever
received in the cumulative column — one finding a row, naming each column. Why: whatever the table
says, one of the two statements is wrong, and a reader cannot tell which. Fix: state the figure once, or
say what each figure counts; make the parts add up to the total.""")
def inconsistent(ctx: Context):
    seen: dict[tuple, list[Claim]] = {}
    out = []
    for c in ctx.claims:
        key = _same_quantity_key(ctx, c)
        if key is None:
            continue
        earlier = seen.setdefault(key, [])
        first = next((f for f in earlier if f.value != c.value and (f.sentence != c.sentence or c.extra.get("restated"))
                      and f.extra.get("group", 0) != c.extra.get("group", 1)), None)
        earlier.append(c)
        if first is None or any(f.value == c.value for f in earlier[:-1]) or _first_part(c):
            continue
        out.append(ctx.finding(f"{section_name(ctx, c.span[0])}：正文先称「{_said(first)}」，后称「{_said(c)}」，"
                               "同一数量前后不一", [], expected=first.value, actual=c.value,
                               evidence=[_where(first), _where(c)]))
    out += _enumerated_above_total(ctx, seen)
    read = with_groups(listings(ctx.prose or []), ctx.prose or [])
    listed = [f for item in read if (f := parts_finding(ctx, item)) is not None]
    # a note on a short list whose total is already one of two figures found above is the same pattern
    listed = [f for f in listed if f.severity != "info" or not any(f.evidence[0][0] <= a < f.evidence[0][1]
                                                                   for g in out for a, _ in g.evidence)]
    found = (out + listed + _split_against_whole(ctx, listed) + balance_findings(ctx, listed, read) + _none_against_count(ctx)
             + _named_twice(ctx) + _running_total_twice(ctx) + _running_below_year(ctx)
             + [f for item in read for f in share_findings(ctx, item)] + _in_force_below(ctx) + own_table_findings(ctx))
    found += split_shares(ctx, found)  # (a part's share the list reader judged already is not said twice)
    # (a share another reader already judged, as the balance judges the answered by time, is not said twice)
    return found + [f for f in _shares_apart(ctx, [p.span for item in read for p in item.parts])
                    if not any(a <= f.evidence[1][0] < e for g in found for a, e in g.evidence)]


def _shares_apart(ctx: Context, listed: list[tuple[int, int]]) -> list:
    """`新收…申请1852件…。…前三的为成都591件(占33.91%)、眉山132件(占7.13%)、宜宾124件(占6.70%)`: shares of a whole the
    paragraph stated before, one of which that whole cannot give (591/1852 = 31.9 %) while it gives the others; or
    whose shares make 100 % of the one whole they all fit, while the counts add up to more (shares_over)."""
    return [ctx.finding(f"{section_name(ctx, x.span[0])}：正文称「{x.count_text}」占{x.share}%，而同段其余各项的占比都按"
                        f"{x.base:g}算得：{x.count:g}/{x.base:g} = {100 * x.count / x.base:.2f}%，占比与数目不符", [],
                        expected=round(100 * x.count / x.base, 2), actual=float(x.share), evidence=[x.base_span, x.span])
            for para in ctx.prose or [] for x in shares_apart(para, listed)] + [
        ctx.finding(f"{section_name(ctx, x.span[0])}：正文所列{'、'.join(f'「{t}」' for t in x.texts)}各附占比，占比合计"
                    f"即为全部（各占比都按{x.base:g}算得），而各项之和 {x.total:g} 多于 {x.base:g}", [],
                    expected=x.base, actual=x.total, evidence=[x.base_span, x.span])
        for para in ctx.prose or [] for x in shares_over(para, listed)]


_MADE = ("issued", "released")  # 制发 / 发布 (promulgated) this year


def _in_force_below(ctx: Context) -> list:
    """`全年制发规范性文件2件,废止1件,现行有效0件`: S3 on the prose's own figures — what is in force at the year's end
    cannot be fewer than what was made this year less what was repealed. The three of one sentence and one kind,
    each a plain figure of the year (no 累计, 余, other scope or year)."""
    out = []
    by: dict[tuple, dict[str, Claim]] = {}
    for c in ctx.claims:
        verb = c.extra.get("verb")
        if c.kind in ("regulations", "normative_documents") and verb is not None and not (
                c.why_not or c.approx or c.zero_phrase or c.extra.get("cumulative") and verb != "in_force"):
            by.setdefault((c.kind, c.sentence, c.extra.get("para")), {}).setdefault("issued" if verb in _MADE else verb, c)
    for said in by.values():
        made, gone, now = said.get("issued"), said.get("repealed"), said.get("in_force")
        if made is None or gone is None or now is None or now.value >= made.value - gone.value:
            continue
        quoted = "「" + "」「".join(c.extra.get("clause", c.text) for c in (made, gone, now)) + "」"
        out.append(ctx.finding(f"{section_name(ctx, made.span[0])}：正文称{quoted}：现行有效 {now.value:g} 少于本年制发 {made.value:g} − 废止 {gone.value:g} = "
                               f"{made.value - gone.value:g}", [], expected=made.value - gone.value, actual=now.value,
                               evidence=[made.span, gone.span, now.span]))
    return out


def _named_twice(ctx: Context) -> list:
    """`其中“政策法规”58条,政策法规124条,…`: one category named twice in one list with two counts."""
    return [ctx.finding(f"{section_name(ctx, r.span[0])}：同一列举中「{r.label}」出现两次，数目不同（「{r.first}」与"
                        f"「{r.second}」）", [], expected=r.values[0], actual=r.values[1], evidence=[r.span])
            for r in repeats(ctx.prose or [])[0]]


# a published count said up to a point in time or over the years (累计, 历年, 截至…): not the year's, but one quantity still
_RUNNING_WORDS = r"历年累计|累计|历年"
_RUNNING = re.compile(_RUNNING_WORDS)
_COUNTS = re.compile(rf"(?<!\d)(?!{YEAR})\d+(?:\.\d+)?")  # figures, not a year's four digits


def _running_total_twice(ctx: Context) -> list:
    """`截止2010年末,街道累计公开信息总数24条。` and `截止2010年末,街道累计公开信息总数13条,其中…` (4612): a running total
    said twice in the same words — its clause and the years of its sentence before it alike — with two numbers (the
    first such pair). The year's counts are compared by their claims; a running total is no year's and is set aside
    there, so its words are what make two of them one quantity."""
    seen: dict[tuple, Claim] = {}
    for c in ctx.claims:
        clause = c.extra.get("clause")
        if c.kind != "disclosed" or not clause or c.approx or not _RUNNING.search(clause):
            continue
        before = c.sentence[:max(0, c.sentence.find(clause))]
        # (its words and its years kept, the counts masked: 通过街道网站,累计… and 通过公开栏,累计… are two; so are 截止2009年末
        # and 截止2010年末)
        key = (_COUNTS.sub("#", before), _COUNTS.sub("#", clause))
        first = seen.setdefault(key, c)
        if first.value != c.value and first.sentence != c.sentence:
            return [ctx.finding(f"{section_name(ctx, c.span[0])}：正文先称「{_said(first)}」，后称「{_said(c)}」，同一累计数前后不一",
                                [], expected=first.value, actual=c.value, evidence=[_where(first), _where(c)])]
    return []


# a year's count and the running total said right after it ('2024年度受理信息公开申请1件,历年累计为0', 3971)
_YEAR_THEN_RUNNING = re.compile(rf"(?P<n>\d+)(?P<u>{COUNT_UNIT})[，,]\s*(?:{_RUNNING_WORDS})(?:为|共|达|有)?(?P<c>\d+)"
                                rf"(?P<u2>{COUNT_UNIT})?(?![\d万余多])")


def _running_below_year(ctx: Context) -> list:
    """A running total said right after the year's count and below it: what has come in over the years holds this
    year's (the first such clause)."""
    for para in ctx.prose or []:
        if "累计" not in para.text and "历年" not in para.text:
            continue  # (most paragraphs say neither: the pattern, opening with a figure, is not run on them)
        for m in _YEAR_THEN_RUNNING.finditer(para.text):
            n, c = int(m.group("n")), int(m.group("c"))
            if c < n and m.group("u2") in (None, m.group("u")):
                return [ctx.finding(f"{section_name(ctx, para.span(m.start(), m.end())[0])}：正文称「{m.group(0)}」——历年累计 {c} "
                                    f"少于本年的 {n}", [], expected=f"≥ {n}", actual=c,
                                    evidence=[para.span(m.start(), m.end())])]
    return []


def _none_against_count(ctx: Context) -> list:
    """`未在网站、微信公众号等公开发布政府信息` and elsewhere `政府门户网站公开…信息8条`: nothing published, and a
    count of this year's published information above 0 (one finding, the first of each)."""
    none = next((c for c in ctx.claims if c.kind == "disclosed_none" and c.why_not is None), None)
    count = next((c for c in ctx.claims if c.kind == "disclosed" and c.value > 0 and c.why_not is None
                  and not c.approx and c.sentence != (none.sentence if none else None)), None)
    # none received said beside a count received in the same sentence (claim_scope.none_beside), else in another
    out = [ctx.finding(f"{section_name(ctx, c.span[0])}：正文称「{c.extra['none_said'][0]}」，又称「{_said(c)}」，"
                       "是否收到申请前后矛盾", [], expected=0, actual=c.value, evidence=[c.extra["none_said"][1], _where(c)])
           for c in ctx.claims if c.kind == "received" and c.extra.get("none_said")][:1]
    if not out:  # none received said in one sentence, a count received of the year in another
        said = next((c for c in ctx.claims if c.kind == "received" and c.extra.get("none_of_all") and c.why_not is None), None)
        got = said and next((c for c in ctx.claims if c.kind == "received" and c.value > 0 and not c.includes_carry
                             and c.sentence != said.sentence and _same_quantity_key(ctx, c) is not None), None)
        if got:
            out = [ctx.finding(f"{section_name(ctx, got.span[0])}：正文称「{said.extra['none_of_all']}」，又称「{_said(got)}」，"
                               "是否收到申请前后矛盾", [], expected=0, actual=got.value, evidence=[said.span, _where(got)])]
    if none is None or count is None:
        return out
    return out + [ctx.finding(f"{section_name(ctx, none.span[0])}：正文称「{none.extra.get('clause', none.text)}」，"
                              f"又称「{_said(count)}」，是否公开了信息前后矛盾", [], expected=0, actual=count.value,
                              evidence=[none.span, _where(count)])]


def _enumerated_above_total(ctx: Context, seen: dict) -> list:
    """`通过政府门户网站公开政策法规5条,部门文件4条,…政策解读5条` (no total, no marker): the categories
    published through one channel, whose sum may not exceed what the prose says that channel published in
    all (`通过政府门户网站公开政府信息20条`); below it they may be a selection, so only above is a finding."""
    out = []
    for c in ctx.claims:
        q = c.extra.get("quantity")
        if c.kind != "disclosed" or q is None or c.why_not or c.extra.get("part") or q[1] == "信息" or c.text not in c.sentence:
            continue
        parts = enumeration(c.sentence, c.sentence.find(c.text) + len(c.text))
        if len(parts) < 2:
            continue
        total = c.value + sum(p.value for p in parts)
        whole = [o for o in seen.get(_published(ctx, (q[0], "信息", q[2], q[3])), [])
                 if o.sentence != c.sentence and not o.extra.get("part") and o.value < total]
        if whole:
            said = " + ".join([c.text] + [p.text for p in parts])
            out.append(ctx.finding(f"{section_name(ctx, c.span[0])}：正文所列各类「{said}」合计 {total:g}{q[3]}，多于"
                                   f"「{_said(whole[0])}」", [], expected=whole[0].value, actual=total,
                                   evidence=[_run_span(ctx, c, parts), _where(whole[0])]))
    return out


def _run_span(ctx: Context, c: Claim, parts: list) -> tuple[int, int]:
    """The first count's clause through the last category of the run (the evidence names every part summed), where
    the claim's sentence can be placed in its paragraph; its clause otherwise."""
    first = _where(c)
    para = ctx.prose[c.extra["para"]] if ctx.prose and "para" in c.extra and "at" in c.extra else None
    at = c.sentence.find(c.text)
    base = c.extra["at"] - at if para is not None else -1
    if para is None or base < 0 or para.text[base:base + len(c.sentence)] != c.sentence:
        return first
    return first[0], max(first[1], para.span(base + parts[-1].at[0], base + parts[-1].at[1])[1])


_UNIT_AT_END = re.compile(rf"{COUNT_UNIT}$")


def _unit(text: str) -> str:
    """The unit a figure's words end with (收到申请9件: 件), 件 where they end with none."""
    m = _UNIT_AT_END.search(text)
    return m.group(0) if m else "件"


def _split_against_whole(ctx: Context, listed: list) -> list:
    """A figure of tables 三/四 and its parts read as claims (`收到申请9件，其中自然人申请8件，法人或其他组织
    申请0件`; the four outcomes of a 复议/诉讼 group): parts that split the whole must add up to it, even
    after 其中 — unless the sentence's list is already found above (one finding per pattern)."""
    out = []
    for g in contradictions(ctx.claims):
        if any(a <= g.whole.span[0] < b for f in listed for a, b in f.evidence):
            continue
        total = sum(p.value for p in g.parts)
        said = " + ".join(p.text for p in g.parts)
        short = total < g.whole.value and not g.complete
        how = ("所列各项即全部（申请人类型 / 结果），合计应等于总数" if g.complete else
               f"少于总数：所列结果一直交代到尚未办结的案件，其余 {g.whole.value - total:g}{_unit(g.whole.text)}未说明结果" if short else "多于总数")
        f = ctx.finding(f"{section_name(ctx, g.whole.span[0])}：正文称「{g.whole.text}」，其中各项合计 {total:g}"
                        f"（{said}），{how}", [], expected=g.whole.value, actual=total,
                        evidence=[g.whole.span] + [p.span for p in g.parts])
        # the four outcomes are not all named: the rest may have ended in one the sentence leaves out
        out.append(f.model_copy(update={"severity": "info"}) if short else f)
    return out
