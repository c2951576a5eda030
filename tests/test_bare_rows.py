"""Rows printed as their label alone: blank or lost, told by the whole copy — on real eval documents."""
from __future__ import annotations

from test_audit_support import TEXT, document, extract_text, pair, variant

import audits
from audits.context import Context
from nianbao.export.cells import NAMES, cell_rows

FORM = TEXT + "175_jiaxian_xizhen_blank_oldtemplate_2022.txt"  # an empty form: every label, every header, no value
HEADLESS = TEXT + "108_xiongxian_xiang_emptycells_2019.txt"  # the same shape, but blocks (六)(八) lost their header
PIPES = TEXT + "177_gaoxinqu_shehuifazhanju_blanks_2022.txt"  # one cell per line, an empty cell written '| ||'
_HEADERS_2019 = {"信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减",
                 "处理决定数量", "采购项目数量", "采购总金额"}


def test_an_empty_form_whose_copy_prints_every_header_is_read_as_printed_blank():
    report, _ = pair(FORM)
    st = report.extraction.tables["active_disclosure"]
    assert st.status == "complete" and not st.incomplete_rows and not st.blank_or_lost_rows
    assert report.tables.active_disclosure.punishment.previous is None
    assert any("read as printed blank" in n for n in report.extraction.notices)
    app = report.extraction.tables["applications"]
    assert not app.incomplete_rows and "applications.granted.total" not in app.missing


def test_a_copy_that_dropped_header_cells_leaves_its_bare_rows_lost():
    report, _ = pair(HEADLESS)
    ad, app = report.extraction.tables["active_disclosure"], report.extraction.tables["applications"]
    assert "active_disclosure.punishment" in ad.incomplete_rows and not ad.blank_or_lost_rows
    # table 三 prints its whole header, but the copy that lost table 二's header cells loses printed cells
    assert "applications.granted" in app.incomplete_rows


def test_an_empty_cell_written_between_pipes_is_a_blank_not_a_lost_row():
    report, _ = pair(PIPES)
    st = report.extraction.tables["active_disclosure"]
    assert st.status == "complete" and not st.incomplete_rows
    assert "active_disclosure.licensing.decisions" not in st.missing
    assert report.tables.active_disclosure.punishment.decisions == 3


def test_without_any_header_to_judge_by_neither_blank_nor_lost_is_claimed():
    text, start = document(FORM).text, document(FORM).text.index("二、主动公开政府信息情况")
    end = text.index("三、收到和处理政府信息公开申请情况")
    body = "\n".join(ln for ln in text[start:end].split("\n") if ln.strip() not in _HEADERS_2019)
    text = text[:start] + body + text[end:]
    report = extract_text(FORM, text)
    st = report.extraction.tables["active_disclosure"]
    assert "active_disclosure.punishment" in st.blank_or_lost_rows and not st.incomplete_rows
    assert any("cannot be told" in n for n in report.extraction.notices)
    # one name for the state, in the audit's cells and in the dataset alike
    cell = "active_disclosure.punishment.previous"
    ctx = Context(report, text)
    assert ctx.state[cell] == "blank_or_lost" and ctx.why_unknown([cell]) == "副本无法区分空白与丢失"
    rows = [dict(zip(NAMES, r)) for r in cell_rows("x", report.model_dump())]
    assert next(r for r in rows if r["cell"] == cell)["state"] == "blank_or_lost"
    res = audits.audit(report, text)
    ad_findings = [f for f in res.findings if any(c.startswith("active_disclosure.") for c in f.cells)]
    assert not [f for f in ad_findings if f.rule in ("applications.blank_cells", "active_disclosure.lost_rows")]
    # table 三 still prints its whole header: its bare rows are blanks
    assert [f for f in res.findings if f.rule == "applications.blank_cells"]


FILLER = TEXT + "121_changchun_xinqu_fenju_blanks_2020.txt"  # one cell per line, a blank written '|', filler '|||'


def test_a_row_label_then_one_line_of_as_many_pipes_as_columns_is_a_blank_row():
    text, report = variant(FILLER, ("规章 |\n|\n|\n|\n", "规章 |\n|||\n"))  # the three blanks on one line
    st = report.extraction.tables["active_disclosure"]
    assert "active_disclosure.regulations" not in st.incomplete_rows
    assert "active_disclosure.regulations.made" not in st.missing
    assert report.tables.active_disclosure.regulations.made is None
    assert report.tables.active_disclosure.licensing.decisions == 44613  # the block titles' '|||' stay filler


def test_pipes_that_do_not_fill_the_row_are_filler_and_the_row_is_lost():
    text, report = variant(FILLER, ("规章 |\n|\n|\n|\n", "规章 |\n||\n"))  # 2 pipes for 3 columns
    st = report.extraction.tables["active_disclosure"]
    assert "active_disclosure.regulations" in st.incomplete_rows  # the copy shows blanks elsewhere: lost


OWN_SLOTS = TEXT + "483_noaddress_qu_shenpiju_tradmirror_oldtemplate_2021.txt"  # table 三 rows with values lost


def test_a_row_followed_by_its_own_empty_slots_is_blank_whatever_other_rows_lost():
    # '1.屬于國家秘密 |' then '||||||||' (more pipes than its 7 columns): printed blank, though rows 一–（二）
    # of the same table print values the parser cannot place
    report, _ = pair(OWN_SLOTS)
    st = report.extraction.tables["applications"]
    assert "applications.new_received" in st.incomplete_rows  # those stay lost
    assert "applications.denied.state_secret" not in st.incomplete_rows
    assert "applications.denied.state_secret.total" not in st.missing
    assert report.tables.applications.denied.state_secret.total is None
    res = audits.audit(report, document(OWN_SLOTS).text)
    blanks = [f for f in res.findings if f.rule == "applications.blank_cells"
              and "applications.denied.state_secret.total" in f.cells]
    assert blanks and "全部" not in blanks[0].message  # the other rows are lost, not blank
