"""A scope word in a clause that names what the work was about (held-out 2304, 四川省文化和旅游厅: '围绕全省文化和旅游领域
重点工作,通过官网发布信息3374条,其中,…'): the topic's scope, not the figure's — a provincial department owns the figure
(claims._scope_problem, _TOPIC). 全省 said of the figure itself still puts it outside a department's own figures."""
from __future__ import annotations

from audits.context import Context
from test_audit_support import eval_text, variant

SICHUAN_WL = eval_text(2304)


def read(*edits) -> list[tuple[str, float, str | None]]:
    text, report = variant(SICHUAN_WL, *edits)
    return [(c.kind, c.value, c.why_not) for c in Context(report, text).claims if c.kind == "disclosed"]


def test_a_scope_word_of_the_topic_leaves_the_figure_the_departments():
    assert ("disclosed", 3374, None) in read()  # was '范围「全省」与四川省文化和旅游厅不一致'
    assert ("disclosed", 384, None) in read()


def test_a_scope_word_said_of_the_figure_still_sets_it_aside():
    said = read(("通过官网发布信息3374条", "全省通过官网发布信息3374条"))
    assert [why for _, v, why in said if v == 3374] == ["范围「全省」与四川省文化和旅游厅不一致"]
    # a topic clause names its scope only before the figure's own clause: '围绕全省…发布信息' in one clause stays set aside
    said = read(("围绕全省文化和旅游领域重点工作,通过官网发布信息3374条", "围绕全省文化和旅游领域重点工作通过官网发布信息3374条"))
    assert [why for _, v, why in said if v == 3374] == ["范围「全省」与四川省文化和旅游厅不一致"]
