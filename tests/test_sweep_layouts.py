"""Odd shapes of real reports met on fresh pages (eval/docs/text/6NN_*): each behaviour on the page itself
and, where the page alone cannot fail, on the same page with its one odd feature undone or changed."""
from __future__ import annotations

from extractor.segment import find_sections
from test_audit_support import TEXT, document

P608 = TEXT + "608_xixian_zhengyangjiedao_2023.txt"  # sections numbered '1、 总体情况'


def test_sections_numbered_with_arabic_digits_are_sections():
    text = document(P608).text
    found = find_sections(text)
    assert [h.key for h in found] == ["overview"]
    assert found[0].heading == "1、 总体情况" and found[0].numeral_ok
    # its items are numbered the same way ('1、 主动公开。…'): a sentence, not section 二
    assert "1、 主动公开。" in text


def test_an_arabic_numeral_of_another_section_is_kept_but_not_preferred():
    text = document(P608).text.replace("1、 总体情况", "3、 总体情况")
    found = find_sections(text)
    assert [h.key for h in found] == ["overview"] and not found[0].numeral_ok
