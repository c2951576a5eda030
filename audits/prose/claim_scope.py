"""Whether a figure of the prose is about the report's own year and all of its applications: another year named
before it (上年…, 2022年…), one channel (通过网站…), the rest (其他/另), a sentence leaving some out (除…外) — and a
statement of none received set against a count received (claims reads both; prose_consistency compares them)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .patterns import CHANNEL_WORDS
from .shared import clause_start

if TYPE_CHECKING:
    from .claims import Claim

# (书面 alone names no subset: the regulation asks every application in writing, so 收到书面申请12件 may be all)
SUBSET = re.compile(rf"通过|(?!书面)(?:{CHANNEL_WORDS})|电话|渠道|平台|窗口")
EXCEPT = re.compile(r"除[^，。；]{0,30}?(?:以外|之外|外)|简易程序")
_OTHER_YEAR = re.compile(r"(?:上年|去年|上一年|同期)(?!度?(?:结转|遗留|转入|未办结))|(?<!\d)(\d{4})年(?!\d{1,2}月)")


def none_of_all(ctx, s: str, m: re.Match, clause: str) -> bool:
    """A statement of none received that covers the year's every application: not of one channel (未收到纸质申请), of
    the rest (其他/另) or another year, in a sentence that leaves none out (除…外)."""
    return not (SUBSET.search(clause) or re.search(r"其他|其余|另|再", clause) or EXCEPT.search(s)
                or other_year(ctx, s[clause_start(s, m.start()):m.end()]))


def none_beside(ctx, s: str, m: re.Match, clause: str, same: list[Claim], span: tuple[int, int]) -> None:
    """'2025年未收到依申请公开申请,受理依申请公开1件': none received, and a count received above 0 in the same sentence —
    marked on the count (prose_consistency says the two contradict), unless the none is not of all (none_of_all)."""
    if not none_of_all(ctx, s, m, clause):
        return
    for c in same:
        if c.value and c.why_not is None and not c.channel and not c.approx:
            c.extra["none_said"] = (clause, span)


def other_year(ctx, before: str) -> str | None:
    """`上年受理申请100件`, `2022年收到…`: a figure about another year than the report's."""
    for m in _OTHER_YEAR.finditer(before):
        if m.group(1) is None or ctx.year is None or int(m.group(1)) != ctx.year:
            if m.group(1) is None or ctx.year is not None:
                return m.group(0)
    return None
