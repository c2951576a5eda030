"""A published count in a sentence that names the whole of the report's year as its period, or its object after the
unit, or the organ as 我中心, through the government's disclosure site (held-out 2342, 华容区 机关事务服务中心 2022, as
printed; one part changed where an edit is named)."""
from __future__ import annotations

from audits.context import Context
from audits.prose.disclosed import own_site

from test_audit_support import eval_text, of, run_variant, variant

HUARONG = eval_text(2342)  # '自2022年1月1日起,至2022年12月31日,我中心在政府公开网站主动公开信息28条,…' / '全年共公开10条信息,…'


def _published(path: str, *edits: tuple[str, str]) -> dict[float, tuple]:
    text, report = variant(path, *edits)
    return {c.value: (c.extra.get("quantity"), c.why_not) for c in Context(report, text).claims if c.kind == "disclosed"}


def test_a_period_from_1_january_to_31_december_of_the_year_is_the_whole_year():
    assert _published(HUARONG)[28] == (("公开", "信息", "政府公开网站", "条"), None)
    # a part of the year stays set aside, and so does the whole of another year
    assert _published(HUARONG, ("至2022年12月31日", "至2022年6月30日"))[28][1] == "数字不限于报告年度，或只是其中一段时间"
    assert _published(HUARONG, ("自2022年1月1日起", "自2021年1月1日起"))[28][1] == "数字不限于报告年度，或只是其中一段时间"
    # the whole of another year under a title naming the report's (the page's own year otherwise comes from this period)
    titled = ("(一)政府信息主动公开情况:自2022年1月1日起,至2022年12月31日",
              "华容区机关事务服务中心2022年政府信息公开工作年度报告\n(一)政府信息主动公开情况:自2021年1月1日起,至2021年12月31日")
    assert _published(HUARONG, titled)[28][1] == "说的是另一年度的数字（2021年）"


def test_information_in_general_named_after_the_unit_is_the_count_of_information():
    assert _published(HUARONG)[10] == (("公开", "信息", "", "条"), None)
    # something else named after the unit is still not read as information (发布2436条微博)
    assert _published(HUARONG, ("全年共公开10条信息", "全年共公开10条微博"))[10][0] is None


def test_the_governments_disclosure_site_and_the_organ_as_wo_zhongxin():
    organ = "鄂州市华容区机关事务服务中心"
    assert own_site(("公开", "信息", "政府公开网站", "条"), organ) == ("公开", "信息", "网站", "条")
    assert own_site(("公开", "信息", "政府信息公开网站", "条"), organ) == ("公开", "信息", "网站", "条")
    assert own_site(("公开", "信息", "市政府公开网站", "条"), organ)[2] == "市政府公开网站"  # another territory's
    # 我中心 is the organ speaking, not what it published: with no channel the count is of 信息
    assert _published(HUARONG, ("我中心在政府公开网站主动公开", "我中心主动公开"))[28] == (("公开", "信息", "", "条"), None)


def test_one_count_stated_as_28_and_as_10_through_the_same_channel_is_compared():
    # as printed the 28 is the site's and the 10 names no channel: two quantities by the rule, nothing said
    assert not [f for f in of(run_variant(HUARONG), "prose.inconsistent") if "10条" in f.message]
    # both without a channel (diagnostic d2342_three): the one quantity is stated as 28 and as 10
    [f] = [f for f in of(run_variant(HUARONG, ("我中心在政府公开网站主动公开", "我中心主动公开")), "prose.inconsistent")
           if "10条" in f.message]
    assert "28条" in f.message
