"""The total a 其中 opening a sentence is read against when the sentence before states several figures in its unit
(list_bridges._read_summed): which of them its items split the words may not tell, so the list is read against what none of
its readings can exceed — their sum, unless the figures show that summing counts something twice."""
from __future__ import annotations

import re

from extractor.numerals import to_number

from .items import clause_start, past_bracket
from .patterns import ANSWERED_VERB
from .refiners import RECEIVED_VERB


def each_closes_a_clause(s: str, figures: list[re.Match]) -> bool:
    """Whether each figure ends its clause, a remark in brackets after it at most (自然人申请15件(市发展改革委转办1件),…)."""
    return all(s[past_bracket(s, f.end()):][:1] in ("，", ",", "；", ";") for f in figures)


def summed_value(s: str, figures: list[re.Match]) -> int | float:
    """The most the next 其中's parts can add up to: the figures' sum — or the first (or last), where the others make
    it exactly (共受理…申请29件,通过…网申请25件,接受书面申请4件。其中区本级收到申请24件,…: a total its sentence splits with no list
    word, which the 其中 splits again, or one of its parts); or the larger of what came in and how many of them were
    answered (收到信息公开申请22起,…,答复22起。其中公开1起,…: one set of applications counted twice)."""
    values = [to_number(f.group("num")) or 0 for f in figures]
    if len(values) > 2 and values[0] == sum(values[1:]):
        return values[0]
    if len(values) > 2 and values[-1] == sum(values[:-1]):
        return values[-1]  # or the last, the others' total said after them (新收63件,上一年度结转1件,共计64件)
    if len(figures) == 2 and re.search(RECEIVED_VERB, s[clause_start(s, figures[0].start()):figures[0].start()]) \
            and re.match(rf"[^，,；;]{{0,6}}?(?:{ANSWERED_VERB})", s[clause_start(s, figures[1].start()):figures[1].start()]):
        return max(values)
    return sum(values)
