"""Held-out weak spot of stop 30 (page 2919): an outline that adds a part named with two of the overview's item words
('平台建设与监督保障') is still the report's outline, compared with the template. Real sentence as printed (silent) and
with its last part dropped (raised)."""
from __future__ import annotations

from test_audit_support import eval_text, of, run, run_variant

XUANCHENG = eval_text(2919)


def test_one_name_holding_two_overview_words_is_no_overview_list():
    # 全文包括总体情况、…、作被申请行政复议、提起行政诉讼情况、平台建设与监督保障、存在的主要问题和改进情况和其他需要报告的事项
    assert not of(run(XUANCHENG), "structure.sections")
    res = run_variant(XUANCHENG, ("改进情况和其他需要报告的事项", "改进情况"))
    assert any("开头所列提纲未列「六、其他需要报告的事项」部分" in f.message and "平台建设与监督保障" in f.message
               for f in of(res, "structure.sections"))
