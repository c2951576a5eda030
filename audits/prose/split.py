"""A figure and its parts told together in the prose (`收到申请20件，其中自然人申请15件，法人或其他组织申请3件`,
`行政复议11件，其中维持4件、纠正5件、其他结果1件、尚未审结2件`), for tables 三 and 四.

Parts that split the whole — the applicant types, the four outcomes of a 复议/诉讼 group, the six result
groups — must add up to it when all of them are given; parts that may leave some out (channels, a
result group's reasons, some of the types) must not exceed it. The parts are the figures right after the
whole, in its sentence or in the next sentences of its paragraph that begin with 其中; the first figure that
is not one of its parts ends them — but for the channels of the applications received, which a paragraph may give
after what became of them (已答复84件…,结转…1件。其中当面申请8件…). Read from the claims (so a part may stand in the next 其中 sentence and
the template says which parts split the whole); parts.py reads any listed total from the text itself.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extractor import template

from ..organ import AREA_WHOLE
from ..tolerance import share_agrees
from .claim_links import PART_OF
from .claims import Claim
from .items import SHARE_OF
from .list_words import MARKER

_OUTCOMES = template.OUTCOMES
_RESULT_GROUPS = template.RESULT_GROUPS
_REASON_GROUPS = template.REASON_GROUPS
_CASE_GROUPS = ("review", "litigation", "litigation_direct", "litigation_after_review")
# the figures of the applications' account told between the received and the 其中 naming their channels
_ACCOUNT = ("results", "carried_over", "carried_forward")


@dataclass
class Parts:
    whole: Claim
    parts: list[Claim]
    complete: bool  # the parts split the whole: their sum must equal it
    # the outcomes of a 复议/诉讼 group told case by case down to those still pending (其中2件撤回，1件正在办理中):
    # a sum short of the whole leaves cases with no outcome told — a note, as the four may not all be named
    walked: bool = False
    # carried in beside the whole, stepped over on the way to its channels (收到84件,已答复84件(含上一年结转答复1件),
    # 结转…1件。其中当面申请8件…): the channels may count those too, so their sum may reach whole + this
    slack: int | float = 0


def _plain(c: Claim, part: bool) -> bool:
    ok_why = c.why_not is None or (part and c.why_not == PART_OF) or (part and c.channel and
                                                                             c.why_not.startswith("按渠道"))
    return ok_why and not c.approx and c.definite and not c.zero_phrase


def _relation(whole: Claim, c: Claim) -> str | None:
    """How `c` is a part of `whole`: columns, outcomes, results, reasons, channel; None if it is not."""
    if c.kind == whole.kind and whole.column == "total" and c.column != "total":
        return "columns"
    if whole.kind in _CASE_GROUPS and c.kind.startswith(whole.kind + ".") and c.kind.split(".")[1] in _OUTCOMES:
        return "outcomes"
    # (行政诉讼案件1件,为复议后起诉,其他结果1件: one group's outcomes of all the suits, never the whole of them)
    if whole.kind == "litigation" and c.kind.startswith(("litigation_direct.", "litigation_after_review.")) \
            and c.kind.split(".")[1] in _OUTCOMES:
        return "group_outcomes"
    if whole.kind in ("results", "handled") and c.kind in _RESULT_GROUPS and c.column == "total":
        return "results"
    if whole.kind in _REASON_GROUPS and c.kind.startswith(whole.kind + ".") and c.column == "total":
        return "reasons"
    if whole.kind in ("received", "handled", "on_request") and c.channel and c.kind in ("received", "handled"):
        return "channel"
    return None


def _complete(relation: str, parts: list[Claim]) -> bool:
    names = {p.column if relation == "columns" else p.kind.rsplit(".", 1)[-1] for p in parts}
    if len(names) != len(parts):
        return False  # one part twice: not a plain split
    if relation == "columns":
        return names in ({"natural_person", "orgs"}, set(template.APPLICANTS))
    if relation == "outcomes":
        return names == set(_OUTCOMES)
    if relation == "results":
        return names == set(_RESULT_GROUPS)
    return False


# a sentence that opens on the channels it counts (从申请途径上看:网络申请2件): their parts, as after 其中
_CHANNEL_TOPIC = re.compile(r"^从?(?:申请)?(?:途径|渠道|方式)(?:上|来|方面)?看[:：，,]?")


def _starts_part(c: Claim, whole: Claim, last: Claim | None) -> bool:
    opening = c.sentence.lstrip("，,、（(")
    return c.sentence == whole.sentence or MARKER.match(opening) is not None \
        or (c.channel and _CHANNEL_TOPIC.match(opening) is not None) or _runs_on(c, last)


def _runs_on(c: Claim, last: Claim | None) -> bool:
    """Whether `c` opens the ；-group right after the one of the part before, of the same kind (从申请方式看,网络申请24件,
    占75%;信函申请8件,占25%。): the list goes on past the ；."""
    if last is None or last.kind != c.kind or last.channel != c.channel or not last.sentence.endswith(("；", ";")) \
            or c.extra.get("para") != last.extra.get("para") or "at" not in c.extra or "at" not in last.extra:
        return False
    start = last.extra["at"] - last.sentence.find(last.text)
    return c.sentence.startswith(c.text) and start + len(last.sentence) == c.extra["at"]


def find_parts(claims: list[Claim]) -> list[Parts]:
    out: list[Parts] = []
    for i, whole in enumerate(claims):
        if whole.column != "total" or not _plain(whole, part=False):
            continue
        parts: list[Claim] = []
        relation, slack, stepped, done = None, 0, False, []
        for c in claims[i + 1:]:
            rel = _relation(whole, c)
            if rel is None and not parts and c.kind in _ACCOUNT and whole.kind in ("received", "handled") \
                    and c.extra.get("para") == whole.extra.get("para") and _plain(c, part=True):
                stepped = True  # what became of them, told before their channels (see Parts.slack)
                slack += c.value if c.kind == "carried_over" else 0
                continue
            if rel is None and not parts and whole.kind in _CASE_GROUPS and c.kind in _CASE_GROUPS and c.value == 0 \
                    and c.sentence == whole.sentence and _plain(c, part=False):
                continue  # 被行政复议5宗、行政诉讼0宗,其中2宗维持原答复,…: no case of the other group, the outcomes are the whole's
            if relation not in (None, rel) and rel not in (None, *done) and parts and _goes_on(whole, parts[-1], c) \
                    and _plain(c, part=True) and not stepped:
                # the whole split again another way in its sentence (收到…4件,2件为网络申请,2件为信件申请;申请人为自然人的2件,
                # 法人或者其他组织的2件): each way's parts are its own split
                out.append(Parts(whole, parts, _complete(relation, parts), _walked(relation, parts), slack))
                done.append(relation)
                relation, parts = rel, [c]
                continue
            if c.extra.get("para") != whole.extra.get("para") or rel is None or (relation not in (None, rel)) \
                    or not (_starts_part(c, whole, parts[-1] if parts else None)
                            or (done and c.sentence == parts[0].sentence)) \
                    or (stepped and rel != "channel"):
                break
            if not _plain(c, part=True):
                parts = []
                break  # a part of another year or scope: the sum says nothing
            relation = rel
            parts.append(c)
        if parts:
            out.append(Parts(whole, parts, _complete(relation, parts), _walked(relation, parts), slack))
    return out


def _goes_on(whole: Claim, last: Claim, c: Claim) -> bool:
    """Whether `c` is said where the whole's sentence goes on: in it, or opening the ；-part right after its `last`
    part."""
    if c.sentence == whole.sentence:
        return True
    a, b = last.extra.get("clause_span"), c.extra.get("clause_span")
    return last.sentence.endswith(("；", ";")) and a is not None and b is not None and 0 <= b[0] - a[1] <= 1


def _walked(relation: str, parts: list[Claim]) -> bool:
    names = [p.kind.rsplit(".", 1)[-1] for p in parts]
    return relation == "outcomes" and "pending" in names and len(set(names)) == len(names) >= 2


def contradictions(claims: list[Claim]) -> list[Parts]:
    """The wholes whose parts add to more than the whole, or to another figure when they split it (or walk
    its cases down to the pending ones)."""
    bad = []
    for g in find_parts(claims):
        total = sum(p.value for p in g.parts)
        if total > g.whole.value + g.slack or ((g.complete or g.walked) and total != g.whole.value):
            if not _received_split(g, total, claims):
                bad.append(g)
    return bad


def _received_split(g: Parts, total: int | float, claims: list[Claim]) -> bool:
    """Applicant types after a later figure of the account that add up to the applications received said before it
    in the sentence (共收到…400件,上年度结转26件,转下年度办理18件,共办理408件,其中自然人申请393件,法人…7件): applicants
    are counted as applications come in, so the split is of the 400, not of the 408 next to it."""
    if g.whole.kind == "received" or any(p.kind != g.whole.kind or p.column == "total" for p in g.parts):
        return False
    return any(c.kind == "received" and c.column == "total" and c.value == total and c.sentence == g.whole.sentence
               and c.extra.get("at", 0) < g.whole.extra.get("at", 0) for c in claims)


def shares_off(claims: list[Claim]) -> list[tuple[Parts, Claim, re.Match]]:
    """The parts whose share of the whole is printed right after them (`收到…申请共32件,…。从申请方式看,网络申请24件,占75%;
    信函申请8件,占25%`) and is not their count over the whole (tolerance.share_agrees): (the split, the part, the share).
    Never where a carry-in stands beside the whole (Parts.slack: the shares may be of both), nor a share of a wider
    whole (占全市…)."""
    out = []
    for g in find_parts(claims):
        if g.slack or not g.whole.value:
            continue
        for p in g.parts:
            at = p.sentence.find(p.text)
            m = SHARE_OF.match(p.sentence, at + len(p.text)) if at >= 0 else None
            if m is not None and not re.search(AREA_WHOLE, m.group(0)) \
                    and not share_agrees(m.group("pct"), p.value, g.whole.value):
                out.append((g, p, m))
    return out
