"""From the s19 plausibility/structure sweep of fresh pages (eval/docs/text/13NN_*): a school is an organ that
publishes under the 条例 (its name ends 中学 / 小学 / 学校, or 二中 for a numbered 中学), of no kind the S5/S13 rules
judge by; and a page titled as an organ's report on a year, written in numbered parts of its own outline, is a
report though none of its headings is the format's."""
from __future__ import annotations

import re

from audits.organ import classify
from extractor import InputError, read_report
from extractor.about_reports import titled_as_report
from extractor.organ_name import is_organ
from nianbao.commands.common import extract_one

from conftest import ROOT, eval_doc


def _read(prefix: str):
    return extract_one(eval_doc(prefix), None)


def test_a_school_named_in_the_reports_quoted_title_or_its_own_title_is_the_organ():
    # 涡阳三中 2022 (a betting mirror's brand over the title '…:第三中学2022年…'): the full name only in
    # '现发布《安徽省涡阳第三中学2022年政府信息公开工作年度报告》'; 泰山学院附属中学 2008 and 怀远二中 2021 in their titles
    for prefix, organ in [("1348_", "安徽省涡阳第三中学"), ("1370_", "泰山学院附属中学"), ("1005_", "怀远二中")]:
        _, report = _read(prefix)
        assert report.meta.organ == organ, prefix


def test_a_school_is_no_department_and_a_cut_office_name_is_no_school():
    for name in ("安徽省涡阳第三中学", "怀远二中", "泰山学院附属中学"):
        assert is_organ(name) and classify(name).kind is None, name  # not judged as a 县级以上部门 (S13 1月31日)
    # '其中', '集中', a bare '高中' and the school's 政府信息公开办公室 cut after 政府 name no organ
    for name in ("其中", "集中", "高中", "二中", "怀远二中政府"):
        assert not is_organ(name), name


def test_a_report_titled_so_on_its_own_outline_is_read():
    # 泰山学院附属中学 2008 ('一、領導重視,機制健全', '二、2008年度信息公開工作情況': no heading of the format) and
    # the 目录 page of 山东 交通运输厅's 2019 flipbook ('Page 2 - 省交通运输厅2019年度政府信息公开工作年度报告' over
    # '一、总体情况....1'): both were refused as 'no annual report inside'
    for prefix, year in [("1370_", 2008), ("1012_", 2019)]:
        _, report = read_report(eval_doc(prefix))
        assert report.meta.year == year, prefix


def test_a_title_that_is_no_report_of_its_own_does_not_make_one():
    text = _read("1370_")[0].text  # the normalised text (the page is in traditional script)
    assert titled_as_report("泰山学院附属中学2008年度政府信息公开工作年度报告", text)
    # a notice or a reading of the report, a report with no organ before its year, and a title with no body in parts
    for title in ("关于公布贺州市2009年度政府信息公开工作年度报告的通知", "泰山学院附属中学2008年度政府信息公开工作年度报告解读",
                  "2008年度政府信息公开工作年度报告"):
        assert not titled_as_report(title, text), title
    # (its body's parts numbered neither 一、 nor (一): the (二)、/(三)、 sub-items count as parts too, as a 2021 地震局's
    # '(一)主动公开情况' under its title does)
    unnumbered = re.sub(r"^[（(][一二三四五六][）)]", "", text.replace("一、", "").replace("二、", ""), flags=re.M)
    assert not titled_as_report("泰山学院附属中学2008年度政府信息公开工作年度报告", unnumbered)
    assert titled_as_report("泰山学院附属中学2008年度政府信息公开工作年度报告", text.replace("一、", "").replace("二、", ""))


def test_pages_about_reports_stay_refused():
    for path in sorted((ROOT / "tests/nonreports").glob("*.txt")):
        try:
            read_report(path)
        except InputError:
            continue
        raise AssertionError(f"{path.name} read as a report")


def test_the_overviews_subject_is_read_after_its_heading_on_the_same_line():
    # copies whose lines were joined: '…。 一、总体情况 2022年界坑乡严格按照上级要求…' (永嘉 界坑乡 2022) and the
    # same in a 2019 report of a water company (襄阳中环水务): the first sentence after the heading names the organ
    for prefix, organ in [("1349_", "界坑乡"), ("953_", "襄阳中环水务有限公司")]:
        _, report = _read(prefix)
        assert report.meta.organ == organ, prefix
