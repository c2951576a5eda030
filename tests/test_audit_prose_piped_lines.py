"""Prose printed one paragraph per line, each line closed by ' |' (a page whose whole body is one cell per
line): the sentences are read as the same lines without the pipe, and the table cells stay table lines."""
from __future__ import annotations

from audits.prose.text import paragraphs

from test_audit_support import TEXT, of, run, run_variant

LITANG = TEXT + "1234_litang_zangbaxiang_2023.txt"  # 理塘县藏坝乡 2023: 13 = 7+2+1+2+1, every line ends in ' |'
SAID = "公开信息13条"


def test_a_list_in_a_piped_line_is_read_and_checked():
    assert not of(run(LITANG), "prose.inconsistent")
    [f] = of(run_variant(LITANG, (SAID, "公开信息12条")), "prose.inconsistent")
    assert "13" in f.message and "12" in f.message


def test_the_closing_pipe_is_no_part_of_the_sentence_and_cells_stay_out():
    text = open(LITANG, encoding="utf-8").read()
    paras = [p.text for p in paragraphs(text)]
    assert any("公开信息13条,其中包括财务报告7条" in p for p in paras) and not any("|" in p for p in paras)
    # one cell per line ending ' |' (开平市水利局 2025, traditional script): labels and numbers are no prose
    assert paragraphs("規章 |\n0 |\n0 |\n0 |\n行政規范性文件 |\n0 |\n") == []


def test_a_body_printed_on_one_piped_line_is_prose():
    # 江海区外海街道 2008 (jianghai.gov.cn): the page's body closes with '二○○九年三月二十日 |'
    line = ("2008年，街道办事处通过大力开展政府信息公开工作，提高了街道办事处各项工作信息的透明度，进一步沟通了政群，"
            "达到了方便群众办事、促进政府效能提高的作用。 江海区外海街道办事处 二○○九年三月二十日 |")
    [p] = paragraphs(line)
    assert p.text.startswith("2008年,") or p.text.startswith("2008年，")
    assert p.text.endswith("二○○九年三月二十日")
