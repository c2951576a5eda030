"""H6 tables and their rows as the template has them: a section's table missing or unreadable, template rows
missing, rows the template does not have, and （六）其他处理 printed as one row.

A copy that stops inside a table is not a table that lacks its last rows: the rows after the cut are not
judged (audits.extent, the extraction's lost cells); a row absent before a later one the copy prints is missing.
"""
from __future__ import annotations

from extractor import template
from extractor.labels import match_key

from ..block_headers import unheaded_blocks
from ..context import Context, shown
from ..extent import last_section, reaches_end
from ..registry import rule
from .structure import OLD_FORMAT, before_the_format

@rule("structure.tables", "warning", "H6 a table or template row missing; table present only partly", ref="H6",
      doc="""
What: sections 二, 三 and 四 each hold their table, with every row of the template. A section whose table
is not in the text (an image, or prose only), a table that lacks template rows, and a block of table 二 that
prints values where its column header belongs (第二十条第(八)项 with '0 | 0 | 0' and no 本年收费金额(单位:万元)) are
reported; cells the
copy lost (rows whose values could not be placed) are the copy's fault and are noted, not reported. In a
copy that stops inside a table, the rows after the cut are not judged; a row absent before a later row or
block title the copy prints is missing. Where the preamble's outline puts the tables in an appendix (…,附表七部分组成)
and the copy stops before the report's end, a section without its table is not judged.
Why: readers cannot tell "no table" from "all zero" (FORMAT.md §9.6). Fix: publish every table as text with
all its rows; put 0 in rows with nothing to count.""")
def tables(ctx: Context):
    if before_the_format(ctx):
        return [ctx.na(OLD_FORMAT)]
    out = []
    cut = not reaches_end(ctx)
    stops_in = last_section(ctx)
    for t in template.TABLES.values():
        st = ctx.status.get(t.key)
        status = st.status if st is not None else "absent"
        sec = ctx.section(t.section)
        if status in ("absent", "unparsed"):
            if sec is None:
                continue  # structure.sections reports the missing section itself
            if cut and t.section == stops_in:
                # cut before any row, but past a later block's title: the rows before it are missing
                out += _missing_rows(ctx, t, st.missing_rows if st is not None else [])
                out.append(ctx.na(f"{t.key}：副本在该部分中途截断"))
                continue
            if status == "unparsed" and _frame_printed(ctx, t):
                out.append(ctx.na(f"{t.key}：表格只印出表头和行名，数值在副本中丢失"))
                continue
            if cut and ctx.outline is not None and "附表" in ctx.outline.parts:
                # the outline puts the tables in an appendix (…,主要问题和改进措施,附表七部分组成): a copy that stops
                # before the report's end has not reached them
                out.append(ctx.na(f"{t.key}：开头提纲称表格列于附表，副本未到附表处"))
                continue
            why = "正文中没有可读的表格（可能是图片或只有文字）" if status == "unparsed" else "正文中没有表格"
            out.append(ctx.finding(f"{t.title}：{why}", [], expected="表格", actual=status,
                                   evidence=[(sec.start, sec.start + len(sec.heading))]))
            continue
        out += [_unheaded_block(ctx, t, u) for u in unheaded_blocks(ctx, t.key)]
        if ctx.table_cut(t.key):
            # rows after the cut are not judged; a row missing before a later visible row or block title is
            # (the extraction tells which: `missing_rows`, the cells' state "lost")
            out.append(ctx.na(f"{t.key}：副本在表格中途截断，截断处之后的行不作判断"))
        rows = {}
        for k in ctx.cells_of(t.key):
            if ctx.state.get(k) == "lost":
                rows.setdefault(k.rsplit(".", 1)[0], []).append(k)
        lost_rows = set(st.incomplete_rows)
        unprinted = [r for r, ks in rows.items() if r not in lost_rows and t.key not in lost_rows]
        unplaced = st.values_without_row
        printed_table = getattr(ctx.report.tables, t.key, None)
        unrecognised = printed_table.extra_rows if printed_table is not None else []
        if unprinted and (unplaced or unrecognised):
            # values printed under a label the copy lost or garbled ("行可" for 行政许可): the row is there,
            # only its label is not — never "missing" on top of "lost"
            out.append(ctx.na(f"{t.key}：{unplaced + len(unrecognised)} 行数值的行名丢失或无法识别；"
                              f"未读到的 {len(unprinted)} 个模板行不作缺行判断"))
            continue
        out += _rows_missing(ctx, t, {r: rows[r] for r in unprinted})
        if rows and len(unprinted) < len(rows):
            out.append(ctx.na(f"{t.key}：副本中丢失 {len(rows) - len(unprinted)} 行"
                                                  "（数值无法对应到行），不作缺行判断"))
    return out


def _unheaded_block(ctx: Context, t, u):
    """A block printing values where its column header belongs: the header (and the unit it states) is missing."""
    names = "、".join(f"「{c.label}」" for c in u.block.columns)
    keys = [f"{t.key}.{r.key}.{c.key}" for r in u.block.rows for c in u.block.columns]
    return ctx.finding(f"{t.title}「{u.block.title}」未印出列标题{names}，该处印的是不属于任何行的数值（"
                       f"{'、'.join(u.values)}）", keys, expected=[c.label for c in u.block.columns],
                       actual=list(u.values), evidence=[u.title])


def _missing_rows(ctx: Context, t, rows: list[str]) -> list:
    """The finding for template rows the extraction found missing in a table none of whose rows was read."""
    if not rows:
        return []
    st = ctx.status[t.key]
    keys = template.layout_cells(t.key, st.layout or template.likely_layout(ctx.report.meta.year),
                                 bool(st.other_single_row))
    cells = {r: [k for k in keys if k.rsplit(".", 1)[0] == r] for r in rows}
    return _rows_missing(ctx, t, {r: ks for r, ks in cells.items() if ks})


def _rows_missing(ctx: Context, t, cells: dict[str, list[str]]) -> list:
    """The one finding naming template rows a table lacks, with their cells (none when no row is missing)."""
    year, st = ctx.report.meta.year, ctx.status.get(t.key)
    if cells and year is not None and st is not None and st.layout not in (None, template.layout_for_year(year)):
        # a table in the other year's columns (meta.template_year says so): a row the year's own form lacks is not
        # missing — 4167's table 二 in 2019 columns printing the 2021 rows, without 其他对外管理服务事项 and 政府集中采购
        own = {k.rsplit(".", 1)[0] for k in template.layout_cells(t.key, template.layout_for_year(year))}
        cells = {r: ks for r, ks in cells.items() if r in own}
    if not cells:
        return []
    labels = "、".join(ctx.row_name(ks[0]) for ks in cells.values())
    return [ctx.finding(f"{t.title}缺少模板行：{labels}", [k for ks in cells.values() for k in ks],
                        expected="模板全部行", actual="缺行")]


def _frame_printed(ctx: Context, t) -> bool:
    """Whether the section prints its table's frame — two of its column headers and two of its row labels,
    each a line of its own ('行政复议', '结果维持', …) — with no value the parser could read: the table is
    there and its values are lost in the copy, which is no missing table."""
    got = ctx.section_text(t.section)
    if got is None:
        return False
    lines = {match_key(line) for line in got[0].split("\n")} - {""}
    blocks = [b for lay in t.layouts.values() for b in lay.blocks]
    columns = {match_key(c.label) for b in blocks for c in b.columns} | {match_key(h) for h in t.header_labels}
    rows = {match_key(r.label) for b in blocks for r in b.rows}
    return len(lines & columns) >= 2 and len(lines & rows) >= 2


@rule("structure.extra_rows", "info", "a row the template does not have", doc="""
What: rows printed in a table that the template does not have (e.g. Hubei's 其他主动公开文件 under
第二十条第（一）项), kept in the table's extra_rows. Why: local additions are allowed in some provinces but
they are outside every identity and every comparison; reviewers should see them. Fix: none required when a
provincial rule asks for the row; otherwise remove it.""")
def extra_rows(ctx: Context):
    out = []
    for key, table in ctx.tables_data.items():
        for row in (table or {}).get("extra_rows", []):
            vals = "、".join("空" if v is None else shown(v) for v in row["values"])
            at = ctx.text.find(row["label"]) if ctx.text else -1
            out.append(ctx.finding(f"{template.TABLES[key].title}多出模板没有的行「{row['label']}」（{vals}）",
                                   [], expected=None, actual=row["values"],
                                   evidence=[(at, at + len(row["label"]))] if at >= 0 else []))
    return out


@rule("applications.other_single_row", "info", "a 2021-layout report printing （六）其他处理 as one row",
      layouts=("2021",), tables=("applications",), doc="""
What: a report on the 2021 layout that prints （六）其他处理 as one row instead of its three sub-rows
(1. 逾期不补正, 2. 逾期未缴费, 3. 其他). Why: the sub-row 2 is what the 信息处理费 check (S2) compares with
section 六; with one row it cannot be checked. Fix: print the three 2021 sub-rows.""")
def other_single_row(ctx: Context):
    if not ctx.other_single_row():
        return []
    cells = [f"applications.other.{c.key}" for c in template.APPLICANT_COLUMNS]
    return [ctx.finding("表三按2021年版填报，但（六）其他处理只印了一行，缺少 1.逾期不补正、2.逾期未按收费通知缴费、3.其他 三个子行",
                        cells, expected="三个子行", actual="一行")]
