"""meta.template_year on a table 二 the copy cuts inside its header (no row tells the layout): the printed
column headers are judged against the year's form (extractor.header_layout) — on real pages."""
from __future__ import annotations

from test_audit_support import TEXT, na, of, run, run_variant

RID = "meta.template_year"
ZHANGWAN = TEXT + "1568_shiyan_zhangwan_wenlvju_2022.txt"  # 2022: '本年度实际产生数量 / 对外公开数量 / 制作 / 获', cut
# header-only cuts whose headers are their year's form (no finding)
SAME_FORM = ("543_hangzhou_gongshu_shichangjianguanju_2022.txt",  # 2022: 本年制发件数 / 本年废止件…
             "983_yongjing_shichangjianguanju_2023.txt",  # 2023: 本年制发件数 / 本…
             "426_huining_gongxinju_2021.txt")  # 2021: 本年发件…


def test_headers_of_neither_national_form_are_the_layout_error():
    res = run(ZHANGWAN)
    assert res.report.meta.template is None
    [f] = of(res, RID)
    assert f.severity == "error" and f.expected == "2021"
    assert "本年度实际产生数量" in f.message and "对外公开数量" in f.message


def test_a_header_of_the_years_form_is_no_finding_and_the_other_form_is():
    for name in SAME_FORM:
        res = run(TEXT + name)
        assert res.report.meta.template == "2021", name  # the header's words tell the layout (extractor.header_layout)
        assert not of(res, RID) and na(res, RID), name
    # 543 with the 2019 form's header words in place of its 2021 ones (as 324_tongchuan_yaozhou_shenjiju_2020 prints
    # them): the same cut page is now on the other form
    res = run_variant(TEXT + SAME_FORM[0], ("本年制发件数", "本年新制作数量"), ("本年废止件", "本年新公开数量"))
    [f] = of(res, RID)
    assert f.expected == "2021" and "本年新制作数量" in f.message
