"""One list of the words that say a figure is a change from the year before (disclosed.CHANGE_WORDS), read by the
published-count reader (disclosed.refine: 增减数，不是总数) and by the list readers (lists: a change is no total and
no part). Real sentences of the eval documents; one phrase changed where a variant is named."""
from __future__ import annotations

from audits.context import Context
from audits.prose import lists
from audits.prose.items import FIGURE
from audits.prose.list_words import said_as_change

from test_audit_support import TEXT, variant

WUCHENG = TEXT + "942_dezhou_sthjj_wucheng_fenju_2021.txt"  # '公开政府信息128条,与去年相比增加40条'
JINGAN = TEXT + "1845_shanghai_jingan_quzhengfu_2023.txt"  # '申请数量比去年明显增长,上升46.61%;作出答复2062件'
MUTA = TEXT + "1368_dongzhi_mutaxiang_2024.txt"  # '切实提高政务公开工作水平2024年我乡通过政府网站累计发布各类信息731条'


def _disclosed(path: str, *edits: tuple[str, str]) -> dict[float, str | None]:
    text, report = variant(path, *edits)
    return {c.value: c.why_not for c in Context(report, text).claims if c.kind == "disclosed"}


def _figure(s: str, printed: str):
    return next(f for f in FIGURE.finditer(s) if f.group(0).startswith(printed))


def test_a_count_said_against_last_year_is_no_published_total():
    assert _disclosed(WUCHENG)[128] is None
    # variant: the change said with a verb of its own, '与去年相比多公开政府信息40条': 与去年 (as 与上年, 较去年, 比去年)
    # was a change word for the list readers only; this reader set the 40 aside as another year's figure (去年)
    read = _disclosed(WUCHENG, ("与去年相比增加40条", "与去年相比多公开政府信息40条"))
    assert read[128] is None and read[40] == "增减数，不是总数"


def test_the_list_readers_take_the_same_words():
    s = "2021年,德州市生态环境局武城分局公开政府信息128条,与去年相比增加40条"
    assert said_as_change(s, _figure(s, "40")) and not said_as_change(s, _figure(s, "128"))
    assert lists.one_figure(s)  # the 40 is said of the 128, not beside it
    # 上升 (as 下降) says a change: a clause of a rate and nothing else says no count of its own (was read as one)
    clause = "上升46.61%"
    assert "比去年明显增长," + clause + ";" in open(JINGAN, encoding="utf-8").read()
    assert lists._says_no_count(clause)


def test_improving_the_work_is_no_change_of_a_count():
    # 提高 says the work got better far more often than a count grew: the clause of 731 opens with it
    text = open(MUTA, encoding="utf-8").read()
    at = text.index("切实提高政务公开工作水平")
    s = text[at: text.index("条", at) + 1]
    assert not said_as_change(s, _figure(s, "731"))
