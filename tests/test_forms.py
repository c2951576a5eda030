"""The same real report in every text form copies take: the parser must read each one the same.

Each complete seed is rewritten with its own prose and its hand-labelled table values, the tables laid
out as pipe rows, one cell per line (blank-line separated, trailing pipes, lone-pipe separators) and
PDF-style space-separated rows. Every form must give back exactly the gold cells.
"""
from __future__ import annotations

import pytest

from extractor import extract
from extractor import template
from extractor.cells import flatten

from conftest import ROOT, gold_files, load_gold

SEEDS = [p for p in gold_files(("text",)) if "seeds" in load_gold(p)["document"] and not load_gold(p)["unreadable"]]


def _fmt(v):
    return "" if v is None else str(v)


def _table_rows(gold: dict) -> list[list[str]]:
    """The three tables as rows of printed cells (label first), in the template's order."""
    cells = gold["cells"]
    layout = gold["meta"]["template"]
    out: list[list[str]] = [["二、主动公开政府信息情况"]]
    for block in template.ACTIVE_DISCLOSURE.layouts[layout].blocks:
        out.append([block.title])
        out.append(["信息内容"] + [c.label for c in block.columns])
        for row in block.rows:
            out.append([row.label] + [_fmt(cells[f"active_disclosure.{row.key}.{c.key}"]) for c in block.columns])
    out.append(["三、收到和处理政府信息公开申请情况"])
    out.append([template.APPLICATIONS.header_labels[0], "申请人情况"])
    cols = template.APPLICANT_COLUMNS
    out.append([cols[0].label, template.APPLICATIONS.header_labels[2], cols[-1].label])
    out.append([c.label for c in template.APPLICANT_COLUMNS[1:6]])
    other_single_row = any(k.startswith("applications.other.natural") for k in cells)
    rows = template.APPLICATIONS.layouts["2019" if other_single_row else "2021"].blocks[0].rows
    group = None
    for row in rows:
        label = [row.label]
        if row.group and row.group != group:
            label = [row.group, row.label]
        group = row.group
        out.append(label + [_fmt(cells[f"applications.{row.key}.{c.key}"]) for c in template.APPLICANT_COLUMNS])
    out.append(["四、政府信息公开行政复议、行政诉讼情况"])
    block = template.REVIEW_LITIGATION.layouts["2021"].blocks[0]
    out.append([block.rows[0].label, "行政诉讼"])
    out.append([c.label for c in block.columns] + [r.label for r in block.rows[1:]])
    out.append([_fmt(cells[f"review_litigation.{r.key}.{c.key}"]) for r in block.rows for c in block.columns])
    return out


def render(rows: list[list[str]], form: str) -> str:
    lines: list[str] = []
    for row in rows:
        if form == "pipe":
            lines.append(" | ".join(row) + " |")
        elif form == "tabs":
            lines.append("\t".join(row))
        elif form == "space":
            lines.append(" ".join(c if c else "-" for c in row))
        else:
            for c in row:
                if form == "blank-lines":
                    lines += [c, ""]
                elif form == "trailing-pipes":
                    lines.append(f"{c} |" if c else "|")
                elif form == "pipe-separated":
                    lines += [c, "|"]
    return "\n".join(lines)


@pytest.mark.parametrize("form", ["pipe", "tabs", "space", "blank-lines", "trailing-pipes", "pipe-separated"])
@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_every_form_reads_the_same(tmp_path, path, form):
    gold = load_gold(path)
    original = (ROOT / gold["document"]).read_text(encoding="utf-8")
    head = original[: original.index("二、主动公开政府信息情况")]
    tail = original[original.index("五、存在的主要问题及改进情况"):]
    doc = tmp_path / f"{path.stem}-{form}.txt"
    doc.write_text(head + render(_table_rows(gold), form) + "\n" + tail, encoding="utf-8")
    report = extract(doc)
    got = flatten(report.tables.model_dump())
    wrong = {k: (v, got.get(k)) for k, v in gold["cells"].items() if got.get(k, "<none>") != v}
    assert not wrong, wrong
    assert {s.status for s in report.extraction.tables.values()} == {"complete"}


@pytest.mark.parametrize("heading", ["二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况"])
def test_a_lost_heading_still_finds_its_table(tmp_path, heading):
    """Copies drop headings; the table's own first labels (from the template) anchor its region."""
    path = ROOT / "eval/docs/seeds/000_dfbaa25dea7f00ff.txt"
    gold = load_gold(ROOT / "eval/gold/000_dfbaa25dea7f00ff.json")
    doc = tmp_path / "no-heading.txt"
    doc.write_text(path.read_text(encoding="utf-8").replace(heading, ""), encoding="utf-8")
    got = flatten(extract(doc).tables.model_dump())
    assert {k: got.get(k) for k in gold["cells"]} == gold["cells"]
