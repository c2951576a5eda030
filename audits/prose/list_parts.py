"""Which items after a list's marker are the parts of its total (lists.py finds where a list starts):
`主动公开信息213条，其中，工作动态184条；法定主动公开35条（其中政策文件6条、…）；年度报告1条；指南1条。`
A list runs over ；、，, to the end of the sentence (。！？) or of the bracket it opens in; a bracket inside
it is another (nested) list, read on its own. A list ends before an item that is no part of the total:
a clause that moves on (同比, 较上年, 累计 …), an item set beside the list (另 / 此外 / 还 …), or after the
item 以及 / 及 joins as the last (`包括机构概况1条，以及…2条` lists two parts), what became of applications (申请办结数8件, 结转下年…),
a channel of its own the total does not name
or one that states its own publishing, once the parts before it make the total (其中 seven parts = 172,
云林新韵微信公众号发布信息224条). Items are read in the total's unit (and kinds in another that the rest closes, cases.counted_before_rest); a share
(占48%) is never a part.
The words and types it reads them by (markers, totals, units, Part, Reading) are list_words.py.
"""
from __future__ import annotations

import re

from extractor.numerals import to_number

from .cases import (another_axis, answered_after_channels, carried_in_beside, carried_out_among_outcomes, counted_before_rest,
                    other_group, outcomes_dropped)
from .disclosed import CHANNEL, DOCUMENT, EXAMPLES_OF_CHANNELS, MEANS, OUTLET, SECTION, VERB, VIA_WORDS, ordinal
from .items import (DIGIT, FIGURE, LAST, NESTED, RANK, SHARE, SHARE_OF, clause_start, counts_any, holds_number,
                    opens_inner_list, separator_before, split_both)
from .list_channels import elsewhere as _elsewhere, media_outlet, media_split, other_channel
from .list_words import (ALL_ABOVE, EXHAUSTIVE, MOVES_ON, NEW_OF_PART, OPENS_REST, RESTATED, SAID_OF_ABOVE, Part, Reading, figure_first, not_a_result,
                         same_unit, states_own, unit)
from .pair_split import pair_split
from .patterns import RECEIVED_WORDS
from .siblings import sibling

_BARE_FIGURE = re.compile(r"^[^\d%％]{2,}?(\d{1,4})$")  # a label, then digits that end the item
# items fused where the copy dropped their units and separators: a thing counted, a bare figure, and the next item's
# words (重大民生信息410新疆政府网微信公众号推送信息1363微博发布信息1155条): the item's own figure is the last item's
_FUSED = re.compile(rf"(?:{DOCUMENT.pattern})\d{{1,6}}(?=[^\W\d_])")


# an outlet, then the verb of what it carried (…公众号等媒体发稿, 微信公众号发布)
_CARRIED_BY_OUTLET = re.compile(rf"(?:{OUTLET.pattern})[^，,、\d]{{0,6}}?(?:{VERB}|发稿|刊发|刊登|推送|转载|播发)")


# the verbs of applications coming in: a part that opens with the one its total was said with is that count split
_RECEIVED_AGAIN = re.compile(rf"^({RECEIVED_WORDS})")


def _received_again(item: str, total_clause: str) -> bool:
    """An item saying again the verb its total was said with (本年收到依申请公开总数为5个…其中,收到网上提交表单数为5个,…,
    收到信函方式数为5个): the received count split by how they came, not a new count beside it (MOVES_ON's 收到)."""
    m = _RECEIVED_AGAIN.match(item)
    return m is not None and m.group(1) in total_clause


def not_a_part(item: str, total_clause: str, total: int | float, so_far: int | float, before: str = "") -> bool:
    """Whether an item stands beside the total rather than in its list (the list ends before it): a
    clause that moves on, or a count through an outlet the total does not name or one stating its own
    publishing (云林新韵微信公众号发布信息224条) once the parts before it make the total — before that, such
    an item is one of the channels the total is split into (其中通过门户网站发布信息31条、"微会仪公众号"发布
    信息138条…), even when it alone exceeds the total (382条，包括政府网站35条，…，微信公众号2443条 is a list
    that does not add up, not a count beside it). A total that names the media (向…政务平台和媒体平台报送工作信息
    96条) names every outlet: 天水日报, 新天水客户端… are its parts however far the sum has gone. `before`: the list's
    text before the item."""
    if carried_in_beside(item, before) or MOVES_ON.match(item) and not _received_again(item, total_clause):
        return True
    m = FIGURE.search(item)
    label = item[: m.start()] if m else item
    if other_group(label, total_clause):
        return True
    other_outlet = "媒体" not in total_clause and any(c not in total_clause for c in OUTLET.findall(label))
    if not (other_outlet or states_own(label)):
        return False
    said = set(CHANNEL.findall(total_clause))
    # (or in its unit, after parts that name no channel: 通过区政府门户网站主动公开政务信息218条,其中基层治理与服务109条,…,
    # 通过微信公众号“浦沿发布”发布信息995条 — the site's list is by category, the outlet's count beside it)
    by_category = bool(before) and not CHANNEL.search(before)
    if other_outlet and said and m is not None and (by_category or not total_clause.endswith(unit(m))) \
            and _CARRIED_BY_OUTLET.search(label) \
            and not said & {c for c in CHANNEL.findall(label) if not SECTION.fullmatch(c)} \
            and not EXAMPLES_OF_CHANNELS.search(total_clause):
        return True  # a total said of its own channel (在社会信用信息平台…录入…1700余条) holds no count in a unit of its own
        # that another outlet carried (政府网站、公众号等媒体发稿178篇), however far the sum has gone — a section of its
        # site that names one is a category (政务新媒体入口1条), and channels named as examples (…电子屏等途径…328条次)
        # leave room for another (通过微信公众号公开…297条)
    # (a total of 0 is made by no part: under it, a later part above 0 is the inconsistency, 主动公开信息0条,其中市政务
    # 公开网0条,微信公众号发布文章、信息360条); an item opening with 其他 is the rest of this very split, whatever
    # outlets it names (共计6535条,通过政府门户网站公开3593条,政务微信2942条,其他电视台、微信公众号等方式公开1000余条)
    return so_far >= total > 0 and not OPENS_REST.match(label)


def _inner_end(s: str, items: list, k: int, parts: list) -> int | None:
    """Where a list nested without brackets in the item `k` ends (the item after its last), or None when
    it runs to the end: its total is the part before (…媒体发布信息200余篇，其中在国家级媒体发布55篇，…), and it
    ends before an item of another channel (other_channel), or one set off by a stronger separator than its
    own (…政策文件类207条，包含…11条，…97条；工作动态145条: the ； takes up the outer list again) — unless the items up to
    the next stronger mark fill the part exactly (_filled_past). A nested list of
    examples with no figure (…的信息1条,包括领导介绍及分工、部门职能等;…的信息2条,…) counts nothing: it ends the same
    way, and where it runs to the end the list ends with it."""
    if not parts:
        return None
    inner: list[Part] = []
    own = RANK.get(separator_before(s, items[k + 1][0]), 0) if k + 1 < len(items) else 0
    for j in range(k, len(items)):
        item = items[j][1]
        if j > k and other_channel(item, parts[-1].text, inner):
            return j
        if j > k and RANK.get(separator_before(s, items[j][0]), 0) > own:
            return _filled_past(s, items, j, parts[-1].value, sum(p.value for p in inner)) or j
        f = FIGURE.search(item)
        if f is None:
            if inner or DIGIT.search(item):
                return None
            continue  # an example, not a count
        inner.append(Part(item[: f.end()], to_number(f.group("num")) or 0, (0, 0)))
    return None if inner else len(items)


def _filled_past(s: str, items: list, j: int, total: int | float, so_far: int | float) -> int | None:
    """Where an inner list that falls short of its part at a stronger separator ends when the categories after it, up to
    the next stronger one, make that part exactly (…111条,包含工作动态信息62条、政务公开信息19条,机构信息2条、…、行政主体
    2条;…: 81 + 30 = 111 — the comma parts the inner list's own items, not the outer list's): the item after them.
    None when they do not fill it exactly (the comma takes up the outer list again)."""
    if not 0 < so_far < total:
        return None
    rank = RANK.get(separator_before(s, items[j][0]), 0)
    for m in range(j, len(items)):
        if m > j and RANK.get(separator_before(s, items[m][0]), 0) > rank:
            return None
        figures = list(FIGURE.finditer(items[m][1]))
        if len(figures) != 1 or figures[0].end() != len(items[m][1]) or figures[0].group("pre") \
                or figures[0].group("post") or NESTED.search(items[m][1]):
            return None
        so_far += to_number(figures[0].group("num")) or 0
        if so_far == total:
            # (only where the run ends there: an item after it at the same mark is the outer list's again)
            ends = m + 1 == len(items) or RANK.get(separator_before(s, items[m + 1][0]), 0) > rank
            return m + 1 if ends else None
        if so_far > total:
            return None
    return None


_VIA_OPEN = re.compile(rf"^(?:{MEANS})")
# where a list runs on past a stronger separator, an item may name its category after the verb that published it
# (…中标公告19条,财政预决算信息31条,发布开发区通知、公告、文件52条,转载…重要新闻640条): only how or where it went out
# (通过…, 在…, an outlet, a verb with a channel) ends the list — and a verb with no category (发布信息224条, OWN_STATEMENT)
_VIA_HOW = re.compile(rf"^(?:{VIA_WORDS})")
_YEAR = re.compile(r"\d{4}年度?")  # a year names no count (发布江苏省2023年交通重大项目清单)
_SPLIT_BY = re.compile(r"^(?:按|从)[^，,。；;：:、\d]{0,12}?(?:划?分|来?看)$")  # 按类别划分, 从渠道来看: another split


# what a part holds, said right after its figure (…33条含207条处理决定, …12条(其中5条为…)): a remark on the part, no part
_HELD_WITHIN = re.compile(r"(?<=\d[条件项个篇次])[(（]?(?:含|包含|包括|其中)\S*$")


def _runs_on(items: list, full: list, total: re.Match, value: int | float) -> list:
    """The items of a list cut where a stronger separator appears (、 then ，, ， then ；), or of the whole
    run when it goes on past it: the parts before fall short of the total, and every item after, to the end
    of the sentence or bracket, is a category named bare with its figure in the total's unit (`信息数156条，
    其中机关职能类信息12条，…，促进就业类信息12条；突发公共事件应急预案类信息47条；…；其他应主动公开的政府信息45条`;
    `政务信息1386条，其中：概况类信息22条、政务动态信息1335条，信息公开目录350条`). A count of its own, an outlet
    (公众号, 微博, 报刊…), a verb or a remark after the separator still ends the list."""
    if len(full) <= len(items):
        return items
    so_far = 0
    for _, item in items:
        f = FIGURE.search(item)
        so_far += (to_number(f.group("num")) or 0) if f is not None and same_unit(f, total) else 0
    if so_far >= value or items and not counts_any(items):
        return items  # (examples named before the cut: the counts after it belong to the list around it)
    # parts grouped by channel, each group opened by the same word (其中:通过政府网站公开…2条、…12条,通过微信公众号公开
    # …297条,…): a later group's opening names how, yet it is the next part of the same run
    via = _VIA_OPEN.match(items[0][1]) if items else None
    run = list(items)
    # a run closed before the piece — its parts reach the total, or its last names the rest (…其他17条;在微信公众号发布信息
    # 1051条) — is the list, whatever stands after it; one cut short is not
    closed, reached = False, so_far
    # (or a run of media under a total said of them, 在各级媒体刊发稿件4132篇,其中国家级媒体30篇,…;自主运营媒体刊发稿件2458篇,
    # 抖音号、快手号更新视频165篇,全年共发布信息1699条: the sentence moves on where an item names no medium, 2875)
    clause = total.string[clause_start(total.string, total.start()):total.end()]
    media = media_split([item for _, item in items], clause)
    # parts each said figure first (其中5件为协助…办理,均已完成;4件为我县直接办理,…): one run over the ；, closed or not
    parallel = any(FIGURE.search(t) for _, t in items) and all(figure_first(t, total) for _, t in items if FIGURE.search(t))
    for piece in full[len(items):]:
        item = piece[1]
        held = _HELD_WITHIN.search(item)
        if held is not None:  # (行政处罚信息33条含207条处理决定: the part is its first figure, what it holds a remark)
            piece = (piece[0], item := item[: held.start()])
        figures = list(FIGURE.finditer(item))
        if item.endswith("等") and piece is full[-1] and figures and figures[-1].end() == len(item) - 1:
            # the run's last part closed by 等 (…财政资金直达基层12条；其他文件共51条等。): a part still, the list a selection
            piece = (piece[0], item := item[:-1])
        if parallel and (first := figure_first(item, total)) is not None:
            run.append(piece)
            reached, closed = reached + (to_number(first.group("num")) or 0), True
            continue
        if not figures and so_far and not holds_number(_YEAR.sub("", item)) and not _SPLIT_BY.match(item):
            # a column named before its clause (交通强国建设试点专栏,总结发布阶段性成效33条) or a remark in a run of counts:
            # no part, and no end (a run with no count before its cut is no count list: 包括领导介绍及分工、部门职能等;…;
            # one split another way, 按类别划分, ends it)
            continue
        if len(figures) != 1 or figures[0].end() != len(item) or not same_unit(figures[0], total) \
                or figures[0].group("pre") or figures[0].group("post"):
            return run if closed or media and len(run) > len(items) else items
        label = item[: figures[0].start()]
        if not (via is not None and label.startswith(via.group()) and not MOVES_ON.match(label)) \
                and (len(label) < 2 or _VIA_HOW.match(label) or MOVES_ON.match(label)
                     or OUTLET.search(label) and not media_outlet(label, clause)
                     or (re.match(VERB, label) and CHANNEL.search(label))
                     or states_own(label) or NESTED.search(label) or SHARE.search(label)):
            return run if closed or media and len(run) > len(items) else items
        media = media and media_split([label], clause)
        run.append(piece)
        reached += to_number(figures[0].group("num")) or 0
        closed = reached == value or OPENS_REST.match(label) is not None
    return run


# what a part reached, said beside it (阅读量, 浏览量, 点击量, 关注/粉丝/订阅 numbers): a remark on the part before it
_AUDIENCE = re.compile(r"阅读|浏览|访问|点击|关注|粉丝|订阅")


def read_list(s: str, depth: list[int], total: re.Match, marker: re.Match, end: int, level: int,
          strict: bool = False, summed: tuple[int, int | float] | None = None) -> Reading | None:
    """The list after `marker`; `strict` (a list with no marker word) ends it at the first item that is not
    one figure in the total's unit word; `summed` (start, value): the total is the figures' sum from start
    (Reading.summed), said in all their clauses."""
    if to_number(total.group("num")) is None:
        return None
    parts: list[Part] = []
    complete, restated, trailing = True, None, False
    total_clause = s[summed[0] if summed else clause_start(s, total.start()):total.end()]
    value = summed[1] if summed else to_number(total.group("num"))
    last = ahead = False
    items, whole = split_both(s, depth, marker.end(), end, level)
    items = _runs_on(outcomes_dropped(items), outcomes_dropped(whole), total, value)
    items = [piece for item in items for piece in pair_split(item)]
    k = -1
    while k + 1 < len(items):
        k += 1
        pos, item = items[k]
        if last:
            break  # the item joined by 以及 was the list's last: what follows moves on
        again = ALL_ABOVE.match(item)
        if again and same_unit(again, total) and not (again.group("pre") or again.group("post")):
            # 以上8个议案均已按时答复完成: the total said again of every part before it, whatever its figure (never a part)
            restated = Part(item[: again.end()], to_number(again.group("num")), (pos[0], pos[again.end() - 1] + 1))
            break
        if SAID_OF_ABOVE.match(item):
            break  # …当面递交13件,信函申请50件,上述申请已办结64件: what became of them all, the list ends
        if len(parts) == 2 and parts[0].value + parts[1].value == value and parts[0].value and parts[1].value \
                and not strict and marker.group("marker") not in EXHAUSTIVE and not _semicolon_run(s, items, k, parts) \
                and not sibling(parts, item, [t for _, t in items[k + 1:]]):
            # after 其中 ("among them"), two parts that make the total split it in two, and what follows cuts across
            # the split (4034条，其中政务信息2657条，县直及各乡镇1377条，政策解读24条，人事和招聘信息92条…: the 24 and 92 are
            # among the 4034 again). A longer run that makes the total before its last item (…77条，其中 six items = 77，
            # 机构职能1条) is one breakdown that does not add up, as is a run with no marker (69条,61条,5条,3条,1条).
            # A part of 0 splits nothing: it names one category of a run that goes on (36件，其中政策咨询类36件，信访件0件，
            # …转办件2件; 主动公开信息数为206条，依申请公开信息数为0条，不予公开信息数为0条)
            break
        last, ahead = bool(LAST.match(item)) or ahead, False
        if last and FIGURE.search(item) is None and _examples_to_figure(items, k):
            last, ahead = False, True  # 以及部门动态,旗县动态等其他信息2027条: its examples run on to the last item's figure
            continue
        if SHARE.search(item):
            if not (parts and s[parts[-1].at[1]:pos[0]] in ("，", ",", "、") and SHARE_OF.fullmatch(item)):
                complete = False  # a share, not a count: never summed, and the list is then not all counts
            continue  # (the share of the part before it, 25件,占比86%, says nothing of what is counted)
        if parts and NEW_OF_PART.match(item) and s[parts[-1].at[1]:pos[0]] in ("，", ",", "、"):
            continue  # 政府文件180条,新增31条: how many of the part before are new this year, no part of its own (4601)
        if answered_after_channels(item, parts):
            break
        if (not_a_part(item, total_clause, value, sum(p.value for p in parts), "，".join(p.text for p in parts))
                and not carried_out_among_outcomes(item, total_clause, parts)) or other_channel(item, total_clause, parts) \
                or another_axis(item, parts) or not_a_result(item, marker.group("marker")):
            break
        if parts and sum(p.value for p in parts) == value and (_said_again(item, value)
                                                             or _second_breakdown(s, items, k, total, value)):
            break
        if parts and _continues(item, total, parts[-1]):
            pos, item = pos[1:], item[1:]  # 含 that cannot split the part before it: the item is a part of this list
        if opens_inner_list(item):
            # a list inside the list without brackets (…公众号2443条，其中乡村振兴228条…): the items before
            # it are parts; the inner list runs to the end unless an item shows where it stops
            after = _inner_end(s, items, k, parts)
            if after is None:
                complete = False
                break
            k = after - 1
            continue
        r = RESTATED.match(item)
        if r:
            if same_unit(r, total) and not (r.group("pre") or r.group("post")):
                restated = Part(item, to_number(r.group("num")), (pos[0], pos[-1] + 1))
                if restated.value != value and _more_after(s, pos[-1] + 1, end, total):
                    # …其他3条，共发布102条；专题专栏包括…: another figure than the total, with more to come, is
                    # a group's subtotal (the list has groups the text does not bracket): read as a total after
                    # its parts (unmarked.read_totals_after), whether or not its parts make it
                    return None
            break
        # (an ordinal counts nothing: '其中，第1条政府信息公开申请…第二十一条规定' names an application and an article)
        figures = [f for f in FIGURE.finditer(item) if not ordinal(f)]
        if strict and (len(figures) != 1 or figures[0].end() != len(item) or unit(figures[0]) != unit(total)
                       or NESTED.search(item) or SHARE.search(item) or _elsewhere(item, total_clause)):
            v = None if _elsewhere(item, total_clause) else counted_before_rest(items, k, total)
            if v is None:
                break
            parts.append(Part(item, v, (pos[0], pos[-1] + 1)))  # 在线回应19次 before 其他信息83条: a kind it counts
            continue
        if len(figures) > 1 and figures[-1].end() == len(item) and all(
                not same_unit(g, total) and item[g.end():g.end() + 1] not in "，,、；;" for g in figures[:-1]):
            figures = figures[-1:]  # 涉及九项重点领域信息350条: a count in another unit inside the label names what is counted
        if len(figures) > 1 or (figures and _FUSED.search(item, 0, figures[-1].start())):
            return None  # two figures in one item (one printed bare when items are fused): which is the part is unclear
        f = figures[0] if figures else None
        bare = _BARE_FIGURE.match(item)
        if f is None and parts and bare and sum(p.value for p in parts) == value:
            break  # the parts made the total: a figure without a unit after them is another count (…村社区2835个，
            # 公共资源交易招投标公告类信息8453(其中…): the outer list's next item), not a part
        if f is None and parts and bare:
            # 行政处罚1 among …3条、…2条: a figure whose unit the copy dropped, read in the list's unit (the
            # part shows it as printed)
            parts.append(Part(item, int(bare.group(1)), (pos[0], pos[-1] + 1)))
            continue
        if f is None and parts and not holds_number(item) and not item.endswith("等"):
            trailing = True  # …法治政府工作报告6条，较好地完成了…目标任务: the sentence moving on, unless a part follows
            continue
        if f is None or not same_unit(f, total):
            if f is not None and parts and _AUDIENCE.search(item):
                continue  # 年度阅读量为29.4万次 after a channel's count: how much the part was read, no uncounted part
            if parts and OPENS_REST.match(parts[-1].text):
                # …其他方式公开57条,公开事项18类,涉及10个领域: the rest closed the list, counts of other things follow
                # (or words on what the rest held: 其他类型信息36条主要涉及…,公开2024年度…报告等)
                break
            complete = False  # an item without a figure in this unit: not counted
            continue
        if trailing:
            complete = False  # the words without a figure stood between parts: an item not counted
        if f.group("pre") in _ABOUT:
            return None  # 约/近: the part may be less than its figure, so the sum bounds nothing
        v = to_number(f.group("num"))
        if v is None:
            return None
        # 1600余条 is more than 1600: the sum is a floor, which can still be above the total
        said = len(item) if f.start() == 0 and figure_first(item, total) else f.end()  # (5件为协助…办理: its words after it)
        parts.append(Part(item[:said], v, (pos[0], pos[said - 1] + 1), bool(f.group("pre") or f.group("post"))))
    return Reading(total, marker.group("marker"), marker.start(), parts, complete, restated, implicit=summed is not None,
                   summed=summed)

def _examples_to_figure(items: list, k: int) -> bool:
    """Whether the item after `k` closes examples with 等 before its one figure (旗县动态等其他信息2027条): the words of
    the item `k` are more of those examples."""
    if k + 1 >= len(items):
        return False
    after = items[k + 1][1]
    figures = list(FIGURE.finditer(after))
    return len(figures) == 1 and "等" in after[: figures[0].start()]


def _semicolon_run(s: str, items: list, k: int, parts: list[Part]) -> bool:
    """Whether the item `k` and the second part are both set off by ；: clauses of one enumeration, so the item
    is the next part even though the two before make the total (…207条…；工作动态145条；年度报告1条 = 353, not 352)
    — a split in two that what follows cuts across is said with commas (…2657条，…1377条，政策解读24条…)."""
    second = next((p for p in items if p[0] and p[0][0] == parts[1].at[0]), None)
    return second is not None and separator_before(s, second[0]) in ("；", ";") \
        and separator_before(s, items[k][0]) in ("；", ";")


# the words that may stand before the total said again (以上11件均…)
_AGAIN = ("", "这", "该", "以上", "上述")


def _said_again(item: str, value: int | float) -> bool:
    """Whether an item, once the parts before it make the total, opens with the total's own figure: the total said
    again of all of them (…当面申请2件,电子邮箱申请1件,邮寄申请8件,11件申请均…办理完成), not a fourth part."""
    f = FIGURE.search(item)
    return f is not None and item[: f.start()] in _AGAIN and to_number(f.group("num")) == value


def _second_breakdown(s: str, items: list, k: int, total: re.Match, value: int | float) -> bool:
    """Whether the item `k`, after parts that make the total, opens a second breakdown of the same total: set off
    by ；, its group (the items to the next ； or the end) counted in the total's unit and making the total again
    (共6件…其中,信函申请6件;申请信息已公开的2件,不属于本行政机关的4件: by channel, then by outcome). A group that does
    not make the total is read on as parts, so a breakdown that does not add up still shows."""
    if separator_before(s, items[k][0]) not in ("；", ";"):
        return False
    group = 0
    for j in range(k, len(items)):
        if j > k and separator_before(s, items[j][0]) in ("；", ";"):
            break
        figures = list(FIGURE.finditer(items[j][1]))
        if len(figures) != 1 or not same_unit(figures[0], total) or figures[0].group("pre") or figures[0].group("post"):
            return False
        group += to_number(figures[0].group("num")) or 0
    return group == value and k + 1 < len(items) and separator_before(s, items[k + 1][0]) not in ("；", ";")


def _continues(item: str, total: re.Match, before: Part) -> bool:
    """Whether an item opened by 含 ("including") names more than the part before it (…,政策解读2篇,含政务动态信息43条):
    it cannot be that part's breakdown, so it is a part of the list it stands in. (规范性文件5件,含废止2件 splits the 5.)"""
    if not item.startswith("含"):
        return False
    f = FIGURE.search(item)
    return f is not None and f.start() > 1 and same_unit(f, total) and not f.group("pre") \
        and (to_number(f.group("num")) or 0) > before.value



_ABOUT = ("约", "近")  # of NUM's approximate words, the two that do not say "at least"

def _more_after(s: str, start: int, end: int, total: re.Match) -> bool:
    return any(same_unit(f, total) for f in FIGURE.finditer(s, start, end))
