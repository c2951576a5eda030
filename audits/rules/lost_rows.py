"""Rows of table 二 whose values the copy lost: named once, as a note, so a reviewer sees what was not checked."""
from __future__ import annotations

from ..context import Context
from ..registry import rule

AD = "active_disclosure"


@rule("active_disclosure.lost_rows", "info", "rows of table 二 lost in the copy", ref="H6", doc="""
What: rows of table 二 (主动公开政府信息情况) whose values the copy lost or garbled so that they cannot be
placed in their columns without guessing (the parser leaves them null and lists them as incomplete). The
note names the rows. Why: the checks on those rows (S3–S8, blanks) are not run, and the cells stay empty
in every export; a reviewer should read them in the original. It is not a missing template row (the row is
printed) and not an error of the report. A row printed blank (its empty cells shown, or an empty form whose
copy prints every header) is S11's; a row printed as its label alone where the copy cannot tell blank from
lost is named by neither (the extraction says so). Fix: read the rows in the original document; if the original
prints them correctly, nothing is wrong with the report.""")
def lost_rows(ctx: Context):
    st = ctx.status.get(AD)
    if st is None or not st.incomplete_rows:
        return []
    # a row printed as one run of digits with several readings is printed, not lost (its notice names them)
    rows = [r for r in st.incomplete_rows if r.startswith(AD + ".") and r not in st.fused_rows]
    if not rows:
        return []
    cells = [k for k in ctx.cells_of(AD) if any(k.startswith(r + ".") for r in rows)]
    names = "、".join(dict.fromkeys(Context.row_name(k) for k in cells)) or "、".join(rows)
    return [ctx.finding(f"{Context.table_name(AD)}有 {len(rows)} 行数值在副本中丢失、无法对应到列（{names}），这些行未核对", cells,
                        expected="可读的行", actual="丢失")]
