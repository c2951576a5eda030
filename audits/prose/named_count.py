"""Names listed and counted in one breath (`设置包括领导成员、部门职能、…、行政处罚信息9个版块`, `新增了政民互动、
便民服务两个栏目`): the count the prose states against the names it lists right before it.

Read: the parts of a site (版块, 栏目, 专栏, 模块, 子目录, a 网站's 部分; 27个信息公开栏目 names its kind), and the
other short things a report names and counts the same way — its channels and carriers (通过政府网站、区长信箱、…共四种
渠道; 管好用好…和政务服务网四个信息公开载体), its rules (出台…考核办法、责任追究、…八项制度) and its ways of explaining
(以文字解读、图文解读、…等8种解读方式), the areas it covers (披露卫生健康、…、供水供气4个领域) and the documents it names
by title (起草《…》《…》等6份政策性文件; 制发…文件3件,分别为《…》《…》《…》; 《…》《…》和《…》等三条政策), a new-media
channel's accounts (…、宿迁经开区城管等5个政务新媒体账号), a part counted after its noun (…等专栏3个), and years named one by one
(2018、2019、2020三年). Their names are short nouns or quoted
titles, so each 、 parts two of them. Not the report's own outline ('由总体情况、…等六个部分组成', read by the structure
rule: a section's name may hold a 、 of its own), nor categories of information (大类, N类), whose names are loose.
A name may hold 及/和/与 (预决算及三公经费): such an item counts as one or two names, so only a count outside that
range is read as wrong (quoted names joined so, “湘易办”以及“…要点”, or printed back to back, “网络中国节”“涉企政策推送”,
are two); after 等 the names may be fewer than the count ('党务公开、政务公开、政策宣传等3个专栏'), never more.
The aspects a passage reports on are counted too (N个方面): named in quotes right before the count (从“主动公开”、…、
“监督保障”五个方面进行报告) or numbered as points after it (重点推进5个方面的信息公开。一是…五是…).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.dates import YEAR
from extractor.enumerators import BRACKETED_POINT, LEADING, NUMBER_IN, POINT_STYLES, SECTION_AFTER_SENTENCE, number_of
from extractor.numerals import NUMBER, to_number

from .disclosed import MEANS
from .items import JOINED as _JOINED, JOINT_WORDS, QUOTE_MARKS, QUOTED as _QUOTED  # one home for a quoted name
from .patterns import Scouted
from .text import Para

# the nouns of a set a report names and counts: a site's parts (栏目, 专栏, 专题 — 两个专题 —, 版块, 模块, 子目录), its
# channels, carriers, rules and ways, the areas it covers (领域: 卫生健康、公共交通、…4个领域) and documents named by
# title (文件: 《…》《…》等6份政策性文件), a new-media channel's accounts (…、宿迁经开区城管等5个政务新媒体账号) and
# policies named by title (《…》《…》和《…》等三条政策)
# a site's 频道 and the platforms it publishes through (区政府网站及“…”微信公众号两个平台)
_COUNTED_IN_GE = r"(?:专题)?(?:子栏目|栏目|专栏)|专题|版块|板块|模块|子目录|频道|渠道|载体|平台|账号"  # (个: _PART_FIRST too)
_PARTS = rf"(?:{_COUNTED_IN_GE}|制度|方式|领域|文件|政策(?:性?文件)?)"
# scouted by its part word: the count opens with optional words and a number, so the engine would try it at every
# character of every paragraph, and most paragraphs name no 栏目 at all
# (a few words may name the kind between 个 and the part: 27个信息公开栏目, 7个专题专栏; 部分 of a site, 八大部分, is
# read only where the clause names the site: 本报告由…五个部分组成 is the outline)
_KIND = r"[^，,。；;、：:\d“”\"]{0,6}?"
# (种/项 count channels, ways and rules: 四种渠道, 8种解读方式, 八项制度; 份/件 documents: 6份政策性文件)
# (条 counts policies only: 三条政策; elsewhere it counts items of information)
_COUNT = Scouted(rf"(?P<etc>等)?(?:共计|共|合计|计)?(?P<num>{NUMBER})(?P<more>余|多)?(?:(?:个|大|种|项|份|件){_KIND}"
                 rf"(?P<part>{_PARTS}|部分)|条(?P<policy>政策))", rf"(?:[个大种项份件]{_KIND}(?:{_PARTS}|部分)|条政策)")
# or the part first, its count after it (…、企事业信息公开等专栏3个)
_PART_FIRST = Scouted(rf"(?P<etc>等)(?P<part>{_COUNTED_IN_GE})"
                      rf"(?:共计|共|合计|计)?(?P<num>{NUMBER})(?P<more>余|多)?个", r"等")
_SITE = re.compile(r"网站|网页|门户|平台|主页|客户端|公众号")
# 等 closing the names, then words naming their class before the count (“行政许可”“收费项目”“物价”等各类专栏共计11大板块):
# the list is as open as with 等 right before the count (平等, 同等… are words, not the list's 等)
_ETC_CLASS = re.compile(r"(?<![平同对相均高中初上何头次优])等{1,2}[^、，,。；;：:\d“”《》「」\"‘’]{1,10}\Z")
# the word that opens the list (the names run from it to the count), by what it does to the things named: sets them
# up or makes them (设置/开设/新增/增设/策划/出台/制定/起草), holds them (包括/涵盖/分为/其中/围绕), keeps
# them up (做好/维护/更新/完善/管好用好: 积极做好政策法规及相关解读、…等四个板块的…工作), uses them (the means of
# disclosed.MEANS, 发挥: 充分发挥…网站和于都政务两个载体, 以 the ways), discloses through them (披露) or takes applications by
# them (受理申请人当面和邮寄两种方式的申请); or any verb
# closed by 了 (最佳化调整了“…”“…”2个专题专栏). (An opener that ends a name leaves the first name empty: that count
# is not read); or a bare 有/为 ("holds", "is") opening its clause or said of a site (榆盘镇政府网站为乡镇概况、…等3个频道,
# 有乡镇简介、…等等6个二级栏目) — never inside a name, where a later opener would cut it short
_BARE_OPENS = r"(?:(?<=[，,；;：:])|(?<=网站)|(?<=首页)|(?<=网页)|(?<=门户)|(?<=主页))(?:有|为)"
_OPENS = re.compile(rf"(?:包括|包含|设置|设有|设立|开设|开通|涵盖|分为|分设|新增|增设|策划|围绕|下设|做好|维护|更新|受理|"
                    rf"管好用好|{MEANS}|发挥|披露|(?<![予加可所得难足用])以(?![及上下来后前往外内])|"
                    rf"出台|制定|起草|完善|其中)(?:了|有|为)?[:：]?|(?<![为除])了(?!解)|{_BARE_OPENS}")
_CLAUSE_END = re.compile(r"[，,。；;：:！!？?]")
_JOINT = JOINT_WORDS  # two names joined
_Q = "\ue000"  # a quoted name, as one character
# (or none: “网络中国节”“涉企政策推送”3个专题专栏)
_QUOTED_JOINT = re.compile(rf"(?<={_Q})(?:{_JOINT})?(?={_Q})")
_MAX_NAME = 20  # a longer item is a phrase, not a name
# inside a quoted name (masked, its marks kept): no opener nor clause end is read there
_IN = "\ue001"
_OPENING, _CLOSING = ("".join(marks) for marks in zip(*QUOTE_MARKS))
_MASKED_NAME = rf"[{_OPENING}]{_IN}*[{_CLOSING}]"  # a quoted name as _masked leaves it
# names in quotes printed right before the count need no opener: their marks show where the list starts (精心策划
# “…”“…”“…”等7个专题栏目)
_QUOTED_RUN = re.compile(rf"(?:{_MASKED_NAME}(?:{_JOINT}|、)?)*{_MASKED_NAME}\Z")
# a count, then 分别为 and the names in quotes to the sentence's end (制发行政规范性文件3件,分别为《…》《…》《…》)
_FIRST = Scouted(rf"(?P<said>(?P<num>{NUMBER})(?:个|件|份|项|篇|部))[，,]?分别(?:为|是)[:：]?", r"分别[为是]")
_FIRST_NAMES = re.compile(rf"(?:{_MASKED_NAME}(?:{_JOINT}|、|，|,)?)+(?=[。；;]|\Z)")


def _masked(s: str) -> str:
    """The text with each quoted name's inside masked (same length): an opener or a comma inside a name
    (“政务公开”) is not read as the list's."""
    return _QUOTED.sub(lambda m: m.group()[0] + _IN * (len(m.group()) - 2) + m.group()[-1], s)


@dataclass
class NamedCount:
    said: str  # the count as printed (9个版块)
    count: int
    names: list[str]
    low: int  # names the 、 part
    high: int  # with every 及/和/与 read as parting two names
    etc: bool
    span: tuple[int, int]  # the names and the count, in the normalised text
    points: bool = False  # the names are the points numbered after the count (一是…二是…)


def named_counts(paras: list[Para]) -> list[NamedCount]:
    """Every count of a site's parts stated right after the names it counts (or right before 分别为 and the names in
    quotes), whether they agree or not."""
    out = []
    for i, para in enumerate(paras):
        s = para.text
        masked = None
        for m in sorted([*_COUNT.finditer(s), *_PART_FIRST.finditer(s)], key=lambda m: m.start()):
            count = to_number(m.group("num"))
            if count is None or m.group("more"):
                continue  # 27余个: at least 27, which any number of names at or above it fits
            masked = masked if masked is not None else _masked(s)
            stops = [e.end() for e in _CLAUSE_END.finditer(masked, 0, m.start())]
            clause_at = stops[-1] if stops else 0
            opens = list(_OPENS.finditer(masked, clause_at, m.start()))
            run = None if opens else _QUOTED_RUN.search(masked, clause_at, m.start())
            if not opens and run is None:
                continue
            at, opener = (opens[-1].end(), opens[-1].start()) if opens else (run.start(), run.start())
            if m.group("part") == "部分" and not _SITE.search(s, clause_at, opener):
                continue
            cut = _ETC_CLASS.search(masked, at, m.start())
            body = s[at:cut.start() if cut else m.start()]
            # quoted names joined by 及/和/与 are two (“湘易办”以及“2023年政务公开工作要点”): the joint stands between quotes
            names = [n for item in _QUOTED.sub(_Q, body).split("、") for n in _QUOTED_JOINT.split(item)]
            # (two names joined by 和 alone, 于都县政府网站和于都政务两个载体, are one name or two)
            if (len(names) < 2 and not (names and _JOINED.search(names[0]))) \
                    or any(not n or len(n) > _MAX_NAME or re.search(r"\d", n) for n in names):
                continue
            low = len(names)
            high = low + sum(1 for n in names if _JOINED.search(n))
            quoted = iter(_QUOTED.findall(body))
            shown = [re.sub(_Q, lambda _: next(quoted), n) for n in names]  # each name as printed
            said_at = m.start("part") if m.re is _PART_FIRST.pattern else m.start("num")  # 专栏3个 as printed
            out.append(NamedCount(s[said_at:m.end()], int(count), shown, low, high,
                                  m.group("etc") is not None or cut is not None, para.span(at, m.end())))
        out += _count_first(para, s)
        out += _years_counted(para, s)
        out += _aspects_counted(para, s, paras[i + 1].text if i + 1 < len(paras) else None)
    return out


# a count of aspects (五个方面): after their names in quotes (从“主动公开”、…、“监督保障”五个方面进行报告), or closing
# its sentence (or clause, before a colon) with the points that name them numbered after it from 一是 on (重点推进5个
# 方面的信息公开。一是公开新冠肺炎防控信息10条。二是…五是推进其他重点领域信息公开); the ways, measures and channels a
# passage counts the same way, before a colon (主要通过四种形式公开…:1.政府门户网站。…2.…; 采取了以下五项措施:一是…)
_ASPECTS = Scouted(rf"(?P<etc>等)?(?P<said>(?P<num>{NUMBER})个方面)", "个方面")
_MEASURES = Scouted(rf"(?P<etc>等)?(?P<said>(?P<num>{NUMBER})(?:种|项|个|条|大)(?:保障|主要|具体)?"
                    rf"(?:形式|措施|举措|方式|途径|渠道))", "(?:形式|措施|举措|方式|途径|渠道)")
_POINTS_AFTER = re.compile(r"[^。！？；;：:\d]{0,20}[。；;：:]\s*(?=一是|[(（]一[)）])")
_COLON_POINTS = re.compile(r"[^。！？；;：:\d]{0,20}[：:]\s*(?=一是|1[.．、]|[(（]1[)）]|①)")
_POINT_NAME = re.compile(r"[^。；;，,：:]{1,20}")


def _points(s: str, at: int) -> tuple[list[str], int]:
    """The points numbered in order from `at` in the style the first one has (a point out of order ends them),
    each with its first words, and where the last one's words end."""
    for style in POINT_STYLES:
        if style.match(s, at) is None:
            continue
        names, end = [], at
        for p in style.finditer(s, at):
            if number_of(p.group(1)) != len(names) + 1:
                break
            name = _POINT_NAME.match(s, p.end())
            names.append(p.group(0) + (name.group(0) if name else ""))
            end = p.end() + (len(name.group(0)) if name else 0)
        return names, end
    return [], at


def _next_is_heading(following: str | None, points: int) -> bool:
    """Whether the paragraph after the points opens with a heading's number that is neither their next one nor a first
    one ('(二)主动公开政府信息情况' after three points, '三、…' after four): the passage ends there, so do its points. A paragraph of
    plain text, the next point, or the copy's end (a page head cut short) leaves them open."""
    if following is None:
        return False
    m = LEADING.match(following)
    if m is None:
        return False
    number = NUMBER_IN.search(m.group())
    # (a heading numbered 1 opens a list of the last point's own, '…具体如下:⏎1.招生信息': no end of the points)
    return number is not None and number_of(number.group()) not in (1, points + 1)


def _section_ends(s: str, end: int, names: list[str]) -> bool:
    """Whether bracketed points （一）…（五） are ended by the next section's heading inside their own paragraph (a
    one-line copy runs the next section on after the points of the last; 二、 is the level above （一）). A next point
    in order would have been read among them (_points)."""
    return BRACKETED_POINT.match(names[0]) is not None and SECTION_AFTER_SENTENCE.search(s, end) is not None


def _aspects_counted(para: Para, s: str, following: str | None = None) -> list[NamedCount]:
    """A count of aspects against the names quoted right before it, or the points numbered after it in its paragraph
    (一是, 二是, … in order; a point numbered out of order ends them); of measures, ways or channels, against the
    points after its colon. The points may go on in the next paragraph, so they are a floor (as names before 等): only
    more points than the count is read as wrong — unless the next paragraph opens a heading, which ends them."""
    out = []
    masked = None
    # (measures are read only before a colon: a paragraph without one has none to read)
    measures = [*_MEASURES.finditer(s)] if "：" in s or ":" in s else []
    for m in sorted([*_ASPECTS.finditer(s), *measures], key=lambda m: m.start()):
        count = to_number(m.group("num"))
        if count is None:
            continue
        aspects = m.re is _ASPECTS.pattern
        if aspects:
            masked = masked if masked is not None else _masked(s)
            stops = [e.end() for e in _CLAUSE_END.finditer(masked, 0, m.start())]
            run = _QUOTED_RUN.search(masked, stops[-1] if stops else 0, m.start())
            if run is not None and run.end() == m.start():
                names = _QUOTED.findall(s, run.start(), run.end())
                if len(names) >= 2:
                    out.append(NamedCount(m.group("said"), int(count), names, len(names), len(names),
                                          m.group("etc") is not None, para.span(run.start(), m.end())))
                continue
        after = (_POINTS_AFTER if aspects else _COLON_POINTS).match(s, m.end())
        if after is None:
            continue
        names, end = _points(s, after.end())
        if len(names) >= 2:
            # the last point runs to the paragraph's end, nothing after it but the next heading
            closed = not m.group("etc") and (_next_is_heading(following, len(names))
                                              and not any(style.search(s, end) for style in POINT_STYLES)
                                              or _section_ends(s, end, names))
            out.append(NamedCount(m.group("said"), int(count), names, len(names), len(names), not closed,
                                  para.span(m.start("said"), end), points=True))
    return out


# years named one by one, then counted (完成2018、2019、2020三年的政务公开年报…): a year each, 、 between them (a range,
# 2018至2020年, names its ends only)
_YEARS = Scouted(rf"(?P<names>(?:{YEAR}年?度?、)+{YEAR}年?度?)(?P<etc>等)?"
                 rf"(?P<said>(?P<num>{NUMBER})个?(?:年度|年)(?![\d月底初末内中前后]))", "、" + YEAR)


def _years_counted(para: Para, s: str) -> list[NamedCount]:
    """Years named with 、 between them, then counted (`2018、2019、2020三年`): the count against the years named."""
    out = []
    for m in _YEARS.finditer(s):
        count = to_number(m.group("num"))
        names = m.group("names").split("、")
        if count is None or len(names) < 2:
            continue
        out.append(NamedCount(m.group("said"), int(count), names, len(names), len(names), m.group("etc") is not None,
                              para.span(m.start(), m.end())))
    return out


def _count_first(para: Para, s: str) -> list[NamedCount]:
    """A count followed by 分别为 and the names it counts, every one in quotes, to the sentence's end."""
    out = []
    for m in _FIRST.finditer(s):
        count = to_number(m.group("num"))
        run = _FIRST_NAMES.match(_masked(s), m.end())
        if count is None or run is None:
            continue
        names = _QUOTED.findall(s, m.end(), run.end())
        if len(names) >= 2:
            out.append(NamedCount(m.group("said"), int(count), names,
                                  len(names), len(names), False, para.span(m.start("num"), run.end())))
    return out


def wrong(c: NamedCount) -> bool:
    return c.count < c.low or (not c.etc and c.count > c.high)
