"""meta.mixed_layout: table 二's blocks printed in different layouts, on real text."""
from __future__ import annotations

from test_audit_support import SEED, TEXT, document, na, of, run, run_variant

S000 = SEED + "000_dfbaa25dea7f00ff.txt"  # a 2021 report on the 2021 template throughout
RID = "meta.mixed_layout"
# No eval document is mixed: the input is seed 000 with its 第二十条第（一）项 headers replaced by the
# 2019-layout headers real 2019 reports of eval/docs print (text/005_weihai_wendeng_zhujianju_2019: 本年新制作数量 | 本年新公开数量 | 对外公开总数量), its rows and numbers unchanged.
HEADERS_2021 = "本年发件数\n\n本年废止件数\n\n现行有效件数"
HEADERS_2019 = "本年新制作数量\n\n本年新公开数量\n\n对外公开总数量"


def test_a_block_in_the_other_layout_is_named_against_the_years_template():
    assert " | ".join(HEADERS_2019.split("\n\n")) in document(TEXT + "005_weihai_wendeng_zhujianju_2019.txt").text.replace("  ", " ")
    res = run_variant(S000, (HEADERS_2021, HEADERS_2019))
    assert res.report.meta.template == "mixed"
    [f] = of(res, RID)
    assert f.severity == "warning" and f.expected == "2021"
    assert "第（一）项按2019年版表头" in f.message and "第（五）项、第（六）项、第（八）项按2021年版表头" in f.message
    assert set(f.cells) == {f"active_disclosure.{r}.{c}" for r in ("regulations", "normative_documents")
                            for c in ("made", "published", "total")}
    # the block's cells are read in its own columns: no blank 本年废止件数 reported on top
    assert not of(res, "applications.blank_cells")


def test_a_report_on_one_layout_is_not_mixed():
    res = run(S000)
    assert res.report.meta.template == "2021" and not of(res, RID) and not na(res, RID)
