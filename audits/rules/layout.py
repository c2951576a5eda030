"""H5 for a report whose tables (or table 二's blocks) follow different layouts, block by block."""
from __future__ import annotations

from extractor import template

from ..blocks import AD, block_layouts, by_values
from ..context import Context
from ..registry import rule
from ..years import report_year


@rule("meta.mixed_layout", "warning", "H5 tables or blocks of one report in different layouts", ref="H5", doc="""
What: a report whose tables, or whose blocks of table 二 (第二十条第（一）（五）（六）（八）项), are printed in
different layouts — some with the 2019 试行 headers (本年新制作数量 / 上一年项目数量…), some with the 2021
ones (本年制发件数 / 处理决定数量…). The finding names which blocks use which headers; a block on the other
headers than the report's year asks for (≤2020 → 2019, ≥2021 → 2021) is besides the error meta.template_year. Why: the two layouts count different things (本年新公开
vs 本年废止, 项目数量 vs 决定数量); a half-updated form cannot be summed with either layout's reports, and
usually means an old form was copied and only partly updated. Fix: republish every block on the template
of the report's year.""")
def mixed_layout(ctx: Context):
    if ctx.meta.template != "mixed":
        return []
    year, _ = report_year(ctx)
    expected = template.layout_for_year(year) if year is not None else None
    parts: dict[str, list[str]] = {}
    wrong: list[str] = []
    off_year = False
    rows_only = by_values(ctx)
    by_rows: dict[str, list[str]] = {}  # blocks under the other layout's header whose rows print this one's values
    for name, layout, keys in block_layouts(ctx):
        if keys and all(k.startswith(rows_only) for k in keys):
            by_rows.setdefault(layout, []).append(name)
        parts.setdefault(layout, []).append(name)
        if expected is not None and layout != expected:
            wrong += keys
            off_year = True
    app = ctx.table_layout("applications") if ctx.table_usable("applications") else None
    if app is not None and app not in parts:
        parts.setdefault(app, []).append(Context.table_name("applications"))
    if len(parts) < 2:
        return []
    said = "；".join(_said(k, v, by_rows.get(k, [])) for k, v in sorted(parts.items()))
    # a block of table 二 on the other year's headers is meta.template_year's error, which says the year
    head = f"{year}年度报告应使用{expected}年版表格，" if expected and not off_year else ""
    return [ctx.finding(f"{head}表格版式混用：{Context.table_name(AD)}{said}", wrong, expected=expected or "同一版式",
                        actual="mixed", evidence=ctx.spans(wrong))]


def _said(layout: str, names: list[str], by_rows: list[str]) -> str:
    out = [f"{'、'.join(n for n in names if n not in by_rows)}按{layout}年版表头"] if len(names) > len(by_rows) else []
    other = "2021" if layout == "2019" else "2019"
    out += [f"{'、'.join(by_rows)}表头按{other}年版，每行数值却按{layout}年版的列"] if by_rows else []
    return "；".join(out)
