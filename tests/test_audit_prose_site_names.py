"""A lone part above its total is raised unless it names an outlet the total does not (its count then stands beside
it): the organ's own site is one outlet whatever its name — `年内通过区级门户网站、区电视台、报纸等渠道主动公开政府信息
3354条,其中区人民政府网站刊登信息3354条(…)` (1920): 门户网站 in the total, 政府网站 in the part. The real page's 3354 = 3354
holds; the contradiction is an edited copy (w1920_site)."""
from __future__ import annotations

from test_audit_support import TEXT, of, run, run_variant

RULE = "prose.inconsistent"
SIMAO = TEXT + "1920_puer_simaoqu_2019.txt"
PART = "其中区人民政府网站刊登信息3354条"


def _site_findings(res) -> list:
    return [f for f in of(res, RULE) if "所列各项合计 3454条" in f.message]


def test_the_real_part_equal_to_its_total_raises_nothing_of_the_kind():
    assert not [f for f in of(run(SIMAO), RULE) if "区级门户网站" in f.message]


def test_the_site_under_another_name_above_the_total_is_raised():
    [f] = _site_findings(run_variant(SIMAO, (PART, "其中区人民政府网站刊登信息3454条")))
    assert (f.expected, f.actual) == (3354, 3454)


def test_an_outlet_the_total_does_not_name_still_stands_beside_it():
    assert not _site_findings(run_variant(SIMAO, (PART, "其中区政务微信刊登信息3454条")))
