"""How the figures one sentence states bear on each other, once claims.py has read each alone: a carry-in in
brackets is inside the figure before it, an applicant-column figure splits the row it follows, and a second
figure of one quantity is either a part of the first (a list word between them) or a rival to it."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from extractor import template

from .list_words import MARKER

if TYPE_CHECKING:
    from .claims import Claim

# why a figure listed under one before it in its sentence is not judged alone; the balance and the split
# checks still read such a part, so they ask for this reason by name
PART_OF = "句中前一数字的一部分（其中…）"
# 受理1295件（含上年结转189件）, 收到申请41件，其中1件为上年度结转: the carry-in is inside the figure before
_CARRY_PAREN = re.compile(r"^[（(]?(?:其中)?(?:含|包括|包含)|^其中")
# 共受理…15件,其中新收到14件,结转上年度办理1件: a 其中 that opens with the year's new count splits the figure into new
# and carried in, so a carry-in later in that run is inside it too (an applicant or channel split is no such run: a
# carry-in after one stands beside the figure)
_SPLIT_NEW = re.compile(r"^[，,]?其中[，,]?[^，,。；;\d]{0,8}?(?:新收|新受理|新增|本年|当年|今年)[^。；;]*$")
# 受理…301件,上年度结转申请3件,新增298件: the carry-in and the year's new count right after the figure, adding up to
# it, split it with no 其中 (the sums decide: a carry-in beside the figure is followed by no such new count)
_NEW_AFTER = re.compile(r"[，,](?:本年度?|当年|今年)?(?:新增|新收到?|新受理)[^，,。；;\d]{0,8}?(\d+)件")

# the rows an applicant-column figure can split: the figure it follows (予以公开111件，其中自然人108件…)
_SPLIT_ROWS = ("received", "handled", "carried_over", "carried_forward", "results") + template.RESULT_GROUPS


def _attach_columns(claims: list[Claim]) -> None:
    """`予以公开111件，其中自然人108件、商业企业2件`: each applicant figure is of the row named before it in the
    sentence, not of the applications received."""
    row = None
    for c in claims:
        if not c.extra.get("applicant"):
            if c.kind == "carried_over" and _CARRY_PAREN.match(_clause_of(c)):
                continue  # '受理…25件(含2024年结转1件),其中自然人申请24件': the bracket is inside the 25, which the split is of
            row = c if c.column == "total" and not c.zero_phrase else row
            continue
        if row is None or row.kind == "received":
            continue  # the words before it decided (收到…申请: received; else not assessable)
        if row.kind in _SPLIT_ROWS or row.kind.split(".")[0] in template.RESULT_GROUPS:
            c.kind = row.kind
            if c.why_not == "申请人类型数字，未说明所拆分的申请":
                c.why_not = row.why_not
        else:
            c.why_not = c.why_not or "申请人类型数字，未说明所拆分的行"


def _attach_carry(claims: list[Claim]) -> None:
    """`受理1295件（含上年结转189件）`, `受理15件,其中新收到14件,结转上年度办理1件`: the received figure then includes
    the carry-over."""
    for prev, cur in zip(claims, claims[1:]):
        if cur.kind != "carried_over" or prev.kind not in ("received", "handled"):
            continue
        end = cur.sentence.find(prev.text) + len(prev.text)
        at = cur.sentence.find(cur.text, end)
        if _CARRY_PAREN.match(_clause_of(cur)) or _SPLIT_NEW.match(cur.sentence[end:at]):
            prev.includes_carry = True
        elif at >= 0 and (new := _NEW_AFTER.match(cur.sentence, at + len(cur.text))) and int(new.group(1)) + cur.value == prev.value:
            prev.includes_carry = True


# 当年度办结76件,…,办结的82件中予以公开的11件…: a figure named as the whole its outcomes split ("among the 82
# answered") states the quantity again, not a rival reading of it
_RESTATED = re.compile(r"中(?![央心国])")


def _clause_of(c: Claim) -> str:
    return c.extra.get("clause", c.text)


def _subsets_and_ambiguity(claims: list[Claim]) -> None:
    seen: dict[tuple[str, str], Claim] = {}
    for c in claims:
        if (c.why_not and not c.channel) or c.extra.get("within"):
            # already not assessable (scope, another year…), or answered within a time (one part of a split by
            # time: 3个工作日内答复23宗，4-10个工作日内答复20宗): it competes with nothing
            continue
        key = (c.kind, c.column, c.extra.get("quantity"), c.extra.get("verb"))  # 制发 N件, 废止 M件: two columns
        first = seen.get(key)
        if first is None:
            seen[key] = c
            continue
        if c.channel or first.channel:
            continue
        clause = _clause_of(c)
        if MARKER.search(clause) or MARKER.search(c.sentence[c.sentence.find(first.text) + len(first.text): c.sentence.find(c.text)]):
            c.why_not = c.why_not or PART_OF
        elif c.value != first.value and _RESTATED.match(c.sentence, c.sentence.find(c.text) + len(c.text)):
            c.extra["restated"] = True  # the whole said again, its own figure otherwise: prose.inconsistent compares them
        elif c.value != first.value:
            why = "同一句中同一数量有多个数字"
            c.why_not = c.why_not or why
            first.why_not = first.why_not or why


def link_claims(claims: list[Claim]) -> None:
    """A sentence's claims, each read alone, told what the others make of it (in this order: a carry-in is read
    before the rivals of one quantity are)."""
    _attach_carry(claims)
    _attach_columns(claims)
    _subsets_and_ambiguity(claims)
