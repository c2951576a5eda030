"""Held-out pages of stop 37 measured at arrival (eval/heldout/4166-… to 4226-…): the mechanisms behind their misses and
false alarms, each on the real page and an edit of it that the old code read otherwise."""
from __future__ import annotations

from test_audit_support import eval_text, of, run, run_variant

from extractor import read


def test_shares_that_could_hide_the_shortfall_do_not_make_a_list_whole():
    # 4217 (东浦镇 2016): six categories of 915 with one-decimal shares making 99.9 %, listed 914: the shares fit a whole
    # list as well as one item short (0.11 % of 915, inside six shares' ±0.3 %) — no warning, the info note stays
    [f] = of(run(eval_text(4217)), "prose.inconsistent")
    assert f.severity == "info" and "915" in f.message and "914" in f.message
    # a shortfall the shares' rounding cannot hide: the list is whole by its shares, and short
    res = run_variant(eval_text(4217), ("915条", "925条"))
    assert any(f.severity == "warning" and "925" in f.message for f in of(res, "prose.inconsistent"))


def test_the_old_forms_outcome_names_count_among_the_answers():
    # 4212 (a 文物 bureau 2017): '在已经答复的9件申请中,“同意公开”的7件…“非本机关政府信息”的1件…“申请内容不明确”的1件':
    # the last two were not read as outcomes (a sum of 10 where the page's is 12)
    [f] = of(run(eval_text(4212)), "prose.inconsistent")
    assert "= 12" in f.message and "非本机关政府信息" in f.message and "申请内容不明确" in f.message


def test_a_report_presented_to_the_public_in_one_line_is_read_as_a_report():
    # 4216 (平甸乡 2017): one line, '(2017年12月15日) …办公室面向社会公众公布2017年度本级政府信息公开年度报告…统计期限自
    # 2017年1月1日起至2017年12月15日止' — refused as 'no annual report inside'; its date in brackets is the page's
    text = eval_text(4216)
    _, report = read(text)
    assert report.meta.published == "2017-12-15" and report.meta.year == 2017
    msgs = [f.message for f in of(run(text), "meta.dates")]
    assert any("12月15日" in m and "未覆盖全年" in m for m in msgs)
    assert any("2017-12-15" in m and "早于" in m for m in msgs)
