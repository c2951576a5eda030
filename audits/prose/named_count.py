"""Names listed and counted in one breath (`设置包括领导成员、部门职能、…、行政处罚信息9个版块`, `新增了政民互动、
便民服务两个栏目`): the count the prose states against the names it lists right before it.

Read: the parts of a site (版块, 栏目, 专栏, 模块, 子目录, a 网站's 部分; 27个信息公开栏目 names its kind), and the
other short things a report names and counts the same way — its channels and carriers (通过政府网站、区长信箱、…共四种
渠道; 管好用好…和政务服务网四个信息公开载体), its rules (出台…考核办法、责任追究、…八项制度) and its ways of explaining
(以文字解读、图文解读、…等8种解读方式). Their names are short nouns, so each 、 parts two of them. Not the report's own
outline ('由总体情况、…等六个部分组成', read by the structure rule: a section's name may hold a 、 of its own), nor
categories of information (大类, N类, 领域), whose names are loose. A name may hold 及/和/与 (预决算及三公经费): such an
item counts as one or two names, so only a count outside that range is read as wrong (quoted names joined so,
“湘易办”以及“…要点”, or printed back to back, “网络中国节”“涉企政策推送”, are two); after 等 the names may be fewer than
the count ('党务公开、政务公开、政策宣传等3个专栏'), never more.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.numerals import NUMBER, to_number

from .items import QUOTED as _QUOTED  # one home for a quoted name
from .patterns import Scouted
from .text import Para

_PARTS = r"(?:子栏目|栏目|专栏|版块|板块|模块|子目录|渠道|载体|制度|方式)"
# scouted by its part word: the count opens with optional words and a number, so the engine would try it at every
# character of every paragraph, and most paragraphs name no 栏目 at all
# (a few words may name the kind between 个 and the part: 27个信息公开栏目, 7个专题专栏; 部分 of a site, 八大部分, is
# read only where the clause names the site: 本报告由…五个部分组成 is the outline)
_KIND = r"[^，,。；;、：:\d“”\"]{0,6}?"
# (种/项 count channels, ways and rules: 四种渠道, 8种解读方式, 八项制度)
_COUNT = Scouted(rf"(?P<etc>等)?(?:共计|共|合计|计)?(?P<num>{NUMBER})(?P<more>余|多)?(?:个|大|种|项){_KIND}(?P<part>{_PARTS}|部分)",
                 rf"[个大种项]{_KIND}(?:{_PARTS}|部分)")
_SITE = re.compile(r"网站|网页|门户|平台|主页|客户端|公众号")
# the verb or word that opens the list; the names run from it to the count
# (做好/维护/更新 the parts kept up: 积极做好政策法规及相关解读、…等四个板块的…工作; 持续维护更新领导介绍、…等27个栏目;
# 管好用好 the carriers, 通过/以 the channels and ways, 出台/完善 the rules, 其中 a part's sub-parts)
_OPENS = re.compile(r"(?:包括|包含|设置|设有|设立|开设|开通|涵盖|分为|分设|新增|增设|围绕|下设|做好|维护|更新|管好用好|通过|(?<![予加可所得难足用])以(?![及上下来后前往外内])|"
                    r"出台|制定|完善|其中)(?:了|有|为)?[:：]?")
_CLAUSE_END = re.compile(r"[，,。；;：:！!？?]")
_JOINED = re.compile(r"及|和|与")
_Q = "\ue000"  # a quoted name, as one character
# (or none: “网络中国节”“涉企政策推送”3个专题专栏)
_QUOTED_JOINT = re.compile(rf"(?<={_Q})(?:以及|及|和|与)?(?={_Q})")
_MAX_NAME = 20  # a longer item is a phrase, not a name


@dataclass
class NamedCount:
    said: str  # the count as printed (9个版块)
    count: int
    names: list[str]
    low: int  # names the 、 part
    high: int  # with every 及/和/与 read as parting two names
    etc: bool
    span: tuple[int, int]  # the names and the count, in the normalised text


def named_counts(paras: list[Para]) -> list[NamedCount]:
    """Every count of a site's parts stated right after the names it counts, whether they agree or not."""
    out = []
    for para in paras:
        s = para.text
        for m in _COUNT.finditer(s):
            count = to_number(m.group("num"))
            stops = [e.end() for e in _CLAUSE_END.finditer(s, 0, m.start())]
            clause_at = stops[-1] if stops else 0
            opens = list(_OPENS.finditer(s, clause_at, m.start()))
            if not opens or count is None or m.group("more"):
                continue  # 27余个: at least 27, which any number of names at or above it fits
            if m.group("part") == "部分" and not _SITE.search(s, clause_at, opens[-1].start()):
                continue
            body = s[opens[-1].end():m.start()]
            # quoted names joined by 及/和/与 are two (“湘易办”以及“2023年政务公开工作要点”): the joint stands between quotes
            names = [n for item in _QUOTED.sub(_Q, body).split("、") for n in _QUOTED_JOINT.split(item)]
            if len(names) < 2 or any(not n or len(n) > _MAX_NAME or re.search(r"\d", n) for n in names):
                continue
            low = len(names)
            high = low + sum(1 for n in names if _JOINED.search(n))
            out.append(NamedCount(s[m.start("num"):m.end()], int(count), body.split("、"), low, high,
                                  m.group("etc") is not None, para.span(opens[-1].end(), m.end())))
    return out


def wrong(c: NamedCount) -> bool:
    return c.count < c.low or (not c.etc and c.count > c.high)
