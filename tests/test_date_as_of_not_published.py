"""meta.published: the date a table's figures stand at ('(数据核定时间点为2022年12月31日)', eval 2152 锡林浩特市民政局
2022, no publication date printed) is no publication date, and a first heading at the very start of the text (offset 0)
leaves no page head to read a date from (extractor/meta.published)."""
from __future__ import annotations

from extractor.meta import published
from nianbao.commands.common import extract_one
from test_audit_support import edited, eval_text

XILINHAOTE = eval_text(2152)  # opens with '一、总体情况'; '(数据核定时间点为2022年12月31日)' under table 二's heading


def test_the_figures_as_of_date_is_no_publication_date():
    _, report = extract_one(XILINHAOTE, None)
    assert report.meta.published is None
    assert published("(数据核定时间点为2022年12月31日)", None) is None


def test_a_heading_at_offset_0_leaves_no_page_head():
    # the as-of words taken out ('(2022年12月31日)'): a short date line, read only from a page head there is none of
    text = edited(XILINHAOTE, ("(数据核定时间点为2022年12月31日)", "(2022年12月31日)"))
    assert text.startswith("一、总体情况")
    assert published(text, 0) is None
    assert published(text, None) == "2022-12-31"  # with no heading found, the first 800 characters are the head
