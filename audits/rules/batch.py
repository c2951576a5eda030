"""Rules over several reports of one batch: S1 (carry-over across years), S3 across years, S12 (duplicates).

Reports are "the same organ" when their printed organ names are equal or one ends with the other
(洪泽区人民政府 / 淮安市洪泽区人民政府). Findings go to the later report; evidence spans point into its own
text, and the message names the other report.
"""
from __future__ import annotations

import re
from itertools import combinations

from extractor import template as T

from ..context import Context
from ..registry import rule
from ..tolerance import DUPLICATE_SIMILARITY


def same_organ(a: Context, b: Context) -> bool:
    x, y = (re.sub(r"\s+", "", c.meta.organ or "") for c in (a, b))
    if len(x) < 3 or len(y) < 3:
        return False
    return x == y or x.endswith(y) or y.endswith(x)


def _name(ctx: Context) -> str:
    return f"{ctx.meta.organ or '?'} {ctx.year or '?'}年度报告（{ctx.report.source.path}）"


def consecutive(contexts: list[Context]):
    """(index of year N, ctx N−1, ctx N) for every organ with reports on consecutive years."""
    for i, cur in enumerate(contexts):
        for prev in contexts:
            if prev is not cur and cur.year and prev.year == cur.year - 1 and same_organ(prev, cur):
                yield i, prev, cur


@rule("batch.carry_over", "warning", "S1 上年结转(N) ≠ 结转下年度(N-1), same organ", ref="S1", batch=True, doc="""
What: for reports of the same organ on consecutive years in one batch, per column of table 三:
二、上年结转政府信息公开申请数量 (year N) = 四、结转下年度继续办理 (year N−1).
Why: what one year carries forward is what the next year carries in. Legitimate breaks exist (机构改革,
merged organs, the first year under the 2019 条例), so this is a warning. Fix: correct either figure, or
explain the break in section 六.""")
def carry_over(contexts: list[Context]):
    rid = "batch.carry_over"
    for i, prev, cur in consecutive(contexts):
        if cur.year <= 2019:
            yield i, cur.na(rid, "2019 is the first year under the revised 条例: no carry-over to compare")
            continue
        for c in T.APPLICANT_COLUMNS:
            now, before = f"applications.carried_over.{c.key}", f"applications.carried_forward.{c.key}"
            if not (cur.known(now) and prev.known(before)):
                yield i, cur.na(rid, f"{c.label}: {cur.why_unknown([now]) or prev.why_unknown([before]) or 'blank'}",
                                [now])
                continue
            if cur.values[now] != prev.values[before]:
                yield i, cur.finding(rid, f"{c.label}列：本年度「二、上年结转」{cur.values[now]} ≠ "
                                          f"{_name(prev)}「四、结转下年度继续办理」{prev.values[before]}",
                                     [now], expected=prev.values[before], actual=cur.values[now])


@rule("active_disclosure.in_force", "warning", "S3 现行有效 < 制发 − 废止", batch=True, doc="")
def in_force_across_years(contexts: list[Context]):
    rid = "active_disclosure.in_force"
    for i, prev, cur in consecutive(contexts):
        if cur.table_layout("active_disclosure") != "2021" or prev.table_layout("active_disclosure") != "2021":
            continue
        for row in ("regulations", "normative_documents"):
            keys = [f"active_disclosure.{row}.{c}" for c in ("issued", "repealed", "in_force")]
            before = f"active_disclosure.{row}.in_force"
            if not (all(cur.known(k) for k in keys) and prev.known(before)):
                yield i, cur.na(rid, f"{row} across years: cells not known", keys)
                continue
            issued, repealed, valid = (cur.values[k] for k in keys)
            expected = prev.values[before] + issued - repealed
            if valid != expected:
                yield i, cur.finding(
                    rid, f"「{T.cell_label(keys[2]).split(' / ')[0]}」现行有效 {valid} ≠ 上年（{_name(prev)}）现行有效 "
                         f"{prev.values[before]} + 本年制发 {issued} − 本年废止 {repealed} = {expected}",
                    keys, expected=expected, actual=valid)


def _shingles(ctx: Context, n: int = 5) -> set[str]:
    text = re.sub(r"\d+(?:\.\d+)?", "#", "".join(p.text for p in ctx.prose or []))
    return {text[i:i + n] for i in range(max(0, len(text) - n + 1))}


def _table_cells(ctx: Context) -> dict[str, object]:
    return {k: ctx.values[k] for t in T.TABLES for k in ctx.cells_of(t) if ctx.known(k)}


@rule("batch.duplicate", "warning", "S12 near-identical report across years or organs", ref="S12", batch=True, doc=f"""
What: two reports of one batch whose prose is near-identical (≥ {DUPLICATE_SIMILARITY:.0%} of character 5-grams
shared, numbers ignored), or whose tables are identical with non-zero values, whether they are one organ's
reports on different years or two organs' reports. The same file given twice is not compared.
Why: the 2021 format names 内容雷同 among the failures 主管部门 hold organs accountable for; reviewers deduct
for reports "与往年或与其他单位雷同". Fix: write the year's own report.""")
def duplicate(contexts: list[Context]):
    rid = "batch.duplicate"
    shingles = [_shingles(c) for c in contexts]
    cells = [_table_cells(c) for c in contexts]
    for i, j in combinations(range(len(contexts)), 2):
        a, b = contexts[i], contexts[j]
        if a.report.source.sha256 == b.report.source.sha256:
            continue
        why = []
        sa, sb = shingles[i], shingles[j]
        if len(sa) >= 200 and len(sb) >= 200:
            sim = len(sa & sb) / len(sa | sb)
            if sim >= DUPLICATE_SIMILARITY:
                why.append(f"正文相似度 {sim:.0%}")
        ca, cb = cells[i], cells[j]
        if len(ca) >= 10 and ca == cb and any(v for v in ca.values()):
            why.append(f"表格 {len(ca)} 个数值完全相同（含非零值）")
        if not why:
            continue
        for k, me, other in ((i, a, b), (j, b, a)):
            yield k, me.finding(rid, f"与{_name(other)}雷同：" + "；".join(why), [], expected="本年度自己的报告",
                                actual="；".join(why))
