"""H0: every cell holds a value of its column's kind."""
from __future__ import annotations

import re

from extractor import template

from ..context import Context
from ..registry import rule


# a number printed with two signs (--253, ++3, +-2): the parser reads one sign, but the printed value is malformed
_DOUBLED_SIGN = re.compile(r"^\s*[-−+＋]{2}\s*\d")


@rule("cells.type", "error", "H0 a count that is negative or not an integer; an amount below 0; a malformed value",
      ref="H0", doc="""
What: count cells hold non-negative integers; 本年增/减 (2019) holds a signed integer; money cells
(2021 本年收费金额, 2019 采购总金额) hold a non-negative amount; a number is printed with at most one sign
(--253 is malformed: it is read as -253, but the cell does not say so). Why: a negative or fractional count is
not a count — usually a typo, a unit in the wrong column, or two cells fused. Fix: print the count as a
whole number ≥ 0 (decreases only in 本年增/减, as a negative number with one minus sign).""")
def types(ctx: Context):
    out = []
    index = template.cell_index()
    for key, state in ctx.state.items():
        if state != "value":
            continue
        v = ctx.values[key]
        col = index[key][3] if key in index else None
        kind = col.kind if col is not None else "count"
        bad = None
        if kind == "money":
            if v < 0:
                bad = "金额不能为负"
        elif not isinstance(v, int) or isinstance(v, bool):
            bad = "应为整数"
        elif kind == "count" and v < 0:
            bad = "件数不能为负"
        printed = ctx.printed(key)
        if bad is None and _DOUBLED_SIGN.match(printed):
            bad = f"印作「{printed.strip()}」：符号重复，数值格式错误"
        if bad:
            expected = "≥ 0" if kind == "money" else ("整数" if kind == "signed" else "非负整数")
            out.append(ctx.finding(f"{template.cell_label(key)}：{ctx.show(key)} {bad}", [key],
                                   expected=expected, actual=v))
    return out
