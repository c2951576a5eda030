"""One figure stated for a list of quantities: `行政复议和行政诉讼均为0件`, `结果维持、结果纠正、其他结果、尚未审结
均为0件`, `…保护第三方合法权益的，各类申请人均为0件`. Each item of the list is a claim of that figure.

Only the quantities of tables 三 and 四 are read this way; an item must end with its keyword (a few
characters such as 的 / 程序 may follow), so a list of other things (投诉、举报…) yields nothing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.numerals import CHINESE, to_number

from .clause import after_last
from .patterns import FILL, NUM, PRE, SHARED_NUM, SPECS, Scouted, Spec

# 均为N件 gives each item N; a bare 为0件 / 为零 too (a sum of 0 is 0 each), never a bare 为N件 (a sum)
# (scouted: every match holds 均/都/皆/全部 or 为/是 right before its number or 零 — most sentences with a figure hold
# none, so the pattern, which opens with optional words, is not tried at each of their characters)
EACH = Scouted(rf"(?P<each>均|都|皆|全部)(?:为|是)?{NUM}|(?:均|都|皆)?(?:为|是)(?:(?P<zero>零)|{NUM.replace('?P<', '?P<z_')})",
                rf"(?:均|都|皆|全部|为|是)(?:为|是)?{PRE.replace('?P<pre>', '?:')}[\d{CHINESE}]")
_ALL_APPLICANTS = re.compile(r"^(?:各类|所有|全部)?申请人(?:类型)?(?:数量)?$")
_ITEM_SEP = re.compile(r"以及|[、和及与]")  # not 或: 确认或重新出具已获取信息 is one item
_TAIL = 3  # characters allowed after an item's keyword (的, 程序, 情况)
_TABLE_2 = ("licensing", "punishment", "coercion", "regulations", "normative_documents")


def _key_pattern(spec: Spec) -> re.Pattern | None:
    """The keyword alone of a spec's `keyword … number` form."""
    if spec.before is None:
        return None
    pattern = spec.before.pattern
    for suffix in (FILL + NUM, FILL + SHARED_NUM):
        if pattern.endswith(suffix):
            return re.compile(pattern[: -len(suffix)])
    return None


_KEYS = [(spec, key) for spec in SPECS if spec.kind not in _TABLE_2 and (key := _key_pattern(spec)) is not None]


@dataclass
class Shared:
    spec: Spec
    key: re.Match  # the item's keyword, matched in the sentence
    start: int  # the item's start in the sentence
    end: int  # the end of the figure
    value: int | float
    approx: str | None


# clause_start(s, at): where the clause of `at` starts, after the last clause mark or opening bracket before it
clause_start = after_last("，,；;：:（(")


def shared_figures(s: str) -> list[Shared]:
    out: list[Shared] = []
    for m in EACH.finditer(s):
        value = 0 if m.group("zero") else to_number(m.group("num") or m.group("z_num"))
        if value is None or (not m.group("each") and value != 0):
            continue
        lo = clause_start(s, m.start())
        if _ALL_APPLICANTS.match(s[lo:m.start()]):
            if value != 0:
                continue  # each applicant type N: the row total is not said
            hi = lo - 1  # the list is the clause before: "…保护第三方合法权益的，各类申请人均为0件"
            lo = clause_start(s, hi)
        else:
            hi = m.start()
        items = [(x.start(), x.end()) for x in re.finditer(rf"(?:(?!{_ITEM_SEP.pattern}).)+", s[lo:hi])]
        if len(items) < 2:
            continue  # "申请均为0件" is one quantity, read by the ordinary patterns
        for i0, i1 in items:
            i0, i1 = lo + i0, lo + i1
            best = None
            for spec, key in _KEYS:
                for k in key.finditer(s, i0, i1):
                    if i1 - k.end() <= _TAIL and (best is None or k.end() - k.start() > best[1].end() - best[1].start()):
                        best = (spec, k)
            if best is not None:
                out.append(Shared(best[0], best[1], i0, m.end(), value, m.group("pre") or m.group("post")))
    return out
