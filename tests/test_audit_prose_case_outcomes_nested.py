"""prose.inconsistent: the outcomes of a case count listed right after it (行政复议7件,结果维持6件,尚未审结1件;行政诉讼4件,…)
are a list nested in that part, not parts of the total above both (行政争议11件 = 7 + 4); outcomes that open a list are
its own parts (行政诉讼21件,其中17件结果维持,4件尚未审结). Real sentences, as printed and with one figure edited."""
from __future__ import annotations

from audits.context import Context
from audits.prose.parts import listings
from test_audit_support import TEXT, of, run, run_variant

RULE = "prose.inconsistent"
HUAIAN = TEXT + "1804_huaian_shizhengfuban_2022.txt"  # 行政复议2件,均获维持;…行政诉讼21件,其中17件结果维持,4件尚未审结
JIAXING = TEXT + "1807_jiaxing_shizhengfuban_2023.txt"  # 行政争议11件,其中,行政复议7件,结果维持6件,尚未审结1件;行政诉讼4件,…


def sums(res) -> list:
    return [(f.expected, f.actual) for f in of(res, RULE) if "所列各项" in f.message and f.severity == "warning"]


def parts(res, total: int) -> list:
    return [[p.value for p in x.parts] for x in listings(Context(res.report, res.text).prose) if x.total == total]


def test_the_outcomes_of_each_case_kind_are_no_parts_of_the_disputes_total():
    res = run(JIAXING)
    assert not sums(res)  # was 7 + 6 + 1 = 14 > 11
    assert parts(res, 11) == [[7, 4]]
    # the list now runs on past the ；to the 诉讼 cases: a wrong count there is seen
    assert sums(run_variant(JIAXING, ("行政诉讼4件", "行政诉讼5件"))) == [(11, 12)]


def test_outcomes_that_open_a_list_are_its_parts():
    res = run(HUAIAN)
    assert parts(res, 21) == [[17, 4]] and not sums(res)
    assert sums(run_variant(HUAIAN, ("其中17件结果维持", "其中18件结果维持"))) == [(21, 22)]
