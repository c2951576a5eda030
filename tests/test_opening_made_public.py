"""The opening sentence presents the report when it says it makes it public with 公开 ('…现向社会公开安乐乡2019年政府
信息公开工作年度报告。', eval 2146 牟定县安乐乡 2019) as with 公布/发布 (extractor/segment.presents_report); then a copy
that follows an outline of its own (一、信息公开工作概述 / 二、组织领导和制度建设情况) is said to follow another outline."""
from __future__ import annotations

from extractor.segment import presents_report
from test_audit_support import TEXT, document, eval_text, of, run

ANLE = eval_text(2146)


def test_made_public_presents_the_report():
    found = presents_report(document(ANLE).text)
    assert found is not None and found.group(0) == "现向社会公开安乐乡2019年政府信息公开工作年度报告"
    for stem, said in [("1708_jiange_linyeju_2023", "现向社会公开剑阁县林业局2023年政府信息公开工作年度报告"),
                       ("1433_daye_dajipuzhen_2025", "现予以公开2025年大箕铺镇政府信息公开工作年度报告")]:
        found = presents_report(document(TEXT + stem + ".txt").text)
        assert found is not None and found.group(0) == said, stem


def test_made_public_said_of_other_things_presents_nothing():
    # 公开 without 向社会/现予: 实现公开 is no presenting ('实现公开透明…政府信息公开工作年度报告')
    assert presents_report("努力实现公开透明,编制政府信息公开工作年度报告。") is None


def test_another_outline_after_such_an_opening_is_reported():
    [f] = of(run(ANLE), "structure.sections")
    assert "按其他提纲撰写" in f.message and f.actual == ["一、信息公开工作概述"]
