"""A section printed as its heading alone: the line after it is the next section's heading (揭东区公路局 2015:
'二、主动公开政府信息情况' ⏎ '三、依申请公开政府信息及咨询情况' ⏎ '2015年度…没有受理…'). The heading stands, what it heads
does not — structure.sections says so; it is no cut copy (the copy goes on)."""
from __future__ import annotations

from extractor.enumerators import SECTION_NUMERAL
from extractor.models import SectionSpan
from extractor.numerals import to_number
from extractor.segment import MAX_HEADING  # a heading's line at most; a longer one is a sentence opening with 二、

from .context import Context


def empty_sections(text: str, sections: list[SectionSpan], keys: set[str]) -> list[tuple[SectionSpan, str]]:
    """Each section of `keys` whose heading ends its line and whose next non-blank line is another section's heading
    (numbered otherwise, short, no sentence's end), with that line."""
    out = []
    for s in sections:
        if s.key not in keys:
            continue
        at = s.start + len(s.heading)
        rest = text[at:at + 200]
        if not rest.startswith("\n") or not rest.strip():
            continue  # text after the heading on its own line, or the copy's end (a cut copy): nothing to say
        lines = [ln.strip().lstrip("#").strip() for ln in rest.split("\n") if ln.strip()]
        here, there = SECTION_NUMERAL.match(s.heading.strip().lstrip("#").strip()), SECTION_NUMERAL.match(lines[0])
        # the next line heads a later section (not the section's own 一、 under its 五、), and no third heading follows
        # it at once (a table of contents)
        if here and there and _heading(lines[0]) and to_number(there.group(1)) > to_number(here.group(1)) \
                and not (len(lines) > 1 and SECTION_NUMERAL.match(lines[1]) and _heading(lines[1])):
            out.append((s, lines[0]))
    return out


def _heading(line: str) -> bool:
    return len(line) <= MAX_HEADING and not any(mark in line for mark in "。；;！？")


def headings_alone(ctx: Context, keys: set[str]) -> list:
    """structure.sections: one finding naming every section of `keys` printed as its heading alone."""
    empty = empty_sections(ctx.text, ctx.report.sections, keys)
    if not empty:
        return []
    return [ctx.finding("、".join(f"「{s.heading}」" for s, _ in empty) + "标题下没有内容（其后即是"
                        + "、".join(f"「{line}」" for _, line in empty) + "）", [],
                        expected=[s.heading for s, _ in empty], actual=[line for _, line in empty],
                        evidence=[(s.start, s.start + len(s.heading)) for s, _ in empty])]
