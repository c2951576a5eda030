"""A township government's own office ('大余县吉村镇人民政府办公室', held-out 2379) compiles the township's report: it is
a township, not a department of the county — a February publication date drew a false timeliness warning (the
departments' 1月31日) on an edited copy."""
from __future__ import annotations

from audits.organ import classify
from test_audit_support import of, run_variant

from conftest import eval_doc


def test_a_township_governments_office_is_a_township():
    assert [classify(n).kind for n in ("大余县吉村镇人民政府办公室", "厚桥街道党政办公室", "梅林镇党政办")] == ["township"] * 3
    # a district named with 镇 is no township: 镇海区's office is the district government's
    assert classify("宁波市镇海区人民政府办公室").kind == "department"


def test_a_township_office_published_in_february_is_not_late_by_the_departments_deadline():
    dated = run_variant(str(eval_doc("2379_")), ("年度报告\n\n吉村镇人民政府办公室2023年",
                                                 "年度报告\n发布时间:2024-02-20\n\n吉村镇人民政府办公室2023年"))
    assert not of(dated, "meta.timeliness")
