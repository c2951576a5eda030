"""Words printed where a row's numbers belong, saying there is nothing to count ('本单位未制作规章' in each of
规章's cells): cells, not a gap — read blank (null) like '无', and S11 reports them; never 0, never slid."""
from __future__ import annotations

from extractor.cells import flatten
from extractor.values import is_none_phrase

from test_audit_support import TEXT, of, pair, run, run_variant, variant

RUDONG = TEXT + "786_rudong_shuiwuju_spammirror_2020.txt"  # 如东县水务局 2020, a spam mirror, cut in table 二
LUBEI = TEXT + "662_tangshan_lubei_zhujianju_2022.txt"  # 路北区住建局 2022: '无 |' in each cell of 规章/规范性文件

REGULATIONS_2019 = [f"active_disclosure.regulations.{c}" for c in ("made", "published", "total")]


def _cells(report) -> dict:
    return flatten(report.model_dump(mode="json")["tables"])


def test_a_row_printed_in_words_is_read_blank_and_reported():
    report, _ = pair(RUDONG)
    assert report.extraction.tables["active_disclosure"].blank_or_lost_rows == ["active_disclosure.normative_documents"]
    found = of(run(RUDONG), "applications.blank_cells")
    assert len(found) == 1 and sorted(found[0].cells) == sorted(REGULATIONS_2019)
    assert any("本单位未制作规章" in n and "printed blank" in n for n in report.extraction.notices)


def test_words_for_none_in_a_real_table_read_as_its_wu_marks_are():
    # 路北 prints '无' in every cell of 规章: the same cells in words are the same blanks, none moved
    text, report = variant(LUBEI, *[("规章 |\n无 |\n无 |\n无 |", "规章 |\n本单位未制作规章 |\n本单位未制作规章 |\n暂无 |")])
    base, _ = pair(LUBEI)
    assert _cells(report) == _cells(base)
    assert [f.cells for f in of(run_variant(LUBEI, ("规章 |\n无 |\n无 |\n无 |", "规章 |\n本单位未制作规章 |\n本单位未制作规章 |\n暂无 |")),
                                "applications.blank_cells")] == [f.cells for f in of(run(LUBEI), "applications.blank_cells")]


def test_only_short_statements_of_none_are_words_for_none():
    assert is_none_phrase("本单位未制作规章") and is_none_phrase("暂无") and is_none_phrase("不涉及")
    assert not is_none_phrase("无")  # a blank mark already (values.BLANK_MARKS)
    assert not is_none_phrase("本年度未收到政府信息公开申请")  # prose, too long for a cell
    assert not is_none_phrase("未收到2件") and not is_none_phrase("规章") and not is_none_phrase("本单位未制作规章。")


SHIXING = TEXT + "1521_shixing_tuiyijunrenju_2020.txt"  # 始兴县退役军人事务局 2020: '0 |', '未增未减 |', '0 |' one per line
WUHAI = TEXT + "036_wuhai_gongxinju_2020.txt"  # 乌海市工信局 2020: table 二 in pipe rows
ITEM_ROWS = ("licensing", "other_services", "punishment", "coercion")


def test_words_among_numbers_hold_their_column_one_cell_per_line():
    # after '0' the phrase is the row's next cell, not a new row's label: each row keeps its three values
    report, _ = pair(SHIXING)
    cells = _cells(report)
    for row in ITEM_ROWS:
        assert [cells[f"active_disclosure.{row}.{c}"] for c in ("previous", "change", "decisions")] == [0, 0, 0]
    assert [cells["active_disclosure.fees.previous"], cells["active_disclosure.fees.change"]] == [0, 0]
    st = report.extraction.tables["active_disclosure"]
    assert st.status == "complete" and not st.incomplete_rows and not report.tables.active_disclosure.extra_rows
    assert report.provenance["active_disclosure.licensing.change"].match == "words"
    assert report.provenance["active_disclosure.licensing.decisions"].match != "words"
    found = run(SHIXING)
    assert not of(found, "structure.extra_rows") and not of(found, "active_disclosure.lost_rows")
    # printed words are no blank: S11 names table 三's blanks only
    assert all(k.startswith("applications.") for f in of(found, "applications.blank_cells") for k in f.cells)


def test_no_change_in_words_in_a_pipe_row_is_read_0_in_its_column():
    edit = ("行政许可 | 1 | 0 | 0 |", "行政许可 | 1 | 无增减 | 0 |")
    text, report = variant(WUHAI, edit)
    base, _ = pair(WUHAI)
    assert _cells(report) == _cells(base)
    assert report.provenance["active_disclosure.licensing.change"].match == "words"
    assert any("无增减" in n and "change of 0" in n for n in report.extraction.notices)


def test_nothing_to_count_among_numbers_stays_blank_in_its_column():
    # '本单位未废止' between two numbers: that column's printed blank, the numbers keep theirs (路北, one per line)
    text, report = variant(LUBEI, ("规章 |\n无 |\n无 |\n无 |", "规章 |\n2 |\n本单位未废止 |\n2 |"))
    cells = _cells(report)
    assert [cells[f"active_disclosure.regulations.{c}"] for c in ("issued", "repealed", "in_force")] == [2, None, 2]
    assert not report.tables.active_disclosure.extra_rows
    assert any("本单位未废止" in n and "printed blank" in n for n in report.extraction.notices)


def test_no_change_words_are_read_only_as_a_change():
    from extractor.values import is_zero_change
    assert is_zero_change("未增未减") and is_zero_change("无增减") and is_zero_change("不增不减")
    assert not is_zero_change("未增加") and not is_zero_change("本年度无增减。") and not is_zero_change("0")
