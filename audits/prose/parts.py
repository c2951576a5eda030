"""A total the prose states and the parts it then lists, as prose.inconsistent compares them:
`主动公开信息213条，其中，工作动态184条；法定主动公开35条（其中政策文件6条、…）；年度报告1条；指南1条。`

The list is read by lists.py (where it starts and ends, which items are parts, brackets, units, shares);
here each list of two parts or more becomes a Listing with spans in the text, and what the sentence
allows a reader to conclude:
- the parts may be a selection (其中, 包括, 主要包括): their sum can only be too big;
- the list is exhaustive when the sentence says so (分别为, a restated 合计/共计 after the parts, or a 合计 that
  closes a list with no total before it: `…105件，…17件，合计122件`), or when
  the list shows it: it names a category with 0 (a selection never lists what it has none of) or closes with
  the remainder (其他/其它/其余 N) — and every item names its figure in the same unit: then a sum below the
  total is wrong too. (In the eval set and corpus, every list with such a sign whose items are all in the
  total's unit adds up to its total, except the ones that are wrong.)
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractor.numerals import to_number

from .disclosed import CHANNEL, HOW, MEANS, OUTLET, SECTION, VERB, ordinal, same_items
from .patterns import NUM, ceiling
from .items import DIGIT, FIGURE, NESTED, SHARE_OF, clause_start, depths, label_of
from .list_words import (EXHAUSTIVE, GROUP_END, OPENING_MARKER, REST_WORDS, SENTENCE_END, TOTAL_WORDS, Reading, figure_first,
                         same_unit, unit)
from .list_bridges import read_paragraph
from .kinds_after_count import kinds_after_count
from .openings import read_among_after_head, read_restated_head
from .periods import TO_DATE
from .shares import Share, read_shares
from .text import Para

# the last category, what the others leave: 其他信息2条, or examples closed by 等 and then 其他 (政府文件、工作报告
# 、重大事件等民众关心的其他信息共计2004条: "these and the other information"), or a category joined to 其他 by 及/和/与
# (财务及其他信息4条: "finance and the rest"), or the rest qualified by the duty to publish (应主动公开的其他类信息25条)
# (or said bare after it: 主动公开其他信息12条; never another body's, 公开其他部门转来信息)
_REMAINDER = re.compile(rf"^(?:应|依法)?{VERB}的?(?:{REST_WORDS})(?!部门|单位|机关)|^(?:{REST_WORDS})|(?:等[^，,；;]*|[及和与])(?:{REST_WORDS})(?:类)?(?:信息|事项)?(?:共计|合计|总计|共)?"
                        rf"{NUM}$")


@dataclass
class Part:
    text: str
    value: int | float
    span: tuple[int, int]
    floor: bool = False  # 1600余条: at least the value
    share: Share | None = None  # the share of the total the sentence prints for it (shares.py)


@dataclass
class Listing:
    total: int | float
    unit: str
    total_text: str
    total_span: tuple[int, int]
    marker: str
    parts: list[Part]
    exhaustive: bool  # the parts are the whole: said (分别为, a restated 合计) or shown (a 0 item, 其他 last)
    complete: bool  # every item names a figure in the total's unit (no uncounted or other-unit item)
    sentence_span: tuple[int, int]
    restated: Part | None = None
    extra: dict = field(default_factory=dict)
    # what says the list is whole: "said", "after" (合计 N after the parts), "zero", "remainder" (其他 N last) or
    # "other" (其他 N among five parts or more), "shares" (each part's share, together 100 %) ("": nothing)
    whole_by: str = ""
    by_category: bool = False  # three parts or more, each a category named bare, and nothing listed after them
    ceiling: int | None = None  # a total said with 余/多 (300余条) is below this (400): only parts at or above it are wrong
    summed: bool = False  # the total is the sum of the figures the sentence before states (list_bridges._read_summed)

    @property
    def sum(self) -> int | float:
        return sum(p.value for p in self.parts)

    @property
    def floor(self) -> bool:
        """Whether the sum is only a lower bound (a part said as 1600余条): then only a sum above the total
        tells anything."""
        return any(p.floor for p in self.parts)


def listings(paras: list[Para]) -> list[Listing]:
    out = []
    for i, (before, para) in enumerate(zip([None] + paras[:-1], paras)):
        if before is not None and before.text.endswith("。") and ("：" in para.text or ":" in para.text):
            both = before.then(para)
            out += [listing_of(both, a, s, r) for a, s, r in read_restated_head(both.text, len(before.text))]
        if before is not None and ("：" in para.text or ":" in para.text):  # (a point's head may follow a ；)
            both = before.then(para)
            out += [listing_of(both, a, s, r) for a, s, r in read_among_after_head(both.text, len(before.text))]
        if before is not None and before.text.endswith("。") and OPENING_MARKER.match(para.text):
            # a list word opening the paragraph after the one whose last sentence states the total ('…主动公开信息83条。'
            # ⏎ '具体包括履职依据1条,…,其他信息20条。'): a blank line between them, the 其中 of one paragraph (a total a
            # head's reader above took already is not read twice)
            both, cut = before.then(para), len(before.text)
            taken = {x.total_span for x in out}
            out += [x for x in (listing_of(both, a, s, r) for a, s, r in read_paragraph(both.text, both) if a < cut < a + len(s))
                    if x.total_span not in taken]
        for a, s, r in read_paragraph(para.text, para):
            alone = len(r.parts) < 2 and not _alone_above(s, r)
            if alone and not _share_printed(s, r):
                continue  # one part is a subset named, not a list — unless it alone is above the total
            listing = listing_of(para, a, s, r)
            if alone:  # a subset named with its share of the total: read for that share only, never as whole
                listing.exhaustive, listing.whole_by, listing.by_category = False, "", False
            short = (listing.by_category or listing.whole_by in _SHOWN) and listing.sum < listing.total
            if short and (_completed_within(s, r, listing.sum) or _completed_after(para.text, a + len(s), r, listing.sum)):
                # the rest of the total stands in the sentences after: the list is no shortfall, and a sign that it
                # was whole (其他概况类信息 last: a category of the page's, not what the others leave) was no sign
                listing.by_category, listing.exhaustive, listing.whole_by = False, False, ""
            elif short and listing.by_category and not listing.whole_by and (more := _categories_next(para, a + len(s), r)):
                # …not exactly, but the next sentence goes on naming categories bare: the list runs on into it, and its
                # whole sum is what the total is against (an excess said as one, not the first sentence falling short)
                listing.parts += more
            out.append(listing)
        kinds = [listing_of(both, a, s, r) for both, a, s, r in kinds_after_count(paras, i)]
        seen = {p.span for x in out for p in x.parts} if kinds else set()  # (kinds another reader took: not twice)
        out += [x for x in kinds if not any(p.span in seen for p in x.parts)]
    return out


# a sentence that opens by setting a count beside what came before (同时,“元在西关”微信公众号…全年共推送信息240条)
_BESIDE_NEXT = re.compile(r"(?:同时|此外|另外|另)[，,]?")
# what shows a list whole without saying so (a 0 item, 其他 last, 其他 among five): a sign the sentences after may undo
_SHOWN = ("zero", "remainder", "other")
_SHARE_SENTENCE = re.compile(r"[。；;]?[^。！？；;\d]{2,16}?占[^。！？；;\d%％]{0,8}?\d+(?:\.\d+)?[%％](?=[。！？]|$)")
_ATTRIBUTE = re.compile(r"主动公开|依申请公开|不予公开")  # the 公开属性 every document made carries
_AFTER_MOST = 3  # sentences after a list that may each state one count of the rest
_SAYS_SUM = re.compile(rf"(?:{TOTAL_WORDS})$")


def _completed_after(text: str, end: int, r: Reading, listed: int | float) -> bool:
    """Whether the sentences after a list that falls short of its total make up the difference exactly, in the
    total's unit: one opening with 同时/此外/另 with a count that does (`累计主动公开政府信息达301条。其中…8条,…1条,…48条,
    …4条。同时,…微信公众号…全年共推送信息240条`: 61 + 240 = 301, the total counts both platforms), or the next ones,
    each stating such counts, which together do (`…3257条,其中,…1082条,…1674条,其他概况类信息更新量494条。…共发布政策
    解读2篇。积极回应公众关注热点5条。`: 3250 + 2 + 5). Only an exact fit says so."""
    value = r.value
    m = _BESIDE_NEXT.match(text, end)
    if m is not None:
        stop = SENTENCE_END.search(text, m.end())
        if any(_counts(f, r) and listed + (to_number(f.group("num")) or 0) == value
               for f in FIGURE.finditer(text, m.end(), stop.end() if stop else len(text))):
            return True
    for _ in range(_AFTER_MOST):
        stop = SENTENCE_END.search(text, end)
        if stop is None:
            return False
        # (a count of published items in any of their units, verb and all: 共发布政策解读2篇 beside 3257条)
        # (or several such counts, each closing its own clause: '互联网监管系统信息9041条,审批平台信息8000条。')
        figures = [f for f in FIGURE.finditer(text, end, stop.end()) if same_items(unit(f), unit(r.total))]
        if not figures or any(f.group("pre") or f.group("post") for f in figures) \
                or any(text[f.end():f.end() + 1] not in "，,；;。" for f in figures[:-1]):
            return False
        listed += sum(to_number(f.group("num")) or 0 for f in figures)
        if listed >= value:
            return listed == value
        end = stop.end()
    return False


def _categories_next(para: Para, end: int, r: Reading) -> list[Part]:
    """The parts of the sentence after a list when it goes on naming categories bare, three or more, each a clause closed
    by its figure in the total's unit (我县主动公开各类政府信息1644条。其中,…政府采购18条。试点领域信息公开中重大建设项目
    52条,义务教育53条,…: the 26 after the 20); none when a clause opens with a verb, names an outlet or holds a share, or
    the sentence opens by setting its counts beside the list (同时, 此外)."""
    text = para.text
    stop = SENTENCE_END.search(text, end)
    if stop is None or _BESIDE_NEXT.match(text, end):
        return []
    figures = list(FIGURE.finditer(text, end, stop.end()))
    if len(figures) < 3 or any(not same_unit(f, r.total) or f.group("pre") or f.group("post") for f in figures) \
            or any(text[f.end():f.end() + 1] not in "，,；;。" for f in figures):
        return []
    parts, at = [], end
    for f in figures:
        label = text[at:f.start()]
        if len(label) < 2 or re.match(VERB, label) or OUTLET.search(label) or SHARE_OF.search(label) or DIGIT.search(label) \
                or NESTED.search(label) or _SAYS_SUM.search(label):
            return []  # (a sentence with a total and parts of its own: 回应关切共计202条,其中答复…187条,…15条, 4983)
        parts.append(Part(text[at:f.end()], to_number(f.group("num")) or 0, para.span(at, f.end())))
        at = f.end() + 1
    return parts


def _completed_within(s: str, r: Reading, listed: int | float) -> bool:
    """Whether the rest of the list's own sentence, after its last part, makes up the difference exactly with its counts
    in the total's unit: the list reader stopped before them (a count in another unit, an outlet), but the sentence goes
    on splitting the same total (`累計主動公開政府信息2195條,其中政務要聞450條、…、其他182條,調整欄目3個,微信公眾號:600條,
    微博391條`: 1204 + 600 + 391), so its 其他 closed the site's categories, not the whole. Only an exact fit says so, and
    only before a ； (`…其他渠道132条;按类别划分,…`: another split of the total, by another measure, begins)."""
    if not r.parts:
        return False
    stop = GROUP_END.search(s, r.parts[-1].at[1])
    figures = [f for f in FIGURE.finditer(s, r.parts[-1].at[1], stop.start() if stop else len(s))
               if same_items(unit(f), unit(r.total))]
    return bool(figures) and all(_counts(f, r) for f in figures) \
        and listed + sum(to_number(f.group("num")) or 0 for f in figures) == r.value


def _share_printed(s: str, r: Reading) -> bool:
    """Whether the one part read prints its share of the total right after it (`收到…申请50件,其中自然人申请48件,占比96%`):
    a subset named, whose share says what it is of the total."""
    return len(r.parts) == 1 and SHARE_OF.match(s, r.parts[0].at[1]) is not None


def _counts(f: re.Match, r: Reading) -> bool:
    """Whether a figure after a list is a plain count in its total's unit (not 余/多, not 超过)."""
    return same_unit(f, r.total) and not f.group("pre") and not f.group("post")


def _alone_above(s: str, r: Reading) -> bool:
    """Whether the one part read is above its total and is a part of it: `主动公开政府信息3747条，其中通过门户网站
    发布信息3758条` is wrong on its own; but when the total counts one channel (委内OA系统…发布信息95条), a count
    through a channel it does not name (利用电子屏发布信息108条) stands beside it, whatever the marker says."""
    if len(r.parts) != 1 or not r.parts[0].value >= ((not r.summed and ceiling(r.total)) or r.value + 1):
        return False
    if r.marker in _COVERS and _OWN_MEANS.search(r.parts[0].text):
        return False  # '…3条,公开信息内容涵盖…等类别通过灌南在线等渠道公开政府信息17条': the count has its own means and verb
    said = CHANNEL.findall(s[clause_start(s, r.total.start()):r.total.end()])
    # (a section of a site, 信息公开目录 or a 专栏, is inside a total the site published: 26077条 on 政府门户网站; and the
    # site is one outlet whatever its name, 区级门户网站 in the total and 区人民政府网站 in the part)
    site = any("网" in c for c in said)
    return not (said and any(c not in said and not (site and (SECTION.fullmatch(c) or _SITE.search(c)))
                             for c in CHANNEL.findall(r.parts[0].text)))


# 涵盖 says what a total's content covers (categories); a count in it said with its own means and verb (通过…渠道公开…
# 17条) is another statement run on without a comma, not a part of that content
_COVERS = ("涵盖", "内容涵盖")
_OWN_MEANS = re.compile(rf"(?:{MEANS})[^，,。；;]*?{VERB}")
_SITE = re.compile(r"网站|官网")  # the organ's own site, under any of its names (门户网站, 政府网站, 官网)


def listing_of(para: Para, a: int, s: str, r: Reading) -> Listing:
    """The listing a reading of `s` (the paragraph's text from `a`) makes, its spans placed in the paragraph."""
    total = r.total
    said_from = r.summed[0] if r.summed else clause_start(s, total.start())
    # (a total said figure first, 4件为我县直接办理,其中…: its words after it, to the marker)
    said_to = r.marker_at if not r.summed and figure_first(s, None, total.start()) else total.end()
    total_clause = s[said_from:said_to]
    restated = r.restated and Part(r.restated.text, r.restated.value, para.span(a + r.restated.at[0], a + r.restated.at[1]))
    kept = _handling_split([p for p in r.parts if not _another_quantity(total_clause, p.text)
                            and not _over_years_beside(total_clause, p.text)])
    # a list the copy's end cuts ('…部分公开5件、不予公开28' and nothing after): more parts may follow, and its last
    # figure may have lost digits, so a sum below the total says nothing (a sum above it still does)
    cut = _cut_by_copy_end(para, a, s)
    # (or in the next sentence, saying one part's share alone: '…137条。主动公开的政府信息占41.5%。', 4061)
    after = _SHARE_SENTENCE.match(para.text, a + len(s))
    shares = {id(r.parts[x.part]): x for x in read_shares(s + (after.group(0) if after else ""), r.parts)}
    parts = [Part(_as_printed(para, a, s, p.at, p.text), p.value, para.span(a + p.at[0], a + p.at[1]), p.floor,
                  shares.get(id(p))) for p in kept]
    total_clause = _as_printed(para, a, s, (said_from, said_to), total_clause)
    whole_by = ("" if r.implicit else "after" if r.after else "paired" if r.paired
                else "said" if r.marker in EXHAUSTIVE or restated is not None
                # (a 0 among three parts or more, or among the 公开属性 (4182), names the kinds whole; one part beside
                # another 0 (…103条,涉及国家秘密的公文类信息0条, 4609) names two things said of the total)
                else "zero" if (len(parts) >= 3 or all(_ATTRIBUTE.search(p.text) for p in parts))
                and any(p.value == 0 for p in parts) and not _counts_after(s, r)
                else "remainder" if parts and _REMAINDER.search(parts[-1].text)
                else "other" if _other_among(parts) and not _SELECTION.match(s[r.parts[-1].at[1]:])  # …17条等: a selection
                else "shares" if _shares_whole(s, r) else "")
    return Listing(r.value, r.unit, total_clause,
                   para.span(a + (said_from if r.summed else total.start()), a + said_to), r.marker, parts, bool(whole_by),
                   r.complete and not cut, para.span(a, a + len(s)), restated,
                   whole_by=whole_by, by_category=not r.implicit and _by_category(s, r) and len(kept) == len(r.parts) and not cut
                   and not _shares_short(s, r),
                   ceiling=None if r.summed else ceiling(total), summed=r.summed is not None)


def _counts_after(s: str, r: Reading) -> bool:
    """Whether a run of counts in the total's unit (two or more) follows the list's last part in its sentence: the
    list was cut before the run ends (…41条信息:2条政策解读、0条…指南、0条…制度;法定主动公开共公布1条领导信息、…), so a
    0 item among the parts read shows no whole — the categories go on after them. (One count after is a statement
    beside the list: …年度报告1条;…累计办理依申请公开信息0条.) Counts in a bracket deeper than the list are a remark
    on a part, no more of its categories (…财政信息1条(各业务线数据:环境保护14条、…)组织开展…)."""
    depth = depths(s)
    level = depth[r.parts[-1].at[0]]
    return sum(1 for f in FIGURE.finditer(s, r.parts[-1].at[1])
               if depth[f.start()] <= level and same_unit(f, r.total) and not ordinal(f)) >= 2


def _as_printed(para: Para, a: int, s: str, at: tuple[int, int], text: str) -> str:
    """An item's words as the copy prints them where lists.py read a bracketed figure (政务信息(1386)条, read
    over spaces in the same places)."""
    return para.text[a + at[0]:a + at[1]] if s[at[0]:at[1]] != para.text[a + at[0]:a + at[1]] and "  " in text else text


def _shares(s: str, r: Reading) -> list[tuple[float, float]] | None:
    """Each part's share of the total as printed right after it, with the rounding it allows; None unless every
    part of two or more says one."""
    shares = []
    for p in r.parts:
        m = SHARE_OF.match(s, p.at[1])
        if m is None:
            return None
        pct = m.group("pct")
        shares.append((float(pct), 0.5 if "." not in pct else 0.05))
    return shares if len(shares) >= 2 else None


def _shares_short(s: str, r: Reading) -> bool:
    """Whether every part says its share and the shares make clearly less than 100 % (`申请95件。其中:电子邮件申请24件,
    约占总量的26%;信函邮寄申请66件,约占总量的69%;当面提交申请3件,约占总量的3%`: 98 %): the report's own figures say
    the list leaves part of the total out, so a shortfall is no question to put to it."""
    shares = _shares(s, r)
    return shares is not None and sum(v for v, _ in shares) < 100 - sum(e for _, e in shares)


def _shares_whole(s: str, r: Reading) -> bool:
    """Whether every part says its share of the total and the shares make 100 % (allowing each its rounding):
    the list is then the whole (`申请1046件。其中,…提交申请表的862件,占比82.4%;…信函…171件,占比16.3%;当面提交13件,
    占比1.3%`). The three such lists of the eval copies add up exactly; the one of the stop-18 sweep that does not (a
    city's 1230 查阅场所, 1227 listed with shares of 1230) is wrong. Shares say so only when their sum stands nearer 100 %
    than the listed parts' own share of the total: six one-decimal shares making 99.9 % for 914 of 915 listed (99.89 %)
    were worked out on the parts as listed, so such a list is no more whole than one without shares (4217)."""
    shares = _shares(s, r)
    if shares is None:
        return False
    slack, said = sum(e for _, e in shares), sum(v for v, _ in shares)
    total, listed = r.value, sum(p.value for p in r.parts if p.value is not None)
    # (shares printing 100 % for 1045 of 1046 were worked out on the whole list: whole, and the parts short)
    hidden = bool(total) and listed != total and abs(said - listed * 100 / total) < abs(said - 100)
    return abs(said - 100) <= slack and not hidden


def _other_among(parts: list[Part]) -> bool:
    """Whether a list of five parts or more names an 其他 category before its last item, as a form's fixed
    categories do (…政策解读2条,财务预决算及三公经费1条,其他信息2条,年度公开要点2条,…): the categories are all
    there. (In the eval copies and corpus, six such lists add up to their totals exactly; the two that do not,
    762 and 445, are both labelled wrong.)"""
    return len(parts) >= 5 and any(_REMAINDER.match(p.text) for p in parts[:-1])


def _cut_by_copy_end(para: Para, a: int, s: str) -> bool:
    """Whether the sentence has no end mark and nothing but blank space follows it in the copy."""
    return bool(s) and s[-1] not in "。！？!?；;" and a + len(s) == len(para.text) and para.ends_copy()


# what a total of published information (主动公开…N条) never contains: the year's applications and what was
# withheld are other counts, listed beside it by a form's fixed set of indicators (全年累计主动公开政府信息数量46条，
# 其中主动公开公文14条，依申请公开0条，公开会议信息数量3条…): such an item is no part, and its 0 is no sign the
# list is whole. A total that is not 主动公开 (累公开206条，其中主动公开206条，依申请公开0条…) may be split so.
_ACTIVE = re.compile(r"主动公开")
_NOT_ACTIVE = re.compile(r"^(?:依申请|不予公开|申请)")


def _another_quantity(total_clause: str, part: str) -> bool:
    return bool(_ACTIVE.search(total_clause)) and bool(_NOT_ACTIVE.match(part))


def _over_years_beside(total_clause: str, part: str) -> bool:
    """Whether a part counts over more than the year its total covers (4196: '2011年共主动公开政府信息606条，其中全文电子化率
    达100%，目前我委总计主动公开政府信息2739条' — the stock to date, no part of the year's 606)."""
    return bool(TO_DATE.search(part)) and not TO_DATE.search(total_clause)


# the old form's split of all the information made or obtained by how it was handled: 主动公开, 依申请公开, 不予公开
_HANDLED = re.compile(r"^(?:主动公开|依申请公开|不予以?公开|不公开)")  # 不予以公开 (3041) is 不予公开


def _handling_split(parts: list) -> list:
    """The parts of a list that splits a total by how the information was handled (`共制作获取政府信息总数为304条,其中
    主动公开信息数为304条,政府信息公开工作年度报告为1条,依申请公开信息数为0条,不予公开信息数为0条`; `共制作信息30条,其中
    主动公开信息数24条…;依申请公开信息数6条…;不予公开信息数0条`): 主动公开 with 依申请公开 or 不予公开 beside it. An item
    named between them (the 年度报告 is one of the 304 published) details one of the three, not a fourth share."""
    if not any(p.text.startswith("主动公开") for p in parts) or not any(_NOT_ACTIVE.match(p.text) or
                                                                      p.text.startswith(("不予公开", "不公开")) for p in parts):
        return parts
    return [p for p in parts if _HANDLED.match(p.text)]


_SELECTION = re.compile(r"^(?:等|之类|为主)")


def _by_category(s: str, r: Reading) -> bool:
    """Whether the list reads as the total split by category (`全年共发布212条，其中财政决算2条，行政处罚信息51条，
    对外宣传类信息97条`): three parts or more, each a category named bare — no verb, no channel (在…专栏刊登…14条
    is where, not what) — and no 等 or further figure in the total's unit after the last (…业务工作类6篇等 and a
    list cut by its separators are selections). Nothing says such a list is whole, so a shortfall is only a note."""
    if len(r.parts) < 3:
        return False
    labels = [label_of(p.text) for p in r.parts]
    if not all(x and _names_category(x) for x in labels):
        # 发布1条…, 在…专栏刊登…14条: how or where, not a category (信息公开年报 is one); a part printed number first
        # (1条政策解读,5条工作方案,…等政策文件) shows no words before its figure to tell
        return False
    after = s[r.parts[-1].at[1]:]
    return not _SELECTION.match(after) and not any(same_unit(f, r.total) and not ordinal(f) for f in FIGURE.finditer(after))


# a catalogue is a thing published (政务公开基本目录1条), not the section items went out in (信息公开目录信息784条)
_CATALOGUE = re.compile(r"目录$")
# a category named as one (工作动态类信息): after a verb of publishing, what it published is that category
_AS_CATEGORY = re.compile(r"类(?:信息|事项)?$")


def _names_category(label: str) -> bool:
    """Whether an item's words name a category bare: no channel (where) nor means (how) — though a catalogue
    is a category (政务公开基本目录1条) —, and a verb of publishing only before a category named as one
    (发布街道工作动态类信息51篇; 发布信息224条 names none, and 主动公开政策文件352条 is a clause publishing documents,
    as disclosed.same_items reads it)."""
    verb = re.match(VERB, label)
    words = label[verb.end():] if verb else label
    if verb and not _AS_CATEGORY.search(words):
        return False
    return not HOW.match(words) and not (CHANNEL.search(words) and not _CATALOGUE.search(words))

