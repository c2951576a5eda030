"""What was answered said bare, 办理N件 / 完成N件 with nothing else in its clause, right after what came in (held-out
2269 '全年接收政府信息公开申请2036件,2024年结转183件;全年办理1875件,结转2025年344件', 2230 '收到依申请公开信息共74件,
完成72件(结转至下年度办理2件)'); the carry-outs that close those balances: number first with the next year named (2266
'1件结转2020年度继续办理') and one whose year the copy misprinted (2269's 结转2025年 in a 2025 report, right after what
was done). Each real page balances; the held-out edits break it."""
from __future__ import annotations

from audits.context import Context
from test_audit_support import eval_text, of, run, run_variant, variant

RULE = "prose.inconsistent"
TIANJIN_25 = eval_text(2269)  # 2036 + 183 = 1875 + 344 ('结转2025年' in a 2025 report)
TIANJIN_24 = eval_text(432)  # 全年接收…1554件,2023年结转132件;全年办理1503件,结转2025年183件
TIANJIN_RS = eval_text(837)  # 受理…申请212件,其中网站申请195件…;已办理206件,结转下年度继续办理6件
NANCHANG = eval_text(2230)  # 收到依申请公开信息共74件,完成72件(结转至下年度办理2件)
HANGZHOU = eval_text(2266)  # 受理17件 = 予以公开9 + 部分公开1 + 无法提供6 + 1件结转2020年度继续办理
JURONG = eval_text(1945)  # 可全程在线办理政务服务事项1512项,全年办理3328473件: no application


def balance(res) -> list:
    return [(f.expected, f.actual) for f in of(res, RULE) if "申请数目不平衡" in f.message]


def claims(path, *edits) -> list:
    text, report = variant(path, *edits)
    return [(c.kind, c.value, c.why_not) for c in Context(report, text).claims
            if c.kind in ("results", "carried_forward")]


def test_the_pages_balance():
    for path in (TIANJIN_25, TIANJIN_24, TIANJIN_RS, NANCHANG, HANGZHOU):
        assert not balance(run(path)), path


def test_bare_banli_after_what_came_in_is_what_was_answered():
    assert ("results", 1875, None) in claims(TIANJIN_25)
    assert balance(run_variant(TIANJIN_25, ("全年办理1875件", "全年办理1975件"))) == [(2219, 2319)]  # w2269_done
    assert balance(run_variant(TIANJIN_25, ("接收政府信息公开申请2036件", "接收政府信息公开申请2136件"))) == [(2319, 2219)]
    assert balance(run_variant(TIANJIN_24, ("全年办理1503件", "全年办理1493件"))) == [(1686, 1676)]
    assert balance(run_variant(TIANJIN_RS, ("已办理206件", "已办理200件"))) == [(212, 206)]


def test_bare_wancheng_after_what_came_in_is_what_was_answered():
    assert ("results", 72, None) in claims(NANCHANG)
    assert balance(run_variant(NANCHANG, ("完成72件", "完成71件"))) == [(74, 73)]  # d2230_below
    # w2230_done (73 + 2 > 74): more went out than came in, and a carry-in the page does not state may cover it
    assert not balance(run_variant(NANCHANG, ("完成72件", "完成73件")))


def test_bare_banli_with_no_application_count_before_it_is_not_read():
    assert ("results", 3328473, None) not in claims(JURONG)
    # nor a bare 办理 whose sentence speaks of no application received before it
    assert not [c for c in claims(TIANJIN_25, ("接收政府信息公开申请2036件,", "")) if c[1] == 1875]
    # nor one an answered count follows: what was on the desk (共办理2219件,办结1875件), the answered count is read alone
    said = claims(TIANJIN_25, ("全年办理1875件", "全年共办理2219件,办结1875件"))
    assert [c for c in said if c[0] == "results"] == [("results", 1875, None)]
    assert not balance(run_variant(TIANJIN_25, ("全年办理1875件", "全年共办理2219件,办结1875件")))


def test_a_carry_out_number_first_with_the_next_year_named():
    assert ("carried_forward", 1, None) in claims(HANGZHOU)
    assert balance(run_variant(HANGZHOU, ("予以公开9件", "予以公开7件"))) == [(17, 15)]  # w2266_fewer


def test_a_carry_out_in_the_reports_own_year_right_after_what_was_done():
    # '结转2025年344件' in a 2025 report: no carry-in is told right after what was done; the year is the copy's error
    assert ("carried_forward", 344, None) in claims(TIANJIN_25)
    # told elsewhere it stays another year's carry, set aside
    moved = claims(TIANJIN_25, ("全年办理1875件,结转2025年344件", "结转2025年344件,全年办理1875件"))
    assert [why for kind, v, why in moved if v == 344] == ["说的是另一年度的结转（2025年）"]
