"""A copy's last line cut short by the copy's end inside a section's heading ('三、收到和处理政府信息公') or its
table's anchor: the copy stops inside that section (segment reads it as the section's heading; audits.extent
as where the copy ends)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import template
from .labels import match_key

_PAREN_NUMBER = re.compile(r"^\s*[(（]")
# shorter cut-off captions ("（本列") could begin anything
_MIN_CUT_ANCHOR = 8
# a cut heading's words after its numeral: fewer ("三、收到") could begin anything
_MIN_CUT_WORDS = 3
# ... unless the whole heading of the section before it stands right above: the numbering follows the template's, so
# two words its heading alone begins ('二、主动公开政府信息情况' then '三、收到') are its heading cut
_MIN_CUT_WORDS_IN_ORDER = 2


@lru_cache(maxsize=1)
def heading_keys() -> tuple[str, ...]:
    """Each section's whole heading in comparison form, in the template's order (read for every copy's last line)."""
    return tuple(match_key(s.heading) for s in template.SECTIONS)


@lru_cache(maxsize=1)
def overview_part_keys() -> tuple[str, ...]:
    """The overview's parts (template.OVERVIEW_PARTS) in comparison form."""
    return tuple(match_key(p) for p in template.OVERVIEW_PARTS)


@lru_cache(maxsize=1)
def _other_headings() -> tuple[str, ...]:
    """The words of every other heading a report numbers 一、…: the overview's parts and each section's own."""
    return overview_part_keys() + tuple(key[1:] for key in heading_keys())


def _cut_heading(key: str, full: str, past_overview: bool = False, in_order: bool = False) -> bool:
    """Whether the line `key` is `full` (a section's heading) cut short: its words are long enough to begin
    it and no other heading ('四、政府信息公' begins 四、政府信息公开平台建设 too; '五、存在的主' only 五). Past the
    overview (a later section's heading seen above), its parts are no longer headings the line could begin.
    `in_order`: the previous section's whole heading stands right above, so fewer words suffice."""
    if not (len(key) < len(full) and full.startswith(key)):
        return False
    words = key[1:]  # after the numeral
    others = _other_headings()[len(template.OVERVIEW_PARTS):] if past_overview else _other_headings()
    least = _MIN_CUT_WORDS_IN_ORDER if in_order else _MIN_CUT_WORDS
    return len(words) >= least and not any(other != full[1:] and other.startswith(words) for other in others)


# a cut heading run into the line of the sentence before it, as segment's inline tail: after a sentence's end, and
# no longer than the longest heading it could begin (unbounded, a run-in copy's whole tail would match from its
# first numbered heading on)
_LONGEST = max(len(s.heading) for s in template.SECTIONS)
_GLUED_CUT = re.compile(r"(?<=[。！？!?])\s*([一二三四五六七]\s*[、.．]\S{2,%d})\s*$" % _LONGEST)
# ... or after a whole heading of an empty section ('二、主动公开政府信息情况 三、收到和处理政府信息公开申请情'): the
# heading before it, not a sentence's end, closes what came before
_AFTER_HEADING = re.compile(r"\s([一二三四五六七]\s*[、.．]\S{2,%d})\s*$" % _LONGEST)


def _glued(body: str, start: int) -> re.Match | None:
    """The cut heading run into the last line, after a sentence's end or after a whole section heading."""
    glued = _GLUED_CUT.search(body, start)
    if glued is not None:
        return glued
    glued = _AFTER_HEADING.search(body, start)
    if glued is None:
        return None
    before = match_key(body[max(start, glued.start(1) - 2 * _LONGEST):glued.start(1)])
    return glued if before.endswith(heading_keys()) else None


def _key_before(body: str, at: int) -> str:
    """What stands right before `at` (the line above, or the start of the same line) in comparison form: a cut
    heading is in order where it ends in the whole heading of the section before (read once, not per section)."""
    return match_key(body[max(0, at - 2 * _LONGEST):at].rstrip().rsplit("\n", 1)[-1])


@dataclass(frozen=True, slots=True)
class CutAtEnd:
    section: str  # the section the copy's end is inside
    kind: str  # "heading" (its heading, cut) or "table" (its table's caption or first label, cut)
    start: int
    line: str


def cut_at_end(text: str, past_overview: bool = False) -> CutAtEnd | None:
    """The copy's last line when it is the start of a section's heading ('三、收到和处理政府信息公') or of
    its table's anchor ('(本列数据的勾稽关系为:'), cut by the copy's end: the copy stops inside that section.
    Only a proper prefix of the template's wording counts; a whole heading or label is read as such.
    `past_overview`: a section after the overview is headed above, so the overview's parts ('四、政府信息公开平台
    建设') are over and do not make a cut heading ambiguous."""
    body = text.rstrip()  # only the last non-blank line matters: no split of the whole text (once per report)
    if not body:
        return None
    start = body.rfind("\n") + 1
    line = body[start:].strip()
    glued = _glued(body, start)  # ('…以本年度报告为准。 三、收到和处理政府信息': its line is run in)
    for at, part in ((start, line),) + (((glued.start(1), glued.group(1)),) if glued else ()):
        if not _PAREN_NUMBER.match(part):  # "(四)政府信息公…": a sub-heading of 总体情况, not section 四
            part_key, before = match_key(part), _key_before(body, at)
            for i, (s, full) in enumerate(zip(template.SECTIONS, heading_keys())):
                if _cut_heading(part_key, full, past_overview, i > 0 and before.endswith(heading_keys()[i - 1])):
                    return CutAtEnd(s.key, "heading", at, part)
    key = match_key(line)
    for t in template.TABLES.values():
        for anchor in t.anchors:
            full = match_key(anchor)
            if len(key) >= _MIN_CUT_ANCHOR and len(key) < len(full) and full.startswith(key):
                return CutAtEnd(t.section, "table", start, line)
    return None
