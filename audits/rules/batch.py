"""Rules over several reports of one batch: S1 (carry-over across years), S3 across years, S12 (duplicates).

They read compact per-report signatures (`Signature`: organ, year, the cells they compare with their
spans, a digest of the tables, a MinHash sketch of the prose), never full reports, so a batch of any size
is audited one report at a time and these rules run at the end over a few hundred bytes per report.
Pairs are found through indexes (organ suffixes per year, table digests, locality-sensitive buckets of
the sketches), never by comparing every pair.

Reports are "the same organ" when their printed organ names are equal or one ends with the other and the
shorter still names its place (洪泽区人民政府 / 淮安市洪泽区人民政府; never 县统计局 / 息烽县统计局: _placed). Findings go to the later report; evidence spans point into its own
text, and the message names the other report.
"""
from __future__ import annotations

import hashlib
import re
import sys
from array import array
from dataclasses import dataclass
from itertools import compress
from typing import Iterator, Sequence

from extractor import template
from extractor.models import Finding
from extractor.organ_words import ABOVE_TOWNSHIP, AREA_KINDS, LEVEL_IN_WORD, TOWNSHIP_END

from .. import fingerprint
from ..context import KNOWN, Context
from ..registry import RULES, NotAssessable, rule
from ..tolerance import DUPLICATE_SIMILARITY

_MIN_ORGAN = 3
# a name names a place when a level word has words before it (汉阳区…, 息烽县统计局, 城区…): a name without one
# (县统计局, 商务局, 区数据局, 县市场监督管理局) is any county's or district's, so it is the same organ as a longer name
# that ends with it only when the two are equal
# (the levels are organ_words' ABOVE_TOWNSHIP, a township's and the kinds of area; a word of the body's field that
# holds a level's character, the 乡 of 城乡 or the 市 of 市场, is matched first and names none: group 1 is a level)
_LEVEL = re.compile("(?:" + "|".join(LEVEL_IN_WORD) + ")|(" + "|".join(AREA_KINDS + TOWNSHIP_END + ABOVE_TOWNSHIP) + ")")
_MIN_TABLE_CELLS = 10
_NAMED = 3  # other reports named in one S12 message
_NONE: frozenset = frozenset()
_IS_KNOWN = frozenset(KNOWN).__contains__


def _carry_keys() -> list[str]:
    return [f"applications.{row}.{c.key}" for c in template.APPLICANT_COLUMNS for row in ("carried_over", "carried_forward")]


_IN_FORCE = [f"active_disclosure.{row}.{c}" for row in ("regulations", "normative_documents")
             for c in ("issued", "repealed", "in_force")]
COMPARED = tuple(_carry_keys() + _IN_FORCE)  # the cells S1 and S3 compare across reports
_AT = {k: i for i, k in enumerate(COMPARED)}


@dataclass(frozen=True, slots=True)
class Signature:
    """What the batch rules need of one audited report: about a kilobyte, picklable, no text. A batch
    keeps one per report until the end, so the compared cells are flat tuples aligned with COMPARED and
    their spans one array, rather than dicts of tuples."""
    path: str
    sha256: str
    organ: str  # printed organ name without spaces ("" when unknown)
    year: int | None
    layout_active: str | None  # layout of table 二 (S3 across years needs 2021 in both)
    values: tuple = ()  # per COMPARED key: the value, or None when not known
    why_not: tuple = ()  # per COMPARED key: None when known, else why not (interned)
    spans: bytes = b""  # per COMPARED key: start, end (-1, -1 without a span), as array("i")
    tables: bytes | None = None  # digest of every known table cell, when enough of them are non-zero
    table_cells: int = 0
    sketch: bytes | None = None  # MinHash of the prose, numbers masked (fingerprint.sketch)

    def known(self, key: str) -> bool:
        return self.why_not[_AT[key]] is None

    def value(self, key: str):
        return self.values[_AT[key]]

    def why(self, key: str) -> str:
        return self.why_not[_AT[key]] or ""

    def span(self, key: str) -> tuple[int, int] | None:
        a = array("i", self.spans)
        i = 2 * _AT[key]
        return (a[i], a[i + 1]) if a[i] >= 0 else None

    def name(self) -> str:
        return f"{self.organ or '?'} {self.year or '?'}年度报告（{self.path}）"

    def finding(self, rid: str, message: str, cells: Sequence[str] = (), expected=None, actual=None) -> Finding:
        spans = [sp for k in cells if k in _AT and self.known(k) and (sp := self.span(k)) is not None]
        return Finding(rule=rid, severity=RULES[rid].severity, message=message, cells=list(cells),
                       expected=expected, actual=actual, evidence=spans)


def signature(ctx: Context) -> Signature:
    """The signature of one audited report."""
    values, why_not, spans = [], [], array("i")
    said: dict[str | None, str] = {}  # a cell's reason depends on its state alone: worded once per state
    for k in COMPARED:
        known = ctx.known(k)
        values.append(ctx.values[k] if known else None)
        if not known:
            st = ctx.state.get(k)
            if st not in said:
                said[st] = sys.intern(ctx.why_unknown([k]) or "空白")
        why_not.append(None if known else said[st])
        spans.extend((ctx.span(k) or (-1, -1)) if known else (-1, -1))
    # every cell of every table has its state (Context._classify), so the known ones are read off the states in one
    # pass, not table by table (sorted: the order they are read in does not matter) — picked, sorted and paired with
    # their values in C: the keys are distinct, so sorting them alone gives the pairs' order
    state = ctx.state
    keys = sorted(compress(state, map(_IS_KNOWN, state.values())))
    cells = list(zip(keys, map(ctx.values.__getitem__, keys)))
    digest = None
    if len(cells) >= _MIN_TABLE_CELLS and any(v for _, v in cells):
        digest = hashlib.sha256(repr(cells).encode()).digest()[:16]
    prose = "".join(p.text for p in ctx.prose or [])
    return Signature(path=ctx.report.source.path, sha256=ctx.report.source.sha256,
                     organ=re.sub(r"\s+", "", ctx.meta.organ or ""), year=ctx.year,
                     layout_active=ctx.table_layout("active_disclosure"), values=tuple(values),
                     why_not=tuple(why_not), spans=spans.tobytes(), tables=digest, table_cells=len(cells),
                     sketch=fingerprint.sketch(prose) if prose else None)


def same_organ(a: Signature, b: Signature) -> bool:
    x, y = a.organ, b.organ
    if len(x) < _MIN_ORGAN or len(y) < _MIN_ORGAN:
        return False
    return x == y or (x.endswith(y) and _placed(y)) or (y.endswith(x) and _placed(x))


def _placed(name: str) -> bool:
    """A level word with words before it: 息烽县统计局, 株洲高新区管委会, 城区统计局 — never 县统计局, 县住房和城乡建设局."""
    return any(m.group(1) and m.start() for m in _LEVEL.finditer(name))


def consecutive(sigs: Sequence[Signature]) -> Iterator[tuple[int, Signature, Signature]]:
    """(index of year N, signature N−1, signature N) for every organ with reports on consecutive years,
    ordered by the year-N report. One index of exact names per year: a name that ends with another is
    found by looking up its own suffixes (a few per name), never by a pairwise scan."""
    exact: dict[tuple[int, str], list[int]] = {}
    for j, s in enumerate(sigs):
        if s.year is not None and len(s.organ) >= _MIN_ORGAN:
            exact.setdefault((s.year, s.organ), []).append(j)
    pairs = set()
    for j, s in enumerate(sigs):
        if s.year is None or len(s.organ) < _MIN_ORGAN:
            continue
        for k in range(len(s.organ) - _MIN_ORGAN + 1):
            tail = s.organ[k:]
            if k and not _placed(tail):
                break  # a shorter tail names no place either
            # (prev, cur): last year's name is this name or a suffix of it; next year's is a proper suffix
            pairs.update((i, j) for i in exact.get((s.year - 1, tail), ()))
            if k:
                pairs.update((j, i) for i in exact.get((s.year + 1, tail), ()))
    for prev, cur in sorted(pairs, key=lambda p: (p[1], p[0])):
        if prev != cur:
            yield cur, sigs[prev], sigs[cur]


@rule("batch.carry_over", "warning", "S1 上年结转(N) ≠ 结转下年度(N-1), same organ", ref="S1", batch=True, doc="""
What: for reports of the same organ on consecutive years in one batch, per column of table 三:
二、上年结转政府信息公开申请数量 (year N) = 四、结转下年度继续办理 (year N−1).
Why: what one year carries forward is what the next year carries in. Legitimate breaks exist (机构改革,
merged organs, the first year under the 2019 条例), so this is a warning. Fix: correct either figure, or
explain the break in section 六.""")
def carry_over(sigs: Sequence[Signature]):
    rid = "batch.carry_over"
    for i, prev, cur in consecutive(sigs):
        if cur.year <= 2019:
            yield i, NotAssessable(rid, "2019年是修订后条例施行的第一年，无上年结转可比")
            continue
        for c in template.APPLICANT_COLUMNS:
            now, before = f"applications.carried_over.{c.key}", f"applications.carried_forward.{c.key}"
            if not (cur.known(now) and prev.known(before)):
                why = cur.why(now) or f"上年报告：{prev.why(before)}"
                yield i, NotAssessable(rid, f"{c.label}列：{why}", (now,))
                continue
            if cur.value(now) != prev.value(before):
                yield i, cur.finding(rid, f"{c.label}列：本年度「二、上年结转」{cur.value(now)} ≠ "
                                          f"{prev.name()}「四、结转下年度继续办理」{prev.value(before)}",
                                     [now], expected=prev.value(before), actual=cur.value(now))


@rule("active_disclosure.in_force", "warning", "S3 现行有效 < 制发 − 废止", batch=True, doc="")
def in_force_across_years(sigs: Sequence[Signature]):
    rid = "active_disclosure.in_force"
    for i, prev, cur in consecutive(sigs):
        if cur.layout_active != "2021" or prev.layout_active != "2021":
            continue
        for row in ("regulations", "normative_documents"):
            keys = [f"active_disclosure.{row}.{c}" for c in ("issued", "repealed", "in_force")]
            before = f"active_disclosure.{row}.in_force"
            if not (all(cur.known(k) for k in keys) and prev.known(before)):
                label = template.cell_label(keys[2]).split(" / ")[0]
                yield i, NotAssessable(rid, f"「{label}」跨年度：所需单元格不全", tuple(keys))
                continue
            issued, repealed, valid = (cur.value(k) for k in keys)
            expected = prev.value(before) + issued - repealed
            if valid != expected:
                yield i, cur.finding(
                    rid, f"「{template.cell_label(keys[2]).split(' / ')[0]}」现行有效 {valid} ≠ 上年（{prev.name()}）现行有效 "
                         f"{prev.value(before)} + 本年制发 {issued} − 本年废止 {repealed} = {expected}",
                    keys, expected=expected, actual=valid)


def _same_report(a: Signature, b: Signature) -> bool:
    """One report given twice: the same bytes, or the same organ and year (two formats of one report)."""
    return a.sha256 == b.sha256 or a.year is not None and a.year == b.year and same_organ(a, b)


def _groups(sigs: Sequence[Signature]) -> list[list[frozenset]]:
    """Per report: the reports with near-identical prose (its MinHash group), with identical tables, and
    with the same bytes. Each group is one shared frozenset, so a group of k copies costs k, not k²."""
    leader = fingerprint.group([s.sketch for s in sigs], DUPLICATE_SIMILARITY)
    columns = ([lead if lead >= 0 else None for lead in leader], [s.tables for s in sigs], [s.sha256 for s in sigs])
    out = []
    for keys in columns:
        members: dict = {}
        for i, k in enumerate(keys):
            if k is not None:
                members.setdefault(k, []).append(i)
        sets = {k: frozenset(v) for k, v in members.items() if len(v) > 1}
        out.append([sets.get(k, _NONE) for k in keys])
    return out


@rule("batch.duplicate", "warning", "S12 near-identical report across years or organs", ref="S12", batch=True, doc=f"""
What: two reports of one batch whose prose is near-identical (≥ {DUPLICATE_SIMILARITY:.0%} of character 5-grams
shared, numbers ignored), or whose tables are identical with non-zero values, when they are one organ's
reports on different years or two organs' reports. One report given twice (the same file, or the same
organ and year, e.g. in two formats) is batch.repeated_input, not this. A message names the first few
alike reports and counts the rest.
Why: the 2021 format names 内容雷同 among the failures 主管部门 hold organs accountable for; reviewers deduct
for reports "与往年或与其他单位雷同". Fix: write the year's own report.""")
def duplicate(sigs: Sequence[Signature]):
    rid, note = "batch.duplicate", "batch.repeated_input"
    prose, tables, files = _groups(sigs)
    for i, me in enumerate(sigs):
        others = (prose[i] | tables[i] | files[i]) - {i}
        if not others:
            continue
        repeated = sorted(j for j in others if _same_report(me, sigs[j]))
        copied = sorted(others.difference(repeated))
        if copied:
            named = []
            for j in copied[:_NAMED]:
                why = [f"正文相似度 {fingerprint.similarity(me.sketch, sigs[j].sketch):.0%}"] if j in prose[i] else []
                why += [f"表格 {me.table_cells} 个数值完全相同（含非零值）"] if j in tables[i] else []
                named.append(f"{sigs[j].name()}：{'，'.join(why)}")
            more = f"；等 {len(copied)} 份报告" if len(copied) > _NAMED else ""
            kinds = [w for w, group in (("正文近乎相同", prose[i]), ("表格数值完全相同", tables[i]))
                     if group.intersection(copied)]
            yield i, me.finding(rid, f"雷同：与{'；'.join(named)}{more}", expected="本年度自己的报告",
                                actual="、".join(kinds))
        if repeated:
            named = "；".join(sigs[j].path for j in repeated[:_NAMED])
            kinds = "同一文件" if all(j in files[i] for j in repeated) else "同一机关同一年度的报告"
            more = f"等 {len(repeated)} 份" if len(repeated) > _NAMED else ""
            yield i, me.finding(note, f"重复输入：与 {named}{more} 是{kinds}（不是雷同）")


@rule("batch.repeated_input", "info", "the same report given twice in one batch", batch=True, doc="""
What: two inputs of one batch that are one report: the same bytes, or the same organ and year with
near-identical prose or identical tables (one report in two formats, e.g. its PDF and its web page).
Why: S12 雷同 is about different years or organs; a repeated input is the batch's own doing, not the
publisher's. Fix: none for the publisher; drop one copy from the batch if its counts matter.""")
def repeated_input(sigs: Sequence[Signature]):
    return ()  # found together with S12 (one grouping pass), see duplicate()
