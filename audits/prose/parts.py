"""A total the prose states and the parts it then lists, read from one sentence:
`主动公开信息213条，其中，工作动态184条；法定主动公开35条（其中政策文件6条、…）；年度报告1条；指南1条。`

A list runs over ；、，, to the end of the sentence (。！？) or of the bracket it opens in; a bracket inside
it is another (nested) list, read on its own, never summed into this one. Only parts in the total's unit
count (条 with 条); a percentage carries no unit and is never a part. The reading says what the sentence
allows a reader to conclude:
- the parts may be a selection (其中, 包括, 主要包括): their sum can only be too big;
- the list is exhaustive when the sentence says so (分别为, or a restated 合计/共计 after the parts) and every
  item names its figure in the same unit: then a sum below the total is wrong too.
Anything that makes the list unclear — a nested 其中 outside brackets, an item holding two figures, an
approximate figure, a clause that moves on (同比, 较上年, 另有, 累计 …) — ends or drops the list.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractor.numerals import to_number

from .patterns import NUM, UNIT
from .text import Para

_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]?")
_OPEN, _CLOSE = "（(", "）)"
_SEPARATORS = "、，,；;"
# the words that open a list of parts right after a figure; 分别为 says the list is the whole
_MARKER = re.compile(r"[，,：:]?(?P<marker>其中|主要包括|内容包括|具体包括|包括|主要有|分别为|分别是)[，,：:]?")
_EXHAUSTIVE = ("分别为", "分别是")
_FIGURE = re.compile(rf"(?<![\d.]){NUM}")
_TOTAL_AT_END = re.compile(rf"{NUM}$")
_RESTATED = re.compile(rf"^(?:合计|共计|总计|共)(?:为|有|达)?{NUM}$")
# a clause that is no longer a part: a comparison, an addition outside the total, a running total
_MOVES_ON = re.compile(r"^(?:同比|比上年|比去年|较上年|较去年|较上一年|与上年|增长|增加|减少|下降|另有|另|此外|同时|累计|"
                       r"浏览|阅读|点击|访问|办结|答复|办理|受理|收到|接到|回复)")
# a channel of its own (微信公众号发布信息224条 after 网站公开172条): a part only when the total's words name it
_CHANNEL = re.compile(r"微信|微博|公众号|客户端|APP|App|app|抖音|头条|视频号|新媒体|报刊|电视|广播")
# an item that states its own publishing (…发布信息224条) is a statement beside the total, not a part of it
_OWN_STATEMENT = re.compile(r"(?:发布|公开|推送|编发|上传|发送)(?:各类|相关)?(?:政府|政务)?信息$")
_NESTED = re.compile(r"其中|包括|分别为|分别是")
_PERCENT = re.compile(r"[%％]|百分之")


@dataclass
class Part:
    text: str
    value: int | float
    span: tuple[int, int]


@dataclass
class Listing:
    total: int | float
    unit: str
    total_text: str
    total_span: tuple[int, int]
    marker: str
    parts: list[Part]
    exhaustive: bool  # the sentence says the parts are the whole (分别为, a restated 合计)
    complete: bool  # every item names a figure in the total's unit (no uncounted or other-unit item)
    sentence_span: tuple[int, int]
    restated: Part | None = None
    extra: dict = field(default_factory=dict)

    @property
    def sum(self) -> int | float:
        return sum(p.value for p in self.parts)


def _unit(m: re.Match) -> str:
    return m.string[m.end("post") if m.group("post") else m.end("num"):m.end()]


def listings(paras: list[Para]) -> list[Listing]:
    out = []
    for para in paras:
        for m in _SENTENCE.finditer(para.text):
            out += _in_sentence(para, m.start(), m.end())
    return out


def _depths(s: str) -> list[int]:
    """Bracket depth of each character (an opening bracket belongs to its inside)."""
    depth, out = 0, []
    for ch in s:
        if ch in _OPEN:
            depth += 1
        out.append(depth)
        if ch in _CLOSE and depth:
            depth -= 1
    return out


def _in_sentence(para: Para, a: int, b: int) -> list[Listing]:
    s = para.text[a:b]
    if not _FIGURE.search(s):
        return []
    depth = _depths(s)
    out = []
    for m in _MARKER.finditer(s):
        start = m.start()
        level = depth[m.start("marker")]
        before = s[:start]
        if before.endswith(tuple(_OPEN)):  # 35条（其中…）: the list fills the bracket
            before = before[:-1]
        elif before.endswith(tuple(_CLOSE)):  # 213条（不含转载），其中…: a remark between figure and list
            before = before[: _bracket_start(s, len(before) - 1)]
        total = _TOTAL_AT_END.search(before)
        if total is None or depth[total.start()] != level - (s[start - 1:start] in _OPEN if start else 0) \
                or total.group("pre") or total.group("post"):
            continue
        end = _region_end(s, depth, m.end(), level)
        listing = _read(para, a, s, depth, total, m, end, level)
        if listing is not None:
            out.append(listing)
    return out


def _clause_start(s: str, at: int) -> int:
    return max(s.rfind(ch, 0, at) for ch in "，,；;：:。") + 1


def _new_statement(item: str, total_clause: str) -> bool:
    """Whether an item states another count beside the total rather than a part of it."""
    m = _FIGURE.search(item)
    label = item[: m.start()] if m else item
    foreign = [c for c in _CHANNEL.findall(label) if c not in total_clause]
    return bool(foreign) or bool(_OWN_STATEMENT.search(label))


def _bracket_start(s: str, close: int) -> int:
    d = 0
    for i in range(close, -1, -1):
        if s[i] in _CLOSE:
            d += 1
        elif s[i] in _OPEN:
            d -= 1
            if d == 0:
                return i
    return close


def _region_end(s: str, depth: list[int], start: int, level: int) -> int:
    """Where the list ends: the bracket it opens in closes, or the sentence ends."""
    for i in range(start, len(s)):
        if depth[i] < level or (depth[i] == level and s[i] in _CLOSE):
            return i
    return len(s)


def _items(s: str, depth: list[int], start: int, end: int, level: int) -> list[tuple[list[int], str]]:
    """(offsets, text) of each item at the list's own level, brackets inside it left out. The list ends
    where a stronger separator than the one between its first items appears (、 then ；: what follows is
    another clause, not another part)."""
    items, cur, pos = [], [], []
    rank, first = {"、": 0, "，": 1, ",": 1, "；": 2, ";": 2}, None
    for i in range(start, end):
        if depth[i] > level or s[i] in _CLOSE and depth[i] == level:
            continue
        if s[i] in _SEPARATORS:
            if first is None and cur:
                first = rank[s[i]]
            elif first is not None and rank[s[i]] > first:
                items.append((pos, "".join(cur)))
                return [(p, t) for p, t in items if t]
            items.append((pos, "".join(cur)))
            cur, pos = [], []
            continue
        if s[i] in "：:" and not cur or s[i] in "。！？!?":
            continue
        cur.append(s[i])
        pos.append(i)
    items.append((pos, "".join(cur)))
    return [(p, t) for p, t in items if t]


def _read(para: Para, a: int, s: str, depth: list[int], total: re.Match, marker: re.Match, end: int,
          level: int) -> Listing | None:
    unit = _unit(total)
    value = to_number(total.group("num"))
    if value is None:
        return None
    parts: list[Part] = []
    complete, restated = True, None
    clause = _clause_start(s, total.start())
    for pos, item in _items(s, depth, marker.end(), end, level):
        if _PERCENT.search(item):
            complete = False  # a share, not a count: never summed, and the list is then not all counts
            continue
        if _MOVES_ON.match(item) or _new_statement(item, s[clause:total.end()]):
            break
        if _NESTED.search(item):
            return None  # a list inside the list without brackets: where either ends is unclear
        r = _RESTATED.match(item)
        if r:
            if _unit(r) == unit and not (r.group("pre") or r.group("post")):
                restated = Part(item, to_number(r.group("num")), para.span(a + pos[0], a + pos[-1] + 1))
            break
        figures = list(_FIGURE.finditer(item))
        if len(figures) > 1:
            return None  # two figures in one item: which is the part is unclear
        f = figures[0] if figures else None
        if f is None or _unit(f) != unit:
            complete = False  # an item without a figure in this unit: not counted
            continue
        if f.group("pre") or f.group("post"):
            return None  # 约/余: an approximate part makes the sum approximate
        v = to_number(f.group("num"))
        if v is None:
            return None
        parts.append(Part(item[: f.end()], v, para.span(a + pos[0], a + pos[f.end() - 1] + 1)))
    if len(parts) < 2:
        return None  # one part is a subset named, not a list
    exhaustive = marker.group("marker") in _EXHAUSTIVE or restated is not None
    return Listing(value, unit, s[clause:total.end()], para.span(a + total.start(), a + total.end()),
                   marker.group("marker"), parts, exhaustive, complete, para.span(a, a + len(s)), restated)
