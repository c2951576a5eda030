"""A list opened by naming what it splits — 在…信息中, 'among the …' — read where a 其中 would be: right after the
total's unit and a comma (2673: '2022年累计主动公开政府信息73条,在主动公开信息中,服务要闻22条;部门公告信息17条;…;通知公告11条。'),
and with a 其中 after it as one marker (2675: '2019年度共主动公开政府信息1091条,其中全文电子化达100%。在主动公开的信息中,
其中政府网站公开政府信息数26条;政务微博…320条;政务微信…740条;其他方式…5条,…'). The real pages add up."""
from __future__ import annotations

from test_audit_support import eval_text, of, run, run_variant

from audits.prose.list_bridges import read_paragraph

WANYUAN = eval_text(2673)
YONGXING = eval_text(2675)
SUM = "所列各项合计"


def listed(res):
    return [f for f in of(res, "prose.inconsistent") if SUM in f.message]


def test_the_real_lists_add_up():
    for path in (WANYUAN, YONGXING):
        assert not listed(run(path)), path


def test_among_after_a_comma_opens_the_list():
    [(_, _, r)] = read_paragraph("2022年累计主动公开政府信息73条,在主动公开信息中,服务要闻22条;部门公告信息17条;年度决算1条;"
                                 "政策文件14条;政策解读8条;通知公告11条。")
    assert r.total.group("num") == "73" and [p.value for p in r.parts] == [22, 17, 1, 14, 8, 11]


def test_a_part_above_the_total_after_among_is_raised():
    # edited copies: one part one more (74 > 73; 1101 > 1091)
    [f] = listed(run_variant(WANYUAN, ("服务要闻22条", "服务要闻23条")))
    assert (f.expected, f.actual) == (73, 74)
    [f] = listed(run_variant(YONGXING, ("政务微博公开政府信息数320条", "政务微博公开政府信息数330条")))
    assert (f.expected, f.actual) == (1091, 1101)


def test_a_closed_list_short_of_its_total_after_among_and_qizhong_is_raised():
    # edited copy: the total one more; 其他方式 closes the list, so it is whole (1091 < 1092)
    [f] = listed(run_variant(YONGXING, ("共主动公开政府信息1091条", "共主动公开政府信息1092条")))
    assert (f.expected, f.actual) == (1092, 1091) and f.severity == "warning"
