"""S3–S8: plausibility of table 二 (主动公开政府信息情况)."""
from __future__ import annotations

from extractor import template

from ..context import Context
from ..registry import rule
from ..tolerance import (CHAIN_FROM_NONE_MIN, CHANGE_AS_DECISIONS_MIN, CHANGE_AS_DECISIONS_RATIO, FEE_WAN_IMPLAUSIBLE, FEE_WAN_IMPLAUSIBLE_ANY,
                         TOWNSHIP_NORMATIVE_DOCUMENTS, chain_near, decimals)

AD = "active_disclosure"


def _row(ctx: Context, row: str, cols: tuple[str, ...]):
    """The row's values, or a not-assessable when one is not known."""
    keys = [f"{AD}.{row}.{c}" for c in cols]
    if all(ctx.known(k) for k in keys):
        return keys, [ctx.values[k] for k in keys]
    blank = [k for k in keys if ctx.state.get(k) == "blank"]
    why = "空白单元格 " + "、".join(blank) if blank else ctx.why_unknown(keys)
    return keys, ctx.na(f"{row}: {why}", keys)


def _label(key: str, layout: str | None = None) -> str:
    return template.cell_label(key, layout)


@rule("active_disclosure.in_force", "warning", "S3 现行有效 < 制发 − 废止", ref="S3", layouts=("2021",),
      tables=(AD,), doc="""
What: for 规章 and 行政规范性文件 (2021 layout): 现行有效件数 ≥ 本年制发件数 − 本年废止件数, because the number
in force at the end of the year is the number at its start (≥ 0) plus those issued minus those repealed.
Across years of one organ (batch): 现行有效(N) = 现行有效(N−1) + 制发(N) − 废止(N).
Why: a report that issues 2 rules and has 0 in force has miscounted one of the columns.
Fix: recount 现行有效件数 (all documents in force at year end, not only this year's).""")
def in_force(ctx: Context):
    out = []
    for row in ("regulations", "normative_documents"):
        keys, got = _row(ctx, row, ("issued", "repealed", "in_force"))
        if not isinstance(got, list):
            out.append(got)
            continue
        issued, repealed, valid = got
        if valid < issued - repealed:
            out.append(ctx.finding(f"{_label(keys[2])} {valid} 小于 本年制发 {issued} − 本年废止 {repealed} = {issued - repealed}",
                keys, expected=f"≥ {issued - repealed}", actual=valid))
    return out


@rule("active_disclosure.published_total", "warning", "S4 (2019) 对外公开总数量 < 本年新公开数量", ref="S4",
      layouts=("2019",), tables=(AD,), doc="""
What: for 规章 and 规范性文件 (2019 layout): 对外公开总数量 ≥ 本年新公开数量 — the documents published this
year are part of all documents published. Why: a smaller total means one of the two columns holds something
else. Fix: recount 对外公开总数量 as the cumulative number published.""")
def published_total(ctx: Context):
    out = []
    for row in ("regulations", "normative_documents"):
        keys, got = _row(ctx, row, ("published", "total"))
        if not isinstance(got, list):
            out.append(got)
            continue
        published, total = got
        if total < published:
            out.append(ctx.finding(f"{_label(keys[1], '2019')} {total} 小于 {_label(keys[0], '2019')} {published}",
                                   keys, expected=f"≥ {published}", actual=total))
    return out


@rule("active_disclosure.regulations_authority", "warning", "S5 规章 non-zero for an organ without rule-making power",
      ref="S5", tables=(AD,), doc="""
What: 规章 can be made only by 国务院部门, 省级政府 and 设区的市/自治州 governments; a 县/区 bureau, a 县级
government, a 乡镇 or a 街道 reporting non-zero 规章 figures is flagged. Only what the organ's printed name
shows is used (区, 县, 旗, 镇, 乡, 街道); when the name does not place the organ, the rule is not assessable.
A department of a province or a 市 (汉中市自然资源局, 西藏自治区审计厅) has no rule-making power either, but it is
not flagged: such departments fill the row with the 规章 of their field that their government made (a repeal
by 西藏自治区审计厅 is labelled clean; a 市人民政府办公室 reports its government's), so a non-zero row says
nothing of an error there — the rule says why it does not judge. A 县级市's bureau (开平市水利局) is county level
(FORMAT.md S5) but printed like a 设区的市's: a 市's department is not judged either, and the reason says the name
does not tell which it is (the level is Organ.tier()'s). A 规章 row printed as one run of digits that cannot be cut
one way ('1411': 1/4/11, 14/1/1…) is judged too when the run holds a digit other than 0: non-zero however it is cut.
Why: usually 规范性文件 or other documents were entered in the 规章 row. Fix: move those documents to the
规范性文件 row and print 0 for 规章.""")
def regulations_authority(ctx: Context):
    keys = [k for k in ctx.cells_of(AD) if k.startswith(f"{AD}.regulations.")]
    nonzero = [k for k in keys if ctx.known(k) and ctx.values[k]]
    run = None if nonzero else _nonzero_run(ctx)
    if run is not None:
        nonzero = keys  # the row's cells, unread: the run's digits say the row is not all 0
    if not nonzero:
        return []
    organ = ctx.organ
    if not organ.county_or_below:
        if organ.name is None:
            return [ctx.na("未写明机关名称", nonzero)]
        tier = organ.tier()
        if tier == "province department":
            return [ctx.na(f"「{organ.name}」是省级部门：这类部门的「规章」行常填本级政府在其领域制定的规章，不作判断",
                           nonzero)]
        if tier == "city department":
            return [ctx.na(f"「{organ.name}」是市的部门：直辖市、设区的市的部门常在「规章」行填本级政府在其领域制定的规章，"
                           "县级市的部门无规章可填，名称看不出是哪一种，不作判断", nonzero)]
        return [ctx.na(f"机关名称「{organ.name}」看不出机关层级", nonzero)]
    if run is None:
        shown = "、".join(f"{_label(k).split(' / ')[1]} {ctx.show(k)}" for k in nonzero)
        actual, evidence = {k: ctx.values[k] for k in nonzero}, []
    else:
        shown = f"各格数字连写为「{ctx.text[run[0]:run[1]]}」，无论怎样拆分都不全为0"
        actual, evidence = ctx.text[run[0]:run[1]], [run]
    if organ.said is not None and ctx.text:
        at = ctx.text.find(organ.said)
        evidence = [(at, at + len(organ.said))] + evidence
    return [ctx.finding(f"{organ.called()}（县级及以下）无规章制定权，但表二「规章」行填有非零数字（{shown}）",
                        nonzero, expected=0, actual=actual, evidence=evidence)]


def _nonzero_run(ctx: Context) -> tuple[int, int] | None:
    """The span of the 规章 row's run of digits, left unread because it has several readings (fused_runs), when
    it prints a digit other than 0: the row is non-zero whichever way the run is cut ('1411')."""
    st = ctx.status.get(AD)
    span = st.fused_runs.get(f"{AD}.regulations") if st is not None else None
    if span is None or not ctx.text:
        return None
    return tuple(span) if any(ch in "123456789" for ch in ctx.text[span[0]:span[1]]) else None


# 制发 and 现行有效 of 规范性文件, in each layout (2019: 本年新制作数量, 对外公开总数量)
_NORMATIVE_COUNTS = tuple(f"{AD}.normative_documents.{c}" for c in ("issued", "in_force", "made", "total"))


@rule("active_disclosure.township_normative_documents", "info",
      "S5 a township reports many 规范性文件", ref="S5", tables=(AD,), doc=f"""
What: a 镇, 乡 or 街道 (from its printed name, or from how the prose names itself: 我镇 / 我街道) reporting
more than {TOWNSHIP_NORMATIVE_DOCUMENTS} 行政规范性文件 made in the year (本年制发件数 / 本年新制作数量) or in
force (现行有效件数 / 对外公开总数量). A note, not a warning: the number may be right. Why: townships rarely
issue 规范性文件 (documents that bind citizens and are registered for review); a larger number is usually a
count of all the documents the township issued (通知, 方案, 会议纪要). Fix: count only 行政规范性文件 in this row.""")
def township_normative_documents(ctx: Context):
    if ctx.organ.kind != "township":
        return []
    high = [k for k in _NORMATIVE_COUNTS if k in ctx.cells_of(AD) and ctx.known(k)
            and ctx.values[k] > TOWNSHIP_NORMATIVE_DOCUMENTS]
    if not high:
        return []
    organ = ctx.organ
    shown = "、".join(f"{_label(k).split(' / ')[-1]} {ctx.show(k)}" for k in high)
    return [ctx.finding(f"{organ.called()}（乡镇/街道）表二「规范性文件」行数字偏高（{shown}）：乡镇、街道很少制发规范性文件，"
                        f"请核实是否把全部发文计入", high, expected=f"≤ {TOWNSHIP_NORMATIVE_DOCUMENTS}",
                        actual={k: ctx.values[k] for k in high}, evidence=ctx.spans(high))]


_ITEM_ROWS = ("licensing", "other_services", "punishment", "coercion", "fees")


@rule("active_disclosure.item_change", "warning", "S6 (2019) 上一年项目数量 + 增减 < 0, or columns look misread",
      ref="S6", layouts=("2019",), tables=(AD,), doc=f"""
What: in the 2019 table 二 rows 行政许可, 其他对外管理服务事项, 行政处罚, 行政强制 (and 行政事业性收费):
上一年项目数量 + 本年增/减 ≥ 0; and 上一年项目数量 + 本年增/减 should not equal 处理决定数量 (non-zero, with a
non-zero change). Why: 上一年项目数量 and 本年增/减 count 事项 (kinds of matter), 处理决定数量 counts decisions
(Hubei's annotations); when the three form an exact chain (7479 + 413 = 7892) the decision counts were
entered as item counts; when 处理决定数量 is printed blank (or 0) and 本年增/减 is at least {CHANGE_AS_DECISIONS_RATIO} times
上一年项目数量 (and ≥ {CHANGE_AS_DECISIONS_MIN}: 106 事项 → 增 2939), the year's decisions were entered one column
left; when 上一年项目数量 is 0 and 本年增/减 equals 处理决定数量 (at least {CHAIN_FROM_NONE_MIN}: 0 / 62 / 62), the change
column repeats the decisions. Fix: put the number of 事项 in the first two columns and the number of decisions in the third.""")
def item_change(ctx: Context):
    out = []
    for row in _ITEM_ROWS:
        cols = ("previous", "change", "decisions") if row != "fees" else ("previous", "change")
        keys, got = _row(ctx, row, cols)
        slid = _change_as_decisions(ctx, keys) if len(keys) == 3 else None
        if slid is not None:
            out.append(slid)
            continue
        if not isinstance(got, list):
            if any(ctx.known(k) for k in keys):
                out.append(got)
            continue
        previous, change = got[0], got[1]
        if previous + change < 0:
            out.append(ctx.finding(f"{_label(keys[0], '2019')} {previous} + 本年增/减 {change} = {previous + change} < 0",
                                   keys[:2], expected="≥ 0", actual=previous + change))
            continue
        if len(got) == 3 and previous and change and got[2] and chain_near(previous + change, got[2]):
            rel = "=" if previous + change == got[2] else "≈"
            out.append(ctx.finding(f"「{_label(keys[0], '2019').split(' / ')[0]}」行：上一年项目数量 {previous} + 本年增/减 {change} = "
                f"{previous + change} {rel} 处理决定数量 {got[2]}：三列像一条算式，处理决定数量（办件量）疑被填成了事项数",
                keys, expected="上一年项目数量、增减为事项数，处理决定数量为办件量", actual=got))
        elif len(got) == 3 and previous == 0 and change >= CHAIN_FROM_NONE_MIN and change == got[2]:
            out.append(ctx.finding(f"「{_label(keys[0], '2019').split(' / ')[0]}」行：上一年项目数量 0，本年增/减 {change} = "
                f"处理决定数量 {got[2]}：事项数不会一年内从无到有增加这么多，增减列与处理决定数量相同，疑填入了办件量，各列疑错位",
                keys, expected="上一年项目数量、增减为事项数，处理决定数量为办件量", actual=got))
    return out


def _change_as_decisions(ctx: Context, keys: list[str]):
    """上一年项目数量 106 | 本年增/减 2939 | 处理决定数量 blank: the change is the year's 办件量, one column left
    (or 0: 72 | 3958 | 0 — no decision in a year the matters grew 55-fold)."""
    previous, change, decisions = keys
    if not (ctx.known(previous) and ctx.known(change)
            and (ctx.state.get(decisions) == "blank" or ctx.known(decisions) and ctx.values[decisions] == 0)):
        return None
    p, c = ctx.values[previous], ctx.values[change]
    if p <= 0 or c < CHANGE_AS_DECISIONS_MIN or c < CHANGE_AS_DECISIONS_RATIO * p:
        return None
    row = _label(previous, "2019").split(" / ")[0]
    d = ctx.values.get(decisions) if ctx.known(decisions) else None
    return ctx.finding(f"「{row}」行：上一年项目数量 {p}，本年增/减 {c}（是前者的 {c // p} 倍），处理决定数量"
                       f"{'空白' if d is None else '为 0'}："
                       f"事项数一年内不会增长这么多，增减列疑填入了办件量（处理决定数量），各列疑错位",
                       keys, expected="增减为事项数的变化，办件量填入处理决定数量", actual=[p, c, d])


@rule("active_disclosure.procurement", "warning", "S7 (2019) 采购项目数量 = 0 ⇔ 采购总金额 = 0 violated", ref="S7",
      layouts=("2019",), tables=(AD,), doc="""
What: 政府集中采购 (2019 layout): 采购项目数量 is 0 exactly when 采购总金额 is 0.
Why: an amount without items, or items without an amount, means one cell is missing or misplaced.
Fix: fill both cells consistently.""")
def procurement(ctx: Context):
    keys, got = _row(ctx, "procurement", ("items", "amount"))
    if not isinstance(got, list):
        return [got] if any(ctx.known(k) for k in keys) else []
    items, amount = got
    if (items == 0) != (amount == 0):
        return [ctx.finding(f"政府集中采购：采购项目数量 {ctx.show(keys[0])}，采购总金额 {ctx.show(keys[1])} —— 一个为0另一个不为0",
                            keys, expected="同为0或同不为0", actual=got)]
    return []


_TIER_NAME = {"township": "乡镇/街道", "county department": "县级部门"}


@rule("active_disclosure.fee_unit", "warning", "S8 fee amount unit suspicious", ref="S8", layouts=("2021",),
      tables=(AD,), doc="""
What: 2021 第二十条第（八）项 本年收费金额 is in 万元 (the header says so). Flagged: a cell printed with 元 (not
万元), more decimals than 万元 to the fen (6), or an amount implausible for the organ's level as its name shows it:
1亿元 or more for a 镇/乡/街道, 10亿元 or more for a county-level department (县/区/旗 bureau), 100亿元 or more for
any other organ (a county-level or city government, a city or provincial department, a zone, a name that does
not place it). Why: amounts entered in 元 under a 万元 header are 10 000 times too large. Fix: convert to 万元
(251000元 → 25.1).""")
def fee_unit(ctx: Context):
    key = f"{AD}.fees.amount"
    if not ctx.known(key):
        return [] if ctx.state.get(key) == "blank" else [ctx.na(ctx.why_unknown([key]), [key])]
    v = ctx.values[key]
    printed = ctx.printed(key)
    why = None
    tier = ctx.organ.tier()
    if "元" in printed and "万元" not in printed:
        why = f"单元格写作「{printed}」（元），表头单位为万元"
    elif v >= FEE_WAN_IMPLAUSIBLE.get(tier, FEE_WAN_IMPLAUSIBLE_ANY):
        who = f"对{ctx.organ.called()}（{_TIER_NAME[tier]}）而言" if tier in FEE_WAN_IMPLAUSIBLE else ""
        why = f"{v:g} 万元即 {v / 10000:g} 亿元，{who}数量级不合理，疑按元填写"
    elif decimals(v) > 6:
        why = f"{v!r} 的小数位超过万元到分的精度，疑按元填写后换算"
    if why is None:
        return []
    return [ctx.finding(f"{_label(key)}：{why}", [key], expected="万元", actual=v)]
