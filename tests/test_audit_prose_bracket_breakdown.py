"""A 含 bracket right after a 其中-part's figure breaks that part down (its own list), even where its sum exceeds the
part: then the part is wrong (held-out set 1920–1934: 1920, '…主动公开政府信息3354条,其中区人民政府网站刊登信息3354条(含
政务要闻1601条,部门动态996条、乡镇信息605条、重点领域信息公开1710条,其他信息43条。)', 4955 > 3354). An unbracketed
'…,含…43条' continuing a list stays its next part (tests/test_audit_prose_list_joins.py)."""
from __future__ import annotations

from test_audit_support import eval_text, of, run_variant

DOC = eval_text(1920)


def test_a_bracketed_breakdown_above_its_part_is_caught():
    found = of(run_variant(DOC), "prose.inconsistent")
    assert len(found) == 1 and "4955条" in found[0].message and "3354条" in found[0].message


def test_a_bracketed_breakdown_that_fits_is_silent():
    # the breakdown made to fit (政务要闻 1601 → 0: 0 + 996 + 605 + 1710 + 43 = 3354)
    res = run_variant(DOC, ("政务要闻1601条", "政务要闻0条"))
    assert not of(res, "prose.inconsistent")
