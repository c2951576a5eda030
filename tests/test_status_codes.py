"""A table's status says where the copy cuts it (`cut`: top, end) and how many runs of values no template
row could take (`values_without_row`) as codes; its `reason` and the notices say the same in words, for
people only. The audit reads the codes, so rewording a reason changes no state and no finding."""
from __future__ import annotations

import json

import audits
from audits.context import Context
from extractor.models import Report
from test_audit_support import SEED, TEXT, document, extract_text, of, pair, variant

P441 = TEXT + "441_qdncg_longtianzhen_oldtemplate_2021.txt"  # a page head ending inside table 二
P120 = TEXT + "120_180-76-149-248_shenjiju_flipbook_p9_2020.txt"  # page 9 opens on table 三's last row
S004 = SEED + "004_0611940f34059ea7.txt"


def _cut_head() -> tuple[Report, str]:
    text = document(P441).text
    head = text[: text.rindex("第二十条第(六")].rstrip() + "\n"  # stops after 行政许可's value
    return extract_text(P441, head), head


def _reworded(report: Report, table: str, **update) -> Report:
    tables = dict(report.extraction.tables)
    tables[table] = tables[table].model_copy(update={"reason": "（另一种说法）", **update})
    return report.model_copy(update={"extraction": report.extraction.model_copy(update={"tables": tables})})


def _outcome(report: Report, text: str):
    res = audits.audit(report, text)
    return sorted((f.rule, f.message) for f in res.findings), sorted((n.rule, n.reason) for n in res.not_assessable)


def test_a_copy_stopping_inside_a_table_is_cut_at_its_end_whatever_the_reason_says():
    report, text = _cut_head()
    st = report.extraction.tables["active_disclosure"]
    assert st.cut == ["end"] and "copy stops inside the table" in st.reason
    state = Context(report, text).state
    assert state["active_disclosure.punishment.previous"] == "cut"
    reworded = _reworded(report, "active_disclosure")
    assert Context(reworded, text).state == state
    assert _outcome(reworded, text) == _outcome(report, text)
    # without the code the same cells are lost, not cut: the code is what the audit reads
    assert Context(_reworded(report, "active_disclosure", cut=[]), text).state[
        "active_disclosure.punishment.previous"] == "lost"


def test_a_copy_opening_inside_a_table_is_cut_at_its_top():
    report, text = pair(P120)
    st = report.extraction.tables["applications"]
    assert st.cut == ["top"] and "opens inside the table" in st.reason
    state = Context(report, text).state
    assert state["applications.new_received.natural_person"] == "cut"
    assert Context(_reworded(report, "applications"), text).state == state
    assert Context(_reworded(report, "applications", cut=[]), text).state[
        "applications.new_received.natural_person"] == "lost"


def test_values_no_row_could_take_keep_a_row_lost_from_being_called_missing():
    # 行政处罚's label garbled into 「注」: its value has no row, and the row is there, only its label is not
    text, report = variant(S004, ("行政处罚  |", "注  |"))
    st = report.extraction.tables["active_disclosure"]
    assert st.values_without_row == 1 and st.missing_rows == ["active_disclosure.punishment"]
    assert any("could not be given a template row" in n for n in report.extraction.notices)
    res = audits.audit(report, text)
    assert not of(res, "structure.tables")
    assert any(n.rule == "structure.tables" and "1 行数值的行名丢失" in n.reason for n in res.not_assessable)
    # the count is what the rule reads: without it the row is reported missing
    without = _reworded(report, "active_disclosure", values_without_row=0)
    hit = of(audits.audit(without, text), "structure.tables")
    assert len(hit) == 1 and hit[0].message.endswith("缺少模板行：行政处罚")


def test_a_report_written_before_the_codes_reads_them_from_its_words():
    for report in (_cut_head()[0], pair(P120)[0], variant(S004, ("行政处罚  |", "注  |"))[1]):
        data = json.loads(report.model_dump_json())
        for st in data["extraction"]["tables"].values():
            del st["cut"], st["values_without_row"]
        assert Report.model_validate_json(json.dumps(data)) == report
