"""structure.sections: a section's heading said again inside it under another section's numeral."""
from __future__ import annotations

from test_audit_support import TEXT, of, run, run_variant

RULE = "structure.sections"
LUOHE = TEXT + "1261_luohe_yancheng_quzf_2021.txt"  # 一、总体情况 (a note on how the report was made), then 二、基本情况概述
KAIZHOU = TEXT + "1266_kaizhou_caizhengju_2022.txt"  # 一、总体情况 then its own text
BAOSHAN = TEXT + "1268_baoshan_weijianwei_2024.txt"


def renumbered(res) -> list[str]:
    return [f.message for f in of(res, RULE) if "编号与模板不符" in f.message]


def test_the_overview_headed_again_under_section_two_is_misnumbered():
    assert renumbered(run(LUOHE)) == ["部分标题编号与模板不符：「二、基本情况概述」应为一"]
    # headed again under its own numeral, or not headed again: nothing to say
    assert not renumbered(run_variant(LUOHE, ("二、基本情况概述", "一、基本情况概述")))
    assert not renumbered(run_variant(LUOHE, ("二、基本情况概述", "基本情况概述")))


def test_other_reports_with_the_overview_headed_twice():
    for path in (KAIZHOU, BAOSHAN):
        assert not renumbered(run(path))
        assert renumbered(run_variant(path, ("一、总体情况\n", "一、总体情况\n二、基本情况\n"))) == [
            "部分标题编号与模板不符：「二、基本情况」应为一"]
