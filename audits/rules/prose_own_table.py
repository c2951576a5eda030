"""The organ's own statistics table of the 2008 条例's years (prose/own_table.py reads it) checked as what it is: the
report's own statement of its figures. A row against its 其中 parts and the year's column against the cumulative are
prose.inconsistent's (the report contradicting itself); the prose's figures against the table are
prose.table_mismatch's where no template table holds them. Kept apart from the rule modules so each stays small."""
from __future__ import annotations

import re

from ..context import Context, shown
from ..prose.claims import Claim
from ..prose.list_words import REST_WORDS
from ..prose.own_table import OwnRow, OwnTable
from ..prose.periods import SINCE_WORDS

# what a row counts, as the prose's claims name it (patterns.SPECS): the one row of each kind, by its words
_KINDS = (("disclosed", re.compile(r"^主动公开")),
          ("received", re.compile(r"^(?!.*答复)(?:.*申请.*总数|.*受理.*申请|.*收到.*申请)")),
          ("results", re.compile(r"答复总数|答复数$")),
          ("granted", re.compile(r"^(?:同意|予以)公开")),
          ("partially_granted", re.compile(r"部分公开")),
          ("denied", re.compile(r"不予公开|否决公开|不同意公开")),
          ("review", re.compile(r"^行政复议")),
          ("litigation", re.compile(r"^行政诉讼")))
# parts that split what they count (each application came one way, each answer was one answer): their sum is
# the row's; the channels of information published (网站, 公报) may carry one item twice, so only each alone
_DISJOINT = re.compile(r"申请|答复")
_OTHER = re.compile(rf"^(?:{REST_WORDS})")


_NAME = "附表（政府信息公开情况统计表）"


def _col(t: OwnTable, j: int) -> str:
    return t.columns[j]


def own_table_findings(ctx: Context) -> list:
    """prose.inconsistent on the own table: a row below the sum of its parts (or, where the parts close with
    其他 and so are the whole, above it; for channels that may overlap, below any one of them), the year's figure
    above the cumulative, and more answered than ever received in the cumulative column."""
    out = []
    for t in ctx.own_tables:
        above = []
        for i, row in enumerate(t.rows):
            if row.values is None:
                continue
            parts = t.parts(i)
            if len(parts) >= 2 and all(p.values is not None for p in parts):
                out += _parts(ctx, t, row, parts)
            if len(row.values) == 2 and t.cumulative == [False, True] and None not in row.values \
                    and row.values[0] > row.values[1]:
                above.append(row)
        if above:  # one pattern, one finding: every row whose year stands above its cumulative
            out.append(ctx.finding(
                f"{_NAME}：" + "；".join(f"「{r.label}」{_col(t, 0)} {shown(r.values[0])}，多于{_col(t, 1)} "
                                           f"{shown(r.values[1])}" for r in above) + "（累计数含本年数）", [],
                expected=[r.values[1] for r in above] if len(above) > 1 else above[0].values[1],
                actual=[r.values[0] for r in above] if len(above) > 1 else above[0].values[0],
                evidence=[r.span for r in above]))
        out += _answered_above_received(ctx, t)
    return out


def _parts(ctx: Context, t: OwnTable, row: OwnRow, parts: list[OwnRow]) -> list:
    """One finding a row, naming every column where its parts do not fit it."""
    said, expected, actual = [], [], []
    for j in range(len(t.columns)):
        total = row.values[j]
        values = [p.values[j] for p in parts]
        if total is None or any(v is None for v in values):
            continue
        if _DISJOINT.search(row.label):
            s = sum(values)
            if s > total or (s < total and _OTHER.match(parts[-1].label)):
                listed = " + ".join(f"{p.label} {shown(p.values[j])}" for p in parts)
                how = "多于总数" if s > total else "少于总数（所列以「其他」收尾，即全部类别）"
                said.append(f"{_col(t, j)} {shown(total)}，其中各项合计 {shown(s)}（{listed}），{how}")
                expected.append(total), actual.append(s)
        else:
            p = next((p for p, v in zip(parts, values) if v > total), None)
            if p is not None:
                said.append(f"{_col(t, j)} {shown(total)}，其中「{p.label}」{shown(p.values[j])}，部分多于总数")
                expected.append(total), actual.append(p.values[j])
    if not said:
        return []
    one = len(said) == 1
    return [ctx.finding(f"{_NAME}：「{row.label}」" + "；".join(said), [], expected=expected[0] if one else expected,
                        actual=actual[0] if one else actual, evidence=[row.span] + [p.span for p in parts])]


def _answered_above_received(ctx: Context, t: OwnTable) -> list:
    rows = _rows_by_kind(ctx, t)
    got, answered = rows.get("received"), rows.get("results")
    if got is None or answered is None or got.values is None or answered.values is None:
        return []
    out = []
    for j, cumulative in enumerate(t.cumulative):
        a, g = answered.values[j], got.values[j]
        if cumulative and a is not None and g is not None and a > g:
            out.append(ctx.finding(f"{_NAME}：「{answered.label}」{_col(t, j)} {shown(a)}，多于「{got.label}」"
                                   f"{_col(t, j)} {shown(g)}（历年累计答复的申请不能多于历年累计收到的）", [],
                                   expected=g, actual=a, evidence=[got.span, answered.span]))
    return out


def _rows_by_kind(ctx: Context, t: OwnTable) -> dict[str, OwnRow]:
    """The first row of each kind the prose's claims name; a part (其中 1.…) is never the row of a whole's kind.
    Found once a table (every claim asks)."""
    key = ("own_table.kinds", id(t))
    if key not in ctx.cache:
        ctx.cache[key] = _kinds_of(t)
    return ctx.cache[key]


def _kinds_of(t: OwnTable) -> dict[str, OwnRow]:
    out: dict[str, OwnRow] = {}
    for r in t.rows:
        for kind, words in _KINDS:
            whole = kind in ("disclosed", "received", "results", "review", "litigation")
            if words.search(r.label) and (r.ordinal is None) == whole and kind not in out:
                out[kind] = r
                break
    return out


def _the_years_column(ctx: Context, t: OwnTable) -> int | None:
    """The column of the report's year: the one headed with it, else the one column that is no cumulative when it
    names no year — or when the table's own title right before its head names the report's (a column headed last
    year's in a table titled with this year's is a misprint of the head, the figures the year's)."""
    if ctx.year is None:
        return None
    j = next((j for j, y in enumerate(t.years) if y == ctx.year and not t.cumulative[j]), None)
    if j is not None:
        return j
    own = [j for j, c in enumerate(t.cumulative) if not c]
    if len(own) != 1:
        return None
    j = own[0]
    if t.years[j] is None:
        return j
    title = (ctx.text or "")[max(0, t.span[0] - 60):t.span[0]]
    return j if f"{ctx.year}年" in title else None


# what may stand between the verb and the figure besides the object: the count's own words (共计, 数, 总量, 达到…),
# stripped before the object is asked to be information at large (政府信息, 信息, 各类政务信息 — the table row's
# 主动公开信息数; a kind, 政府采购项目信息, is not)
_COUNTING = re.compile(r"共计|总计|合计|累计|总数|总量|数量|数目|条目|达到|发布|共|数|量|了|的|为|达|有")
_AT_LARGE = re.compile(r"(?:各类|各项|相关)?(?:政府|政务)?(?:信息|文件)?")


def _all_published(claim: Claim, cumulative: bool) -> bool:
    """A count of all the information the organ published on its own initiative (主动公开政府信息97条, 其中主动公开政府
    信息38条 of what it made: the verb 主动公开, information, no channel or kind named; 累计主动公开…1224条 for the
    cumulative column) — the own table's 主动公开信息数; a channel's or a kind's count (其他应主动公开的信息3条) is none."""
    quantity = claim.extra.get("quantity")
    if "主动公开" not in claim.text or re.search(REST_WORDS, claim.extra.get("clause", claim.text)):
        return False
    # (what it names between the verb and the figure is information at large, not a kind: 主动公开政府采购项目信息188条
    # is the procurement items', 4456)
    named = re.search(r"主动公开(.*?)\d", claim.text)
    if named and not _AT_LARGE.fullmatch(_COUNTING.sub("", named.group(1))):
        return False
    if quantity is None:
        return cumulative
    # (said through a website, '通过平潭县政府信息公开网站进行：信息': the table's own 政府网站公开数 is the whole there)
    qualifier = quantity[1].rsplit("：", 1)[0] if "：" in quantity[1] else ""
    return quantity[1].endswith("信息") and (qualifier in ("", "其中") or "网站" in qualifier) and not quantity[2]


def _cumulative(claim: Claim) -> bool:
    """A figure of all the years so far (累计主动公开政府信息1224条, 历年…): the own table's 历年累计 column — never the
    year's own total (全年累计…, 1-12月累计…: 累计 after a year, a 年度 or a month), nor a span since a year or of the
    last few years (2011年以来累计…, 近3年…: periods.SINCE_WORDS but 历年)."""
    said = claim.extra.get("clause", claim.text)
    return bool(claim.why_not and claim.why_not.startswith("数字不限于报告年度") and re.search(r"历年|(?<![年度月])累计", said)
                and not re.search(rf"(?!历年)(?:{SINCE_WORDS})|\d年(?:以来|起)|以来", said))


def own_table_judge(ctx: Context, claim: Claim):
    """(True, finding or None) when the claim is judged against the own table — no template table holds its
    quantity and the own table has its row — else (False, None). A year's figure goes to the year's column, a
    cumulative one (累计…) to the 历年累计 column; a glued run of several readings agrees when any reading gives the
    figure, and is raised only when none does."""
    tables = ctx.own_tables
    cumulative = _cumulative(claim)
    if not tables or (claim.why_not and not cumulative) or claim.column != "total" or claim.channel or claim.approx \
            or claim.includes_carry or any(ctx.known(k) for k in ctx.cells_of("applications")):
        return False, None
    if claim.kind == "disclosed" and not _all_published(claim, cumulative):
        return False, None
    for t in tables:
        row = _rows_by_kind(ctx, t).get(claim.kind)
        j = t.cumulative.index(True) if cumulative and True in t.cumulative else \
            None if cumulative else _the_years_column(ctx, t)
        if row is None or j is None:
            continue
        if row.values is not None:
            options = [row.values[j]] if row.values[j] is not None else []
        else:
            options = sorted({r[j] for r in row.readings})
        if not options:
            continue
        if claim.value in options:
            return True, None
        glued = re.search(r"\d+\s*$", ctx.text[row.span[0]:row.span[1]])
        printed = shown(options[0]) if row.values is not None else \
            f"粘连的「{glued.group(0).strip() if glued else '…'}」，任何读法都不是 {shown(claim.value)}"
        said = f"正文「{claim.text}」意味着 0" if claim.zero_phrase else f"正文「{claim.text}」"
        return True, ctx.finding(f"{said}，与{_NAME}不符：「{row.label}」{_col(t, j)}为 {printed}", [],
                                 expected=options[0] if len(options) == 1 else options, actual=claim.value,
                                 evidence=[claim.span, row.span])
    return False, None
