"""No labelled value is lost in silence: a row the template does not have stays in extra_rows with a
notice, numbers nobody can place are named in a notice, and the status names template rows not found."""
from __future__ import annotations

from extractor import extract

from conftest import ROOT

TEXT = ROOT / "eval/docs/text"


def test_a_local_row_is_kept_in_extra_rows_and_said():
    report = extract(TEXT / "035_xiaogan_szfbgs_2020.txt")
    assert report.tables.active_disclosure.extra_rows[0].model_dump() == {"label": "其他主动公开文件", "values": [56, 45]}
    assert any("其他主动公开文件" in n and "extra_rows" in n for n in report.extraction.notices)


def test_a_number_under_no_row_label_is_named_in_a_notice():
    # a PDF conversion: a lone "1" after the wrapped label of （六）2. — no row can take it
    report = extract(TEXT / "kewei_shanghai_2024_from_pdf.md")
    assert any(n.startswith("applications: values after 「信息公开申请」") and n.endswith(": 1")
               for n in report.extraction.notices), report.extraction.notices


def test_a_row_whose_label_is_unrecognisable_is_named_in_the_status(tmp_path):
    seed = (ROOT / "eval/docs/seeds/000_dfbaa25dea7f00ff.txt").read_text(encoding="utf-8")
    assert seed.count("行政许可") >= 1
    # the row label garbled beyond any match: its values become an extra row, the row is named missing
    doc = tmp_path / "garbled.txt"
    doc.write_text(seed.replace("\n行政许可", "\n某某某某", 1), encoding="utf-8")
    report = extract(doc)
    st = report.extraction.tables["active_disclosure"]
    assert st.status == "partial" and "template row(s) not found: active_disclosure.licensing" in st.reason
    assert any("某某某某" in n for n in report.extraction.notices)
    assert report.tables.active_disclosure.licensing.decisions is None


def test_values_each_followed_by_a_lone_pipe_line_are_read(tmp_path):
    # 180: '| 规章' then '0', '|', '0', '|', '0', '|' — where lone pipes are empty cells elsewhere in the copy,
    # an over-full row whose empties strictly alternate with its values holds no blank: they are separators
    report = extract(TEXT / "180_scanju_zonghezhifaju_2022.txt")
    assert [report.tables.active_disclosure.regulations.model_dump()[k] for k in ("issued", "repealed", "in_force")] \
        == [0, 0, 0]


def test_odd_values_doubled_and_plus_signs():
    from extractor.values import parse

    assert parse("--253").number == -253 and parse("+22").number == 22 and parse("--").blank_mark


def test_a_copy_cut_one_character_into_the_next_label_keeps_the_row_before_it(tmp_path):
    # seed 000 cut right after the first character of '2.其他法律行政法规禁止公开' (a page head stops there)
    seed = (ROOT / "eval/docs/seeds/000_dfbaa25dea7f00ff.txt").read_text(encoding="utf-8")
    at = seed.index("2.其他法律行政法规禁止公开")
    doc = tmp_path / "cut.txt"
    doc.write_text(seed[:at + 1], encoding="utf-8")
    report = extract(doc)
    row = report.tables.applications.denied.state_secret.model_dump()
    assert row == {"natural_person": 0, "commercial": 0, "research": 0, "social_welfare": 0, "legal_service": 0,
                   "other_org": 0, "total": 0}
    assert not report.extraction.tables["applications"].incomplete_rows


def test_a_block_printed_with_the_other_layouts_headers_takes_its_own_layout(tmp_path):
    # seed 000 (2021) with 第二十条第（一）项 given the 2019 headers (本年新制作数量/本年新公开数量/对外公开总数量),
    # as reports that kept the old item (一) while (五)(六)(八) follow the 2021 format print it
    seed = (ROOT / "eval/docs/seeds/000_dfbaa25dea7f00ff.txt").read_text(encoding="utf-8")
    old = "本年发件数\n\n本年废止件数\n\n现行有效件数"
    assert seed.count(old) == 1
    doc = tmp_path / "mixed.txt"
    doc.write_text(seed.replace(old, "本年新制作数量\n\n本年新公开数量\n\n对外公开总数量"), encoding="utf-8")
    report = extract(doc)
    ad = report.tables.active_disclosure.model_dump()
    assert report.meta.template == "mixed"
    assert ad["regulations"] == {"made": 0, "published": 0, "total": 0}  # never 本年废止件数
    assert ad["licensing"] == {"decisions": 10411}
    assert report.extraction.tables["active_disclosure"].status == "complete"


def test_a_lost_label_line_leaves_its_values_to_the_one_free_row(tmp_path):
    # seed 000 with the line '规章' gone: its three values follow the header directly, and 规章 is the only
    # row free before 规范性文件, so they are placed there by order — and say so in provenance
    seed = (ROOT / "eval/docs/seeds/000_dfbaa25dea7f00ff.txt").read_text(encoding="utf-8")
    assert seed.count("\n规章\n") == 1
    doc = tmp_path / "lost-label.txt"
    doc.write_text(seed.replace("\n规章\n", "\n\n", 1), encoding="utf-8")
    report = extract(doc)
    assert report.tables.active_disclosure.regulations.model_dump() == {"issued": 0, "repealed": 0, "in_force": 0}
    assert report.provenance["active_disclosure.regulations.issued"].match == "order"
    assert report.provenance["active_disclosure.normative_documents.issued"].match == "exact"


HANYANG = TEXT / "002_wuhan_hanyang_qzfbgs_2022.txt"  # 规范性文件 printed 5 / 12 / 8 under 制发 / 废止 / 现行有效
HEADERS = "本年制发件数 |\n本年废止件数 |\n现行有效件数 (历史累计) |\n"


def test_values_follow_a_header_printed_in_another_order(tmp_path):
    # the real page with its header cells reordered (as a publisher who moved a column would print it):
    # the values stand under the header, so 5 is 现行有效 and 8 is 制发 — and the reading says so
    text = HANYANG.read_text(encoding="utf-8")
    assert text.count(HEADERS) == 1
    doc = tmp_path / "reordered.txt"
    doc.write_text(text.replace(HEADERS, "现行有效件数 (历史累计) |\n本年废止件数 |\n本年制发件数 |\n"), encoding="utf-8")
    report = extract(doc)
    assert report.tables.active_disclosure.normative_documents.model_dump() == {"issued": 8, "repealed": 12,
                                                                                 "in_force": 5}
    assert any("表头顺序与模板不同" in n and "按表头顺序读取" in n for n in report.extraction.notices)
    assert not any("表头顺序" in n for n in extract(HANYANG).extraction.notices)  # the page as printed


def test_a_partial_header_out_of_order_keeps_the_template_order_and_says_so(tmp_path):
    text = HANYANG.read_text(encoding="utf-8")
    doc = tmp_path / "partial.txt"
    doc.write_text(text.replace(HEADERS, "现行有效件数 (历史累计) |\n|\n本年制发件数 |\n"), encoding="utf-8")
    report = extract(doc)
    assert report.tables.active_disclosure.normative_documents.model_dump() == {"issued": 5, "repealed": 12,
                                                                                 "in_force": 8}
    assert any("表头顺序与模板不同且不全" in n for n in report.extraction.notices)


def test_a_local_row_printed_with_its_value_after_a_colon_is_kept_with_that_value():
    # a 长春 form prints one local line inside table 二, its value inside the label cell after a colon
    label = "2020年本行政区域(或本部门)政府信息公开发布总数量(非新闻类、消息类)"
    for name, value in (("121_changchun_xinqu_fenju_blanks_2020.txt", 2),  # "…:2条 |", one cell per line
                        ("321_changchun_lianhuashan_shangwuju_2020.txt", 0)):  # "  …:0", indented
        report = extract(TEXT / name)
        assert [r.model_dump() for r in report.tables.active_disclosure.extra_rows] == \
            [{"label": label, "values": [value]}]
        assert any(label in n and "extra_rows" in n for n in report.extraction.notices)


def test_only_a_number_after_a_colon_is_split_off_and_never_from_a_template_label(tmp_path):
    from extractor import template
    from extractor.assemble import split_inline_value
    from extractor.ir import Cell

    text = (TEXT / "121_changchun_xinqu_fenju_blanks_2020.txt").read_text(encoding="utf-8")
    # a blank mark or words after the colon: no value to keep, no row made up
    for tail in (":/", ":无", ":详见附件"):
        doc = tmp_path / "blank.txt"
        doc.write_text(text.replace(":2条 |", tail + " |", 1), encoding="utf-8")
        assert extract(doc).tables.active_disclosure.extra_rows == []
    # a template row's own label is never cut at a colon, whatever follows it
    for key, t in template.TABLES.items():
        for lay in t.layouts.values():
            for block in lay.blocks:
                for row in block.rows:
                    cell = Cell(row.label + "：5", 0, len(row.label) + 2)
                    assert split_inline_value(key, cell) == [cell], row.label
