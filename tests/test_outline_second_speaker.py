"""An outline whose 全文由 follows the compiler's own 由 in the same sentence (held-out 2221, 长治市 2021): the names
are those after 全文由, not the compiler's words before it, so six named parts are six, not ten."""
from extractor.outline import announced_outline
from pathlib import Path

from test_audit_support import eval_text


def test_names_follow_the_last_speaker_with_you():
    outline = announced_outline(Path(eval_text(2221)).read_text(encoding="utf-8"))
    assert outline is not None
    assert (outline.reading.count, outline.reading.low, outline.reading.high) == (6, 6, 6)


def test_a_count_that_does_not_match_the_names_is_still_read():
    text = ("本年度报告由市政府办公室综合各县、区人民政府和市直各委、办、局的政府信息公开年度报告编制而成,全文由总体情况、"
            "主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进"
            "情况等五个部分组成。")
    outline = announced_outline(text)
    assert outline is not None and outline.reading.count == 5 and outline.reading.low == 5  # 5 names: no finding
