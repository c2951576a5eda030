"""Values stay under the column they are printed under: words in a number cell and a header naming only some
columns never make the numbers after them slide left — on real eval documents."""
from __future__ import annotations

from test_audit_support import TEXT, document, extract_text, pair

PROJECTS = TEXT + "490_yanliang_jiguanshiwu_tradmirror_oldtemplate_2021.txt"  # 政府集中采购 | 项目名 | 1530000元, 4 lines
ONE_COLUMN = TEXT + "489_lintong_qinlingbaohuju_mixed_2022.txt"  # 信息内容 | 处理决定数量 | ||, then 行政许可 | 117 | ||


def test_words_in_a_count_cell_leave_the_row_unread_and_move_nothing():
    report, _ = pair(PROJECTS)
    ad = report.tables.active_disclosure
    assert ad.procurement.items is None and ad.procurement.amount is None  # never 1530000 as a count
    st = report.extraction.tables["active_disclosure"]
    assert "active_disclosure.procurement" in st.incomplete_rows
    assert any("prints words among its numbers" in n and "阎良区公务用车10辆" in n for n in report.extraction.notices)
    assert ad.licensing.decisions == 0  # the other rows are read as before


def test_a_header_naming_one_column_puts_the_value_under_it():
    report, _ = pair(ONE_COLUMN)
    ad = report.tables.active_disclosure
    assert ad.licensing.decisions == 117 and ad.punishment.decisions == 2 and ad.coercion.decisions == 0
    # '处理决定数量' alone is the 2021 block's one column: no 2019 上一年项目数量 to fill, no 2019 row to miss
    assert "active_disclosure.licensing.previous" not in report.provenance
    assert not report.extraction.tables["active_disclosure"].missing


def test_a_header_naming_some_of_its_blocks_columns_reads_the_row_under_them():
    text = document(ONE_COLUMN).text
    # the same page as a 2019 table: the (五) block prints one of its three columns
    text = text.replace("本年度收费金额(单位:万元)", "上一年项目数量 | 本年增/减").replace("2022", "2020")
    report = extract_text(ONE_COLUMN, text)
    ad = report.tables.active_disclosure
    assert ad.licensing.decisions == 117 and ad.licensing.previous is None
    assert "active_disclosure.licensing.previous" not in report.provenance
    assert any("表头只列出 处理决定数量" in n for n in report.extraction.notices)
