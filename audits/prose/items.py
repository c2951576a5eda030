"""The items of a list in a sentence, as lists.py reads them: bracket depth (a bracket inside a list is a
list of its own), where a list can end at the latest (its bracket closes, or the sentence ends), and the
runs between separators (、，；) at one level — a list of 、 ends at a comma, unless 以及 opens the item
after it —, with examples joined to the figure they lead to
(政务要闻、通知公告,工作动态等信息307条 is one item).
"""
from __future__ import annotations

import re

from extractor.numerals import CHINESE

from .clause import after_last
from .disclosed import CHANGE_WORDS
from .patterns import NUM, NUM_END, NUM_LEAD, PERCENT, PRE_REACH, Scouted

OPEN, CLOSE = "（(", "）)"
_SEPARATORS = "、，,；;"
BRACKET = re.compile(r"[（(）)]")
_ITEM = re.compile(r"[^、，,；;：:。！？!?]+")  # an item of a sentence without brackets: between separators
_ITEM_END = re.compile(r"[、，,；;：:。！？!?]")  # what ends an item (level_items)
FIGURE = Scouted(rf"(?<![\d.]){NUM}", NUM_END, NUM_LEAD, PRE_REACH)
# the words that open a list of parts (lists.py, list_parts.py); 分别为 says the list is the whole; 不含 excludes; 内有
# ("within it": 机构类信息20条,内有领导成员10条、…) as 其中; 具体分类如下 (…32条,具体分类如下:工作动态信息25条、…) as 具体为
# 包括…在内的 ("…included") qualifies the noun after it (包括媒体解读、专家解读等在内的各类政策解读155条: one item), no list
_NOT_WITHIN = r"(?![^，,；;。！？\d]{0,40}?在内(?:的|(?=[，,；;。！？]|$)))"
NESTING_WORDS = (rf"其中(?:主要)?包括{_NOT_WITHIN}|其中|主要包括{_NOT_WITHIN}|内容包括|具体包括|具体为|具体是|(?:具体)?分类如下"
                 rf"|包括{_NOT_WITHIN}|包含{_NOT_WITHIN}|主要有|分别为|分别是|分别|(?<![不包])含|内有")
NESTED = re.compile(NESTING_WORDS)


def counts_any(items: list) -> bool:
    """Whether any of the items (offsets, text) says a figure: a run naming things without one gives examples, not
    parts (民意征集类4条,包括征集主题、情况反馈等;其他信息617条)."""
    return any(FIGURE.search(t) for _, t in items)


def opens_inner_list(item: str) -> bool:
    """Whether an item holds a list of its own (…公众号2443条，其中乡村振兴228条…): a nesting word — unless the item names
    its category first and the nesting word then gives examples of what its one figure covers, closed by 等
    (其他政务信息为新区的日常新闻报道,内容包含党建活动、自然生态、企业入驻、部门活动等540条: one part of 540)."""
    m = NESTED.search(item)
    if m is None:
        return False
    figures = list(FIGURE.finditer(item))
    return not (m.start() > 0 and len(figures) == 1 and figures[0].end() == len(item)
                and "等" in item[m.end():figures[0].start()])


# 涵盖 ("covers") opens a list after its total as 包括 does (全年累计公开信息59条,内容涵盖政务信息12条、…; …140条。内容
# 涵盖…5条、…), but inside an item it says in words what a count covers (不予公开信息数为0条.内容涵盖财政、文化…): no nested list
# a split by kind opens a list after its total as 其中 does (政务新媒体1个,按政务新媒体类型分,微信公众号1个、视频号1个;
# …条,按类别划分,…): right after the total's unit and comma, 按, the kind word, 分 or 划分, then the comma (按…分别 or
# 按时/按照 is no split; a split opening a clause of its own, after 。 or ；, may split any figure before it)
# (by kind: 按类型划分, 按类别分; or 分类 after what it sorts by: 按照主题分类, 按内容分类)
_BY_KIND = r"(?<=[个条件项篇次宗][，,])按[^，,。；;：:、\d]{0,12}?(?:(?:类型|类别|种类|类)划?分|分类)(?=[，,：:])"
MARKER_WORDS = rf"{NESTING_WORDS}|内容涵盖|涵盖|内容有|{_BY_KIND}"
_OPENS_LIST = re.compile(rf"^(?:{MARKER_WORDS})")
# 以及 / 及 ("and") joins the last item to a list (包括机构概况1条，以及…2条: two parts); 及时 is an adverb
LAST = re.compile(r"^(?:以及|及(?!时))")
_REST_COUNTED = re.compile(rf"^(?:其他|其它|其余)[^\d{CHINESE}]{{0,12}}{NUM}$")
JOINT_WORDS = "以及|及|和|与"  # two items joined by a word: “湘易办”以及“…”, 行政复议案件6件和行政诉讼案件3件
JOINED = re.compile(JOINT_WORDS)
DIGIT = re.compile(rf"[\d{CHINESE}]")
# a name in quotes or a title (“一网通办”, “三公”经费, 《…》), 统一/唯一/进一步/之一 and an enumerator (三是…) write a numeral
# that counts nothing
QUOTE_MARKS = (("“", "”"), ('"', '"'), ("《", "》"), ("「", "」"), ("‘", "’"))  # (opening, closing)
QUOTED = re.compile("|".join(f"{o}[^{c}]*{c}" for o, c in QUOTE_MARKS))
_NO_COUNT = re.compile(rf"{QUOTED.pattern}|统一|唯一|进一步|之一|[{CHINESE}]是")


def holds_number(text: str) -> bool:
    """Whether a piece of text writes a number, in digits or in Chinese numerals that count something."""
    return DIGIT.search(_NO_COUNT.sub("", text)) is not None


# a share: said of a figure, never a figure of its own (as a change is: disclosed.CHANGE_WORDS)
SHARE = re.compile(r"[%％]|百分之")
# a count's share of its total, said right after the count (862件,占比82.4%; 148个,占总数的12%; 3条占8.11%;
# 216条,占总体比例的55 %; 24件,约占总量的26%) — 占 may be left out when the words name the whole (4条,信息公开总量的
# 7.02%): never a rate (办结率100%)
_SHARE_WORDS = r"(?:各)?(?:约|大约)?(?:所?占[^，,；;。！？\d%％]{0,12}?|[^，,；;。！？\d%％占]{0,8}?总(?:量|数|体)(?:比例)?的)"
SHARE_OF = re.compile(rf"[，,、]?{_SHARE_WORDS}{PERCENT}")
# a piece that only remarks on the figure before it (占比82.4%, 较上年增长20%), or says what its items were, with 等
# closing the examples (…1条,占总体的比例为6.67%,公布了街道本年度安全生产百日攻坚行动等信息; …554条,包括统计信息和部门工作
# 动态等内容,占…)
_CONTENTS = r"(?:(?:主要|重点)?(?:公布|发布)了?|(?:主要)?(?:包括|包含|涉及|涵盖))[^，,；;。！？]*等"
_REMARK = re.compile(rf"^(?:{_SHARE_WORDS}{PERCENT}|所?占[^%％]*[%％]|(?:{CHANGE_WORDS})|{_CONTENTS})")


RANK = {"、": 0, "，": 1, ",": 1, "；": 2, ";": 2}  # how strongly a separator sets items apart


def separator_before(s: str, pos: list[int]) -> str:
    """The separator that sets an item (its offsets, as split_items gives them) apart from the one before."""
    i = pos[0] - 1 if pos else -1
    while i >= 0 and s[i] in "：: ":
        i -= 1
    return s[i] if i >= 0 and s[i] in RANK else ""


def depths(s: str) -> list[int]:
    """Bracket depth of each character (an opening bracket belongs to its inside)."""
    if not BRACKET.search(s):
        return [0] * len(s)  # most sentences: no per-character walk
    depth, out, opened, done = 0, [], [], 0
    for m in BRACKET.finditer(s):  # from bracket to bracket: the depth changes nowhere else
        i = m.start()
        out += [depth] * (i - done)
        if s[i] in OPEN:
            depth += 1
            opened.append(i)
        out.append(depth)
        if s[i] in CLOSE and depth:
            depth -= 1
            opened.pop()
        done = i + 1
    out += [depth] * (len(s) - done)
    for at in opened:  # a bracket never closed after an item's words ('其他业务信息(如…等15条。') encloses nothing;
        if not _AFTER_FIGURE.search(s, 0, at):  # one after a figure ('26条(权益维护8条,…') holds its list to the end
            out[at:] = [d - 1 for d in out[at:]]
    return out


_AFTER_FIGURE = re.compile(r"\d[^\d，,；;。、]{0,2}$")


clause_start = after_last("，,；;：:。")  # (s, at) → where the clause of `at` starts


def bracket_start(s: str, close: int) -> int:
    d = 0
    for i in range(close, -1, -1):
        if s[i] in CLOSE:
            d += 1
        elif s[i] in OPEN:
            d -= 1
            if d == 0:
                return i
    return close


def past_bracket(s: str, at: int) -> int:
    """Past a bracket opened at `at` (a remark right after a figure: 自然人申请15件(市发展改革委转办1件),…); `at` itself
    where none opens there or it never closes."""
    if not s.startswith(tuple(OPEN), at):
        return at
    d = 0
    for i in range(at, len(s)):
        if s[i] in OPEN:
            d += 1
        elif s[i] in CLOSE:
            d -= 1
            if d == 0:
                return i + 1
    return at


def label_of(part: str) -> str:
    """What a part names: its words before its figure (动漫解读 of 动漫解读文件7个; 工作动态类信息 of 工作动态类信息11条)."""
    m = FIGURE.search(part) or _TRAILING_DIGITS.search(part)
    return part[:m.start()] if m else part


_TRAILING_DIGITS = re.compile(r"\d+$")


def region_end(s: str, depth: list[int], start: int, level: int) -> int:
    """Where the list ends at the latest: the bracket it opens in closes, or the sentence ends."""
    if BRACKET.search(s, start) is None:
        # no bracket from `start` on: the depth stays depth[start] to the end (it changes only at a bracket), so the
        # walk below stops at `start` or runs to the end — told without stepping through every character
        return start if start < len(s) and depth[start] < level else len(s)
    for i in range(start, len(s)):
        if depth[i] < level or (depth[i] == level and s[i] in CLOSE):
            return i
    return len(s)


def split_items(s: str, depth: list[int], start: int, end: int, level: int,
                cut: bool = True) -> list[tuple[list[int], str]]:
    """(offsets, text) of each item at the list's own level, brackets inside it left out. The list ends
    where a stronger separator than the one between its first items appears (、 then ；: what follows is
    another clause, not another part) — unless `cut` is False (list_parts tells when a list runs on). Words joined by 、 before an item's figure are that item's (政府文件、
    工作报告、重大事件等…其他信息2004条 is one item, 政务要闻、通知公告,工作动态等信息307条 too), not items."""
    return _cut(_joined_pieces(s, depth, start, end, level), cut)


def split_both(s: str, depth: list[int], start: int, end: int, level: int) -> tuple[list, list]:
    """split_items cut and not cut (a list that may run on asks for both): the pieces are read once."""
    pieces = _joined_pieces(s, depth, start, end, level)
    return _cut(pieces, True), _cut(pieces, False)


def _joined_pieces(s: str, depth: list[int], start: int, end: int, level: int) -> list[tuple[list[int], str, str]]:
    """The pieces between separators at the list's level, examples joined to their figure, remarks dropped."""
    if start < end and depth[start] == level and not BRACKET.search(s, start, end):
        pieces = _pieces(s, start, end)  # one level throughout: cut at the separators, found in C
    else:
        pieces = walk_pieces(s, depth, start, end, level)
    pieces = [(p[len(p) - len(t):], t, sep) for p, t, sep in _examples_joined(pieces, s)]
    return _remarks_dropped(pieces) or pieces


def walk_pieces(s: str, depth: list[int], start: int, end: int, level: int) -> list[tuple[list[int], str, str]]:
    """The pieces read character by character, brackets below the list's level left out: (offsets, text, the
    separator after it: "" at the end). _pieces reads the same where no bracket opens."""
    pieces = []
    cur, pos = [], []
    for i in range(start, end):
        if depth[i] > level or s[i] in CLOSE and depth[i] == level:
            continue
        if s[i] in _SEPARATORS:
            pieces.append((pos, "".join(cur), s[i]))
            cur, pos = [], [i]  # the separator's offset leads the next piece, for a join
            continue
        if s[i] in "：:" and not cur or s[i] in "。！？!?":
            continue
        cur.append(s[i])
        pos.append(i)
    pieces.append((pos, "".join(cur), ""))
    return pieces


def _cut(pieces: list[tuple[list[int], str, str]], cut: bool) -> list[tuple[list[int], str]]:
    """The items of the pieces, up to a stronger separator than the first items' when `cut`."""
    items, first, inner = [], None, _points_separator(pieces)
    for k, (pos, text, sep) in enumerate(pieces):
        items.append((pos, text))
        if not sep:
            break
        if first is None and text:
            # the first part's own breakdown right after it, with no bracket (…207条,包含…11条,…97条;工作动态145条;…):
            # the separator inside it is not the list's, which is the first one stronger than it
            if inner is None and not any(t for _, t in items[:-1]) and k + 1 < len(pieces) \
                    and _OPENS_LIST.match(pieces[k + 1][1]):
                inner = RANK[sep]
            elif inner is None or RANK[sep] > inner:
                first = RANK[sep]
        elif cut and first is not None and RANK[sep] > first:
            if k + 1 < len(pieces) and (LAST.match(pieces[k + 1][1]) or _REST_COUNTED.match(pieces[k + 1][1])
                                        and counts_any(items)):
                # A、B、C，以及D: the last item, after a comma as often as not; so is the rest with its count
                # (通知公告类信息130条、工作动态类信息62条,其他类信息10余条) — the rest of counted parts (counts_any)
                items.append(pieces[k + 1][:2])
            break
    return [(p, t) for p, t in items if t]


def _points_separator(pieces: list[tuple[list[int], str, str]]) -> int | None:
    """Where the list's items are numbered points (一是機構概況,及時更新…;二是…): the rank below the separator before
    二是, so the points' inner commas are no separators of the list."""
    if not pieces or not _POINT_ONE.match(pieces[0][1]):
        return None
    k = next((k for k in range(len(pieces) - 1) if pieces[k + 1][1].startswith("二是")), None)
    return RANK[pieces[k][2]] - 1 if k is not None and RANK[pieces[k][2]] > 0 else None


_POINT_ONE = re.compile(r"^[：:]?\s*一是")
_SEPARATOR = re.compile(f"[{_SEPARATORS}]")
_SKIPPED = re.compile(r"[：:。！？!?]")  # a colon opening a piece and a sentence end are no part of its text


def _pieces(s: str, start: int, end: int) -> list[tuple[list[int], str, str]]:
    """split_items' pieces of s[start:end] where no bracket opens or closes: the runs between separators, each
    with the offset of the separator before it leading its offsets; a piece holding a colon or a sentence end
    is read character by character, as split_items reads every piece of a bracketed list."""
    pieces = []
    at, lead = start, []
    for m in _SEPARATOR.finditer(s, start, end):
        pieces.append(_piece(s, at, m.start(), lead, m.group()))
        at, lead = m.end(), [m.start()]
    pieces.append(_piece(s, at, end, lead, ""))
    return pieces


def _piece(s: str, a: int, b: int, lead: list[int], sep: str) -> tuple[list[int], str, str]:
    if not _SKIPPED.search(s, a, b):
        return lead + list(range(a, b)), s[a:b], sep
    cur, pos = [], list(lead)
    for i in range(a, b):
        if s[i] in "：:" and not cur or s[i] in "。！？!?":
            continue
        cur.append(s[i])
        pos.append(i)
    return pos, "".join(cur), sep


def _remarks_dropped(pieces: list[tuple[list[int], str, str]]) -> list[tuple[list[int], str, str]] | None:
    """Parts set off by ；, each followed after a comma by a remark of its own (`其中:通过门户网站公开6500余条,
    较上年增长20%;通过…主流媒体公开信息600余条,较上年增长25.2%;…`, `其中,通过网络申请1156件,占70.44%;通过信函申请
    470件,占28.64%,通过当面申请15件,占比0.91%`): the remark belongs to its part, so the list runs on at the ；, as far
    as every figure is followed by its remark (`…其他处理2件,占2.47%;因政府信息公开引起的行政复议案件2件、…`: the
    figure without one is another clause). The parts with their remarks left out, one separator (；) between them, or
    None when the list is not set so (two parts at least, a ； among them)."""
    out, k = [], 0
    while k + 1 < len(pieces) and (f := FIGURE.search(pieces[k][1])) is not None:
        if not _remark(pieces[k + 1][1]):
            if not (out and f.group("num") == "0" and FIGURE.search(pieces[k + 1][1])
                    and k + 2 < len(pieces) and _remark(pieces[k + 2][1])):
                break  # (only a part with its own share after the 0 goes on: a last part without one ends the run)
            out.append((pieces[k][0], pieces[k][1], "；"))  # …占16%;行政执法类信息0条;重点业务类…: a 0 needs no share
            k += 1
            continue
        j = k + 1
        while j + 1 < len(pieces) and _remark(pieces[j + 1][1]):
            j += 1
        out.append((pieces[k][0], pieces[k][1], "；"))
        k = j + 1
    if len(out) < 2 or not any(sep in "；;" for _, _, sep in pieces[:k - 1] if sep):
        return None
    out[-1] = (*out[-1][:2], "")
    return out


def _remark(text: str) -> bool:
    return bool(_REMARK.match(text)) and not FIGURE.search(text)


def _examples_joined(pieces: list[tuple[list[int], str, str]], s: str) -> list[tuple[list[int], str, str]]:
    """Runs of pieces without a figure, joined by 、, and the piece with a figure they lead to, as one: joined
    by 、 alone, or with a comma among them when 等 closes the examples before the figure (a comma typed for
    a 、). Each piece's offsets start with the separator before it (dropped again unless joined)."""
    out, i = [], 0
    while i < len(pieces):
        j = i
        while j < len(pieces) - 1 and pieces[j][2] in "、，," and pieces[j][1].strip() and not DIGIT.search(pieces[j][1]):
            j += 1
        seps = [pieces[k][2] for k in range(i, j)]
        f = FIGURE.search(pieces[j][1]) if j > i else None
        if f is not None and "、" in seps and (set(seps) == {"、"} or "等" in pieces[j][1][: f.start()]):
            first_pos, first_text = pieces[i][0], pieces[i][1]
            pos = first_pos[len(first_pos) - len(first_text):] + [x for k in range(i + 1, j + 1) for x in pieces[k][0]]
            out.append((pos, "".join(s[x] for x in pos), pieces[j][2]))
            i = j + 1
            continue
        out.append(pieces[i])
        i += 1
    return out


def level_items(s: str, depth: list[int]) -> list[tuple[int, list[tuple[list[int], str]]]]:
    """The items of each level of the sentence (the top level, and each bracket's inside), split at
    、，； and at a colon."""
    if not BRACKET.search(s):  # one level: the items are the runs between separators, found in C
        return [(0, [(list(range(m.start(), m.end())), m.group()) for m in _ITEM.finditer(s)])] if s else []
    runs: dict[tuple[int, int], list] = {}  # (level, bracket start) -> items
    cur: dict[tuple[int, int], tuple[list[int], list[str]]] = {}
    opened = [0]

    def stretch(a: int, b: int) -> None:
        """The characters from one bracket to the next: one depth, so one level's item runs, cut at its separators
        (found in C) instead of character by character."""
        level = depth[a]
        key = (level, opened[-1] if level else 0)
        pos, chars = cur.setdefault(key, ([], []))
        for m in _ITEM_END.finditer(s, a, b):
            pos.extend(range(a, m.start()))
            chars.append(s[a:m.start()])
            runs.setdefault(key, []).append((pos, "".join(chars)))
            pos, chars = cur[key] = ([], [])
            a = m.end()
        pos.extend(range(a, b))
        chars.append(s[a:b])

    done = 0
    for m in BRACKET.finditer(s):
        i = m.start()
        if done < i:
            stretch(done, i)
        if s[i] in OPEN:
            opened.append(i)
        elif len(opened) > 1:
            opened.pop()
        done = i + 1
    if done < len(s):
        stretch(done, len(s))
    for key, (pos, chars) in cur.items():
        runs.setdefault(key, []).append((pos, "".join(chars)))
    return [(key[0], [(p, t) for p, t in items if t]) for key, items in runs.items()]
