"""S9 within the prose: a count of a site's parts against the names the prose lists for them (prose.named_count)."""
from __future__ import annotations

from ..context import Context
from ..prose.named_count import named_counts, wrong
from ..registry import rule
from .prose import section_name


@rule("prose.named_count", "warning", "S9 the prose counts the parts it names and gets another number", ref="S9",
      needs_text=True, doc="""
What: a count of a site's parts (版块, 栏目, 专栏, 模块, N个信息公开栏目; 部分 where the clause names the site:
'网站主要内容包括…等八大部分') stated right after the names it counts, in one clause that
a list word opens (设置/包括/开设/新增…, or the verb keeping them up: 做好/维护/更新): '设置包括领导成员、部门职能、…、行政处罚信息9个版块' must name 9. Each 、
parts two names; a name holding 及/和/与 may be one or two, so only a count outside that range is flagged; after
等 the names may be fewer than the count, never more; N余个 is a floor that any number of names fits. Not read: the report's own outline ('由…等六个部分组成',
structure.sections reads it) and categories of information (大类), whose names run loose.
Why: a count that disagrees with the names printed beside it means a name was dropped or added and the count
kept. Fix: make the count and the names agree.""")
def named_count(ctx: Context):
    if not ctx.prose:
        return []
    out = []
    for c in named_counts(ctx.prose):
        if not wrong(c):
            continue
        listed = f"{c.low}" if c.low == c.high else f"{c.low}–{c.high}"
        how = "多于" if c.low > c.count else "少于"
        out.append(ctx.finding(f"{section_name(ctx, c.span[0])}：正文称「{c.said}」，其前列出的名称有 {listed} 个"
                               f"（{'、'.join(c.names)}），{how}所说的数目", [], expected=c.count,
                               actual=c.low if c.low > c.count else c.high, evidence=[c.span]))
    return out
