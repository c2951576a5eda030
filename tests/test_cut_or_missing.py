"""Cut off or missing: in a copy that stops inside a table, a template row is cut off only if the copy stops
before the point where that row would be printed. A row whose successor — a later row's label, or a later
block's title (even one the copy's end cuts short) — is visible is missing, and structure.tables says so."""
from __future__ import annotations

import audits
from audits.context import Context
from extractor.labelsets import role_of_cut_label
from test_audit_support import SEED, TEXT, document, extract_text, of

P441 = TEXT + "441_qdncg_longtianzhen_oldtemplate_2021.txt"  # cut in "第二十条第(六"; (五) lacks 其他对外管理服务事项
S004 = SEED + "004_0611940f34059ea7.txt"


def _audit(path: str, text: str):
    report = extract_text(path, text)
    return report, audits.audit(report, text)


def _ends_with_cut_title() -> str:
    text = document(P441).text.rstrip()
    assert text.endswith("第二十条第(六")
    return text


def _as_a_2020_report(text: str) -> str:
    """441 on 2020, the year whose own layout its 2019 columns are: a row that layout has is then missing from it
    (on 2021 the row is one the year's own layout lacks, no missing row: ruling s37)."""
    return text.replace("2022-01-29", "2021-01-29").replace("2021", "2020")


def test_a_cut_block_title_names_its_block_only_when_it_reaches_the_numeral():
    assert role_of_cut_label("active_disclosure", "第二十条第(六").key == "item6"
    assert role_of_cut_label("active_disclosure", "第二十条第（八").key == "item8"
    assert role_of_cut_label("active_disclosure", "第二十条第(") is None  # every block goes on this way
    assert role_of_cut_label("active_disclosure", "其他对外管理").key == "other_services"
    assert role_of_cut_label("active_disclosure", "其他") is None  # too short to name one


def test_a_row_absent_before_a_visible_later_block_title_is_missing():
    assert not of(_audit(P441, _ends_with_cut_title())[1], "structure.tables")  # on 2021: the 2021 rows (ruling s37)
    text = _as_a_2020_report(_ends_with_cut_title())
    report, res = _audit(P441, text)
    st = report.extraction.tables["active_disclosure"]
    assert st.status == "partial" and st.cut == ["end"]
    assert st.missing_rows == ["active_disclosure.other_services"]
    hit = of(res, "structure.tables")
    assert len(hit) == 1 and hit[0].message.endswith("缺少模板行：其他对外管理服务事项")
    ctx = Context(report, text)
    assert ctx.state["active_disclosure.other_services.previous"] == "lost"
    assert ctx.state["active_disclosure.punishment.previous"] == "cut"  # (六)'s own rows: after the cut
    # the title printed whole says the same
    report, res = _audit(P441, text + ")项\n")
    assert report.extraction.tables["active_disclosure"].missing_rows == ["active_disclosure.other_services"]
    assert len(of(res, "structure.tables")) == 1


def test_the_same_row_is_cut_off_when_the_copy_stops_before_the_next_block():
    text = _ends_with_cut_title()
    head = text[: text.rindex("第二十条第(六")].rstrip()  # the copy ends with 行政许可's last value
    report, res = _audit(P441, head + "\n")
    st = report.extraction.tables["active_disclosure"]
    assert st.missing_rows == [] and st.cut == ["end"]
    assert not of(res, "structure.tables")
    assert Context(report, head + "\n").state["active_disclosure.other_services.previous"] == "cut"
    # a cut title too short to name a block shows nothing either
    report, res = _audit(P441, head + "\n\n第二十条第(")
    assert report.extraction.tables["active_disclosure"].missing_rows == [] and not of(res, "structure.tables")


def _table3_cut_at(label: str, drop: str | None) -> str:
    """Seed 004 stopping right after `label` (its values cut off), with the line starting `drop` removed."""
    text = document(S004).text
    end = text.index(label) + len(label)
    head = text[:end]
    if drop is not None:
        line = next(l for l in head.split("\n") if l.startswith(drop))
        head = head.replace(line + "\n", "", 1)
    return head


def test_a_row_absent_before_a_later_rows_label_is_missing_in_table_3():
    text = _table3_cut_at("4.保护第三方合法权益", drop="3.危及")
    report, res = _audit(S004, text)
    st = report.extraction.tables["applications"]
    assert st.cut == ["end"]
    assert st.missing_rows == ["applications.denied.safety_stability"]
    hit = of(res, "structure.tables")
    assert len(hit) == 1 and "危及" in hit[0].message


def test_nothing_is_missing_in_table_3_when_the_copy_stops_at_the_next_rows_label():
    text = _table3_cut_at("4.保护第三方合法权益", drop=None)
    report, res = _audit(S004, text)
    assert report.extraction.tables["applications"].missing_rows == []
    assert not of(res, "structure.tables")
    # the row removed and the copy stopping where it would be printed: cut off, not missing
    text = _table3_cut_at("2.其他法律行政法规禁止公开  | 0  | 0  | 0  | 0  | 0  | 0  | 0  | ||", drop=None)
    report, res = _audit(S004, text + "\n")
    assert report.extraction.tables["applications"].missing_rows == []
    assert not of(res, "structure.tables")


P1104 = TEXT + "1104_jinghai_ziyazhen_2023.txt"  # table 二 opens at (五)'s title; the copy stops in its header
P018 = TEXT + "018_61-150-65-235_qutongjiju_2023.txt"  # table 二 one cell per line with trailing pipes


def test_a_copy_cut_before_any_row_but_past_a_later_block_title_misses_the_rows_before_it():
    # no row of table 二 is read (the table stays unparsed), but the copy prints (五)'s title: the (一) rows,
    # which would stand before it, are missing, not cut off
    report, res = _audit(P1104, document(P1104).text)
    st = report.extraction.tables["active_disclosure"]
    assert st.status == "unparsed"
    assert st.missing_rows == ["active_disclosure.regulations", "active_disclosure.normative_documents"]
    [hit] = of(res, "structure.tables")
    assert hit.message.endswith("缺少模板行：规章、行政规范性文件") and len(hit.cells) == 6
    # the same shape on another copy: 018 with its (一) rows removed, stopping in (五)'s header
    text = document(P018).text
    one, five = text.index("规章 |"), text.index("第二十条第(五)项")
    cut = text[:one] + text[five:text.index("本年处理决定数量", five)]
    report, res = _audit(P018, cut)
    assert report.extraction.tables["active_disclosure"].missing_rows == [
        "active_disclosure.regulations", "active_disclosure.normative_documents"]
    assert len(of(res, "structure.tables")) == 1


def test_a_copy_cut_in_the_first_blocks_header_misses_nothing():
    # 1104 stopping before (五)'s title, and 018 stopping in (一)'s own header: nothing printed after a gap
    text = document(P1104).text
    report, res = _audit(P1104, text[:text.index("第二十条第(五)项")])
    assert report.extraction.tables["active_disclosure"].missing_rows == [] and not of(res, "structure.tables")
    text = document(P018).text
    report, res = _audit(P018, text[:text.index("本年制发件数")])
    assert report.extraction.tables["active_disclosure"].missing_rows == [] and not of(res, "structure.tables")


P1749 = TEXT + "1749_wuhan_donghu_dangzhengban_2020.txt"  # table 二's header, then the 规范性文件 label, then the cut


def test_a_copy_cut_at_a_later_rows_label_printed_after_the_header_misses_the_rows_before_it():
    # no value of table 二 is read, but '规范性文件(行政机关制定…' follows its header straight: the 规章 row, which
    # would stand before it, is missing, not cut off; the label itself is where the copy stops (cut, not missing)
    report, res = _audit(P1749, document(P1749).text)
    st = report.extraction.tables["active_disclosure"]
    assert st.missing_rows == ["active_disclosure.regulations"]
    [hit] = of(res, "structure.tables")
    assert hit.message.endswith("缺少模板行：规章")
    # the same copy stopping at the 规章 row's label misses nothing
    text = document(P1749).text.replace("规范性文件(行政机关制定发布", "规章(行政机关制定发布")
    report, res = _audit(P1749, text)
    assert report.extraction.tables["active_disclosure"].missing_rows == [] and not of(res, "structure.tables")
