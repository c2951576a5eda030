"""Every seed and corpus text document against its hand labels (eval/gold)."""
from __future__ import annotations

import pytest

from extractor import extract
from extractor.cells import flatten
from nianbao.evaluation.score import organ_accepted

from conftest import ROOT, gold_files, load_gold
from parser_gaps import check

TEXT_GOLD = gold_files(("text", "markdown"))


def _stem(gold: dict) -> str:
    return gold["document"].rsplit("/", 1)[-1].rsplit(".", 1)[0]


@pytest.fixture(scope="module", params=TEXT_GOLD, ids=lambda p: p.stem)
def case(request):
    gold = load_gold(request.param)
    return gold, extract(ROOT / gold["document"])


def test_every_visible_cell_equals_the_hand_label(case):
    gold, report = case
    got = flatten(report.tables.model_dump())
    wrong = {k: (v, got.get(k, "<no cell>")) for k, v in gold["cells"].items() if got.get(k, "<no cell>") != v}
    check(_stem(gold), "cells", not wrong, wrong)


def test_no_value_is_emitted_for_a_cut_off_or_unreadable_cell(case):
    gold, report = case
    got = flatten(report.tables.model_dump())
    invented = {k: v for k, v in got.items() if k not in gold["cells"] and v is not None}
    check(_stem(gold), "invented", not invented, invented)


def test_blank_stays_null_and_printed_zero_stays_zero(case):
    gold, report = case
    got = flatten(report.tables.model_dump())
    bad = [k for k, v in gold["cells"].items()
           if (v is None and got.get(k) is not None) or (v == 0 and not (got.get(k) == 0 and got.get(k) is not None))]
    check(_stem(gold), "blank_zero", not bad, bad)


def test_tables_present_and_layout(case):
    gold, report = case
    present = {k for k, v in report.tables.model_dump().items() if v is not None}
    # a table whose only visible part is a heading or header has no cells to hold
    extra = sorted(present - set(gold["tables_present"]))
    check(_stem(gold), "extra_table", not extra, extra)
    lost = [t for t in gold["tables_present"] if any(k.startswith(t + ".") for k in gold["cells"]) and t not in present]
    check(_stem(gold), "tables", not lost, lost)
    if gold["meta"]["template"] in ("2019", "2021", "mixed"):
        check(_stem(gold), "template", report.meta.template == gold["meta"]["template"],
              (report.meta.template, gold["meta"]["template"]))


def test_year_and_publication_date(case):
    gold, report = case
    bad = {k: (gold["meta"][k], getattr(report.meta, k)) for k in ("year", "published")
           if gold["meta"][k] is not None and getattr(report.meta, k) != gold["meta"][k]}
    check(_stem(gold), "year_published", not bad, bad)


def test_organ_names_match_where_found(case):
    """Organ extraction is best-effort; a name it gives must be the printed one (not prose, not a URL). Compared
    as the eval scores it (organ_key): the gold is the name as printed, a mirror's traditional script and pinyin
    glosses kept ('撫州市東鄉(xiāng)區(qū)交通局'); the reader reads the normalised text (FORMAT.md: simplified,
    glosses dropped), so the two meet through the same normalisation; words before the name either way round
    are accepted, as the eval gate accepts them (organ_accepted)."""
    gold, report = case
    if report.meta.organ is not None and gold["meta"]["organ"] is not None:
        check(_stem(gold), "organ", organ_accepted(gold["meta"]["organ"], report.meta.organ),
              (report.meta.organ, gold["meta"]["organ"]))


def test_status_tells_cut_off_tables_from_complete_ones(case):
    gold, report = case
    statuses = {k: s.status for k, s in report.extraction.tables.items()}
    if gold["complete"]:
        want = ("complete", "partial") if gold.get("unreadable") else ("complete",)
        off = {t: statuses[t] for t in gold["tables_present"] if statuses[t] not in want}
        check(_stem(gold), "status", not off, off)
    emitted = {t: s for t, s in statuses.items() if t not in gold["tables_present"] and s not in ("absent", "unparsed")}
    check(_stem(gold), "extra_table", not emitted, emitted)


def test_line_spans_give_each_line_its_offsets_in_the_text():
    """The one line splitter the readers share (tokenize, segment, sign-off, paragraphs): on a real report,
    every (start, end) slices back to its line, lines sit one newline apart, and the last ends at the text's end."""
    from extractor.ir import line_spans

    text = (ROOT / "eval" / "docs" / "text" / "001_changchun_erdao_zhengshouban_2022.txt").read_text(encoding="utf-8")
    spans = line_spans(text)
    assert [raw for _, _, raw in spans] == text.split("\n")
    assert all(text[start:end] == raw for start, end, raw in spans)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(nxt[0] == end + 1 for (_, end, _), nxt in zip(spans, spans[1:]))
