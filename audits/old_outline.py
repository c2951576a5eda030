"""A report on a year before the 2019 format against itself, where the template's sections are not what it is held to:
the outline its preamble announces, each part printed under a heading of its own; and its part numbers, 一、 二、 三、 …
in order, none skipped. 平潭 财政金融局 2013 and 2017 run
一 概述 … 四 问题 and then 七、附表 (五 and 六, the old outline's 收费 and 复议诉讼, never printed); 平潭县质监局 2011
opens its overview with no heading and numbers its parts from 二、. structure.sections says so."""
from __future__ import annotations

import re

from extractor.about_reports import TITLE_THEN_YEAR
from extractor import template
from extractor.enumerators import HEADING_NUMERAL, ITEM, run_on_heading
from extractor.numerals import small_numeral, to_number
from extractor.outline import FEE_PART
from extractor.segment import compiled_as_report, presents_report

from .context import Context, clipped
from .extent import reaches_end



# the parts of the pre-2019 outline a report announces that name what no other part does (依申请公开, 收费及减免, 复议/诉讼,
# 问题及改进): each is printed under a numbered heading of its own ('四、政府信息公开的收费及减免情况', （四）…, 4.…; flattened
# copies run the heading on after a space or a full stop)
# (依申请, 复议/诉讼 and 问题 by the outline's own words for those sections, template.OUTLINE_WORDS; not 主动公开, whose
# heading copies print with its numeral lost after the overview's — '…服务。政府信息主动公开情况（一）…', 4183)
_OLD_PARTS = (("依申请公开", re.compile(template.OUTLINE_WORDS["applications"])),
              ("收费及减免", FEE_PART),
              ("行政复议、行政诉讼", re.compile(template.OUTLINE_WORDS["review_litigation"])),
              ("存在的问题及改进", re.compile(template.OUTLINE_WORDS["problems"])))
_OLD_HEADING = rf"(?:^|(?<=[\s。]))(?:{ITEM.pattern}|[一二三四五六七八九十]是)[^。\n]{{0,30}}?"


def old_outline_lacks(ctx: Context):
    """A report on a year before the format announces its own outline (a closed list: no 等, or a count its names
    make) and prints no heading of one of its parts (4184: '…政府信息公开的收费及减免情况、因政府信息公开申请行政复议…'
    announced, headings 一 概述 … 五 问题, no 收费): the report's own outline against itself. In a copy that shows its
    end, any part; in one cut short, a part the outline names before one whose heading is printed (the copy reached past
    it, 4565)."""
    outline = ctx.outline
    if outline is None or not outline.closed or outline.of_overview:
        return None
    # (the body only: the appendix's own table numbers its rows too, '4.其他类型答复数 … 收费减免金额')
    end = min([t.span[0] for t in ctx.own_tables if t.span[0] > outline.said.end()] or [len(ctx.text)])
    body = ctx.text[outline.said.end():end]
    parts = [(name, said.start(), re.search(_OLD_HEADING + f"(?:{words.pattern})", body, re.M) is not None)
             for name, words in _OLD_PARTS if (said := words.search(outline.parts))]
    whole = reaches_end(ctx)
    lacking = [name for name, at, printed in parts
               if not printed and (whole or any(p and later > at for _, later, p in parts))]
    if not lacking:
        return None
    return ctx.finding(f"开头所列提纲（{template.FIRST_YEAR}年以前的格式）列有" + "、".join(f"「{n}」" for n in lacking)
                       + f"部分（「{clipped(outline.parts, 80)}」），正文没有该部分的标题", [], expected=lacking,
                       actual=outline.parts[:120], evidence=[outline.said.span()])


# the words naming an old outline's parts, as its headings print them
_PART_WORDS = "|".join(w.pattern for _, w in _OLD_PARTS)
_MIN_HEADINGS = 3  # fewer numbered parts say too little about how the report numbers them
_MIN_OPENING = 150  # the copy's text before its first numbered part, at least, where that part is not 一、


def numbering_gaps(ctx: Context):
    """structure.sections: the part numbers a report skips (一 … 四, then 七), prints twice where the next belongs
    (一、概述, 一、主动公开…, 三、…), or leaves out before its first where the copy shows the report's opening (a title
    or the sentence presenting it) — or None. Read only where the numbers rise one by one but for that: numerals out
    of order otherwise (a part's own 一、 二、 under its 三、, an appendix table's numbered rows) say nothing sure about
    the parts, and nothing is said."""
    text = ctx.text
    if not text:
        return None
    end = min([t.span[0] for t in ctx.own_tables] or [len(text)])
    hits = [(to_number(m.group(1)), m.start(), run_on_heading(text, m.start())) for m in HEADING_NUMERAL.finditer(text, 0, end)]
    if len(hits) < _MIN_HEADINGS:
        return None
    numbers = [n for n, _, _ in hits]
    twice = _printed_twice(text, hits)
    if twice is not None:
        numbers[twice] += 1  # read as the number it stands for, the rest judged as printed
    if any(b <= a for a, b in zip(numbers, numbers[1:])):
        return None
    # a number is skipped only where it is printed nowhere between its neighbours: a heading run on after a comma or a
    # word ('…学额分配，二、主动公开…') is no heading the pattern sees, and still the report's
    skipped = [(a, b) for a, b, x, y in zip(numbers, numbers[1:], (h[1] for h in hits), (h[1] for h in hits[1:]))
               if b - a > 1 and not any(_printed(text, n, x, y, other_styles=True) for n in range(a + 1, b))]
    before = list(range(1, numbers[0])) if numbers[0] > 1 and _opening_shown(ctx, text[:hits[0][1]]) \
        and not any(_printed(text, n, 0, hits[0][1]) for n in range(1, numbers[0])) else []
    if not skipped and not before and twice is None:
        return None
    where = [f"从「{hits[0][2]}」开始编号，没有编号为" + "".join(f"「{small_numeral(n)}、」" for n in before) + "的部分"] \
        if before else []
    if twice is not None:
        where.append(f"「{hits[twice][2]}」重复了上一部分的编号，应为「{small_numeral(numbers[twice])}、」")
    where += [f"「{small_numeral(a)}、」之后是「{small_numeral(b)}、」，没有编号为"
              + "".join(f"「{small_numeral(n)}、」" for n in range(a + 1, b)) + "的部分" for a, b in skipped]
    return ctx.finding("正文各部分的编号不连续：" + "；".join(where), [],
                       expected=[small_numeral(n) + "、" for n in range(1, numbers[-1] + 1)],
                       actual=[h[2] for h in hits], evidence=[(at, at + len(h)) for _, at, h in hits])


def _printed_twice(text: str, hits: list) -> int | None:
    """The index of the one heading that repeats its predecessor's number where the next number belongs and is printed
    nowhere (一、概述 … 一、主动公开… … 三、…: the second 一 stands for 二), or None."""
    numbers = [n for n, _, _ in hits]
    back = [i for i in range(1, len(numbers)) if numbers[i] <= numbers[i - 1]]
    if len(back) != 1:
        return None
    i = back[0]
    n = numbers[i]
    if numbers[i - 1] != n or (i + 1 < len(numbers) and numbers[i + 1] != n + 2) \
            or _printed(text, n + 1, hits[i - 1][1], hits[i + 1][1] if i + 1 < len(hits) else len(text)):
        return None
    return i


def _printed(text: str, n: int, start: int, end: int, other_styles: bool = False) -> bool:
    """Whether the part numbered n is printed in text[start:end]: its numeral with a heading's mark (三、 三.) anywhere —
    or, `other_styles`, another style's (（四）, 4.) before the words of a part only the old outline has its own heading
    for ('（四）政府信息公开的收费及减免情况': a part headed another way is a heading all the same; a （二） before 主动公开
    is as often a point inside an unnumbered part, '（二）主动公开政府信息的主要类别')."""
    cn = small_numeral(n)
    if re.search(cn + r"[^\S\n]*[、.．]", text[start:end]):
        return True
    other = re.compile(rf"(?:[(（]{cn}[)）]|(?<!\d){n}[.、．](?!\d))[^。\n]{{0,20}}?(?:{_PART_WORDS})")
    return other_styles and other.search(text, start, end) is not None


def _opening_shown(ctx: Context, head: str) -> bool:
    """Whether the text before the first numbered part is the report's opening: the sentence presenting the report
    or saying how it was compiled, the outline it announces, or its own title run into the body (…2011年度政府信息
    公开工作报告 2011年，…) — not a copy that starts inside the report (a page head's middle, a flipbook page)."""
    body = "".join(head.split())
    if len(body) < _MIN_OPENING:
        return False
    outline = ctx.outline
    return presents_report(head) is not None or compiled_as_report(head) is not None \
        or (outline is not None and outline.said.start() < len(head)) or TITLE_THEN_YEAR.search(head) is not None
