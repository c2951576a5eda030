"""S9 within the prose: a count of a site's parts against the names the prose lists for them (prose.named_count),
and the count of the report's own parts its preamble announces against the parts it names (prose.outline_count)."""
from __future__ import annotations

import re


from ..context import Context, clipped
from ..prose.named_count import named_counts, wrong
from ..registry import rule
from .prose import section_name


@rule("prose.named_count", "warning", "S9 the prose counts the parts it names and gets another number", ref="S9",
      needs_text=True, doc="""
What: a count of a site's parts (版块, 栏目, 专栏, 专题, 模块, 子目录, N个信息公开栏目; 部分 where the clause names the site:
'网站主要内容包括…等八大部分'), of the report's channels, carriers, rules or ways of explaining (共四种渠道,
四个信息公开载体, 八项制度, 15项规章制度, 8种解读方式), of the areas it covers (4个领域) or of documents it names by
title (等6份政策性文件), stated right after the names it counts, in one clause that a list word opens (设置/包括/开设/
新增/策划/起草…, the verb keeping them up: 做好/维护/更新/管好用好, using them: 通过/依托/发挥/以, 披露, 出台/制定/
完善/其中, or any verb closed by 了) — names in quotes need none ('“…”“…”等7个专题栏目') —, or right after the
count and 分别为, every name in quotes ('规范性文件3件,分别为《…》《…》《…》'):
'设置包括领导成员、部门职能、…、行政处罚信息9个版块' must name 9. Each 、 (or a closing quote before an opening
one: “网络中国节”“涉企政策推送”) parts two names; a name holding 及/和/与 may be one or two ('…网站和于都政务两个载体'),
so only a count outside that range is flagged; after
等 the names may be fewer than the count, never more; N余个 is a floor that any number of names fits. Not read: the report's own outline ('由…等六个部分组成',
structure.sections reads it) and categories of information (大类), whose names run loose.
Also the aspects a passage reports on (N个方面), named in quotes right before the count ('从“主动公开”、…、“监督保障”
五个方面进行报告') or numbered as points after it ('重点推进5个方面的信息公开。一是…五是…': the points of its paragraph, a
floor, as they may go on — unless the next paragraph opens a heading, which ends them), and the ways, measures and
channels counted before a colon and numbered after it ('主要通过四种形式公开…:1.政府门户网站…2.…3.…' before '(二)…',
'采取了以下五项措施:一是…四是…' before '三、…': fewer points than the count); never the report's own outline said so ('本报告内容包括总体情况、…等六个方面').
Why: a count that disagrees with the names printed beside it means a name was dropped or added and the count
kept. Fix: make the count and the names agree.""")
def named_count(ctx: Context):
    if not ctx.prose:
        return []
    out = []
    outline = ctx.outline
    own = outline.said.span() if outline is not None else (0, 0)
    for c in named_counts(ctx.prose):
        if not wrong(c) or (c.span[0] < own[1] and own[0] < c.span[1]):
            continue  # (the report's own outline, said as 六个方面 as well, is prose.outline_count's)
        listed = f"{c.low}" if c.low == c.high else f"{c.low}–{c.high}"
        how = "多于" if c.low > c.count else "少于"
        where = "其后分点列出的有" if c.points else "其前列出的名称有"
        out.append(ctx.finding(f"{section_name(ctx, c.span[0])}：正文称「{c.said}」，{where} {listed} 个"
                               f"（{'、'.join(c.names)}），{how}所说的数目", [], expected=c.count,
                               actual=c.low if c.low > c.count else c.high, evidence=[c.span]))
    return out


@rule("prose.outline_count", "warning", "S9 the preamble counts the report's parts it names and gets another number",
      ref="S9", needs_text=True, doc="""
What: the outline a report's preamble announces ('本报告由总体情况、…、其他需要报告的事项六部分组成', '全文包括…
等6个部分', '…等五项内容', or the count first: '全文包括七个方面的内容,分别为:…'), its count of parts against the names
it prints (a list printed after its count ends at a stronger mark leading to no part: '…其他需要报告的事项,报告中所涉
数据…'; one parted by ；holds commas inside its names). The names part at 、 and commas; a
section's own name may hold a 、 ('行政复议、行政诉讼情况', one part or two) and a name may join two parts with
和/及/与 ('存在的主要问题及改进情况和其他需要报告的事项'), so the names make a range and only a count outside
it is flagged: fewer than the names at their fewest, or — when no 等 leaves the list open — more than at their
most. An outline listing the overview's items (政府信息管理, 平台建设…) is the overview's, not the report's.
Why: a count that disagrees with the names printed beside it means a part was dropped or added and the count
kept (or the count edited). Fix: make the count and the names agree.""")
def outline_count(ctx: Context):
    outline = ctx.outline
    if outline is None or outline.of_overview or not outline.reading.wrong():
        return []
    r = outline.reading
    said = outline.said
    printed = re.sub(r"\s", "", said.group(0))
    quoted = printed[max(printed.find(r.names), 0):]  # the names and the count, without what leads to them
    if r.first:  # the count printed before the names (the message says it): the names, to where the list ends
        quoted = r.names
    listed = f"{r.low}" if r.low == r.high else f"{r.low}–{r.high}"
    how = "多于" if r.low > r.count else "少于"
    return [ctx.finding(f"开头所列提纲称由 {r.count} 个部分组成，所列名称有 {listed} 个，{how}所说的数目"
                        f"（「{clipped(quoted, 160)}」）", [], expected=r.count,
                        actual=r.low if r.low > r.count else r.high, evidence=[said.span()])]
