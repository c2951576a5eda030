"""prose.outline_count: the count of parts a report's preamble announces against the parts it names (real
preambles of eval pages; the edited copies change one word of the count, and say so)."""
from __future__ import annotations

import pytest

from test_audit_support import TEXT, of, run, run_variant

RULE = "prose.outline_count"
WUHAI = TEXT + "1905_wuhai_shizhengfu_2019.txt"  # '…、其他需要报告的事项六部分组成'
JIANGYIN = TEXT + "1949_jiangyin_shi_2011.txt"  # '全文包括概述、…6个部分' (the old outline)
YONGAN = TEXT + "1018_tuquan_yonganzhen_2024.txt"  # '…,政府信息公开行政复议、行政诉讼情况,…六个部分': the 、 inside a name
TONGDAO = TEXT + "1272_tongdao_weijianju_2022.txt"  # '…改进情况和其他需要报告事项六个部分': two parts joined by 和
XINJIANG = TEXT + "1553_xinjiang_minwei_mirror_2019.txt"  # '报告由办公室编制,主要内容包括概述、…九个方面'
LICHENG = TEXT + "1930_quanzhou_lichengqu_zhengfuban_2021.txt"  # '“总体情况”“主动公开政府信息情况”…六个部分'


@pytest.mark.parametrize("path", [WUHAI, JIANGYIN, YONGAN, TONGDAO, XINJIANG, LICHENG])
def test_a_count_the_names_make_is_silent(path):
    assert not of(run(path), RULE), path


def test_an_edited_count_fewer_than_the_names_is_flagged():
    # edited copy: 六部分 → 五部分 with six names printed
    [f] = of(run_variant(WUHAI, ("其他需要报告的事项六部分组成", "其他需要报告的事项五部分组成")), RULE)
    assert (f.severity, f.expected, f.actual) == ("warning", 5, 6) and "多于" in f.message and "五部分" in f.message
    # edited copy of the old outline: 6个部分 → 5个部分
    [f] = of(run_variant(JIANGYIN, ("改进情况6个部分", "改进情况5个部分")), RULE)
    assert (f.expected, f.actual) == (5, 6)


def test_an_edited_count_beyond_every_reading_is_flagged():
    # edited copy: six names, 行政复议、行政诉讼 may be two (seven at most) — 八个部分 fits neither reading
    [f] = of(run_variant(YONGAN, ("其他需要报告的事项六个部分", "其他需要报告的事项八个部分")), RULE)
    assert (f.expected, f.actual) == (8, 7) and "少于" in f.message


def test_a_name_holding_a_dun_may_be_one_part_or_two():
    # 行政复议、行政诉讼情况 read as two makes seven: an edited 七个部分 fits that reading
    assert not of(run_variant(YONGAN, ("其他需要报告的事项六个部分", "其他需要报告的事项七个部分")), RULE)
    # '存在的主要问题及改进情况和其他需要报告事项' is one name or two: five fits, four does not
    assert not of(run_variant(TONGDAO, ("其他需要报告事项六个部分", "其他需要报告事项五个部分")), RULE)
    assert of(run_variant(TONGDAO, ("其他需要报告事项六个部分", "其他需要报告事项四个部分")), RULE)


def test_after_deng_the_names_may_be_fewer_never_more():
    path = TEXT + "1923_honghe_gejiushi_2020.txt"  # '…其他需要报告的事项等六部分': six names
    assert not of(run_variant(path, ("其他需要报告的事项等六部分", "其他需要报告的事项等七部分")), RULE)
    [f] = of(run_variant(path, ("其他需要报告的事项等六部分", "其他需要报告的事项等五部分")), RULE)
    assert (f.expected, f.actual) == (5, 6)


def test_a_real_page_counting_a_part_it_does_not_name():
    # 会昌 中村乡 2020 as published: '全文包括总体情况,公开的内容、存在的主要问题改进措施四个部分' — three names for four
    [f] = of(run(TEXT + "021_huichang_zhongcunxiang_2020.txt"), RULE)
    assert (f.expected, f.actual) == (4, 3)


def test_the_outline_is_read_once_per_report(monkeypatch):
    # structure.sections (twice) and prose.outline_count read the same preamble: Context.outline reads it once
    import audits
    import extractor.outline
    from extractor.pipeline import extract_document
    from test_audit_support import document

    doc = document(WUHAI)
    report = extract_document(doc)
    calls = []
    real = extractor.outline.announced_outline
    monkeypatch.setattr(extractor.outline, "announced_outline", lambda text: calls.append(1) or real(text))
    res = audits.audit(report, doc.text)
    assert len(calls) == 1 and not of(res, RULE)
