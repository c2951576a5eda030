"""A publication date with its clock time fused on, the space between lost ('2021-03-2918:26', 河北省 2020, held-out
2087), is read where the digits split into a day and an hour one way only; meta.timeliness then judges it."""
from __future__ import annotations

from extractor.dates import clocked_day
from nianbao.commands.common import extract_one
from test_audit_support import of, run_variant

from conftest import eval_doc


def test_a_date_with_its_clock_fused_on_is_the_published_date():
    doc, report = extract_one(eval_doc("2087_"), None)
    assert report.meta.published == "2021-03-29"
    # a month later, the province's government is past its 3月31日 (w2087_late of the stop-25 measure)
    late = of(run_variant(str(eval_doc("2087_")), ("2021-03-2918:26", "2021-04-2918:26")), "meta.timeliness")
    assert len(late) == 1 and "2021-04-29" in late[0].message


def test_the_day_is_read_only_where_one_split_holds():
    assert clocked_day("2918") == 29  # 29 at 18 o'clock; 2 at 918 is no hour
    assert clocked_day("0918") == 9
    assert clocked_day("518") == 5  # 51 is no day
    assert clocked_day("219") is None  # 2 at 19 o'clock, or 21 at 9: not said
    assert clocked_day("3218") is None  # no day 32
