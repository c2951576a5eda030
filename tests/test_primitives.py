"""The text primitives each reader relies on, declared once (template, labelsets, segment)."""
from __future__ import annotations

from extractor import template
from extractor.labels import match_key
from extractor.labelsets import is_label_fragment, label_keys, row_of_fragment


def test_every_section_has_its_words():
    """The HTML loader finds a report's body by the sections' words: every section must have some."""
    assert list(template.SECTION_WORDS) == [s.key for s in template.SECTIONS]


def test_label_keys_hold_row_labels_alone_and_under_their_group():
    keys = label_keys("applications")
    assert match_key("1.属于国家秘密") in keys and match_key("（三）不予公开1.属于国家秘密") in keys
    assert match_key("5.属于三类内容事务信息") in keys  # a variant as printed in some reports
    # a cut-off copy's last line is the start of a label
    assert any(k.startswith(match_key("四、结转下年")) for k in keys)
    assert is_label_fragment("applications", "府信息") and not is_label_fragment("applications", "本机关网站")
    assert row_of_fragment("applications", "缴纳费用、行政机关不再处理其政") == "other.overdue_fee"
