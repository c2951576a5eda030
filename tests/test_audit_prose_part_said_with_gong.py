"""A part of a 其中 list carried over a 。 is no total of the comma run after it (held-out 3104, 苍溪县东溪镇 2025:
'主动公开政府信息共175条。其中:重大建设项目…类信息共3条,民政扶贫救灾…类信息共151条,…13条'): the 共 of the first part
says its own count, never a total of its four siblings (170 > 3 was a false warning)."""
from __future__ import annotations

from test_audit_support import eval_text, of, run, run_variant

DOC = eval_text(3104)


def _severities(res):
    return sorted(f.severity for f in of(res, "prose.inconsistent"))


def test_the_first_part_is_no_total_of_its_siblings():
    found = of(run(DOC), "prose.inconsistent")
    assert not any("「重大建设项目" in f.message for f in found)
    # the outer list, 173 against 175 with no word saying it is whole, stays the note it is
    assert _severities(run(DOC)) == ["info"]


def test_a_part_edited_above_the_total_is_still_caught():
    res = run_variant(DOC, ("民政扶贫救灾、社会保障就业类信息共151条", "民政扶贫救灾、社会保障就业类信息共181条"))
    assert any("所列各项合计 203条" in f.message and f.severity == "warning" for f in of(res, "prose.inconsistent"))
