"""A row label printed without its first character ('政许可' for 行政许可, a damaged copy): taken for its row
only where it is the tail of one row label alone and the row's values fit (labels.LabelSet._first_cut)."""
from __future__ import annotations

from extractor.cells import flatten
from extractor.labelsets import label_set

from test_audit_support import TEXT, pair, variant

SPAM = TEXT + "1573_wuhan_shengtaihuanjing_fenju_spammirror_2023.txt"  # '政许可 132', '政处罚 22', '政强制 2'
LANTIAN = TEXT + "1566_lantian_ziranziyuanguihuaju_2021.txt"  # '行政许可 / 200', '行政处罚 / 81', one cell per line


def test_labels_cut_by_their_first_character_are_read_on_the_damaged_copy():
    report, _ = pair(SPAM)
    cells = flatten(report.tables.model_dump())
    assert [cells[f"active_disclosure.{r}.decisions"] for r in ("licensing", "punishment", "coercion")] == [132, 22, 2]
    assert report.provenance["active_disclosure.licensing.decisions"].match == "fuzzy"
    assert not any("could not be given a template row" in n for n in report.extraction.notices)


def test_the_same_cut_on_another_page_is_read_and_a_row_that_does_not_fit_is_not():
    _, report = variant(LANTIAN, ("行政许可", "政许可"), ("行政处罚", "政处罚"))
    cells = flatten(report.tables.model_dump())
    assert cells["active_disclosure.licensing.decisions"] == 200
    assert cells["active_disclosure.punishment.decisions"] == 81
    # three values under the one-column 2021 header: the cut label is no sign of its row then
    _, report = variant(LANTIAN, ("行政处罚", "政处罚"), ("81", "81\n\n5\n\n6"))
    cells = flatten(report.tables.model_dump())
    assert cells["active_disclosure.punishment.decisions"] is None
    assert any("「政处罚」" in n and "could not be given a template row" in n for n in report.extraction.notices)


def test_only_a_row_label_of_one_row_is_taken_by_its_tail():
    rows = label_set("active_disclosure")
    assert rows.lookup("政许可").key == "licensing"
    assert rows.lookup("政强制").key == "coercion"
    for text in ("年废止", "年发件", "息内容", "章", "政复议"):  # a header's tail, a 1-character tail, no row's
        m = rows.match(text)
        assert m is None or m.target.kind != "row", text
    apps = label_set("applications")
    assert apps.lookup("自然") is None  # 2 characters: exact only
