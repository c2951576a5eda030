"""The words and figures a list is read by (lists.py and list_bridges.py find where it starts, list_parts.py which items are its
parts): the markers that open it, the total that ends the words before them or is restated after its parts, the
items that move on or stand beside it, a figure's unit; and what a reading is (Part, Reading).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.dates import YEAR
from extractor.numerals import CHINESE, COUNT_UNIT, to_number

from .anchors import Anchored, parse_width
from .clause import after_last
from .disclosed import CHANGE, CHANGE_WORDS, item_unit, same_items, topic
from .items import FIGURE, JOINED, MARKER_WORDS, clause_start
from .patterns import ANSWERED_VERB, CARRIED_OUT, NUM, PRE_REACH, ceiling
from .periods import IN_FORCE_WORDS
from .refiners import RESULT_WORDS

SENTENCE_END = re.compile(r"[。！？!?]")
GROUP_END = re.compile(r"[；;]")  # the end of a ；-group inside a sentence
# the words of the item that names what the others leave (其他信息2条, 其余3件): the rest of a list
REST_WORDS = r"其他|其它|其余"
OPENS_REST = re.compile(rf"^(?:{REST_WORDS})")
# 其中 and then 包括, a comma or the words of what is listed between them (其中,包括班子成员信息1条、…; 其中重点公开信息包括:
# 本级政策文件2条;…): one marker, the 包括 no list nested in the first item
_THEN_INCLUDES = r"(?:(?<=其中)[，,]?[^，,。；;：:\d、]{0,10}?(?:主要)?(?:包括|包含))?"
# 期中, a copy's typo for 其中 (我局主动公开信息0条,期中市政务公开网0条,…): only where 其中 would stand, right after a
# total's unit and a comma (the eval set and corpus print 期中 nowhere else; 期中评估 "mid-term" follows no count)
_TYPED_QIZHONG = r"(?<=[条件][，,])期中"
# a sentence may open its list by naming what it splits (在主动公开的信息中,通过…网站公开信息216条…; 在已答复的信件中,予以
# 公开7件…): "among the …", read only where a 其中 opening the sentence would be (list_bridges.read_paragraph)
_AMONG = r"在[^，,。！？；;：:]{0,16}?(?:信息|申请|信件)中"
# …and, opening a sentence, without its 在 (…不予以公开信息数2条,占比6.1%。公开信息中,机构职能类信息5条,…): words with
# no figure, then 中 and the comma (never 信息中心)
_AMONG_BARE = r"[^，,。！？；;：:\d]{1,14}?(?:信息|申请|信件)中(?=[，,：:])"
# …or without 在 naming its own count (2017年我局主动公开的107条信息中,工作动态类信息13条,…): the count inside is the total
_AMONG_COUNTED = r"[^，,。！？；;：:\d]{0,12}?的\d+[条件][^，,。！？；;：:\d]{0,6}?(?:信息|申请|信件)中(?=[，,：:])"
# …or, as _TYPED_QIZHONG, right after a total's unit and comma (…政府信息73条,在主动公开信息中,服务要闻22条;…); a 其中 may
# follow it (在主动公开的信息中,其中政府网站…26条;…): one marker
_AMONG_AFTER = rf"(?<=[个条件项篇次宗][，,]){_AMONG}"
_REPEATED = r"(?:(?:(?P=marker)|其中)[，,：:]?)?"
# what became of the applications just counted, said as their results (部门新收依申请公开数量为4件,办理结果为予以公开1件,
# 无法提供2件,不予处理1件): a list of that count, right after its unit and comma
_RESULTS_ARE = r"(?<=[件条宗][，,])(?:办理|答复|处理)结果(?:为|是)"


def not_a_result(item: str, marker: str) -> bool:
    """Whether an item of a list its marker announces as results (办理结果为…) names no result (政府新收…2件,办理结果为
    予以公开2件;部门新收依申请公开数量为4件,…: the next count, not a result of the first): the list ends before it."""
    return marker.endswith(("结果为", "结果是")) and RESULT_WORDS.match(item) is None


# a marker typed twice (其中,其中履职依据13条,…) opens one list
# (anchored: ~3 sentences with a figure in 4 hold none of its words, and its optional opening comma gives the engine no
# first character to scan for)
MARKER = Anchored(re.compile(rf"[，,：:]?(?P<marker>{MARKER_WORDS}|{_TYPED_QIZHONG}|{_RESULTS_ARE}|(?P<among>{_AMONG_AFTER})){_THEN_INCLUDES}"
                             rf"[，,：:]?{_REPEATED}"))
# or by naming the kinds of what the figure before counts (2024年主动公开的政府信息类别主要包括:…17条;…5条; 主要类别包括:
# 组织机构3条、…): the kinds of that figure, read as a 其中 there; or the contents of what it names (…累计公开政务信息
# 1165条。全年主动公开政府信息的内容有:…4条;…145条), which may be narrower than the figure: read only above it
# the nouns a report names the kinds of what it counts by (主要类别, 分类, 信息类型)
KIND_NOUNS = "类别|分类|类型|种类"
_KINDS = rf"(?:\d{{4}}年(?:度)?)?[^，,；;：:。！？\d]{{0,14}}?(?:{KIND_NOUNS}|(?P<narrows>的)(?=内容))"
# what may stand before an opening that names its own count late in its sentence (list_bridges: a heading run in, a
# year set off — '(二)…的类别2017年我局主动公开的107条信息中', '2016年，在主动公开的116条政府信息中'): words with no
# figure, then a year; the opening (_AMONG, _AMONG_COUNTED) is read from where this ends
LATE_OPENING = re.compile(rf"[^\d。！？；;]{{0,30}}?(?:{YEAR}年度?[，,]?)?(?=在[^，,。！？；;：:\d]{{0,16}}?\d|{_AMONG_COUNTED})")
OPENING_MARKER = re.compile(rf"[，,：:]?(?:{_KINDS})?(?P<marker>{MARKER_WORDS}|(?P<among>{_AMONG}|{_AMONG_BARE}|{_AMONG_COUNTED}))"
                            rf"{_THEN_INCLUDES}[，,：:]?"
                            rf"{_REPEATED}")
EXHAUSTIVE = ("分别为", "分别是")
# the total's figure ends the words before the marker, or stands before their last noun (总共发布8条信息，其中…; 共收到
# 106件信息公开申请,…,其中…; the kind of application quoted: 共收到9件“依申请公开”申请,其中…), and a bracket remarking
# on it (受理36件政府信息公开申请(均为自然人提交),…,其中…)
_AFTER_TOTAL = (r"(?:(?:各类|相关)?(?:政府|政务)?信息|(?:[“\"]?(?:(?:政府)?信息公开|依申请公开)[”\"]?)?申请)?"
                r"(?:[（(][^（()）\d]{1,16}[）)])?")
_TOTAL_AT_END = re.compile(rf"{NUM}(?={_AFTER_TOTAL}$)")
# the most characters after a total's number (余/多, its unit, what may follow it, a newline before the end `$` allows):
# its number is the run of numeral characters that reaches that far from the end, and the search starts there
_AFTER_NUMBER = parse_width(rf"(?:余|多)?{COUNT_UNIT}{_AFTER_TOTAL}")[1] + 1
# what the words before `end` must end with for _TOTAL_AT_END to match there: a unit's last character or 信息's
# (or either before the line end `$` also stops at)
_TOTAL_ENDS = tuple("件份条个起宗项例次部篇息请)）")
_TOTAL_ENDS += tuple(c + "\n" for c in _TOTAL_ENDS)


_IN_NUMBER = frozenset(CHINESE + ",.")  # NUMBER's characters besides the digits (万 among the numerals)


def total_at_end(s: str, end: int | None = None) -> re.Match | None:
    """_TOTAL_AT_END.search(s, 0, end): the figure that ends s[:end]. The search runs only when the last
    character allows one (a list reader asks at every comma of a sentence: most end in no unit), and only from
    where that figure can start: the run of numeral characters before its unit (PRE's words before it), not
    from the sentence's start (the same leftmost match: none can start earlier)."""
    if end is None:
        end = len(s)
    if not s.endswith(_TOTAL_ENDS, 0, end):
        return None
    start = max(0, end - _AFTER_NUMBER - 1)  # the number's last character stands here or after
    while start > 0 and (s[start - 1].isdecimal() or s[start - 1] in _IN_NUMBER):  # (\d is any decimal digit)
        start -= 1
    return _TOTAL_AT_END.search(s, max(0, start - PRE_REACH), end)
# a total restated after its parts (…10条，共公开信息44条; …81条,合计共221条): the word, then at most a verb and the
# noun every part is of, nothing that names another quantity; or the whole named by its total's noun (…政府信息1319条,
# 发布动态资讯1219条,信息发布总量达2538条: the grand total of the counts before it), never what was read or visited
# (独立用户访问总量达478065个) nor a channel's own (微信公众号推送总量250条)
_TOTAL_NOUN = r"(?:(?:政府|政务)?信息)?(?:发布|公开|更新)?(?:信息)?(?P<noun>总量|总数)(?:为|达到|达|是)?"
TOTAL_WORDS = "合计|共计|总计"  # the words that say a sum
RESTATED = re.compile(rf"^(?:(?P<word>{TOTAL_WORDS}|共)(?:共)?(?:主动)?(?:发布|公开)?(?:各类|相关)?(?:政府|政务)?(?:信息)?(?:为|有|达)?"
                      rf"|{_TOTAL_NOUN}){NUM}(?=(?:(?:政府|政务)?信息)?$)")  # (or its noun after the unit: 共计10条信息)
# an item opening with 以上/上述 and a figure: every part before it counted again (以上8个议案均已按时答复完成)
ALL_ABOVE = re.compile(rf"^(?:以上|上述)(?:{TOTAL_WORDS}|共)?{NUM}")
# an item opening with 以上/上述 and words: it speaks of the parts before it together (上述申请已办结64件), never a part
SAID_OF_ABOVE = re.compile(r"^(?:以上|上述)\D")
# an item set beside the list (另, 此外: "besides"); 另外 right before a figure is "the other N", the list's last part
# (收到…7件。其中2件为…,4件为…,另外1件申请公开…)
_BESIDE_WORDS = r"另有|另(?!外\d)|此外|还"
# an item that is no longer a part: a comparison, an item set beside the list, a running total, another count
# (申请办结数8件 and 结转下一年办理1件 after 受理…11件，其中网络申请11件: what became of the applications, not a part;
# the next year may be named by its number: 结转至2025年12件; 并 and a verb is a further action: …与政策咨询类50条,并通过
# 其他信访平台受理回复群众意见43条). Not refiners.RECEIVED_VERB: its bare 处理 opens a part of a list of published
# items (处理行政处罚32条, 1102)
# replies to the public's messages (答复网民舆情13条, 回复群众留言…): items published like any other, not what became of
# applications; nor are the hotline's (办结“12345”回复150条, a quoted name first)
_PUBLIC = r"[“\"「]?(?:网民|群众|公众|留言|舆情|12345|热线|工单|诉求)"
# (办理…事项的依据、条件、程序1条 names a category, the 2008 条例's words, its object up to 20 characters long — 办理行政许可
# 和其他对外管理服务事项的依据…, 4528: no handling of applications; 现行有效件数11件 is
# the documents in force, a stock beside the year's published count: periods.IN_FORCE_WORDS)
MOVES_ON = re.compile(rf"^(?:{CHANGE_WORDS}|{_BESIDE_WORDS}|"
                       rf"同时|并(?=[通在向对将按])|累计|历年|{IN_FORCE_WORDS}|浏览|阅读|点击|访问|(?:申请)?(?:(?:{ANSWERED_VERB})(?!{_PUBLIC})|办理(?![^，,。；;]{{0,20}}?事项的)|受理|收到|接到)|"
                       rf"{CARRIED_OUT})")
# an item that states its own publishing (…发布信息224条) is a statement beside the total, not a part of it
OWN_STATEMENT = re.compile(r"(?:发布|公开|推送|编发|上传|发送)(?:各类|相关)?(?:政府|政务)?信息$")


def states_own(label: str) -> bool:
    """Whether an item's words state a publishing of their own: the verb and 信息 end them, and what stands before
    the verb names who or how (云林新韵微信公众号发布信息, 通过其他形式公开信息, 门户网站发布信息) or nothing — not
    a category whose information it is (财政专项资金公开信息7条, 预决算公开信息1条, 环境违法行为曝光台发布信息17条:
    a category named like its neighbours, 工作动态类信息11条, 双随机一公开信息2条)."""
    m = OWN_STATEMENT.search(label)
    return m is not None and not topic(label[: m.start()])

def figure_first(s: str, total: re.Match | None = None, at: int = 0) -> re.Match | None:
    """The figure the clause at `at` opens with when it then says what those were (5件为协助市政务公开科办理; 4件为我县
    直接办理): a part of a list of applications said figure first (in the total's unit, when one is given), or the total
    of the list a marker after it opens (4件为我县直接办理,其中2件…)."""
    f = FIGURE.search(s, at, at + 12)
    return f if f is not None and f.start() == at and s[f.end():f.end() + 1] in ("为", "是", "系") \
        and (total is None or same_unit(f, total)) and not (f.group("pre") or f.group("post")) else None


def unit(m: re.Match) -> str:
    """The unit of a figure matched by NUM (条, 件, 人次…)."""
    return m.string[m.end("post") if m.group("post") else m.end("num"):m.end()]

def same_unit(a: re.Match, b: re.Match) -> bool:
    """Whether a part's figure `a` counts in the unit of `b` (条, 篇 and 件 of published items are one, as
    disclosed.same_items tells from the words of a's item)."""
    if unit(a) == "项" != unit(b) and re.match(r"[\u4e00-\u9fff]", a.string[a.end():a.end() + 1]):
        return False  # 涉及九项重点领域信息350条: entries counted inside a label, not a part's figure
    return same_items(unit(a), unit(b), a.string[_label_start(a.string, a.start()):a.start()],
                      b.string[_label_start(b.string, b.start()):b.start()])

_label_start = after_last("、，,；;：:。（()）")  # (s, at) → where the item's words before `at` start

@dataclass
class Part:
    text: str  # the item up to its figure's unit
    value: int | float
    at: tuple[int, int]  # in the sentence
    floor: bool = False  # 1600余条, 超过200条: at least the value (more, by how much unknown)

@dataclass
class Reading:
    """One list in one sentence: the total before the marker and the parts in the total's unit."""
    total: re.Match
    marker: str
    marker_at: int
    parts: list[Part]
    complete: bool  # every item names a figure in the total's unit (no uncounted, other-unit or share item)
    restated: Part | None  # a 合计/共计 N after the parts: a second total
    after: bool = False  # the total is stated after its parts (…105件，…17件，合计122件): the list is whole
    implicit: bool = False  # no marker word (26条(权益维护8条,…), 共373条,…93条、…): only a sum above says anything
    # the total is the sum of the sentence before's figures, from the first's clause to the last (754条,…2808条,…54条。
    # 其中…): the list splits one of them or all, so only a sum above it says anything; (start, value)
    summed: tuple[int, int | float] | None = None
    # two parts, one the other's negation (发文数42件,公开的42件,不公开的0件): every item is one or the other, so the
    # list is whole
    paired: bool = False

    @property
    def value(self) -> int | float | None:
        return self.summed[1] if self.summed else to_number(self.total.group("num"))

    @property
    def unit(self) -> str:
        return unit(self.total)


# an item set beside the list: where lists reads it
BESIDE = re.compile(rf"^(?:{_BESIDE_WORDS})")
# a part's own new items, said right after it ('政府文件180条,新增31条;重点工作79条,新增17条'): a count of the part, not beside it
NEW_OF_PART = re.compile(r"^(?:其中)?(?:今年|本年|当年)?新增(?=\d)")


def part_ending_at(end: int, readings: list[Reading], but: Reading | None = None) -> Reading | None:
    """The reading (other than `but`) one of whose parts ends at `end`, in the sentence's offsets: a figure there is that
    list's part, so what follows it is its sibling, not its breakdown (the readers of one sentence ask this alike)."""
    return next((r for r in readings if r is not but and any(p.at[1] == end for p in r.parts)), None)


def total_kind(total: re.Match) -> bool:
    """Whether a figure can be a list's total: said exactly, or as a round figure and 余/多 (300余条: above 300,
    below 400), whose parts can then be too many; never 约/近 (either side) nor 超过/逾 (no bound above)."""
    return not total.group("pre") and (not total.group("post") or ceiling(total) is not None)


def said_as_change(s: str, f: re.Match) -> bool:
    """Whether a figure is said as a change from the year before (与去年相比增加40条, 同比增长12条): never a total."""
    return bool(CHANGE.search(s, clause_start(s, f.start()), f.start()))


def covered_total(s: str, f: re.Match) -> re.Match | None:
    """The figure before a clause that says what it covers in another unit (共受理政府信息公开申请1件,涉及1个领域。其中予以
    公开申请1件,…): a list after the clause splits that figure, not the clause's (its kinds are no count of the list's
    items). None where f's clause opens with no 涉及, or the figure before it, right before its comma, counts in f's kind
    (主动公开政府信息869件,涉及具体信息956条: published items either way, which the list may split)."""
    at = clause_start(s, f.start())
    if not s.startswith("涉及", at) or at < 2 or s[at - 1] not in "，,":
        return None
    before = total_at_end(s, at - 1)
    if before is None or item_unit(unit(before)) == item_unit(unit(f)) or not total_kind(before) \
            or said_as_change(s, before):
        return None
    return before


def joined_total(s: str, depth: list[int], total: re.Match) -> tuple[int, int | float] | None:
    """`被行政复议5宗、行政诉讼0宗,其中2宗维持原答复,1宗结果纠正,…`: figures in the total's unit ending items joined by 、
    (or by 和/及/与: 行政复议案件6件和行政诉讼案件3件) right before it are one coordinated run, and the list after the run splits all of them, or any one — (where the
    run starts, their sum), which only a sum above contradicts (as list_bridges._read_summed); None for a figure alone."""
    if total.group("pre") or total.group("post"):
        return None
    kind, level = item_unit(unit(total)), depth[total.start()]
    at, run, joined, cur = _label_start(s, total.start()), to_number(total.group("num")) or 0, False, total
    while True:
        if at > 0 and s[at - 1] == "、":
            f = total_at_end(s, at - 1)
        else:  # '行政复议案件6件和行政诉讼案件3件': the item before is joined by a word inside this item's words
            f = next((f for j in reversed(list(JOINED.finditer(s, at, cur.start()))) if (f := total_at_end(s, j.start()))),
                     None)
        if f is None or depth[f.start()] != level or item_unit(unit(f)) != kind or f.group("pre") or f.group("post") \
                or said_as_change(s, f):
            break
        run, joined, at, cur = run + (to_number(f.group("num")) or 0), True, _label_start(s, f.start()), f
    return (at, run) if joined else None

